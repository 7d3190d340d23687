#include "services/order/OrderService.h"

#include "bus/HybridClock.h"
#include "bus/TimeOrderedId.h"
#include "saga/CheckoutEvents.h"
#include "services/DomainError.h"
#include "services/PayloadFields.h"
#include "services/order/OrderRepository.h"

#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOrder, "sagashop.order")

namespace sagashop::services {

namespace Events = saga::CheckoutEvents;
using saga::Payload::requireInt;
using saga::Payload::requireString;

namespace {

/// Runs an admin command on an existing order (DomainError "not_found" otherwise): when
/// `change` reports that it changed the order, the order is saved and its events registered.
/// Returns the order as it is afterwards.
OrderView commandOnOrder(bus::MessageContext &context, qint64 orderId,
                         const std::function<bool(Order &, qint64)> &change)
{
    OrderRepository repository(context.database());
    std::optional<Order> order = repository.load(orderId);
    if (!order)
        throw DomainError(u"not_found"_s, u"There is no order %1."_s.arg(orderId));
    if (change(*order, bus::HybridClock::nowMs())) {
        repository.save(*order);
        context.collect(*order);
    }
    return order->view();
}

} // namespace

OrderService::OrderService(bus::ServiceConfig config) : Service(std::move(config))
{
    addSchema(OrderRepository::schema());

    subscribe(Events::InventoryDeducted, [this](const bus::EventEnvelope &e, bus::MessageContext &c) {
        const QList<saga::Payload::Item> items = saga::Payload::requireItems(e.payload);
        const qint64 amount = requireInt(e.payload, u"amount"_s);
        changeOrder(e, c, [&](Order &order, qint64 now) { order.recordPrices(items, amount, now); });
    });
    const bus::Handler amounts = [this](const bus::EventEnvelope &e, bus::MessageContext &c) {
        const qint64 discount = requireInt(e.payload, u"discount"_s);
        const qint64 finalAmount = requireInt(e.payload, u"finalAmount"_s);
        changeOrder(e, c, [&](Order &order, qint64 now) { order.recordDiscount(discount, finalAmount, now); });
    };
    subscribe(Events::CouponUsed, amounts);
    subscribe(Events::CouponSkipped, amounts);

    // (event type, the step it names)
    const std::pair<QString, QString> failures[] = {
        {Events::InventoryFailed, u"stock"_s}, {Events::CouponFailed, u"coupon"_s}, {Events::BalanceFailed, u"balance"_s}};
    for (const auto &[type, step] : failures) {
        subscribe(type, [this, step = step](const bus::EventEnvelope &e, bus::MessageContext &c) { handleFailure(e, c, step); });
    }

    subscribe(Events::OrderConfirmed, [this](const bus::EventEnvelope &e, bus::MessageContext &c) {
        changeOrder(e, c, [&](Order &order, qint64 now) {
            switch (order.confirm(now)) {
            case Order::ConfirmResult::Confirmed:
                qCInfo(lcOrder) << "order" << order.id() << "confirmed";
                break;
            case Order::ConfirmResult::AlreadyConfirmed:
                qCDebug(lcOrder) << "order" << order.id() << "already confirmed; repeat ignored";
                break;
            case Order::ConfirmResult::Refused:
                qCWarning(lcOrder).noquote() << "order" << order.id() << "paid while"
                                             << orderStatusName(order.status()) << "- asking for compensation";
                break;
            }
        });
    });

    // (event type, the compensation it reports)
    const std::pair<QString, QString> compensations[] = {{Events::InventoryRestored, u"stock"_s},
                                                         {Events::CouponRestored, u"coupon"_s},
                                                         {Events::BalanceRefunded, u"balance"_s},
                                                         {Events::PaymentCancelled, u"payment"_s}};
    for (const auto &[type, kind] : compensations) {
        subscribe(type,
                  [this, kind = kind](const bus::EventEnvelope &e, bus::MessageContext &c) { handleCompensation(e, c, kind); });
    }
}

void OrderService::changeOrder(const bus::EventEnvelope &event, bus::MessageContext &context,
                               const std::function<void(Order &, qint64)> &change)
{
    const qint64 orderId = requireOrderId(event.payload);
    OrderRepository repository(context.database());
    std::optional<Order> order = repository.load(orderId);
    if (!order) {
        throw std::runtime_error(
            u"%1 for order %2, which does not exist"_s.arg(event.type).arg(orderId).toStdString());
    }
    change(*order, bus::HybridClock::nowMs());
    repository.save(*order);
    context.collect(*order);
}

void OrderService::handleFailure(const bus::EventEnvelope &event, bus::MessageContext &context, const QString &step)
{
    const QString reason = requireString(event.payload, u"reason"_s);
    changeOrder(event, context, [&](Order &order, qint64 now) {
        if (order.fail(step, reason, now)) {
            qCInfo(lcOrder).noquote() << "order" << order.id() << "failed at" << step << "-" << reason;
        } else {
            qCDebug(lcOrder).noquote() << "order" << order.id() << "is" << orderStatusName(order.status())
                                       << "; ignoring" << event.type;
        }
    });
}

void OrderService::handleCompensation(const bus::EventEnvelope &event, bus::MessageContext &context,
                                      const QString &kind)
{
    changeOrder(event, context, [&](Order &order, qint64 now) {
        if (order.recordCompensation(kind, now))
            qCInfo(lcOrder).noquote() << "order" << order.id() << "compensation done:" << kind;
    });
}

QFuture<bus::Outcome<PlacedOrder>> OrderService::placeOrder(PlaceOrderRequest request)
{
    return execute<PlacedOrder>([request = std::move(request)](bus::MessageContext &context) {
        request.validate();
        OrderRepository repository(context.database());
        const QString hash = request.bodyHash();
        if (const auto seen = repository.findIdempotencyKey(request.idempotencyKey)) {
            if (seen->userId != request.userId || seen->requestHash != hash) {
                throw DomainError(u"idempotency_conflict"_s,
                                  u"This idempotency key was already used for a different order request; "
                                  "use a new key for a new order."_s);
            }
            const std::optional<OrderView> existing = repository.find(seen->orderId);
            if (!existing)
                throw std::runtime_error("the idempotency key names an order that does not exist");
            return PlacedOrder{existing->orderId, existing->sagaId, orderStatusName(existing->status), false};
        }

        const qint64 now = bus::HybridClock::nowMs();
        const QString sagaId = bus::newTimeOrderedId().toString(QUuid::WithoutBraces);
        const qint64 orderId = repository.insertOrder(sagaId, request.userId, request.userCouponId, now);
        Order order = Order::place(orderId, sagaId, request.userId, request.items, request.userCouponId, now);
        repository.insertItems(order);
        repository.insertIdempotencyKey(request.idempotencyKey, {request.userId, orderId, hash});
        context.collect(order);
        qCInfo(lcOrder).noquote() << "order" << orderId << "placed by user" << request.userId << "saga" << sagaId;
        return PlacedOrder{orderId, sagaId, orderStatusName(OrderStatus::Created), true};
    });
}

QFuture<bus::Outcome<OrderView>> OrderService::cancel(qint64 orderId, QString by)
{
    if (by.trimmed().isEmpty())
        by = u"admin"_s;
    return execute<OrderView>([orderId, by = std::move(by)](bus::MessageContext &context) {
        return commandOnOrder(context, orderId, [&](Order &order, qint64 now) {
            const bool cancelled = order.cancel(by, now);
            if (cancelled)
                qCInfo(lcOrder).noquote() << "order" << orderId << "cancelled by" << by;
            return cancelled;
        });
    });
}

QFuture<bus::Outcome<OrderView>> OrderService::markAbnormal(qint64 orderId, QString reason)
{
    return execute<OrderView>([orderId, reason = std::move(reason)](bus::MessageContext &context) {
        return commandOnOrder(context, orderId, [&](Order &order, qint64 now) {
            const bool marked = order.markAbnormal(reason, now);
            if (marked)
                qCWarning(lcOrder).noquote() << "order" << orderId << "marked ABNORMAL:" << reason;
            return marked;
        });
    });
}

QFuture<bus::Outcome<std::optional<OrderView>>> OrderService::order(qint64 orderId)
{
    return read<std::optional<OrderView>>(
        [orderId](storage::Database &db) { return OrderRepository(db).find(orderId); });
}

QFuture<bus::Outcome<QList<OrderView>>> OrderService::ordersOfUser(qint64 userId, int limit, int offset)
{
    return read<QList<OrderView>>([userId, limit, offset](storage::Database &db) {
        return OrderRepository(db).ofUser(userId, qMax(limit, 0), qMax(offset, 0));
    });
}

QFuture<bus::Outcome<QList<OrderView>>> OrderService::ordersByStatus(QString status, qint64 olderThanMs, int limit)
{
    return read<QList<OrderView>>([status = std::move(status), olderThanMs, limit](storage::Database &db) {
        const std::optional<OrderStatus> parsed = orderStatusFromName(status);
        if (!parsed)
            throw DomainError(u"invalid_status"_s, u"There is no order status \"%1\"."_s.arg(status));
        return OrderRepository(db).byStatus(*parsed, bus::HybridClock::nowMs() - qMax<qint64>(olderThanMs, 0),
                                            qMax(limit, 0));
    });
}

QFuture<bus::Outcome<QString>> OrderService::stateForOrder(qint64 orderId)
{
    return read<QString>([orderId](storage::Database &db) {
        const std::optional<OrderView> v = OrderRepository(db).find(orderId);
        return v ? orderStatusName(v->status) : u"none"_s;
    });
}

QFuture<bus::Outcome<QHash<QString, qint64>>> OrderService::statusCounts()
{
    return read<QHash<QString, qint64>>([](storage::Database &db) { return OrderRepository(db).statusCounts(); });
}

} // namespace sagashop::services
