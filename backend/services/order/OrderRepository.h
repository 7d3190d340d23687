#pragma once

#include "services/order/Order.h"
#include "storage/Migration.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sagashop::storage {
class Database;
}

namespace sagashop::services {

/// The Order service's tables (orders, order_items, idempotency, compensations), read and
/// written on the service thread through its own database. Holds no state of its own.
class OrderRepository
{
public:
    explicit OrderRepository(storage::Database &database) : m_db(database) {}

    static storage::Schema schema();

    /// Inserts a new CREATED order row and returns its id (auto-increment).
    qint64 insertOrder(const QString &sagaId, qint64 userId, qint64 userCouponId, qint64 now);
    /// Stores a new order's items (after insertOrder and Order::place).
    void insertItems(const Order &order);
    /// Writes the order's state back (status, amounts, prices, times, compensations).
    void save(const Order &order);

    std::optional<Order> load(qint64 orderId);
    std::optional<OrderView> find(qint64 orderId);
    /// Newest first.
    QList<OrderView> ofUser(qint64 userId, int limit, int offset);
    /// Orders in `status` whose last change is at or before `updatedBefore` (UTC ms),
    /// least recently changed first.
    QList<OrderView> byStatus(OrderStatus status, qint64 updatedBefore, int limit);
    QHash<QString, qint64> statusCounts();

    struct IdempotencyRecord
    {
        qint64 userId = 0;
        qint64 orderId = 0;
        QString requestHash;
    };
    std::optional<IdempotencyRecord> findIdempotencyKey(const QString &key);
    void insertIdempotencyKey(const QString &key, const IdempotencyRecord &record);

private:
    QList<OrderView> findAll(const QList<qint64> &ids);

    storage::Database &m_db;
};

} // namespace sagashop::services
