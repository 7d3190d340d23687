#pragma once

#include "bus/Service.h"

#include <QList>
#include <QString>

#include <utility>

namespace sagashop::services {

/// Statistics: sales counts per product and UTC day, fed asynchronously by the saga.
/// ProductSalesRankRecorded adds an order's quantities to the day it was confirmed (once per
/// order); OrderCancelled subtracts them again (once per order). Publishes nothing.
class StatisticsService : public bus::Service
{
public:
    static inline const QString Name = QStringLiteral("statistics");

    using ProductQuantity = std::pair<QString, qint64>; ///< (productId, quantity)
    using DayQuantity = std::pair<QString, qint64>;     ///< ("yyyy-MM-dd", quantity)

    explicit StatisticsService(bus::ServiceConfig config);

    /// The best sellers over the `days` UTC days ending with the day of `nowMs` (inclusive):
    /// at most `limit` products with a positive total, by quantity (highest first), ties by
    /// productId. Empty when days or limit is below 1.
    QFuture<bus::Outcome<QList<ProductQuantity>>> popular(qint64 nowMs, int days = 3, int limit = 5);
    /// Quantity sold per UTC day for one product, oldest day first (days with a positive count).
    QFuture<bus::Outcome<QList<DayQuantity>>> soldPerDay(const QString &productId);
    /// Reconciler hook: "none" | "counted" | "cancelled".
    QFuture<bus::Outcome<QString>> stateForOrder(qint64 orderId);

    /// The UTC day ("yyyy-MM-dd") of a UTC millisecond timestamp.
    static QString dayOf(qint64 utcMs);

private:
    void handleSalesRecorded(const bus::EventEnvelope &event, bus::MessageContext &context);
    void handleOrderCancelled(const bus::EventEnvelope &event, bus::MessageContext &context);
};

} // namespace sagashop::services
