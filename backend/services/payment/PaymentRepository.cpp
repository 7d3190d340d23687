#include "services/payment/PaymentRepository.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>

#include <string>

using namespace Qt::StringLiterals;

namespace sagashop::services {

storage::Schema PaymentRepository::schema()
{
    return storage::Schema{
        u"payment"_s,
        {storage::Migration{1,
                            u"payments, one per order"_s,
                            {u"CREATE TABLE payments (payment_id ${ID_PK}, order_id BIGINT NOT NULL UNIQUE,"
                             " saga_id TEXT NOT NULL, user_id BIGINT NOT NULL, amount BIGINT NOT NULL,"
                             " status TEXT NOT NULL, created_at BIGINT NOT NULL,"
                             " cancelled_at BIGINT NOT NULL DEFAULT 0)"_s,
                             u"CREATE INDEX payments_by_status ON payments (status)"_s}}},
    };
}

qint64 PaymentRepository::insertSuccess(qint64 orderId, const QString &sagaId, qint64 userId, qint64 amount,
                                        qint64 now)
{
    QSqlQuery &q = m_db.prepared(u"INSERT INTO payments (order_id, saga_id, user_id, amount, status, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?) RETURNING payment_id"_s);
    q.bindValue(0, orderId);
    q.bindValue(1, storage::text(sagaId));
    q.bindValue(2, userId);
    q.bindValue(3, amount);
    q.bindValue(4, PaymentView::Success);
    q.bindValue(5, now);
    m_db.exec(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (id <= 0)
        throw std::runtime_error("the new payment got no id");
    return id;
}

void PaymentRepository::save(const Payment &payment)
{
    const PaymentView &v = payment.view();
    QSqlQuery &q = m_db.prepared(u"UPDATE payments SET status = ?, cancelled_at = ? WHERE payment_id = ?"_s);
    q.bindValue(0, v.status);
    q.bindValue(1, v.cancelledAt);
    q.bindValue(2, v.paymentId);
    if (m_db.exec(q) != 1)
        throw std::runtime_error("payment " + std::to_string(v.paymentId) + " vanished while being saved");
}

std::optional<PaymentView> PaymentRepository::findByOrder(qint64 orderId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT payment_id, order_id, saga_id, user_id, amount, status, created_at,"
                                 " cancelled_at FROM payments WHERE order_id = ?"_s);
    q.bindValue(0, orderId);
    m_db.exec(q);
    std::optional<PaymentView> v;
    if (q.next()) {
        v = PaymentView{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString(),
                        q.value(6).toLongLong(), q.value(7).toLongLong()};
    }
    q.finish();
    return v;
}

qint64 PaymentRepository::totalSucceeded()
{
    QSqlQuery &q = m_db.prepared(u"SELECT COALESCE(SUM(amount), 0) FROM payments WHERE status = ?"_s);
    q.bindValue(0, PaymentView::Success);
    m_db.exec(q);
    const qint64 total = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return total;
}

} // namespace sagashop::services
