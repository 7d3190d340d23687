#include "services/order/OrderRepository.h"

#include "services/Sql.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace {

const QString OrderColumns = u"order_id, saga_id, user_id, status, failure_step, failure_reason, amount, discount,"
                             " final_amount, user_coupon_id, created_at, updated_at, confirmed_at, cancelled_by"_s;

qint64 firstId(const QSqlQuery &q)
{
    return q.value(0).toLongLong();
}

} // namespace

storage::Schema OrderRepository::schema()
{
    return storage::Schema{
        u"order"_s,
        {storage::Migration{
            1,
            u"orders, their items, idempotency keys and compensation progress"_s,
            {u"CREATE TABLE orders (order_id ${ID_PK}, saga_id TEXT NOT NULL UNIQUE, user_id BIGINT NOT NULL,"
             " status TEXT NOT NULL, failure_step TEXT NOT NULL DEFAULT '', failure_reason TEXT NOT NULL DEFAULT '',"
             " amount BIGINT NOT NULL DEFAULT 0, discount BIGINT NOT NULL DEFAULT 0,"
             " final_amount BIGINT NOT NULL DEFAULT 0, user_coupon_id BIGINT NOT NULL DEFAULT 0,"
             " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, confirmed_at BIGINT NOT NULL DEFAULT 0,"
             " cancelled_by TEXT NOT NULL DEFAULT '')"_s,
             u"CREATE INDEX orders_by_user ON orders (user_id, order_id)"_s,
             u"CREATE INDEX orders_by_status ON orders (status, updated_at)"_s,
             u"CREATE TABLE order_items (order_id BIGINT NOT NULL REFERENCES orders (order_id),"
             " line_no INTEGER NOT NULL, product_id TEXT NOT NULL, quantity BIGINT NOT NULL,"
             " unit_price BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (order_id, product_id))"_s,
             u"CREATE TABLE idempotency (key TEXT NOT NULL PRIMARY KEY, user_id BIGINT NOT NULL,"
             " order_id BIGINT NOT NULL, request_hash TEXT NOT NULL)"_s,
             u"CREATE TABLE compensations (order_id BIGINT NOT NULL, kind TEXT NOT NULL, at BIGINT NOT NULL,"
             " PRIMARY KEY (order_id, kind))"_s}}},
    };
}

qint64 OrderRepository::insertOrder(const QString &sagaId, qint64 userId, qint64 userCouponId, qint64 now)
{
    return sql::insertReturningId(m_db,
                                  u"INSERT INTO orders (saga_id, user_id, status, user_coupon_id, created_at, updated_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?) RETURNING order_id"_s,
                                  {sagaId, userId, orderStatusName(OrderStatus::Created), userCouponId, now, now},
                                  "the new order got no id");
}

void OrderRepository::insertItems(const Order &order)
{
    const OrderView &v = order.view();
    for (qsizetype line = 0; line < v.items.size(); ++line) {
        sql::exec(m_db,
                  u"INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price) VALUES (?, ?, ?, ?, ?)"_s,
                  {v.orderId, qint64(line), v.items[line].productId, v.items[line].quantity, v.items[line].unitPrice});
    }
}

void OrderRepository::save(const Order &order)
{
    const OrderView &v = order.view();
    if (sql::exec(m_db,
                  u"UPDATE orders SET status = ?, failure_step = ?, failure_reason = ?, amount = ?,"
                  " discount = ?, final_amount = ?, updated_at = ?, confirmed_at = ?, cancelled_by = ?"
                  " WHERE order_id = ?"_s,
                  {orderStatusName(v.status), storage::text(v.failureStep), storage::text(v.failureReason), v.amount,
                   v.discount, v.finalAmount, v.updatedAt, v.confirmedAt, storage::text(v.cancelledBy), v.orderId}) !=
        1)
        throw std::runtime_error("order " + std::to_string(v.orderId) + " vanished while being saved");

    for (const saga::Payload::Item &item : v.items) {
        sql::exec(m_db, u"UPDATE order_items SET unit_price = ? WHERE order_id = ? AND product_id = ?"_s,
                  {item.unitPrice, v.orderId, item.productId});
    }
    for (const QString &kind : v.compensations) {
        sql::exec(m_db, u"INSERT INTO compensations (order_id, kind, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
                  {v.orderId, kind, v.updatedAt});
    }
}

