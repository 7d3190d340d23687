#include "services/balance/BalanceService.h"

#include "bus/HybridClock.h"
#include "saga/CheckoutEvents.h"
#include "services/DomainError.h"
#include "services/OrderCompensation.h"
#include "services/PayloadFields.h"
#include "services/Sql.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace {

Q_LOGGING_CATEGORY(lcBalance, "sagashop.balance")

namespace Events = saga::CheckoutEvents;

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
    const bus::Handler refund = compensationTrigger(lcBalance, "nothing to refund", &refundOrder);
    for (const QString &type : {Events::OrderConfirmationFailed, Events::OrderCancelled})
        subscribe(type, refund);
}

void BalanceService::started(bus::MessageContext &context)
{
    storage::Database &db = context.database();
    if (sql::integer(db, u"SELECT count(*) FROM users"_s) != 0)
        return;
    for (const QString &name : kDemoUsers)
        insertUser(db, name);
    qCInfo(lcBalance) << "seeded" << kDemoUsers.size() << "demo users";
}

// --- commands and reads -------------------------------------------------------------------

QFuture<bus::Outcome<qint64>> BalanceService::createUser(const QString &name)
{
    return execute<qint64>([name](bus::MessageContext &context) {
        const QString valid = Account::validName(name);
        const qint64 userId = insertUser(context.database(), valid);
        context.publish({saga::CheckoutEvents::UserRegistered, u"user-%1"_s.arg(userId),
                         QJsonObject{{u"userId"_s, userId}, {u"name"_s, valid}}, {}});
        return userId;
    });
}

QFuture<bus::Outcome<QList<Account>>> BalanceService::users()
{
    return read<QList<Account>>([](storage::Database &db) {
        return sql::all(db, u"SELECT id, name, balance, created_at FROM users ORDER BY id"_s, {},
                [](const QSqlQuery &q) {
                    return Account(q.value(0).toLongLong(), q.value(1).toString(),
                            q.value(2).toLongLong(), q.value(3).toLongLong());
                });
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
        sql::exec(db,
                u"INSERT INTO charges (user_id, amount, balance_after, at) VALUES (?, ?, ?, ?)"_s,
                {userId, amount, after, bus::HybridClock::nowMs()});
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
    return compensationCommand(*this, orderId, &refundOrder);
}

QFuture<bus::Outcome<qint64>> BalanceService::totalBalance()
{
    return read<qint64>([](storage::Database &db) {
        return sql::integer(db, u"SELECT COALESCE(SUM(balance), 0) FROM users"_s);
    });
}

QFuture<bus::Outcome<qint64>> BalanceService::chargedTotal()
{
    return read<qint64>([](storage::Database &db) {
        return sql::integer(db, u"SELECT COALESCE(SUM(amount), 0) FROM charges"_s);
    });
}

// --- handlers -----------------------------------------------------------------------------

void BalanceService::onCouponApplied(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const qint64 orderId = requireOrderId(event.payload);
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
    const int marked = sql::exec(db,
            u"UPDATE balance_ops SET status = ?, refunded_at = ?, refund_balance_after = ?"
            " WHERE order_id = ? AND status = ?"_s,
            {StateRefunded, bus::HybridClock::nowMs(), account->balance(), orderId, StateDeducted});
    if (marked != 1)
        throw std::runtime_error("balance operation changed while it was being refunded");
    context.collect(*account);
    qCInfo(lcBalance) << "refunded" << op->amount << "won of order" << orderId << "to user"
                      << op->userId;
    return true;
}

// --- storage ------------------------------------------------------------------------------

qint64 BalanceService::insertUser(storage::Database &db, const QString &name)
{
    return sql::insertReturningId(db,
            u"INSERT INTO users (name, balance, created_at) VALUES (?, 0, ?) RETURNING id"_s,
            {storage::text(name), bus::HybridClock::nowMs()}, "creating a user returned no id");
}

std::optional<Account> BalanceService::loadAccount(storage::Database &db, qint64 userId)
{
    return sql::one(db, u"SELECT name, balance, created_at FROM users WHERE id = ?"_s, {userId},
            [userId](const QSqlQuery &q) {
                return Account(userId, q.value(0).toString(), q.value(1).toLongLong(),
                        q.value(2).toLongLong());
            });
}

void BalanceService::storeBalance(storage::Database &db, const Account &account)
{
    if (sql::exec(db, u"UPDATE users SET balance = ? WHERE id = ?"_s,
                {account.balance(), account.userId()})
            != 1)
        throw std::runtime_error("user disappeared while its balance was being stored");
}

std::optional<BalanceService::Op> BalanceService::loadOp(storage::Database &db, qint64 orderId)
{
    return sql::one(db,
            u"SELECT status, user_id, amount, balance_after, reason, saga_id FROM balance_ops"
            " WHERE order_id = ?"_s,
            {orderId}, [orderId](const QSqlQuery &q) {
                return Op{orderId, q.value(0).toString(), q.value(1).toLongLong(),
                        q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toString(),
                        q.value(5).toString()};
            });
}

void BalanceService::recordOp(storage::Database &db, const Op &op)
{
    sql::exec(db,
            u"INSERT INTO balance_ops (order_id, status, user_id, amount, balance_after, reason,"
            " saga_id, recorded_at, refunded_at, refund_balance_after)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"_s,
            {op.orderId, op.status, op.userId, op.amount, op.balanceAfter, storage::text(op.reason),
                    storage::text(op.sagaId), bus::HybridClock::nowMs()});
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

} // namespace sagashop::services
