#include "services/order/Order.h"

#include <QJsonArray>

#include <algorithm>

#include "saga/CheckoutEvents.h"
#include "services/DomainError.h"

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace Events = saga::CheckoutEvents;
using saga::Payload::Item;

Order Order::place(qint64 orderId, const QString &sagaId, qint64 userId, const QList<Item> &items,
                   qint64 userCouponId, qint64 now)
{
    OrderView state;
    state.orderId = orderId;
    state.sagaId = sagaId;
    state.userId = userId;
    state.status = OrderStatus::Created;
    state.userCouponId = userCouponId;
    state.createdAt = now;
    state.updatedAt = now;
    for (const Item &item : items)
        state.items.append(Item{item.productId, item.quantity, 0});

    Order order(std::move(state));
    order.registerOrderEvent(Events::PaymentRequested,
                             {{u"orderId"_s, orderId},
                              {u"userId"_s, userId},
                              {u"items"_s, saga::Payload::itemsToJson(order.m_state.items, false)},
                              {u"userCouponId"_s, userCouponId}});
    return order;
}

Order Order::restore(OrderView state)
{
    return Order(std::move(state));
}

QString Order::aggregateIdOf(qint64 orderId)
{
    return u"order-"_s + QString::number(orderId);
}

void Order::registerOrderEvent(const QString &type, QJsonObject payload)
{
    registerEvent(bus::DomainEvent{type, aggregateIdOf(m_state.orderId), std::move(payload), m_state.sagaId});
}

void Order::recordPrices(const QList<Item> &pricedItems, qint64 amount, qint64 now)
{
    for (Item &item : m_state.items) {
        for (const Item &priced : pricedItems) {
            if (priced.productId == item.productId) {
                item.unitPrice = priced.unitPrice;
                break;
            }
        }
    }
    m_state.amount = amount;
    m_state.updatedAt = now;
}

void Order::recordDiscount(qint64 discount, qint64 finalAmount, qint64 now)
{
    m_state.discount = discount;
    m_state.finalAmount = finalAmount;
    m_state.updatedAt = now;
}

bool Order::fail(const QString &step, const QString &reason, qint64 now)
{
    if (m_state.status != OrderStatus::Created)
        return false;
    m_state.status = OrderStatus::Failed;
    m_state.failureStep = step;
    m_state.failureReason = reason;
    m_state.updatedAt = now;
    registerOrderEvent(Events::OrderFailed,
                       {{u"orderId"_s, m_state.orderId}, {u"failedStep"_s, step}, {u"reason"_s, reason}});
    // Compensations may have overtaken the failure (a restore reaching Order before the event
    // that failed the order): if every expected one is already back, say so now.
    if (compensationsComplete(m_state.compensations))
        announceCompensated();
    return true;
}

Order::ConfirmResult Order::confirm(qint64 now)
{
    switch (m_state.status) {
    case OrderStatus::Confirmed:
        return ConfirmResult::AlreadyConfirmed;
    case OrderStatus::Failed:
    case OrderStatus::Cancelled:
    case OrderStatus::Abnormal:
        registerOrderEvent(Events::OrderConfirmationFailed,
                           {{u"orderId"_s, m_state.orderId},
                            {u"reason"_s, u"the order was %1 before payment completed"_s.arg(
                                              orderStatusName(m_state.status).toLower())}});
        return ConfirmResult::Refused;
    case OrderStatus::Created:
        break;
    }

    m_state.status = OrderStatus::Confirmed;
    m_state.confirmedAt = now;
    m_state.updatedAt = now;
    const qint64 id = m_state.orderId;
    registerOrderEvent(Events::ProductSalesRankRecorded,
                       {{u"orderId"_s, id},
                        {u"items"_s, saga::Payload::itemsToJson(m_state.items, false)},
                        {u"confirmedAt"_s, now}});
    registerOrderEvent(Events::OrderExportRequested,
                       {{u"orderId"_s, id},
                        {u"userId"_s, m_state.userId},
                        {u"items"_s, saga::Payload::itemsToJson(m_state.items, true)},
                        {u"amount"_s, m_state.amount},
                        {u"discount"_s, m_state.discount},
                        {u"finalAmount"_s, m_state.finalAmount},
                        {u"confirmedAt"_s, now}});
    registerOrderEvent(Events::OrderCompleted,
                       {{u"orderId"_s, id}, {u"userId"_s, m_state.userId}, {u"finalAmount"_s, m_state.finalAmount}});
    return ConfirmResult::Confirmed;
}

bool Order::cancel(const QString &by, qint64 now)
{
    if (m_state.status == OrderStatus::Cancelled)
        return false;
    if (m_state.status != OrderStatus::Confirmed) {
        throw DomainError(u"not_cancellable"_s,
                          u"Order %1 is %2; only a CONFIRMED order can be cancelled."_s.arg(
                              QString::number(m_state.orderId), orderStatusName(m_state.status)));
    }
    m_state.status = OrderStatus::Cancelled;
    m_state.cancelledBy = by;
    m_state.updatedAt = now;
    registerOrderEvent(Events::OrderCancelled,
                       {{u"orderId"_s, m_state.orderId},
                        {u"reason"_s, QString(u"cancelled by "_s + by)},
                        {u"by"_s, by},
                        {u"items"_s, saga::Payload::itemsToJson(m_state.items, false)}});
    return true;
}

bool Order::markAbnormal(const QString &reason, qint64 now)
{
    if (m_state.status == OrderStatus::Abnormal)
        return false;
    const OrderStatus previous = m_state.status;
    m_state.status = OrderStatus::Abnormal;
    m_state.failureReason = reason;
    m_state.updatedAt = now;
    registerOrderEvent(MarkedAbnormalEvent, {{u"orderId"_s, m_state.orderId},
                                             {u"reason"_s, reason},
                                             {u"previousStatus"_s, orderStatusName(previous)}});
    return true;
}

bool Order::recordCompensation(const QString &kind, qint64 now)
{
    if (m_state.compensations.contains(kind))
        return false;
    m_state.compensations.append(kind);
    m_state.updatedAt = now;
    QStringList before = m_state.compensations;
    before.removeLast();
    if (compensationsComplete(m_state.compensations) && !compensationsComplete(before))
        announceCompensated();
    return true;
}

bool Order::compensationsComplete(const QStringList &have) const
{
    const QStringList expected = expectedCompensations();
    return !expected.isEmpty()
        && std::all_of(expected.cbegin(), expected.cend(), [&](const QString &k) { return have.contains(k); });
}

void Order::announceCompensated()
{
    registerOrderEvent(CompensatedEvent, {{u"orderId"_s, m_state.orderId},
                                          {u"compensations"_s, QJsonArray::fromStringList(m_state.compensations)}});
}

QStringList Order::expectedCompensations() const
{
    const bool couponUsed = m_state.userCouponId != 0;
    switch (m_state.status) {
    case OrderStatus::Failed:
        if (m_state.failureStep == u"coupon"_s)
            return {u"stock"_s};
        if (m_state.failureStep == u"balance"_s)
            return couponUsed ? QStringList{u"stock"_s, u"coupon"_s} : QStringList{u"stock"_s};
        return {};
    case OrderStatus::Cancelled:
        return couponUsed ? QStringList{u"stock"_s, u"coupon"_s, u"balance"_s, u"payment"_s}
                          : QStringList{u"stock"_s, u"balance"_s, u"payment"_s};
    case OrderStatus::Created:
    case OrderStatus::Confirmed:
    case OrderStatus::Abnormal:
        return {};
    }
    return {};
}

} // namespace sagashop::services
