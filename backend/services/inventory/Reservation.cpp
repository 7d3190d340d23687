#include "services/inventory/Reservation.h"

#include "saga/CheckoutEvents.h"

#include <QtNumeric>

#include <limits>

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace Events = saga::CheckoutEvents;
using saga::Payload::Item;

Reservation Reservation::decide(const Request &request, const QHash<QString, Product> &products)
{
    Reservation reservation;
    reservation.m_request = request;
    reservation.m_request.items = mergeItems(request.items);
    QList<Item> &items = reservation.m_request.items;
    for (Item &item : items)
        item.unitPrice = 0;

    const auto fail = [&reservation](const QString &reason, const QString &productId) {
        reservation.m_status = Status::Failed;
        reservation.m_amount = 0;
        reservation.m_reason = reason;
        reservation.m_failedProductId = productId;
        reservation.registerFailed(reason, productId);
        return reservation;
    };

    for (const Item &item : std::as_const(items)) {
        const auto found = products.constFind(item.productId);
        if (found == products.cend())
            return fail(u"Product %1 does not exist"_s.arg(item.productId), item.productId);
        const Product &product = *found;
        if (product.stock <= 0)
            return fail(u"%1 is sold out"_s.arg(product.displayName()), product.id);
        if (product.stock < item.quantity) {
            return fail(u"Only %1 left of %2 (%3 requested)"_s.arg(QString::number(product.stock), product.displayName(),
                                                                   QString::number(item.quantity)),
                        product.id);
        }
    }

    qint64 amount = 0;
    for (Item &item : items) {
        item.unitPrice = products.value(item.productId).price;
        qint64 line = 0;
        if (qMulOverflow(item.unitPrice, item.quantity, &line) || qAddOverflow(amount, line, &amount)) {
            for (Item &i : items)
                i.unitPrice = 0;
            return fail(u"The order total is too large to be paid"_s, item.productId);
        }
    }
    reservation.m_status = Status::Deducted;
    reservation.m_amount = amount;
    reservation.registerDeducted();
    return reservation;
}

Reservation Reservation::fromStored(const Request &request, Status status, qint64 amount, const QString &reason,
                                    const QString &failedProductId)
{
    Reservation reservation;
    reservation.m_request = request;
    reservation.m_status = status;
    reservation.m_amount = amount;
    reservation.m_reason = reason;
    reservation.m_failedProductId = failedProductId;
    return reservation;
}

QList<Item> Reservation::mergeItems(const QList<Item> &items)
{
    QList<Item> merged;
    QHash<QString, qsizetype> index;
    for (const Item &item : items) {
        const auto found = index.constFind(item.productId);
        if (found == index.cend()) {
            index.insert(item.productId, merged.size());
            merged.append(item);
            continue;
        }
        qint64 &quantity = merged[*found].quantity;
        if (qAddOverflow(quantity, item.quantity, &quantity))
            quantity = std::numeric_limits<qint64>::max();
    }
    return merged;
}

QString Reservation::statusName(Status status)
{
    switch (status) {
    case Status::Deducted:
        return u"deducted"_s;
    case Status::Restored:
        return u"restored"_s;
    case Status::Failed:
        return u"failed"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Reservation::Status> Reservation::statusFromName(const QString &name)
{
    for (Status status : {Status::Deducted, Status::Restored, Status::Failed}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

void Reservation::repeatOutcome()
{
    switch (m_status) {
    case Status::Deducted:
        registerDeducted();
        break;
    case Status::Failed:
        registerFailed(m_reason, m_failedProductId);
        break;
    case Status::Restored:
        // The stock was held once and has been given back: the order cannot go on.
        registerFailed(u"Order %1 was already compensated: its stock was given back"_s.arg(orderId()), {});
        break;
    }
}

bool Reservation::restore(const QString &cause)
{
    if (m_status != Status::Deducted)
        return false;
    m_status = Status::Restored;
    m_reason = cause;
    registerEvent({Events::InventoryRestored,
                   aggregateId(),
                   {{u"orderId"_s, orderId()}, {u"items"_s, saga::Payload::itemsToJson(items(), false)}},
                   sagaId()});
    return true;
}

QString Reservation::aggregateId() const
{
    return u"order-%1"_s.arg(orderId());
}

void Reservation::registerDeducted()
{
    registerEvent({Events::InventoryDeducted,
                   aggregateId(),
                   {{u"orderId"_s, orderId()},
                    {u"userId"_s, userId()},
                    {u"items"_s, saga::Payload::itemsToJson(items(), true)},
                    {u"amount"_s, m_amount},
                    {u"userCouponId"_s, userCouponId()}},
                   sagaId()});
}

void Reservation::registerFailed(const QString &reason, const QString &productId)
{
    registerEvent({Events::InventoryFailed,
                   aggregateId(),
                   {{u"orderId"_s, orderId()}, {u"reason"_s, reason}, {u"productId"_s, productId}},
                   sagaId()});
}

} // namespace sagashop::services
