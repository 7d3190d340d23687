#include "services/payment/PaymentService.h"

#include "bus/HybridClock.h"
#include "saga/CheckoutEvents.h"
#include "saga/Payload.h"
#include "services/OrderCompensation.h"
#include "services/PayloadFields.h"
#include "services/payment/Payment.h"
#include "services/payment/PaymentRepository.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPayment, "sagashop.payment")

namespace sagashop::services {

namespace Events = saga::CheckoutEvents;

PaymentService::PaymentService(bus::ServiceConfig config) : Service(std::move(config))
{
    addSchema(PaymentRepository::schema());
    subscribe(Events::BalanceDeducted,
              [this](const bus::EventEnvelope &e, bus::MessageContext &c) { handleBalanceDeducted(e, c); });
    subscribe(Events::OrderConfirmationFailed,
              [this](const bus::EventEnvelope &e, bus::MessageContext &c) { handleOrderUndone(e, c); });
    subscribe(Events::OrderCancelled,
              [this](const bus::EventEnvelope &e, bus::MessageContext &c) { handleOrderUndone(e, c); });
}

void PaymentService::handleBalanceDeducted(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const qint64 orderId = requireOrderId(event.payload);
    const qint64 userId = requirePositive(event.payload, u"userId"_s);
    const qint64 amount = requireNonNegative(event.payload, u"amount"_s);

    PaymentRepository repository(context.database());
    if (std::optional<PaymentView> existing = repository.findByOrder(orderId)) {
        Payment payment = Payment::restore(std::move(*existing));
        payment.confirmAgain();
        context.collect(payment);
        qCInfo(lcPayment).noquote() << "order" << orderId << "already has payment" << payment.view().paymentId << "("
                                    << payment.view().status << "); OrderConfirmed published again";
        return;
    }
    const qint64 now = bus::HybridClock::nowMs();
    const qint64 paymentId = repository.insertSuccess(orderId, event.sagaId, userId, amount, now);
    Payment payment = Payment::createSuccess(paymentId, orderId, userId, amount, event.sagaId, now);
    context.collect(payment);
    qCInfo(lcPayment) << "order" << orderId << "paid:" << amount << "won, payment" << paymentId;
}

void PaymentService::handleOrderUndone(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const qint64 orderId = requireOrderId(event.payload);
    cancelPayment(context, orderId, event.type);
}

bool PaymentService::cancelPayment(bus::MessageContext &context, qint64 orderId, const QString &why)
{
    PaymentRepository repository(context.database());
    std::optional<PaymentView> stored = repository.findByOrder(orderId);
    if (!stored) {
        qCDebug(lcPayment).noquote() << "order" << orderId << "has no payment to cancel (" << why << ")";
        return false;
    }
    Payment payment = Payment::restore(std::move(*stored));
    if (!payment.cancel(bus::HybridClock::nowMs())) {
        qCDebug(lcPayment).noquote() << "payment of order" << orderId << "already cancelled (" << why << ")";
        return false;
    }
    repository.save(payment);
    context.collect(payment);
    qCInfo(lcPayment).noquote() << "payment" << payment.view().paymentId << "of order" << orderId << "cancelled ("
                                << why << ")";
    return true;
}

QFuture<bus::Outcome<std::optional<PaymentView>>> PaymentService::payment(qint64 orderId)
{
    return read<std::optional<PaymentView>>(
        [orderId](storage::Database &db) { return PaymentRepository(db).findByOrder(orderId); });
}

QFuture<bus::Outcome<QString>> PaymentService::stateForOrder(qint64 orderId)
{
    return read<QString>([orderId](storage::Database &db) {
        const std::optional<PaymentView> v = PaymentRepository(db).findByOrder(orderId);
        return v ? v->status : u"none"_s;
    });
}

QFuture<bus::Outcome<bool>> PaymentService::compensateOrder(qint64 orderId)
{
    return compensationCommand(*this, orderId, [](bus::MessageContext &context, qint64 id) {
        return cancelPayment(context, id, u"compensateOrder"_s);
    });
}

QFuture<bus::Outcome<qint64>> PaymentService::totalSucceeded()
{
    return read<qint64>([](storage::Database &db) { return PaymentRepository(db).totalSucceeded(); });
}

} // namespace sagashop::services
