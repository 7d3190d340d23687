#pragma once

#include "bus/Service.h"
#include "services/order/Order.h"
#include "services/order/OrderView.h"
#include "services/order/PlaceOrderRequest.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sagashop::services {

/// Owns orders and their state machine (ARCHITECTURE.md §2, §3). Starts the checkout saga
/// (placeOrder → PaymentRequested), follows it through the events of the other services,
/// confirms or fails the order, and lets an admin cancel a confirmed one.
///
/// Consumes: InventoryDeducted, CouponUsed, CouponSkipped (amounts); InventoryFailed,
/// CouponFailed, BalanceFailed (→ FAILED + OrderFailed); OrderConfirmed (→ CONFIRMED +
/// ProductSalesRankRecorded, OrderExportRequested, OrderCompleted, or
/// OrderConfirmationFailed); InventoryRestored, CouponRestored, BalanceRefunded,
/// PaymentCancelled (compensation progress). Every handler is keyed by orderId and
/// idempotent. An event for an order this service does not know is an error (retried, then
/// dead-lettered).
class OrderService : public bus::Service
{
public:
    static inline const QString Name = QStringLiteral("order");
    /// Published by markAbnormal (not in the checkout catalogue): {orderId, reason,
    /// previousStatus}.
    static inline const QString &OrderMarkedAbnormal = Order::MarkedAbnormalEvent;

    explicit OrderService(bus::ServiceConfig config);

    // --- commands ---------------------------------------------------------------------------
    /// Places an order (CREATED) and starts its saga with PaymentRequested. Errors:
    /// "invalid_order" (see PlaceOrderRequest::validate), "idempotency_conflict" (the key was
    /// used for a different request or by another user). The same key and body again
    /// return the existing order with created = false and publish nothing.
    QFuture<bus::Outcome<PlacedOrder>> placeOrder(PlaceOrderRequest request);
    /// Admin: CONFIRMED → CANCELLED + OrderCancelled (the compensations follow). Errors:
    /// "not_found", "not_cancellable" (any state but CONFIRMED / CANCELLED). Cancelling a
    /// CANCELLED order succeeds and publishes nothing. `by` names who cancelled ("admin"
    /// when empty). Resolves to the order after the change.
    QFuture<bus::Outcome<OrderView>> cancel(qint64 orderId, QString by);
    /// Reconciler: marks an order it could not fix ABNORMAL (from any other state) and
    /// publishes OrderMarkedAbnormal; the reason replaces failureReason. Idempotent. Errors:
    /// "not_found". Resolves to the order after the change.
    QFuture<bus::Outcome<OrderView>> markAbnormal(qint64 orderId, QString reason);

    // --- reads ------------------------------------------------------------------------------
    QFuture<bus::Outcome<std::optional<OrderView>>> order(qint64 orderId);
    /// Newest first.
    QFuture<bus::Outcome<QList<OrderView>>> ordersOfUser(qint64 userId, int limit = 50, int offset = 0);
    /// Orders in `status` ("CREATED", …) with no change for at least `olderThanMs`
    /// milliseconds (updatedAt ≤ now - olderThanMs), least recently changed first. An unknown
    /// status is an error.
    QFuture<bus::Outcome<QList<OrderView>>> ordersByStatus(QString status, qint64 olderThanMs, int limit = 100);
    /// Reconciler hook: the order's status ("CREATED", …) or "none".
    QFuture<bus::Outcome<QString>> stateForOrder(qint64 orderId);
    /// Number of orders per status name (statuses without orders are absent).
    QFuture<bus::Outcome<QHash<QString, qint64>>> statusCounts();

private:
    /// Loads the order named by the payload's orderId (throws when there is none), applies
    /// `change`, saves it and collects its events.
    void changeOrder(const bus::EventEnvelope &event, bus::MessageContext &context,
                     const std::function<void(Order &, qint64 now)> &change);
    void handleFailure(const bus::EventEnvelope &event, bus::MessageContext &context, const QString &step);
    void handleCompensation(const bus::EventEnvelope &event, bus::MessageContext &context, const QString &kind);
};

} // namespace sagashop::services
