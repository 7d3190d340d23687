#include "services/order/OrderRepository.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace {

const QString OrderColumns = u"order_id, saga_id, user_id, status, failure_step, failure_reason, amount, discount,"
                             " final_amount, user_coupon_id, created_at, updated_at, confirmed_at, cancelled_by"_s;

QList<qint64> readIds(storage::Database &db, QSqlQuery &q)
{
    db.exec(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
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
    QSqlQuery &q = m_db.prepared(u"INSERT INTO orders (saga_id, user_id, status, user_coupon_id, created_at, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?) RETURNING order_id"_s);
    q.bindValue(0, sagaId);
    q.bindValue(1, userId);
    q.bindValue(2, orderStatusName(OrderStatus::Created));
    q.bindValue(3, userCouponId);
    q.bindValue(4, now);
    q.bindValue(5, now);
    m_db.exec(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (id <= 0)
        throw std::runtime_error("the new order got no id");
    return id;
}

void OrderRepository::insertItems(const Order &order)
{
    const OrderView &v = order.view();
    for (qsizetype line = 0; line < v.items.size(); ++line) {
        QSqlQuery &q = m_db.prepared(
            u"INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price) VALUES (?, ?, ?, ?, ?)"_s);
        q.bindValue(0, v.orderId);
        q.bindValue(1, qint64(line));
        q.bindValue(2, v.items[line].productId);
        q.bindValue(3, v.items[line].quantity);
        q.bindValue(4, v.items[line].unitPrice);
        m_db.exec(q);
    }
}

void OrderRepository::save(const Order &order)
{
    const OrderView &v = order.view();
    QSqlQuery &q = m_db.prepared(u"UPDATE orders SET status = ?, failure_step = ?, failure_reason = ?, amount = ?,"
                                 " discount = ?, final_amount = ?, updated_at = ?, confirmed_at = ?, cancelled_by = ?"
                                 " WHERE order_id = ?"_s);
    q.bindValue(0, orderStatusName(v.status));
    q.bindValue(1, storage::text(v.failureStep));
    q.bindValue(2, storage::text(v.failureReason));
    q.bindValue(3, v.amount);
    q.bindValue(4, v.discount);
    q.bindValue(5, v.finalAmount);
    q.bindValue(6, v.updatedAt);
    q.bindValue(7, v.confirmedAt);
    q.bindValue(8, storage::text(v.cancelledBy));
    q.bindValue(9, v.orderId);
    if (m_db.exec(q) != 1)
        throw std::runtime_error("order " + std::to_string(v.orderId) + " vanished while being saved");

    for (const saga::Payload::Item &item : v.items) {
        QSqlQuery &u = m_db.prepared(u"UPDATE order_items SET unit_price = ? WHERE order_id = ? AND product_id = ?"_s);
        u.bindValue(0, item.unitPrice);
        u.bindValue(1, v.orderId);
        u.bindValue(2, item.productId);
        m_db.exec(u);
    }
    for (const QString &kind : v.compensations) {
        QSqlQuery &c = m_db.prepared(
            u"INSERT INTO compensations (order_id, kind, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
        c.bindValue(0, v.orderId);
        c.bindValue(1, kind);
        c.bindValue(2, v.updatedAt);
        m_db.exec(c);
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
    QSqlQuery &q = m_db.prepared(u"SELECT "_s + OrderColumns + u" FROM orders WHERE order_id = ?"_s);
    q.bindValue(0, orderId);
    m_db.exec(q);
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
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
    q.finish();
    const std::optional<OrderStatus> parsed = orderStatusFromName(status);
    if (!parsed)
        throw std::runtime_error("order " + std::to_string(orderId) + " has an unknown status \"" +
                                 status.toStdString() + "\"");
    v.status = *parsed;

    QSqlQuery &items = m_db.prepared(
        u"SELECT product_id, quantity, unit_price FROM order_items WHERE order_id = ? ORDER BY line_no"_s);
    items.bindValue(0, orderId);
    m_db.exec(items);
    while (items.next())
        v.items.append({items.value(0).toString(), items.value(1).toLongLong(), items.value(2).toLongLong()});
    items.finish();

    QSqlQuery &comp = m_db.prepared(u"SELECT kind FROM compensations WHERE order_id = ? ORDER BY at, kind"_s);
    comp.bindValue(0, orderId);
    m_db.exec(comp);
    while (comp.next())
        v.compensations.append(comp.value(0).toString());
    comp.finish();
    return v;
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
    QSqlQuery &q = m_db.prepared(
        u"SELECT order_id FROM orders WHERE user_id = ? ORDER BY order_id DESC LIMIT ? OFFSET ?"_s);
    q.bindValue(0, userId);
    q.bindValue(1, limit);
    q.bindValue(2, offset);
    return findAll(readIds(m_db, q));
}

QList<OrderView> OrderRepository::byStatus(OrderStatus status, qint64 updatedBefore, int limit)
{
    QSqlQuery &q = m_db.prepared(u"SELECT order_id FROM orders WHERE status = ? AND updated_at <= ?"
                                 " ORDER BY updated_at, order_id LIMIT ?"_s);
    q.bindValue(0, orderStatusName(status));
    q.bindValue(1, updatedBefore);
    q.bindValue(2, limit);
    return findAll(readIds(m_db, q));
}

QHash<QString, qint64> OrderRepository::statusCounts()
{
    QSqlQuery &q = m_db.prepared(u"SELECT status, count(*) FROM orders GROUP BY status"_s);
    m_db.exec(q);
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return counts;
}

std::optional<OrderRepository::IdempotencyRecord> OrderRepository::findIdempotencyKey(const QString &key)
{
    QSqlQuery &q = m_db.prepared(u"SELECT user_id, order_id, request_hash FROM idempotency WHERE key = ?"_s);
    q.bindValue(0, key);
    m_db.exec(q);
    std::optional<IdempotencyRecord> record;
    if (q.next())
        record = IdempotencyRecord{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
    q.finish();
    return record;
}

void OrderRepository::insertIdempotencyKey(const QString &key, const IdempotencyRecord &record)
{
    QSqlQuery &q =
        m_db.prepared(u"INSERT INTO idempotency (key, user_id, order_id, request_hash) VALUES (?, ?, ?, ?)"_s);
    q.bindValue(0, key);
    q.bindValue(1, record.userId);
    q.bindValue(2, record.orderId);
    q.bindValue(3, record.requestHash);
    m_db.exec(q);
}

} // namespace sagashop::services
