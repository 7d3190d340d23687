#include "services/coupon/CouponService.h"

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

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace {

Q_LOGGING_CATEGORY(lcCoupon, "sagashop.coupon")

namespace Events = saga::CheckoutEvents;

const QString kAvailable = u"AVAILABLE"_s;
const QString kUsed = u"USED"_s;

QString orderKey(qint64 orderId)
{
    return u"order-%1"_s.arg(orderId);
}

const QString kCouponColumns
        = u"c.id, c.name_ko, c.name_en, c.kind, c.value, c.min_order_amount, c.expires_at,"
          " c.quantity, c.issued"_s;

/// Reads the kCouponColumns starting at column `first`.
CouponDefinition couponFromRow(const QSqlQuery &q, int first = 0)
{
    CouponDefinition c;
    c.id = q.value(first).toLongLong();
    c.nameKo = q.value(first + 1).toString();
    c.nameEn = q.value(first + 2).toString();
    c.kind = q.value(first + 3).toString();
    c.value = q.value(first + 4).toLongLong();
    c.minOrderAmount = q.value(first + 5).toLongLong();
    c.expiresAt = q.value(first + 6).toLongLong();
    c.quantity = q.value(first + 7).toLongLong();
    c.issued = q.value(first + 8).toLongLong();
    return c;
}

const QString kUserCouponSelect
        = u"SELECT uc.id, uc.user_id, uc.status, uc.order_id, uc.issued_at, uc.used_at, "_s
        + kCouponColumns + u" FROM user_coupons uc JOIN coupons c ON c.id = uc.coupon_id"_s;

UserCoupon userCouponFromRow(const QSqlQuery &q, qint64 readAt)
{
    return UserCoupon(q.value(0).toLongLong(), q.value(1).toLongLong(),
            q.value(2).toString() == kUsed, q.value(3).toLongLong(), q.value(4).toLongLong(),
            q.value(5).toLongLong(), couponFromRow(q, 6), readAt);
}

/// The coupons a fresh shop starts with.
QList<CouponDefinition> seedCoupons()
{
    return {
            {.nameKo = u"신규 가입 3,000원 할인"_s,
                    .nameEn = u"Welcome ₩3,000 off"_s,
                    .kind = CouponDefinition::Fixed,
                    .value = 3'000,
                    .minOrderAmount = 10'000,
                    .quantity = 1'000},
            {.nameKo = u"10% 할인"_s,
                    .nameEn = u"10% off"_s,
                    .kind = CouponDefinition::Percent,
                    .value = 10,
                    .minOrderAmount = 20'000,
                    .quantity = 500},
            {.nameKo = u"선착순 100명 5,000원"_s,
                    .nameEn = u"First 100: ₩5,000 off"_s,
                    .kind = CouponDefinition::Fixed,
                    .value = 5'000,
                    .minOrderAmount = 30'000,
                    .quantity = 100},
    };
}

} // namespace

/// The outcome of the coupon step for one order (a row of coupon_uses).
struct CouponService::Use
{
    qint64 orderId = 0;
    QString outcome; ///< used | skipped | failed | restored
    qint64 userId = 0;
    qint64 userCouponId = 0;
    qint64 amount = 0;
    qint64 discount = 0;
    qint64 finalAmount = 0;
    QString reason;
    QString sagaId;
};

CouponService::CouponService(bus::ServiceConfig config)
    : Service(std::move(config))
{
    addSchema(storage::Schema{
            Name,
            {storage::Migration{1, u"coupon definitions, user coupons, coupon use per order"_s,
                    {u"CREATE TABLE coupons (id ${ID_PK}, name_ko TEXT NOT NULL, name_en TEXT NOT "
                     u"NULL, kind TEXT NOT NULL,"
                     " value BIGINT NOT NULL, min_order_amount BIGINT NOT NULL, expires_at BIGINT "
                     "NOT NULL,"
                     " quantity BIGINT NOT NULL, issued BIGINT NOT NULL, created_at BIGINT NOT "
                     "NULL,"
                     " CHECK (issued >= 0 AND issued <= quantity))"_s,
                            u"CREATE TABLE user_coupons (id ${ID_PK}, coupon_id BIGINT NOT NULL "
                            u"REFERENCES coupons (id),"
                            " user_id BIGINT NOT NULL, status TEXT NOT NULL, order_id BIGINT NOT "
                            "NULL, issued_at BIGINT NOT NULL,"
                            " used_at BIGINT NOT NULL, UNIQUE (coupon_id, user_id))"_s,
                            u"CREATE INDEX user_coupons_by_user ON user_coupons (user_id)"_s,
                            u"CREATE TABLE coupon_uses (order_id BIGINT NOT NULL PRIMARY KEY, "
                            u"outcome TEXT NOT NULL,"
                            " user_id BIGINT NOT NULL, user_coupon_id BIGINT NOT NULL, amount "
                            "BIGINT NOT NULL,"
                            " discount BIGINT NOT NULL, final_amount BIGINT NOT NULL, reason TEXT "
                            "NOT NULL,"
                            " saga_id TEXT NOT NULL, recorded_at BIGINT NOT NULL, restored_at BIGINT NOT NULL)"_s}}},
    });
    subscribe(
            Events::InventoryDeducted, [this](const bus::EventEnvelope &e, bus::MessageContext &c) {
                onInventoryDeducted(e, c);
            });
    const bus::Handler restore
            = compensationTrigger(lcCoupon, "no coupon to restore", &restoreOrder);
    for (const QString &type :
            {Events::BalanceFailed, Events::OrderConfirmationFailed, Events::OrderCancelled})
        subscribe(type, restore);
}

void CouponService::started(bus::MessageContext &context)
{
    storage::Database &db = context.database();
    // (-1: no answer at all is not "empty".)
    if (sql::integer(db, u"SELECT count(*) FROM coupons"_s, {}, -1) == 0) {
        const QList<CouponDefinition> seeds = seedCoupons();
        for (const CouponDefinition &c : seeds)
            insertCoupon(db, c);
        qCInfo(lcCoupon) << "seeded" << seeds.size() << "coupon definitions";
    }
}

// --- commands and reads -------------------------------------------------------------------

QFuture<bus::Outcome<qint64>> CouponService::createCoupon(CouponDefinition definition)
{
    return execute<qint64>([definition = std::move(definition)](bus::MessageContext &context) {
        return insertCoupon(context.database(), definition);
    });
}

QFuture<bus::Outcome<QList<CouponDefinition>>> CouponService::coupons(qint64 nowMs)
{
    return read<QList<CouponDefinition>>([nowMs](storage::Database &db) {
        QList<CouponDefinition> list;
        sql::forEach(db, u"SELECT "_s + kCouponColumns + u" FROM coupons c ORDER BY c.id"_s, {},
                [&](const QSqlQuery &q) {
                    CouponDefinition c = couponFromRow(q);
                    if (nowMs == 0 || !c.isExpiredAt(nowMs))
                        list.append(std::move(c));
                });
        return list;
    });
}

QFuture<bus::Outcome<qint64>> CouponService::issue(qint64 couponId, qint64 userId, qint64 nowMs)
{
    // Check and insert in one command: the service runs its commands one at a time on its
    // thread, and the conditional UPDATE below never lets `issued` pass `quantity` anyway.
    return execute<qint64>([couponId, userId, nowMs](bus::MessageContext &context) {
        storage::Database &db = context.database();
        if (userId < 1)
            throw DomainError(u"invalid_user"_s,
                    u"A coupon can only be issued to a user (id %1 is not one)."_s.arg(userId));
        const std::optional<CouponDefinition> coupon = loadCoupon(db, couponId);
        if (!coupon)
            throw DomainError(u"not_found"_s, u"There is no coupon %1."_s.arg(couponId));
        if (coupon->isExpiredAt(nowMs))
            throw DomainError(
                    u"expired"_s, u"The coupon \"%1\" has expired."_s.arg(coupon->name()));

        const bool alreadyIssued
                = sql::one(db, u"SELECT id FROM user_coupons WHERE coupon_id = ? AND user_id = ?"_s,
                        {couponId, userId}, [](const QSqlQuery &) {
                            return true;
                        }).has_value();
        if (alreadyIssued)
            throw DomainError(u"already_issued"_s,
                    u"User %1 already has the coupon \"%2\"."_s.arg(userId).arg(coupon->name()));

        if (sql::exec(db,
                    u"UPDATE coupons SET issued = issued + 1 WHERE id = ? AND issued < quantity"_s,
                    {couponId})
                == 0)
            throw DomainError(u"sold_out"_s,
                    u"All %1 of the coupon \"%2\" have been issued."_s.arg(
                            formatWon(coupon->quantity), coupon->name()));

        const qint64 id = sql::insertReturningId(db,
                u"INSERT INTO user_coupons (coupon_id, user_id, status, order_id, issued_at,"
                " used_at) VALUES (?, ?, ?, 0, ?, 0) RETURNING id"_s,
                {couponId, userId, kAvailable, nowMs}, "issuing a coupon returned no id");
        qCDebug(lcCoupon) << "issued coupon" << couponId << "to user" << userId << "as" << id;
        context.publish({saga::CheckoutEvents::CouponIssued, u"coupon-%1"_s.arg(couponId),
                         QJsonObject{{u"couponId"_s, couponId},
                                     {u"userId"_s, userId},
                                     {u"userCouponId"_s, id},
                                     {u"remaining"_s, coupon->remaining() - 1}},
                         {}});
        return id;
    });
}

QFuture<bus::Outcome<QList<UserCoupon>>> CouponService::userCoupons(qint64 userId, qint64 nowMs)
{
    return read<QList<UserCoupon>>([userId, nowMs](storage::Database &db) {
        return sql::all(db, kUserCouponSelect + u" WHERE uc.user_id = ? ORDER BY uc.id"_s, {userId},
                [nowMs](const QSqlQuery &q) { return userCouponFromRow(q, nowMs); });
    });
}

QFuture<bus::Outcome<QString>> CouponService::stateForOrder(qint64 orderId)
{
    return read<QString>([orderId](storage::Database &db) {
        const std::optional<Use> use = loadUse(db, orderId);
        return use ? use->outcome : StateNone;
    });
}

QFuture<bus::Outcome<bool>> CouponService::compensateOrder(qint64 orderId)
{
    return compensationCommand(*this, orderId, &restoreOrder);
}

// --- handlers -----------------------------------------------------------------------------

void CouponService::onInventoryDeducted(
        const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const qint64 orderId = requireOrderId(event.payload);
    const qint64 userId = requirePositive(event.payload, u"userId"_s);
    const qint64 amount = requireNonNegative(event.payload, u"amount"_s);
    const qint64 userCouponId = requireNonNegative(event.payload, u"userCouponId"_s);
    storage::Database &db = context.database();

    if (const std::optional<Use> done = loadUse(db, orderId)) {
        qCDebug(lcCoupon) << "order" << orderId << "already has its coupon outcome" << done->outcome
                          << "- publishing it again";
        publishOutcome(context, *done);
        return;
    }

    Use use;
    use.orderId = orderId;
    use.userId = userId;
    use.userCouponId = userCouponId;
    use.amount = amount;
    use.finalAmount = amount;
    use.sagaId = event.sagaId;

    if (userCouponId == 0) {
        use.outcome = StateSkipped;
        recordUse(db, use);
        publishOutcome(context, use);
        return;
    }

    const qint64 now = std::max(event.occurredAt, bus::HybridClock::nowMs());
    std::optional<UserCoupon> coupon = loadUserCoupon(db, userCouponId, now);
    const QString refusal = coupon ? coupon->refusalFor(userId, amount, now)
                                   : u"coupon %1 does not exist"_s.arg(userCouponId);
    if (!refusal.isEmpty()) {
        use.outcome = StateFailed;
        use.reason = refusal;
        recordUse(db, use);
        publishOutcome(context, use);
        qCInfo(lcCoupon) << "order" << orderId << "cannot use coupon" << userCouponId << ":"
                         << refusal;
        return;
    }

    use.discount = coupon->use(orderId, amount, now);
    use.finalAmount = amount - use.discount;
    use.outcome = StateUsed;
    if (sql::exec(db,
                u"UPDATE user_coupons SET status = ?, order_id = ?, used_at = ?"
                " WHERE id = ? AND status = ?"_s,
                {kUsed, orderId, coupon->usedAt(), userCouponId, kAvailable})
            != 1)
        throw std::runtime_error("user coupon changed while it was being used");
    recordUse(db, use);
    context.collect(*coupon);
}

bool CouponService::restoreOrder(bus::MessageContext &context, qint64 orderId)
{
    storage::Database &db = context.database();
    const std::optional<Use> use = loadUse(db, orderId);
    if (!use || use->outcome != StateUsed)
        return false;
    const qint64 now = bus::HybridClock::nowMs();
    std::optional<UserCoupon> coupon = loadUserCoupon(db, use->userCouponId, now);
    if (!coupon || !coupon->restore(orderId, use->sagaId)) {
        // Only a restore makes a used coupon available again, and it records 'restored'.
        throw std::logic_error(
                u"user coupon %1 is not held by order %2 although the order used it"_s
                        .arg(use->userCouponId)
                        .arg(orderId)
                        .toStdString());
    }
    if (sql::exec(db,
                u"UPDATE user_coupons SET status = ?, order_id = 0, used_at = 0"
                " WHERE id = ? AND status = ? AND order_id = ?"_s,
                {kAvailable, use->userCouponId, kUsed, orderId})
            != 1)
        throw std::runtime_error("user coupon changed while it was being restored");
    sql::exec(db,
            u"UPDATE coupon_uses SET outcome = ?, restored_at = ? WHERE order_id = ? AND outcome = ?"_s,
            {StateRestored, now, orderId, StateUsed});
    context.collect(*coupon);
    qCInfo(lcCoupon) << "restored coupon" << use->userCouponId << "of order" << orderId;
    return true;
}

// --- storage ------------------------------------------------------------------------------

qint64 CouponService::insertCoupon(storage::Database &db, CouponDefinition definition)
{
    definition.normalizeAndValidate();
    return sql::insertReturningId(db,
            u"INSERT INTO coupons (name_ko, name_en, kind, value, min_order_amount, expires_at,"
            " quantity, issued, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?) RETURNING id"_s,
            {storage::text(definition.nameKo), storage::text(definition.nameEn), definition.kind,
                    definition.value, definition.minOrderAmount, definition.expiresAt,
                    definition.quantity, bus::HybridClock::nowMs()},
            "creating a coupon returned no id");
}

std::optional<CouponDefinition> CouponService::loadCoupon(storage::Database &db, qint64 couponId)
{
    return sql::one(db, u"SELECT "_s + kCouponColumns + u" FROM coupons c WHERE c.id = ?"_s,
            {couponId}, [](const QSqlQuery &q) { return couponFromRow(q); });
}

std::optional<UserCoupon> CouponService::loadUserCoupon(
        storage::Database &db, qint64 userCouponId, qint64 nowMs)
{
    return sql::one(db, kUserCouponSelect + u" WHERE uc.id = ?"_s, {userCouponId},
            [nowMs](const QSqlQuery &q) { return userCouponFromRow(q, nowMs); });
}

std::optional<CouponService::Use> CouponService::loadUse(storage::Database &db, qint64 orderId)
{
    return sql::one(db,
            u"SELECT outcome, user_id, user_coupon_id, amount, discount, final_amount, reason,"
            " saga_id FROM coupon_uses WHERE order_id = ?"_s,
            {orderId}, [orderId](const QSqlQuery &q) {
                return Use{orderId, q.value(0).toString(), q.value(1).toLongLong(),
                        q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong(),
                        q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString()};
            });
}

void CouponService::recordUse(storage::Database &db, const Use &use)
{
    sql::exec(db,
            u"INSERT INTO coupon_uses (order_id, outcome, user_id, user_coupon_id, amount,"
            " discount, final_amount, reason, saga_id, recorded_at, restored_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"_s,
            {use.orderId, use.outcome, use.userId, use.userCouponId, use.amount, use.discount,
                    use.finalAmount, storage::text(use.reason), storage::text(use.sagaId),
                    bus::HybridClock::nowMs()});
}

/// Publishes the outcome of the coupon step recorded for an order. A restored order
/// repeats its original outcome, CouponUsed (with the numbers of that time): the step's
/// outcome does not change when a later compensation gives the coupon back.
void CouponService::publishOutcome(bus::MessageContext &context, const Use &use)
{
    const QString key = orderKey(use.orderId);
    if (use.outcome == StateSkipped) {
        context.publish({Events::CouponSkipped, key,
                {{u"orderId"_s, use.orderId}, {u"userId"_s, use.userId}, {u"amount"_s, use.amount},
                        {u"discount"_s, 0}, {u"finalAmount"_s, use.amount}}});
    } else if (use.outcome == StateFailed) {
        context.publish({Events::CouponFailed, key,
                {{u"orderId"_s, use.orderId}, {u"reason"_s, use.reason},
                        {u"userCouponId"_s, use.userCouponId}}});
    } else {
        context.publish({Events::CouponUsed, key,
                {{u"orderId"_s, use.orderId}, {u"userId"_s, use.userId},
                        {u"userCouponId"_s, use.userCouponId}, {u"amount"_s, use.amount},
                        {u"discount"_s, use.discount}, {u"finalAmount"_s, use.finalAmount}}});
    }
}

} // namespace sagashop::services
