#include "services/export/ExportRecord.h"

using namespace Qt::StringLiterals;

namespace sagashop::services {

QJsonObject ExportRecord::toJson() const
{
    return QJsonObject{{u"orderId"_s, orderId},
                       {u"status"_s, status},
                       {u"httpStatus"_s, httpStatus},
                       {u"attempts"_s, attempts},
                       {u"at"_s, at}};
}

} // namespace sagashop::services
