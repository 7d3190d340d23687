#pragma once

#include "bus/Service.h"
#include "services/coupon/CouponDefinition.h"
#include "services/coupon/UserCoupon.h"

#include <QList>
#include <QString>

#include <optional>

namespace sagashop::services {

/// The Coupon domain (ARCHITECTURE.md §2, §3): coupon definitions, first-come issuance (one
/// per user, never more than the quantity), the use of a coupon in a checkout and its
/// restore. State: `coupons`, `user_coupons` (UNIQUE coupon_id, user_id) and `coupon_uses`
/// (one row per order: the outcome of the coupon step, keyed by order id, which makes both
/// the step and its compensation idempotent).
///
/// Consumes InventoryDeducted → CouponUsed | CouponSkipped | CouponFailed;
/// BalanceFailed, OrderConfirmationFailed, OrderCancelled → restore → CouponRestored.
///
/// Expiry: a user coupon's stored status is AVAILABLE or USED; EXPIRED is derived at read
/// time (an unused coupon whose definition's expiresAt has passed). A checkout checks
/// expiry at max(event occurredAt, now): a coupon never applies after its expiry instant.
class CouponService : public bus::Service
{
public:
    static inline const QString Name = QStringLiteral("coupon");

    /// Order outcomes of the coupon step (stateForOrder()).
    static inline const QString StateNone = QStringLiteral("none");
    static inline const QString StateUsed = QStringLiteral("used");
    static inline const QString StateSkipped = QStringLiteral("skipped");
    static inline const QString StateFailed = QStringLiteral("failed");
    static inline const QString StateRestored = QStringLiteral("restored");

    explicit CouponService(bus::ServiceConfig config);

    /// Defines a coupon (id, issued ignored/0). Names are trimmed. DomainError
    /// "invalid_coupon" for a bad field. Resolves to the new coupon id.
    QFuture<bus::Outcome<qint64>> createCoupon(CouponDefinition definition);
    /// The coupon definitions still valid at `nowMs` (not expired; sold-out ones included,
    /// with remaining 0), by id. nowMs = 0 lists every definition.
    QFuture<bus::Outcome<QList<CouponDefinition>>> coupons(qint64 nowMs);
    /// Issues coupon `couponId` to `userId` at `nowMs`, first come first served. DomainError
    /// "not_found" (no such coupon), "invalid_user" (userId < 1), "expired",
    /// "already_issued" (this user has it already), "sold_out" (all issued). Resolves to the
    /// new userCouponId.
    QFuture<bus::Outcome<qint64>> issue(qint64 couponId, qint64 userId, qint64 nowMs);
    /// The coupons issued to `userId`, oldest first, with their status at `nowMs`.
    QFuture<bus::Outcome<QList<UserCoupon>>> userCoupons(qint64 userId, qint64 nowMs);

    /// Reconciler: "none" | "used" | "skipped" | "failed" | "restored" for the order.
    QFuture<bus::Outcome<QString>> stateForOrder(qint64 orderId);
    /// Reconciler: gives back the coupon `orderId` used (AVAILABLE again, CouponRestored
    /// published in the order's saga). Resolves to true when it restored now, false when
    /// there was nothing to restore (no coupon used, or already restored).
    QFuture<bus::Outcome<bool>> compensateOrder(qint64 orderId);

protected:
    /// Seeds three coupon definitions when the table is empty.
    void started(bus::MessageContext &context) override;

private:
    struct Use;

    void onInventoryDeducted(const bus::EventEnvelope &event, bus::MessageContext &context);

    static qint64 insertCoupon(storage::Database &db, CouponDefinition definition);
    static std::optional<CouponDefinition> loadCoupon(storage::Database &db, qint64 couponId);
    static std::optional<UserCoupon> loadUserCoupon(
            storage::Database &db, qint64 userCouponId, qint64 nowMs);
    static std::optional<Use> loadUse(storage::Database &db, qint64 orderId);
    static void recordUse(storage::Database &db, const Use &use);
    static void publishOutcome(bus::MessageContext &context, const Use &use);
    /// The restore shared by the compensation triggers and compensateOrder().
    static bool restoreOrder(bus::MessageContext &context, qint64 orderId);
};

} // namespace sagashop::services
