#pragma once

#include <QJsonObject>
#include <QString>

namespace sagashop::services {

/// A coupon as the shop defines it: what it takes off an order, from which order total, until
/// when, and how many can be handed out (first come, first served). A value type; the
/// CouponService stores it in its `coupons` table.
struct CouponDefinition
{
    static inline const QString Fixed = QStringLiteral("fixed"); ///< `value` won off
    static inline const QString Percent
            = QStringLiteral("percent"); ///< `value` % off, rounded down

    static constexpr qint64 MaxFixedValue = 1'000'000'000; ///< won; no order can pay more
    static constexpr qint64 MaxMinOrderAmount = 1'000'000'000; ///< won
    static constexpr qint64 MaxQuantity = 10'000'000;
    static constexpr qsizetype MaxNameLength = 100; ///< characters (code points), per language

    qint64 id = 0; ///< assigned by createCoupon
    QString nameKo;
    QString nameEn;
    QString kind = Fixed; ///< Fixed or Percent
    qint64 value = 0; ///< fixed: won >= 1; percent: 1..100
    qint64 minOrderAmount = 0; ///< the smallest order total (won) the coupon applies to
    qint64 expiresAt = 0; ///< UTC ms from which it no longer applies; 0 = never expires
    qint64 quantity = 0; ///< how many can be issued in all (1..10,000,000)
    qint64 issued = 0; ///< how many have been issued so far

    qint64 remaining() const noexcept { return quantity - issued; }
    /// True when the coupon no longer applies at `nowMs` (expiry is the first invalid instant).
    bool isExpiredAt(qint64 nowMs) const noexcept { return expiresAt > 0 && nowMs >= expiresAt; }
    /// The name to show: English, or Korean when there is no English name.
    QString name() const { return nameEn.isEmpty() ? nameKo : nameEn; }

    /// What the coupon takes off an order of `amount` won (amount >= 0): fixed → min(value,
    /// amount); percent → floor(amount × value / 100), in integers. Never more than amount.
    qint64 discountFor(qint64 amount) const noexcept;
    /// The order total below which the coupon does not apply, as a refusal sentence for
    /// `amount`, or an empty string when `amount` is enough.
    QString minimumRefusal(qint64 amount) const;

    /// Names trimmed (an empty one takes the other's value). Throws DomainError
    /// "invalid_coupon" with a sentence naming the first bad field.
    void normalizeAndValidate();

    /// {"id","name","nameKo","nameEn","kind","value","minOrderAmount","quantity","remaining",
    ///  "expiresAt"}
    QJsonObject toJson() const;
};

/// "12,345": won amounts in sentences for people (reasons of failure events, errors).
QString formatWon(qint64 amount);

} // namespace sagashop::services
