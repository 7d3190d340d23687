#include "ui/coupons/CouponText.h"

#include "ui/Money.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

using services::CouponDefinition;

QString CouponText::name(const CouponDefinition &coupon, const QString &language)
{
    const bool korean = language == u"ko"_s;
    const QString &preferred = korean ? coupon.nameKo : coupon.nameEn;
    return preferred.isEmpty() ? (korean ? coupon.nameEn : coupon.nameKo) : preferred;
}

QString CouponText::valueText(const CouponDefinition &coupon)
{
    if (coupon.kind == CouponDefinition::Percent)
        //: A percentage discount's size, e.g. "10%".
        return tr("%1%").arg(coupon.value);
    return Money::format(coupon.value);
}

QString CouponText::kindText(const CouponDefinition &coupon)
{
    if (coupon.kind == CouponDefinition::Percent)
        //: A percentage discount, e.g. "10% off".
        return tr("%1% off").arg(coupon.value);
    //: A fixed discount, e.g. "₩2,000 off" (%1 is the formatted amount).
    return tr("%1 off").arg(Money::format(coupon.value));
}

QString CouponText::minOrderText(const CouponDefinition &coupon)
{
    if (coupon.minOrderAmount <= 0)
        return {};
    //: The smallest order a coupon applies to, e.g. "Orders from ₩30,000".
    return tr("Orders from %1").arg(Money::format(coupon.minOrderAmount));
}

QString CouponText::expiresText(const CouponDefinition &coupon, const QString &language)
{
    if (coupon.expiresAt <= 0)
        return tr("No expiry");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(coupon.expiresAt).toLocalTime();
    //: When a coupon stops applying; %1 is a localized date and time.
    return tr("Expires %1").arg(dateTimeText(at, language));
}

QString CouponText::dateTimeText(const QDateTime &at, const QString &language)
{
    const QLocale l = locale(language);
    QString format = l.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s); // "11/21/2026", "2026. 11. 21.": no two-digit years
    return l.toString(at, format);
}

QLocale CouponText::locale(const QString &language)
{
    return language == u"ko"_s ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                               : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString CouponText::systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? u"ko"_s : u"en"_s;
}

} // namespace sagashop::ui