std::optional<Order> OrderRepository::load(qint64 orderId)
{
    std::optional<OrderView> view = find(orderId);
    if (!view)
        return std::nullopt;
    return Order::restore(std::move(*view));
}

std::optional<OrderView> OrderRepository::find(qint64 orderId)
{
    std::optional<OrderView> found =
        sql::one(m_db, u"SELECT "_s + OrderColumns + u" FROM orders WHERE order_id = ?"_s, {orderId},
                 [orderId](const QSqlQuery &q) {
                     OrderView v;
                     v.orderId = q.value(0).toLongLong();
                     v.sagaId = q.value(1).toString();
                     v.userId = q.value(2).toLongLong();
                     const QString status = q.value(3).toString();
                     v.failureStep = q.value(4).toString();
                     v.failureReason = q.value(5).toString();
                     v.amount = q.value(6).toLongLong();
                     v.discount = q.value(7).toLongLong();
                     v.finalAmount = q.value(8).toLongLong();
                     v.userCouponId = q.value(9).toLongLong();
                     v.createdAt = q.value(10).toLongLong();
                     v.updatedAt = q.value(11).toLongLong();
                     v.confirmedAt = q.value(12).toLongLong();
                     v.cancelledBy = q.value(13).toString();
                     const std::optional<OrderStatus> parsed = orderStatusFromName(status);
                     if (!parsed)
                         throw std::runtime_error("order " + std::to_string(orderId) + " has an unknown status \"" +
                                                  status.toStdString() + "\"");
                     v.status = *parsed;
                     return v;
                 });
    if (!found)
        return std::nullopt;
    OrderView &v = *found;
    v.items = sql::all(
        m_db, u"SELECT product_id, quantity, unit_price FROM order_items WHERE order_id = ? ORDER BY line_no"_s,
        {orderId}, [](const QSqlQuery &q) {
            return saga::Payload::Item{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
        });
    v.compensations = sql::all(m_db, u"SELECT kind FROM compensations WHERE order_id = ? ORDER BY at, kind"_s,
                               {orderId}, [](const QSqlQuery &q) { return q.value(0).toString(); });
    return found;
}

QList<OrderView> OrderRepository::findAll(const QList<qint64> &ids)
{
    QList<OrderView> views;
    views.reserve(ids.size());
    for (qint64 id : ids) {
        if (std::optional<OrderView> v = find(id))
            views.append(std::move(*v));
    }
    return views;
}

QList<OrderView> OrderRepository::ofUser(qint64 userId, int limit, int offset)
{
    return findAll(sql::all(m_db, u"SELECT order_id FROM orders WHERE user_id = ? ORDER BY order_id DESC LIMIT ? OFFSET ?"_s,
                            {userId, limit, offset}, firstId));
}

QList<OrderView> OrderRepository::byStatus(OrderStatus status, qint64 updatedBefore, int limit)
{
    return findAll(sql::all(m_db,
                            u"SELECT order_id FROM orders WHERE status = ? AND updated_at <= ?"
                            " ORDER BY updated_at, order_id LIMIT ?"_s,
                            {orderStatusName(status), updatedBefore, limit}, firstId));
}

QHash<QString, qint64> OrderRepository::statusCounts()
{
    return sql::keyedIntegers(m_db, u"SELECT status, count(*) FROM orders GROUP BY status"_s);
}

std::optional<OrderRepository::IdempotencyRecord> OrderRepository::findIdempotencyKey(const QString &key)
{
    return sql::one(m_db, u"SELECT user_id, order_id, request_hash FROM idempotency WHERE key = ?"_s, {key},
                    [](const QSqlQuery &q) {
                        return IdempotencyRecord{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                 q.value(2).toString()};
                    });
}

void OrderRepository::insertIdempotencyKey(const QString &key, const IdempotencyRecord &record)
{
    sql::exec(m_db, u"INSERT INTO idempotency (key, user_id, order_id, request_hash) VALUES (?, ?, ?, ?)"_s,
              {key, record.userId, record.orderId, record.requestHash});
}

} // namespace sagashop::services
