#include "services/balance/BalanceService.h"

#include "bus/HybridClock.h"
#include "saga/CheckoutEvents.h"
#include "saga/Payload.h"
#include "services/DomainError.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace {

Q_LOGGING_CATEGORY(lcBalance, "sagashop.balance")

namespace Events = saga::CheckoutEvents;

qint64 requirePositive(const QJsonObject &payload, const QString &key)
{
    const qint64 value = saga::Payload::requireInt(payload, key);
    if (value < 1)
        throw saga::PayloadError(
                u"payload field \"%1\" must be a positive whole number"_s.arg(key).toStdString());
    return value;
}

qint64 requireNonNegative(const QJsonObject &payload, const QString &key)
{
    const qint64 value = saga::Payload::requireInt(payload, key);
    if (value < 0)
        throw saga::PayloadError(
                u"payload field \"%1\" must not be negative"_s.arg(key).toStdString());
    return value;
}

const QStringList kDemoUsers = {u"김민준 (Minjun Kim)"_s, u"이서연 (Seoyeon Lee)"_s,
        u"Emma Wilson"_s, u"박지호 (Jiho Park)"_s, u"Liam Chen"_s};

} // namespace

/// The outcome of the balance step for one order (a row of balance_ops).
struct BalanceService::Op
{
    qint64 orderId = 0;
    QString status; ///< deducted | failed | refunded
    qint64 userId = 0;
    qint64 amount = 0;
    /// deducted/refunded: the balance right after the deduction; failed: the balance then.
    qint64 balanceAfter = 0;
    QString reason; ///< failed only
    QString sagaId;
};

BalanceService::BalanceService(bus::ServiceConfig config)
    : Service(std::move(config))
{
    addSchema(storage::Schema{
            Name,
            {storage::Migration{1, u"users, charges, balance step per order"_s,
                    {u"CREATE TABLE users (id ${ID_PK}, name TEXT NOT NULL, balance BIGINT NOT "
                     u"NULL,"
                     " created_at BIGINT NOT NULL, CHECK (balance >= 0))"_s,
                            u"CREATE TABLE charges (id ${ID_PK}, user_id BIGINT NOT NULL "
                            u"REFERENCES users (id),"
                            " amount BIGINT NOT NULL, balance_after BIGINT NOT NULL, at BIGINT NOT NULL)"_s,
                            u"CREATE TABLE balance_ops (order_id BIGINT NOT NULL PRIMARY KEY, "
                            u"status TEXT NOT NULL,"
                            " user_id BIGINT NOT NULL, amount BIGINT NOT NULL, balance_after "
                            "BIGINT NOT NULL,"
                            " reason TEXT NOT NULL, saga_id TEXT NOT NULL, recorded_at BIGINT NOT "
                            "NULL,"
                            " refunded_at BIGINT NOT NULL, refund_balance_after BIGINT NOT NULL)"_s}}},
    });
    for (const QString &type : {Events::CouponUsed, Events::CouponSkipped})
        subscribe(type, [this](const bus::EventEnvelope &e, bus::MessageContext &c) {
            onCouponApplied(e, c);
        });
    for (const QString &type : {Events::OrderConfirmationFailed, Events::OrderCancelled})
        subscribe(type, [this](const bus::EventEnvelope &e, bus::MessageContext &c) {
            onCompensation(e, c);
        });
}

void BalanceService::started(bus::MessageContext &context)
{
    storage::Database &db = context.database();
    if (sum(db, u"SELECT count(*) FROM users"_s) != 0)
        return;
    for (const QString &name : kDemoUsers)
        insertUser(db, name);
    qCInfo(lcBalance) << "seeded" << kDemoUsers.size() << "demo users";
}

// --- commands and reads -------------------------------------------------------------------

QFuture<bus::Outcome<qint64>> BalanceService::createUser(const QString &name)
{
    return execute<qint64>([name](bus::MessageContext &context) {
        return insertUser(context.database(), Account::validName(name));
    });
}

QFuture<bus::Outcome<QList<Account>>> BalanceService::users()
{
    return read<QList<Account>>([](storage::Database &db) {
        QSqlQuery &q
                = db.prepared(u"SELECT id, name, balance, created_at FROM users ORDER BY id"_s);
        db.exec(q);
        QList<Account> list;
        while (q.next())
            list.append(Account(q.value(0).toLongLong(), q.value(1).toString(),
                    q.value(2).toLongLong(), q.value(3).toLongLong()));
        q.finish();
        return list;
    });
}

