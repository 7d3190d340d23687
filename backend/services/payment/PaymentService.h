#pragma once

#include "bus/Service.h"
#include "services/payment/PaymentView.h"

#include <QFuture>
#include <QString>

#include <optional>

namespace sagashop::services {

/// Owns payment records (ARCHITECTURE.md §2, §3).
///
/// Consumes BalanceDeducted → Payment::createSuccess registers OrderConfirmed (a repeat for
/// an order already paid publishes the same OrderConfirmed again and changes nothing);
/// OrderConfirmationFailed and OrderCancelled → a 'success' payment becomes 'cancelled' and
/// PaymentCancelled is published, once.
class PaymentService : public bus::Service
{
public:
    static inline const QString Name = QStringLiteral("payment");

    explicit PaymentService(bus::ServiceConfig config);

    /// The order's payment, or nullopt when it has none.
    QFuture<bus::Outcome<std::optional<PaymentView>>> payment(qint64 orderId);
    /// Reconciler hook: "none" | "success" | "cancelled".
    QFuture<bus::Outcome<QString>> stateForOrder(qint64 orderId);
    /// Reconciler hook: cancels the order's payment if it is 'success' (PaymentCancelled with
    /// the payment's own sagaId). Resolves to true when it cancelled now, false when there was
    /// nothing to do (no payment, or already cancelled).
    QFuture<bus::Outcome<bool>> compensateOrder(qint64 orderId);
    /// Sum of the amounts of the 'success' payments (invariant checks).
    QFuture<bus::Outcome<qint64>> totalSucceeded();

private:
    void handleBalanceDeducted(const bus::EventEnvelope &event, bus::MessageContext &context);
    void handleOrderUndone(const bus::EventEnvelope &event, bus::MessageContext &context);
    /// Cancels the order's payment if it succeeded; true when it did.
    static bool cancelPayment(bus::MessageContext &context, qint64 orderId, const QString &why);
};

} // namespace sagashop::services
