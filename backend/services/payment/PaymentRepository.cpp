#include "services/payment/PaymentRepository.h"

#include "services/Sql.h"
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
    return sql::insertReturningId(m_db,
                                  u"INSERT INTO payments (order_id, saga_id, user_id, amount, status, created_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?) RETURNING payment_id"_s,
                                  {orderId, storage::text(sagaId), userId, amount, PaymentView::Success, now},
                                  "the new payment got no id");
}

void PaymentRepository::save(const Payment &payment)
{
    const PaymentView &v = payment.view();
    if (sql::exec(m_db, u"UPDATE payments SET status = ?, cancelled_at = ? WHERE payment_id = ?"_s,
                  {v.status, v.cancelledAt, v.paymentId}) != 1)
        throw std::runtime_error("payment " + std::to_string(v.paymentId) + " vanished while being saved");
}

std::optional<PaymentView> PaymentRepository::findByOrder(qint64 orderId)
{
    return sql::one(m_db,
                    u"SELECT payment_id, order_id, saga_id, user_id, amount, status, created_at,"
                    " cancelled_at FROM payments WHERE order_id = ?"_s,
                    {orderId}, [](const QSqlQuery &q) {
                        return PaymentView{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                           q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString(),
                                           q.value(6).toLongLong(), q.value(7).toLongLong()};
                    });
}

qint64 PaymentRepository::totalSucceeded()
{
    return sql::integer(m_db, u"SELECT COALESCE(SUM(amount), 0) FROM payments WHERE status = ?"_s,
                        {PaymentView::Success});
}

} // namespace sagashop::services
