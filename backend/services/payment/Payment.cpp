#include "services/payment/Payment.h"

#include "saga/CheckoutEvents.h"

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace Events = saga::CheckoutEvents;

Payment Payment::createSuccess(qint64 paymentId, qint64 orderId, qint64 userId, qint64 amount, const QString &sagaId,
                               qint64 now)
{
    PaymentView state;
    state.paymentId = paymentId;
    state.orderId = orderId;
    state.sagaId = sagaId;
    state.userId = userId;
    state.amount = amount;
    state.status = PaymentView::Success;
    state.createdAt = now;
    Payment payment(std::move(state));
    payment.confirmAgain();
    return payment;
}

Payment Payment::restore(PaymentView state)
{
    return Payment(std::move(state));
}

void Payment::registerPaymentEvent(const QString &type, QJsonObject payload)
{
    registerEvent(
        bus::DomainEvent{type, u"order-"_s + QString::number(m_state.orderId), std::move(payload), m_state.sagaId});
}

void Payment::confirmAgain()
{
    registerPaymentEvent(Events::OrderConfirmed, {{u"orderId"_s, m_state.orderId},
                                                  {u"paymentId"_s, m_state.paymentId},
                                                  {u"amount"_s, m_state.amount}});
}

bool Payment::cancel(qint64 now)
{
    if (m_state.status != PaymentView::Success)
        return false;
    m_state.status = PaymentView::Cancelled;
    m_state.cancelledAt = now;
    registerPaymentEvent(Events::PaymentCancelled,
                         {{u"orderId"_s, m_state.orderId}, {u"paymentId"_s, m_state.paymentId}});
    return true;
}

} // namespace sagashop::services
