#include "alerts/Alert.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sagashop::alerts {

QJsonObject Alert::toJson() const
{
    return QJsonObject{{u"id"_s, id},          {u"kind"_s, kind},     {u"severity"_s, severity},
                       {u"title"_s, title},    {u"detail"_s, detail}, {u"sagaId"_s, sagaId},
                       {u"orderId"_s, orderId}, {u"at"_s, at}};
}

QJsonObject Alert::toSlackJson() const
{
    const QString when = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs);
    QString text = (severity == u"critical"_s ? u":rotating_light: "_s : u":warning: "_s) + u"*SagaShop* "_s + title;
    if (!detail.isEmpty())
        text += u"\n> "_s + detail;
    if (!sagaId.isEmpty())
        text += u"\nsaga `"_s + sagaId + u'`';
    text += u"\n"_s + when;
    return QJsonObject{{u"text"_s, text}};
}

} // namespace sagashop::alerts
