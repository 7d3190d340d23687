#pragma once

#include "bus/AggregateRoot.h"
#include "services/coupon/CouponDefinition.h"

#include <QJsonObject>
#include <QString>

namespace sagashop::services {

/// One coupon issued to one user (the aggregate of the coupon's use): AVAILABLE until an
/// order uses it, USED by that order, AVAILABLE again when that order is compensated.
/// EXPIRED is never stored: it is what an unused coupon is once its definition's expiry has
/// passed (statusAt()).
class UserCoupon : public bus::AggregateRoot
{
public:
    enum class Status {
        Available,
        Used,
        Expired
    };

    UserCoupon() = default;
    /// Rebuilds a stored user coupon (`used` is the stored state) with its definition.
    /// `readAt` is the time the status is derived for (status(), toJson()).
    UserCoupon(qint64 userCouponId, qint64 userId, bool used, qint64 orderId, qint64 issuedAt,
            qint64 usedAt, CouponDefinition coupon, qint64 readAt);

    qint64 userCouponId() const noexcept { return m_userCouponId; }
    qint64 userId() const noexcept { return m_userId; }
    qint64 orderId() const noexcept { return m_orderId; } ///< 0 unless used
    qint64 issuedAt() const noexcept { return m_issuedAt; }
    qint64 usedAt() const noexcept { return m_usedAt; } ///< 0 unless used
    bool isUsed() const noexcept { return m_used; }
    const CouponDefinition &coupon() const noexcept { return m_coupon; }

    Status statusAt(qint64 nowMs) const noexcept;
    /// The status at the time it was read (CouponService::userCoupons(userId, nowMs)).
    Status status() const noexcept { return statusAt(m_readAt); }
    static QString statusName(Status status); ///< "AVAILABLE", "USED", "EXPIRED"

    /// Why `userId` cannot pay an order of `amount` won with this coupon at `nowMs`, in
    /// plain words, or an empty string when the coupon applies. Checked in this order:
    /// owner, already used, expired, order minimum.
    QString refusalFor(qint64 userId, qint64 amount, qint64 nowMs) const;

    /// Uses the coupon for `orderId` (refusalFor() must be empty; a used coupon throws
    /// std::logic_error): marks it USED and
    /// registers CouponUsed {orderId, userId, userCouponId, amount, discount, finalAmount}.
    /// Returns the discount.
    qint64 use(qint64 orderId, qint64 amount, qint64 nowMs);
    /// Gives the coupon back when `orderId` is the order that used it: AVAILABLE again and
    /// CouponRestored {orderId, userCouponId} registered (in `sagaId`, when not empty).
    /// Returns false (changing nothing) otherwise.
    bool restore(qint64 orderId, const QString &sagaId = {});

    /// {"userCouponId","couponId","userId","status" (at nowMs),"orderId","issuedAt","usedAt",
    ///  "name","nameKo","nameEn","kind","value","minOrderAmount","expiresAt"}
    QJsonObject toJson(qint64 nowMs) const;
    QJsonObject toJson() const { return toJson(m_readAt); }

private:
    qint64 m_userCouponId = 0;
    qint64 m_userId = 0;
    bool m_used = false;
    qint64 m_orderId = 0;
    qint64 m_issuedAt = 0;
    qint64 m_usedAt = 0;
    CouponDefinition m_coupon;
    qint64 m_readAt = 0;
};

} // namespace sagashop::services
