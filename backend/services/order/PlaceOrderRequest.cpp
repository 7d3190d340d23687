#include "services/order/PlaceOrderRequest.h"

#include "services/DomainError.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace {
[[noreturn]] void invalid(const QString &sentence)
{
    throw DomainError(u"invalid_order"_s, sentence);
}
} // namespace

void PlaceOrderRequest::validate() const
{
    if (userId < 1)
        invalid(u"The user id must be a positive number."_s);
    if (items.isEmpty())
        invalid(u"An order needs at least one item."_s);
    if (items.size() > MaxItems)
        invalid(u"An order can hold at most %1 items (this one has %2)."_s.arg(MaxItems).arg(items.size()));
    QSet<QString> seen;
    for (const saga::Payload::Item &item : items) {
        if (item.productId.isEmpty())
            invalid(u"Every item needs a product id."_s);
        if (item.productId.size() > MaxProductIdLength)
            invalid(u"A product id can be at most %1 characters long."_s.arg(MaxProductIdLength));
        if (seen.contains(item.productId))
            invalid(u"Product %1 is listed twice; list each product once with its total quantity."_s.arg(
                item.productId));
        seen.insert(item.productId);
        if (item.quantity < 1 || item.quantity > MaxQuantity)
            invalid(u"The quantity of %1 must be between 1 and %2 (it is %3)."_s.arg(item.productId)
                        .arg(MaxQuantity)
                        .arg(item.quantity));
    }
    if (userCouponId < 0)
        invalid(u"The coupon id must be positive, or 0 for no coupon."_s);
    if (idempotencyKey.isEmpty() || idempotencyKey.size() > MaxIdempotencyKeyLength)
        invalid(u"The idempotency key must be 1 to %1 characters long."_s.arg(MaxIdempotencyKeyLength));
}

QString PlaceOrderRequest::bodyHash() const
{
    QList<saga::Payload::Item> sorted = items;
    std::sort(sorted.begin(), sorted.end(),
              [](const saga::Payload::Item &a, const saga::Payload::Item &b) { return a.productId < b.productId; });
    // QJsonObject keeps its keys sorted, so the compact encoding is canonical.
    const QJsonObject body{{u"userId"_s, userId},
                           {u"userCouponId"_s, userCouponId},
                           {u"items"_s, saga::Payload::itemsToJson(sorted, false)}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

} // namespace sagashop::services
