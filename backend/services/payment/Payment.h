#pragma once

#include "bus/AggregateRoot.h"
#include "services/payment/PaymentView.h"

namespace sagashop::services {

/// The Payment aggregate: the record that an order was paid, and its cancellation when the
/// order is undone. Events carry aggregateId "order-<orderId>" and the order's sagaId.
class Payment : public bus::AggregateRoot
{
public:
    /// A successful payment of `amount` for the order; registers OrderConfirmed {orderId,
    /// paymentId, amount}. `paymentId` is the id the repository reserved for it.
    static Payment createSuccess(qint64 paymentId, qint64 orderId, qint64 userId, qint64 amount,
                                 const QString &sagaId, qint64 now);
    /// The payment as stored; registers nothing.
    static Payment restore(PaymentView state);

    const PaymentView &view() const noexcept { return m_state; }

    /// The balance was deducted again for an order already paid (a redelivery or the
    /// reconciler): registers the same OrderConfirmed again so the saga can go on; changes
    /// nothing.
    void confirmAgain();
    /// 'success' → 'cancelled', registers PaymentCancelled {orderId, paymentId}. Returns
    /// false (nothing registered) when already cancelled.
    bool cancel(qint64 now);

private:
    explicit Payment(PaymentView state) : m_state(std::move(state)) {}
    void registerPaymentEvent(const QString &type, QJsonObject payload);

    PaymentView m_state;
};

} // namespace sagashop::services
