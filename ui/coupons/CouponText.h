#pragma once

#include "services/coupon/CouponDefinition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace sagashop::ui {

/// How the storefront words a coupon, shared by CouponModel and MyCouponModel. Every
/// string is translated; `language` is "ko" or "en" (anything else counts as "en").
class CouponText
{
    Q_DECLARE_TR_FUNCTIONS(CouponText)

public:
    /// The Korean or English name, falling back to the other when one is empty.
    static QString name(const services::CouponDefinition &coupon, const QString &language);
    /// What it is worth: "₩2,000" / "10%".
    static QString valueText(const services::CouponDefinition &coupon);
    /// What it does: "₩2,000 off" / "10% off".
    static QString kindText(const services::CouponDefinition &coupon);
    /// "Orders from ₩30,000", or an empty string when any order qualifies.
    static QString minOrderText(const services::CouponDefinition &coupon);
    /// "Expires <date and time>" in the language's conventions, or "No expiry".
    static QString expiresText(const services::CouponDefinition &coupon, const QString &language);

    /// A date and time in the short form of `language`, with a four-digit year.
    static QString dateTimeText(const QDateTime &at, const QString &language);
    /// The locale dates are shown in for `language`.
    static QLocale locale(const QString &language);
    /// "ko" when the system speaks Korean, else "en" (what Language starts with).
    static QString systemLanguage();
};

} // namespace sagashop::ui
