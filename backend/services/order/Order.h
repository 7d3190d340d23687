#pragma once

#include "bus/AggregateRoot.h"
#include "services/order/OrderView.h"

#include <QString>

namespace sagashop::services {

/// The Order aggregate: one order's state machine and the events its changes cause.
///
///   CREATED ──confirm──► CONFIRMED ──cancel──► CANCELLED
///      └──────fail─────► FAILED
///   any but ABNORMAL ──markAbnormal──► ABNORMAL
///
/// Every method is idempotent: a repeat changes nothing and registers nothing (except
/// confirm() on an order that can no longer be confirmed, which asks for the compensations
/// again each time: they are idempotent downstream). Events carry aggregateId
/// "order-<id>" and the order's sagaId. Domain code registers, the service collects.
class Order : public bus::AggregateRoot
{
public:
    /// Not in the checkout catalogue: the reconciler gave up on this order.
    /// {orderId, reason, previousStatus}.
    static inline const QString MarkedAbnormalEvent = QStringLiteral("OrderMarkedAbnormal");
    /// Registered once every compensation a FAILED or CANCELLED order expects has come back.
    static inline const QString CompensatedEvent = QStringLiteral("OrderCompensated");

    /// Starts a new order (CREATED) and registers PaymentRequested {orderId, userId,
    /// items: [{productId, quantity}], userCouponId}, which starts the saga `sagaId`.
    static Order place(qint64 orderId, const QString &sagaId, qint64 userId, const QList<saga::Payload::Item> &items,
                       qint64 userCouponId, qint64 now);
    /// The order as stored; registers nothing.
    static Order restore(OrderView state);

    const OrderView &view() const noexcept { return m_state; }
    qint64 id() const noexcept { return m_state.orderId; }
    OrderStatus status() const noexcept { return m_state.status; }
    static QString aggregateIdOf(qint64 orderId);

    /// InventoryDeducted: the unit prices (matched by productId) and the amount.
    void recordPrices(const QList<saga::Payload::Item> &pricedItems, qint64 amount, qint64 now);
    /// CouponUsed / CouponSkipped: the discount and the amount to pay.
    void recordDiscount(qint64 discount, qint64 finalAmount, qint64 now);

    /// A step failed ("stock" | "coupon" | "balance"): CREATED → FAILED, registers
    /// OrderFailed {orderId, failedStep, reason}. Returns false (nothing registered) when
    /// the order is no longer CREATED.
    bool fail(const QString &step, const QString &reason, qint64 now);

    enum class ConfirmResult {
        Confirmed,        ///< CREATED → CONFIRMED; the three follow-up events are registered
        AlreadyConfirmed, ///< nothing changed, nothing registered
        Refused,          ///< FAILED / CANCELLED / ABNORMAL: OrderConfirmationFailed registered
    };
    /// Payment succeeded (OrderConfirmed). CREATED → CONFIRMED registers
    /// ProductSalesRankRecorded, OrderExportRequested and OrderCompleted.
    ConfirmResult confirm(qint64 now);

    /// Admin cancellation: CONFIRMED → CANCELLED, registers OrderCancelled {orderId, reason,
    /// by, items}. Returns false (nothing registered) when already CANCELLED; throws
    /// DomainError "not_cancellable" in any other state.
    bool cancel(const QString &by, qint64 now);

    /// The reconciler could not fix the order: → ABNORMAL (from any other state), registers
    /// OrderMarkedAbnormal. Returns false when it already is ABNORMAL.
    bool markAbnormal(const QString &reason, qint64 now);

    /// A compensation reported back ("stock" | "coupon" | "balance" | "payment"). Returns
    /// false when that kind was already recorded.
    bool recordCompensation(const QString &kind, qint64 now);
    /// The compensations this order waits for: none for a stock failure, the stock for a
    /// coupon failure, stock (and coupon) for a balance failure, and everything deducted
    /// for a cancelled order. Empty for orders that expect none (or ABNORMAL ones, whose
    /// repairs the reconciler decides).
    QStringList expectedCompensations() const;
    /// Whether `have` holds every compensation the order's current state expects (false when
    /// it expects none).
    bool compensationsComplete(const QStringList &have) const;
    void announceCompensated();

private:
    explicit Order(OrderView state) : m_state(std::move(state)) {}
    void registerOrderEvent(const QString &type, QJsonObject payload);

    OrderView m_state;
};

} // namespace sagashop::services