QFuture<bus::Outcome<qint64>> BalanceService::balance(qint64 userId)
{
    return read<qint64>([userId](storage::Database &db) {
        const std::optional<Account> account = loadAccount(db, userId);
        if (!account)
            throw DomainError(u"not_found"_s, u"There is no user %1."_s.arg(userId));
        return account->balance();
    });
}

QFuture<bus::Outcome<qint64>> BalanceService::charge(qint64 userId, qint64 amount)
{
    return execute<qint64>([userId, amount](bus::MessageContext &context) {
        storage::Database &db = context.database();
        // A bad amount is reported first: it is wrong whoever the user is.
        Account::requireChargeAmount(amount);
        std::optional<Account> account = loadAccount(db, userId);
        if (!account) {
            throw DomainError(u"not_found"_s, u"There is no user %1."_s.arg(userId));
        }
        const qint64 after = account->charge(amount);
        storeBalance(db, *account);
        QSqlQuery &q = db.prepared(
                u"INSERT INTO charges (user_id, amount, balance_after, at) VALUES (?, ?, ?, ?)"_s);
        q.bindValue(0, userId);
        q.bindValue(1, amount);
        q.bindValue(2, after);
        q.bindValue(3, bus::HybridClock::nowMs());
        db.exec(q);
        context.collect(*account);
        return after;
    });
}

QFuture<bus::Outcome<QString>> BalanceService::stateForOrder(qint64 orderId)
{
    return read<QString>([orderId](storage::Database &db) {
        const std::optional<Op> op = loadOp(db, orderId);
        return op ? op->status : StateNone;
    });
}

QFuture<bus::Outcome<bool>> BalanceService::compensateOrder(qint64 orderId)
{
    return execute<bool>(
            [orderId](bus::MessageContext &context) { return refundOrder(context, orderId); });
}

QFuture<bus::Outcome<qint64>> BalanceService::totalBalance()
{
    return read<qint64>([](storage::Database &db) {
        return sum(db, u"SELECT COALESCE(SUM(balance), 0) FROM users"_s);
    });
}

QFuture<bus::Outcome<qint64>> BalanceService::chargedTotal()
{
    return read<qint64>([](storage::Database &db) {
        return sum(db, u"SELECT COALESCE(SUM(amount), 0) FROM charges"_s);
    });
}

// --- handlers -----------------------------------------------------------------------------

void BalanceService::onCouponApplied(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const qint64 orderId = requirePositive(event.payload, u"orderId"_s);
    const qint64 userId = requirePositive(event.payload, u"userId"_s);
    const qint64 amount = requireNonNegative(event.payload, u"finalAmount"_s);
    storage::Database &db = context.database();

    if (const std::optional<Op> done = loadOp(db, orderId)) {
        qCDebug(lcBalance) << "order" << orderId << "already has its balance outcome"
                           << done->status << "- publishing it again";
        publishOutcome(context, *done);
        return;
    }

    Op op{orderId, StateFailed, userId, amount, 0, {}, event.sagaId};
    std::optional<Account> account = loadAccount(db, userId);
    if (!account) {
        op.reason = u"user %1 does not exist"_s.arg(userId);
        recordOp(db, op);
        context.publish(Account::failed(orderId, op.reason, amount, 0));
        qCInfo(lcBalance) << "order" << orderId << "cannot be paid:" << op.reason;
        return;
    }
    const qint64 before = account->balance();
    if (account->pay(orderId, amount)) {
        op.status = StateDeducted;
        op.balanceAfter = account->balance();
        storeBalance(db, *account);
    } else {
        op.reason = Account::insufficientReason(before, amount);
        op.balanceAfter = before;
        qCInfo(lcBalance) << "order" << orderId << "cannot be paid:" << op.reason;
    }
    recordOp(db, op);
    context.collect(*account);
}

void BalanceService::onCompensation(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const qint64 orderId = requirePositive(event.payload, u"orderId"_s);
    if (!refundOrder(context, orderId))
        qCDebug(lcBalance) << event.type << "for order" << orderId << ": nothing to refund";
}

