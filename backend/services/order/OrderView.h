#pragma once

#include "saga/Payload.h"
#include "services/order/OrderStatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sagashop::services {

/// Everything the Order service knows about one order: the state of the Order aggregate and
/// what the reads return. Times are UTC milliseconds since the epoch (0 = not yet); text
/// fields are empty when they do not apply; money is integer won.
struct OrderView
{
    qint64 orderId = 0;
    QString sagaId;
    qint64 userId = 0;
    OrderStatus status = OrderStatus::Created;
    QString failureStep;   ///< "stock" | "coupon" | "balance" when FAILED
    QString failureReason; ///< why it FAILED, or why it was marked ABNORMAL
    qint64 amount = 0;      ///< sum of the items at their unit prices (known after InventoryDeducted)
    qint64 discount = 0;    ///< known after CouponUsed / CouponSkipped
    qint64 finalAmount = 0; ///< amount - discount (known after CouponUsed / CouponSkipped)
    qint64 userCouponId = 0; ///< 0 when no coupon was chosen
    QList<saga::Payload::Item> items; ///< unitPrice 0 until InventoryDeducted
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 confirmedAt = 0;
    QString cancelledBy;
    QStringList compensations; ///< "stock" | "coupon" | "balance" | "payment", in arrival order

    /// The HTTP API's shape: {"orderId", "sagaId", "userId", "status", "failureStep",
    /// "failureReason", "amount", "discount", "finalAmount", "userCouponId",
    /// "items": [{"productId", "quantity", "unitPrice"}], "createdAt", "updatedAt",
    /// "confirmedAt", "compensations": [...]}.
    QJsonObject toJson() const;

    bool operator==(const OrderView &) const = default;
};

} // namespace sagashop::services