bool BalanceService::refundOrder(bus::MessageContext &context, qint64 orderId)
{
    storage::Database &db = context.database();
    const std::optional<Op> op = loadOp(db, orderId);
    if (!op || op->status != StateDeducted)
        return false;
    std::optional<Account> account = loadAccount(db, op->userId);
    if (!account) {
        throw std::logic_error(
                u"user %1 of order %2 no longer exists: cannot refund"_s.arg(op->userId)
                        .arg(orderId)
                        .toStdString());
    }
    account->refund(orderId, op->amount, op->sagaId);
    storeBalance(db, *account);
    QSqlQuery &q = db.prepared(
            u"UPDATE balance_ops SET status = ?, refunded_at = ?, refund_balance_after = ?"
            " WHERE order_id = ? AND status = ?"_s);
    q.bindValue(0, StateRefunded);
    q.bindValue(1, bus::HybridClock::nowMs());
    q.bindValue(2, account->balance());
    q.bindValue(3, orderId);
    q.bindValue(4, StateDeducted);
    if (db.exec(q) != 1)
        throw std::runtime_error("balance operation changed while it was being refunded");
    context.collect(*account);
    qCInfo(lcBalance) << "refunded" << op->amount << "won of order" << orderId << "to user"
                      << op->userId;
    return true;
}

// --- storage ------------------------------------------------------------------------------

qint64 BalanceService::insertUser(storage::Database &db, const QString &name)
{
    QSqlQuery &q = db.prepared(
            u"INSERT INTO users (name, balance, created_at) VALUES (?, 0, ?) RETURNING id"_s);
    q.bindValue(0, storage::text(name));
    q.bindValue(1, bus::HybridClock::nowMs());
    db.exec(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (id == 0)
        throw std::runtime_error("creating a user returned no id");
    return id;
}

std::optional<Account> BalanceService::loadAccount(storage::Database &db, qint64 userId)
{
    QSqlQuery &q = db.prepared(u"SELECT name, balance, created_at FROM users WHERE id = ?"_s);
    q.bindValue(0, userId);
    db.exec(q);
    std::optional<Account> account;
    if (q.next())
        account = Account(
                userId, q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong());
    q.finish();
    return account;
}

void BalanceService::storeBalance(storage::Database &db, const Account &account)
{
    QSqlQuery &q = db.prepared(u"UPDATE users SET balance = ? WHERE id = ?"_s);
    q.bindValue(0, account.balance());
    q.bindValue(1, account.userId());
    if (db.exec(q) != 1)
        throw std::runtime_error("user disappeared while its balance was being stored");
}

std::optional<BalanceService::Op> BalanceService::loadOp(storage::Database &db, qint64 orderId)
{
    QSqlQuery &q = db.prepared(
            u"SELECT status, user_id, amount, balance_after, reason, saga_id FROM balance_ops"
            " WHERE order_id = ?"_s);
    q.bindValue(0, orderId);
    db.exec(q);
    std::optional<Op> op;
    if (q.next()) {
        op = Op{orderId, q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()};
    }
    q.finish();
    return op;
}

void BalanceService::recordOp(storage::Database &db, const Op &op)
{
    QSqlQuery &q = db.prepared(
            u"INSERT INTO balance_ops (order_id, status, user_id, amount, balance_after, reason,"
            " saga_id, recorded_at, refunded_at, refund_balance_after)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"_s);
    q.bindValue(0, op.orderId);
    q.bindValue(1, op.status);
    q.bindValue(2, op.userId);
    q.bindValue(3, op.amount);
    q.bindValue(4, op.balanceAfter);
    q.bindValue(5, storage::text(op.reason));
    q.bindValue(6, storage::text(op.sagaId));
    q.bindValue(7, bus::HybridClock::nowMs());
    db.exec(q);
}

/// Publishes the outcome of the balance step recorded for an order. A refunded order
/// repeats its original outcome, BalanceDeducted (with the numbers of that time): the
/// step's outcome does not change when a later compensation refunds it.
void BalanceService::publishOutcome(bus::MessageContext &context, const Op &op)
{
    if (op.status == StateFailed)
        context.publish(Account::failed(op.orderId, op.reason, op.amount, op.balanceAfter));
    else
        context.publish(Account::deducted(op.orderId, op.userId, op.amount, op.balanceAfter));
}

qint64 BalanceService::sum(storage::Database &db, const QString &sql)
{
    QSqlQuery &q = db.prepared(sql);
    db.exec(q);
    const qint64 value = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return value;
}

} // namespace sagashop::services
