// The Coupon service through the real bus: definitions, first-come issuance, the coupon step
// of the checkout saga (use / skip / fail), its idempotent repeat and its restore.

#include "bus/HybridClock.h"
#include "common/ServiceHarness.h"
#include "common/TestSupport.h"
#include "saga/CheckoutEvents.h"
#include "services/DomainError.h"
#include "services/coupon/CouponService.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sagashop;
using services::CouponDefinition;
using services::CouponService;
using services::DomainError;
using services::UserCoupon;
using test::await;
using test::codeOf;
using test::compensation;
using test::countRows;
using test::orderKey;
using test::sagaOf;
namespace Events = saga::CheckoutEvents;

namespace {

/// The coupon service and a script service on one bus, in one data directory.
using Shop = test::ServiceHarness<CouponService>;

QJsonObject inventoryDeducted(qint64 orderId, qint64 userId, qint64 amount, qint64 userCouponId)
{
    return {{u"orderId"_s, orderId}, {u"userId"_s, userId},
            {u"items"_s,
                    QJsonArray{QJsonObject{{u"productId"_s, u"p01"_s}, {u"quantity"_s, 1},
                            {u"unitPrice"_s, amount}}}},
            {u"amount"_s, amount}, {u"userCouponId"_s, userCouponId}};
}

CouponDefinition definition(const QString &kind, qint64 value, qint64 minOrderAmount = 0,
        qint64 quantity = 100, qint64 expiresAt = 0)
{
    return {.nameKo = u"테스트 쿠폰"_s,
            .nameEn = u"Test coupon"_s,
            .kind = kind,
            .value = value,
            .minOrderAmount = minOrderAmount,
            .expiresAt = expiresAt,
            .quantity = quantity};
}

qint64 now()
{
    return bus::HybridClock::nowMs();
}

/// Creates a coupon; returns its id (0 on failure).
qint64 create(Shop &shop, const CouponDefinition &d)
{
    return test::valueOr(shop.service.createCoupon(d), qint64(0));
}

/// Creates a coupon and issues it to `userId`; returns the userCouponId (0 on failure).
qint64 issued(Shop &shop, const CouponDefinition &d, qint64 userId, qint64 issueAt = 0)
{
    return test::valueOr(
            shop.service.issue(create(shop, d), userId, issueAt ? issueAt : now()), qint64(0));
}

/// The user coupon as listed for its user, or one that matches no expectation (id -1,
/// used by order -1) when it is not listed.
UserCoupon userCoupon(Shop &shop, qint64 userId, qint64 userCouponId, qint64 at = 0)
{
    const auto list = await(shop.service.userCoupons(userId, at ? at : now()));
    if (list.ok()) {
        for (const UserCoupon &c : *list.value) {
            if (c.userCouponId() == userCouponId)
                return c;
        }
    }
    return UserCoupon(-1, -1, true, -1, -1, -1, {}, 0);
}

} // namespace

class TestCouponService : public QObject
{
    Q_OBJECT

private slots:
    void seedsDefinitionsOnFirstStartOnly();
    void discountIsIntegerAndNeverMoreThanTheAmount();
    void createValidatesEveryField_data();
    void createValidatesEveryField();
    void createTrimsNamesAndListsTheCoupon();
    void issueRefusals();
    void soldOutAtExactlyTheQuantity();
    void concurrentIssueNeverOversells();
    void userCouponsShowDerivedStatus();
    void usesTheCoupon_data();
    void usesTheCoupon();
    void refusedCouponStaysUnused_data();
    void refusedCouponStaysUnused();
    void failsForAlreadyUsedCoupon();
    void skipsWithoutCoupon();
    void oneCouponTenConcurrentOrders();
    void repeatedStepRepublishesTheSameOutcome();
    void restoresOnEachTrigger_data();
    void restoresOnEachTrigger();
    void restoreTwiceRestoresOnce();
    void restoreWithoutUseDoesNothing();
    void compensateOrderRestoresOnceInTheSaga();
    void repeatedStepAfterRestoreChangesNothing();
    void malformedPayloadIsDeadLettered();
};

void TestCouponService::seedsDefinitionsOnFirstStartOnly()
{
    test::TempDataDir dir;
    {
        Shop shop(dir.path());
        const auto list = await(shop.service.coupons(now()));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.value->size(), 3);
        const CouponDefinition &welcome = list.value->at(0);
        QCOMPARE(welcome.nameEn, u"Welcome ₩3,000 off"_s);
        QCOMPARE(welcome.nameKo, u"신규 가입 3,000원 할인"_s);
        QCOMPARE(welcome.kind, CouponDefinition::Fixed);
        QCOMPARE(welcome.value, 3000);
        QCOMPARE(welcome.minOrderAmount, 10000);
        QCOMPARE(welcome.quantity, 1000);
        QCOMPARE(welcome.remaining(), 1000);
        QCOMPARE(welcome.expiresAt, 0);
        QCOMPARE(list.value->at(1).kind, CouponDefinition::Percent);
        QCOMPARE(list.value->at(1).value, 10);
        QCOMPARE(list.value->at(2).quantity, 100);

        const QJsonObject json = welcome.toJson();
        const QStringList keys{u"id"_s, u"name"_s, u"nameKo"_s, u"nameEn"_s, u"kind"_s, u"value"_s,
                u"minOrderAmount"_s, u"quantity"_s, u"remaining"_s, u"expiresAt"_s};
        for (const QString &key : keys)
            QVERIFY2(json.contains(key), qPrintable(key));
        QCOMPARE(json.value(u"name"_s).toString(), u"Welcome ₩3,000 off"_s);
        QVERIFY(await(shop.service.issue(welcome.id, 1, now())).ok());
    }
    Shop again(dir.path());
    const auto list = await(again.service.coupons(now()));
    QVERIFY(list.ok());
    QCOMPARE(list.value->size(), 3);
    QCOMPARE(list.value->at(0).remaining(), 999);
}

void TestCouponService::discountIsIntegerAndNeverMoreThanTheAmount()
{
    const CouponDefinition tenPercent = definition(CouponDefinition::Percent, 10);
    QCOMPARE(tenPercent.discountFor(12'345), 1'234);
    QCOMPARE(tenPercent.discountFor(9), 0);
    QCOMPARE(tenPercent.discountFor(0), 0);
    const CouponDefinition thirtyThree = definition(CouponDefinition::Percent, 33);
    QCOMPARE(thirtyThree.discountFor(100), 33);
    QCOMPARE(thirtyThree.discountFor(99'999), 32'999); // 32,999.67 rounded down
    // Large amounts are exact (no floating point): 2^53 × 99 / 100.
    const CouponDefinition ninetyNine = definition(CouponDefinition::Percent, 99);
    QCOMPARE(ninetyNine.discountFor(qint64(1) << 53), qint64(8'917'127'262'193'582));
    QCOMPARE(definition(CouponDefinition::Percent, 100).discountFor(7'777), 7'777);
    const CouponDefinition fixed = definition(CouponDefinition::Fixed, 3'000);
    QCOMPARE(fixed.discountFor(10'000), 3'000);
    QCOMPARE(fixed.discountFor(2'000), 2'000);
    QCOMPARE(fixed.discountFor(0), 0);
}

void TestCouponService::createValidatesEveryField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("minOrderAmount");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("expiresAt");
    QTest::addColumn<QString>("nameEn");

    const QString ok = u"Good name"_s;
    const QString fixed = CouponDefinition::Fixed;
    const QString percent = CouponDefinition::Percent;
    QTest::newRow("no name") << u"name"_s << fixed << qint64(1000) << qint64(0) << qint64(10)
                             << qint64(0) << u"   "_s;
    QTest::newRow("name too long") << u"name"_s << fixed << qint64(1000) << qint64(0) << qint64(10)
                                   << qint64(0) << QString(101, u'x');
    QTest::newRow("unknown kind") << u"kind"_s << u"bogus"_s << qint64(1000) << qint64(0)
                                  << qint64(10) << qint64(0) << ok;
    QTest::newRow("fixed 0 won") << u"fixed"_s << fixed << qint64(0) << qint64(0) << qint64(10)
                                 << qint64(0) << ok;
    QTest::newRow("fixed negative")
            << u"fixed"_s << fixed << qint64(-500) << qint64(0) << qint64(10) << qint64(0) << ok;
    QTest::newRow("fixed too large") << u"fixed"_s << fixed << qint64(1'000'000'001) << qint64(0)
                                     << qint64(10) << qint64(0) << ok;
    QTest::newRow("percent 0") << u"percent"_s << percent << qint64(0) << qint64(0) << qint64(10)
                               << qint64(0) << ok;
    QTest::newRow("percent 101") << u"percent"_s << percent << qint64(101) << qint64(0)
                                 << qint64(10) << qint64(0) << ok;
    QTest::newRow("negative minimum")
            << u"minimum"_s << fixed << qint64(1000) << qint64(-1) << qint64(10) << qint64(0) << ok;
    QTest::newRow("quantity 0") << u"issued"_s << fixed << qint64(1000) << qint64(0) << qint64(0)
                                << qint64(0) << ok;
    QTest::newRow("quantity 10,000,001") << u"issued"_s << fixed << qint64(1000) << qint64(0)
                                         << qint64(10'000'001) << qint64(0) << ok;
    QTest::newRow("negative expiry")
            << u"expiry"_s << fixed << qint64(1000) << qint64(0) << qint64(10) << qint64(-1) << ok;
}

void TestCouponService::createValidatesEveryField()
{
    QFETCH(QString, field);
    QFETCH(QString, kind);
    QFETCH(qint64, value);
    QFETCH(qint64, minOrderAmount);
    QFETCH(qint64, quantity);
    QFETCH(qint64, expiresAt);
    QFETCH(QString, nameEn);

    test::TempDataDir dir;
    Shop shop(dir.path());
    CouponDefinition d = definition(kind, value, minOrderAmount, quantity, expiresAt);
    d.nameKo = nameEn;
    d.nameEn = nameEn;
    const auto outcome = await(shop.service.createCoupon(d));
    QVERIFY(!outcome.ok());
    QCOMPARE(DomainError::codeOf(outcome.error), u"invalid_coupon"_s);
    const QString sentence = DomainError::messageOf(outcome.error);
    QVERIFY2(sentence.contains(field, Qt::CaseInsensitive), qPrintable(sentence));
    QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
    QCOMPARE(countRows(shop.service, u"coupons"_s), 3); // the seeds only
}

void TestCouponService::createTrimsNamesAndListsTheCoupon()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    // The edges of every range are accepted.
    for (const CouponDefinition &d : {definition(CouponDefinition::Fixed, 1, 0, 1),
                 definition(CouponDefinition::Fixed, 1'000'000'000, 1'000'000'000, 10'000'000),
                 definition(CouponDefinition::Percent, 1),
                 definition(CouponDefinition::Percent, 100)}) {
        const auto created = await(shop.service.createCoupon(d));
        QVERIFY2(created.ok(), qPrintable(created.error));
    }
    CouponDefinition d = definition(CouponDefinition::Percent, 15, 5'000, 7, now() + 3'600'000);
    d.nameKo.clear();
    d.nameEn = u"  Spring sale  "_s;
    const auto created = await(shop.service.createCoupon(d));
    QVERIFY2(created.ok(), qPrintable(created.error));
    const auto list = await(shop.service.coupons(now()));
    QVERIFY(list.ok());
    QCOMPARE(list.value->size(), 8);
    const CouponDefinition &stored = list.value->last();
    QCOMPARE(stored.id, *created.value);
    QCOMPARE(stored.nameEn, u"Spring sale"_s);
    QCOMPARE(stored.nameKo, u"Spring sale"_s);
    QCOMPARE(stored.kind, CouponDefinition::Percent);
    QCOMPARE(stored.value, 15);
    QCOMPARE(stored.minOrderAmount, 5'000);
    QCOMPARE(stored.quantity, 7);
    QCOMPARE(stored.remaining(), 7);
    QCOMPARE(stored.expiresAt, d.expiresAt);
    // After its expiry it is no longer listed for shoppers; nowMs = 0 lists everything.
    QCOMPARE(await(shop.service.coupons(d.expiresAt)).value->size(), 7);
    QCOMPARE(await(shop.service.coupons(0)).value->size(), 8);
}

void TestCouponService::issueRefusals()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 t = now();
    QCOMPARE(codeOf(await(shop.service.issue(999, 1, t))), u"not_found"_s);
    QCOMPARE(codeOf(await(shop.service.issue(1, 0, t))), u"invalid_user"_s);

    const qint64 expiring
            = create(shop, definition(CouponDefinition::Fixed, 1000, 0, 10, t + 1000));
    QCOMPARE(codeOf(await(shop.service.issue(expiring, 1, t + 999))), u"ok"_s);
    QCOMPARE(codeOf(await(shop.service.issue(expiring, 2, t + 1000))), u"expired"_s);

    const auto first = await(shop.service.issue(1, 7, t));
    QVERIFY2(first.ok(), qPrintable(first.error));
    const auto again = await(shop.service.issue(1, 7, t));
    QCOMPARE(codeOf(again), u"already_issued"_s);
    QVERIFY(!DomainError::messageOf(again.error).isEmpty());
    QCOMPARE(countRows(shop.service, u"user_coupons"_s, u"coupon_id = 1 AND user_id = 7"_s), 1);
    QCOMPARE(await(shop.service.coupons(t)).value->at(0).remaining(), 999);
}

void TestCouponService::soldOutAtExactlyTheQuantity()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 id = create(shop, definition(CouponDefinition::Fixed, 1000, 0, 3));
    for (qint64 user = 1; user <= 3; ++user)
        QCOMPARE(codeOf(await(shop.service.issue(id, user, now()))), u"ok"_s);
    const auto fourth = await(shop.service.issue(id, 4, now()));
    QCOMPARE(codeOf(fourth), u"sold_out"_s);
    QCOMPARE(await(shop.service.coupons(now())).value->last().remaining(), 0);
    QCOMPARE(countRows(shop.service, u"user_coupons"_s, u"coupon_id = %1"_s.arg(id)), 3);
}

void TestCouponService::concurrentIssueNeverOversells()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 id = create(shop, definition(CouponDefinition::Fixed, 5000, 30000, 100));
    const qint64 t = now();
    QList<QFuture<bus::Outcome<qint64>>> futures;
    for (qint64 user = 1; user <= 120; ++user)
        futures.append(shop.service.issue(id, user, t)); // all submitted before any is awaited
    int succeeded = 0;
    int soldOut = 0;
    QSet<qint64> ids;
    for (const auto &future : std::as_const(futures)) {
        const auto outcome = await(future);
        if (outcome.ok()) {
            ++succeeded;
            ids.insert(*outcome.value);
        } else if (DomainError::codeOf(outcome.error) == u"sold_out"_s) {
            ++soldOut;
        } else {
            QFAIL(qPrintable(outcome.error));
        }
    }
    QCOMPARE(succeeded, 100);
    QCOMPARE(soldOut, 20);
    QCOMPARE(ids.size(), 100);
    QCOMPARE(await(shop.service.coupons(t)).value->last().remaining(), 0);
    QCOMPARE(countRows(shop.service, u"user_coupons"_s, u"coupon_id = %1"_s.arg(id)), 100);
}

void TestCouponService::userCouponsShowDerivedStatus()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 t = now();
    const qint64 lasting = issued(shop, definition(CouponDefinition::Fixed, 1000), 5, t);
    const qint64 expiring
            = issued(shop, definition(CouponDefinition::Percent, 20, 0, 10, t + 60'000), 5, t);
    QVERIFY(lasting && expiring);

    auto list = await(shop.service.userCoupons(5, t + 60'000));
    QVERIFY(list.ok());
    QCOMPARE(list.value->size(), 2);
    QCOMPARE(list.value->at(0).status(), UserCoupon::Status::Available);
    QCOMPARE(list.value->at(1).status(), UserCoupon::Status::Expired);
    QCOMPARE(await(shop.service.userCoupons(5, t)).value->at(1).status(),
            UserCoupon::Status::Available);
    QVERIFY(await(shop.service.userCoupons(6, t)).value->isEmpty());

    QVERIFY(shop.send(Events::InventoryDeducted, 11, inventoryDeducted(11, 5, 20'000, lasting)));
    QTRY_COMPARE(shop.script.count(Events::CouponUsed), 1);
    list = await(shop.service.userCoupons(5, t));
    const QJsonObject json = list.value->at(0).toJson();
    QCOMPARE(json.value(u"status"_s).toString(), u"USED"_s);
    QCOMPARE(json.value(u"orderId"_s).toInteger(), 11);
    QCOMPARE(json.value(u"userCouponId"_s).toInteger(), lasting);
    QCOMPARE(json.value(u"userId"_s).toInteger(), 5);
    QCOMPARE(json.value(u"issuedAt"_s).toInteger(), t);
    QVERIFY(json.value(u"usedAt"_s).toInteger() >= t);
    QCOMPARE(json.value(u"name"_s).toString(), u"Test coupon"_s);
    QCOMPARE(json.value(u"kind"_s).toString(), u"fixed"_s);
    QCOMPARE(json.value(u"value"_s).toInteger(), 1000);
    QCOMPARE(json.value(u"expiresAt"_s).toInteger(), 0);
    QVERIFY(json.contains(u"couponId"_s));
    QCOMPARE(list.value->at(1).toJson(t + 60'000).value(u"status"_s).toString(), u"EXPIRED"_s);
    QCOMPARE(list.value->at(1).toJson().value(u"orderId"_s).toInteger(), 0);
}

void TestCouponService::usesTheCoupon_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<qint64>("userId");
    QTest::addColumn<qint64>("orderId");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<qint64>("finalAmount");
    QTest::newRow("fixed") << CouponDefinition::Fixed << qint64(3000) << qint64(10000) << qint64(1)
                           << qint64(1) << qint64(15000) << qint64(3000) << qint64(12000);
    QTest::newRow("exactly the minimum")
            << CouponDefinition::Fixed << qint64(3000) << qint64(10000) << qint64(1) << qint64(6)
            << qint64(10000) << qint64(3000) << qint64(7000);
    QTest::newRow("percent, rounded down")
            << CouponDefinition::Percent << qint64(10) << qint64(10000) << qint64(2) << qint64(3)
            << qint64(12345) << qint64(1234) << qint64(11111);
    QTest::newRow("fixed, never more than the amount")
            << CouponDefinition::Fixed << qint64(5000) << qint64(0) << qint64(2) << qint64(4)
            << qint64(3000) << qint64(3000) << qint64(0);
}

void TestCouponService::usesTheCoupon()
{
    QFETCH(QString, kind);
    QFETCH(qint64, value);
    QFETCH(qint64, minimum);
    QFETCH(qint64, userId);
    QFETCH(qint64, orderId);
    QFETCH(qint64, amount);
    QFETCH(qint64, discount);
    QFETCH(qint64, finalAmount);
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 ticket = issued(shop, definition(kind, value, minimum), userId);
    QVERIFY(ticket);
    QVERIFY(shop.send(Events::InventoryDeducted, orderId,
            inventoryDeducted(orderId, userId, amount, ticket)));
    QTRY_COMPARE(shop.count(Events::CouponUsed), 1);
    const QJsonObject expected{{u"orderId"_s, orderId}, {u"userId"_s, userId},
            {u"userCouponId"_s, ticket}, {u"amount"_s, amount}, {u"discount"_s, discount},
            {u"finalAmount"_s, finalAmount}};
    QCOMPARE(shop.only(Events::CouponUsed, orderId), expected);
    const bus::EventEnvelope used = shop.script.published(Events::CouponUsed).first();
    QCOMPARE(used.sagaId, sagaOf(orderId));
    QCOMPARE(used.aggregateId, u"order-%1"_s.arg(orderId));
    QCOMPARE(used.producer, CouponService::Name);

    const UserCoupon coupon = userCoupon(shop, userId, ticket);
    QCOMPARE(coupon.status(), UserCoupon::Status::Used);
    QCOMPARE(coupon.orderId(), orderId);
    QCOMPARE(shop.state(orderId), u"used"_s);
    QCOMPARE(shop.state(orderId + 1), u"none"_s);
    QCOMPARE(shop.count(Events::CouponFailed), 0);
}

void TestCouponService::refusedCouponStaysUnused_data()
{
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<qint64>("expiresIn"); ///< ms after the order's time; 0: never expires
    QTest::addColumn<qint64>("issuedAgo"); ///< ms before the order's time
    QTest::addColumn<qint64>("orderId");
    QTest::addColumn<qint64>("buyer");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("knownCoupon"); ///< false: the order names coupon 4242
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("status"); ///< of the coupon issued to user 1, afterwards
    QTest::addColumn<qint64>("retryFinal"); ///< 0, or the final amount when user 1 then uses
                                            ///< it for an order of 10,000 won
    const QString available = UserCoupon::statusName(UserCoupon::Status::Available);
    QTest::newRow("below the minimum order")
            << qint64(10000) << qint64(0) << qint64(0) << qint64(5) << qint64(1) << qint64(8000)
            << true << u"order total 8,000 won is below the coupon minimum of 10,000 won"_s
            << available << qint64(7000);
    QTest::newRow("another user's coupon")
            << qint64(0) << qint64(0) << qint64(0) << qint64(7) << qint64(2) << qint64(20000)
            << true << u"coupon belongs to another user"_s << available << qint64(7000);
    // Issued while it was valid; expired a second before the order.
    QTest::newRow("expired coupon")
            << qint64(0) << qint64(-1000) << qint64(60'000) << qint64(8) << qint64(1)
            << qint64(20000) << true << u"coupon expired"_s
            << UserCoupon::statusName(UserCoupon::Status::Expired) << qint64(0);
    QTest::newRow("unknown coupon")
            << qint64(0) << qint64(0) << qint64(0) << qint64(9) << qint64(1) << qint64(20000)
            << false << u"coupon 4242 does not exist"_s << available << qint64(7000);
}

void TestCouponService::refusedCouponStaysUnused()
{
    QFETCH(qint64, minimum);
    QFETCH(qint64, expiresIn);
    QFETCH(qint64, issuedAgo);
    QFETCH(qint64, orderId);
    QFETCH(qint64, buyer);
    QFETCH(qint64, amount);
    QFETCH(bool, knownCoupon);
    QFETCH(QString, reason);
    QFETCH(QString, status);
    QFETCH(qint64, retryFinal);
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 t = now();
    const qint64 ticket = issued(shop,
            definition(CouponDefinition::Fixed, 3000, minimum, 100, expiresIn ? t + expiresIn : 0),
            1, t - issuedAgo);
    QVERIFY(ticket);
    const qint64 named = knownCoupon ? ticket : 4242;
    QVERIFY(shop.send(
            Events::InventoryDeducted, orderId, inventoryDeducted(orderId, buyer, amount, named)));
    QTRY_COMPARE(shop.count(Events::CouponFailed), 1);
    const QJsonObject expected{
            {u"orderId"_s, orderId}, {u"reason"_s, reason}, {u"userCouponId"_s, named}};
    QCOMPARE(shop.only(Events::CouponFailed, orderId), expected);
    QCOMPARE(shop.script.published(Events::CouponFailed).first().sagaId, sagaOf(orderId));
    QCOMPARE(UserCoupon::statusName(userCoupon(shop, 1, ticket).status()), status);
    QCOMPARE(shop.state(orderId), u"failed"_s);
    QCOMPARE(shop.count(Events::CouponUsed), 0);
    if (retryFinal == 0)
        return;
    // The coupon still serves its owner's next order (of exactly 10,000 won).
    const qint64 next = orderId + 1;
    QVERIFY(shop.send(Events::InventoryDeducted, next, inventoryDeducted(next, 1, 10000, ticket)));
    QTRY_COMPARE(shop.count(Events::CouponUsed), 1);
    QCOMPARE(shop.only(Events::CouponUsed, next).value(u"finalAmount"_s).toInteger(), retryFinal);
}

void TestCouponService::failsForAlreadyUsedCoupon()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 ticket = issued(shop, definition(CouponDefinition::Fixed, 3000), 1);
    QVERIFY(shop.send(Events::InventoryDeducted, 10, inventoryDeducted(10, 1, 20000, ticket)));
    QTRY_COMPARE(shop.script.count(Events::CouponUsed), 1);
    QVERIFY(shop.send(Events::InventoryDeducted, 11, inventoryDeducted(11, 1, 20000, ticket)));
    QTRY_COMPARE(shop.script.count(Events::CouponFailed), 1);
    QCOMPARE(shop.only(Events::CouponFailed, 11).value(u"reason"_s).toString(),
            u"coupon already used"_s);
    QCOMPARE(userCoupon(shop, 1, ticket).orderId(), 10);
    QCOMPARE(shop.script.count(Events::CouponUsed), 1);
}

void TestCouponService::skipsWithoutCoupon()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.send(Events::InventoryDeducted, 12, inventoryDeducted(12, 3, 45000, 0)));
    QTRY_COMPARE(shop.script.count(Events::CouponSkipped), 1);
    const QJsonObject expected{{u"orderId"_s, 12}, {u"userId"_s, 3}, {u"amount"_s, 45000},
            {u"discount"_s, 0}, {u"finalAmount"_s, 45000}};
    QCOMPARE(shop.only(Events::CouponSkipped, 12), expected);
    QCOMPARE(shop.script.published(Events::CouponSkipped).first().sagaId, sagaOf(12));
    QCOMPARE(shop.state(12), u"skipped"_s);
}

void TestCouponService::oneCouponTenConcurrentOrders()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 ticket = issued(shop, definition(CouponDefinition::Fixed, 3000), 1);
    QList<QFuture<bus::Outcome<QString>>> futures;
    for (qint64 order = 101; order <= 110; ++order)
        futures.append(shop.publish(
                Events::InventoryDeducted, order, inventoryDeducted(order, 1, 20000, ticket)));
    for (const auto &future : std::as_const(futures))
        QVERIFY(await(future).ok());
    QTRY_COMPARE(
            shop.script.count(Events::CouponUsed) + shop.script.count(Events::CouponFailed), 10);
    QCOMPARE(shop.script.count(Events::CouponUsed), 1);
    QCOMPARE(shop.script.count(Events::CouponFailed), 9);
    for (const bus::EventEnvelope &e : shop.script.published(Events::CouponFailed))
        QCOMPARE(e.payload.value(u"reason"_s).toString(), u"coupon already used"_s);
    const qint64 winner = shop.script.published(Events::CouponUsed)
                                  .first()
                                  .payload.value(u"orderId"_s)
                                  .toInteger();
    QCOMPARE(userCoupon(shop, 1, ticket).orderId(), winner);
    QCOMPARE(countRows(shop.service, u"coupon_uses"_s, u"outcome = 'used'"_s), 1);
    QCOMPARE(countRows(shop.service, u"coupon_uses"_s, u"outcome = 'failed'"_s), 9);
}

void TestCouponService::repeatedStepRepublishesTheSameOutcome()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 ticket = issued(shop, definition(CouponDefinition::Percent, 10), 1);
    // used, skipped and failed outcomes, each delivered twice (two distinct events).
    for (int round = 0; round < 2; ++round) {
        QVERIFY(shop.send(Events::InventoryDeducted, 21, inventoryDeducted(21, 1, 10000, ticket)));
        QVERIFY(shop.send(Events::InventoryDeducted, 22, inventoryDeducted(22, 1, 5000, 0)));
        QVERIFY(shop.send(Events::InventoryDeducted, 23, inventoryDeducted(23, 2, 10000, ticket)));
    }
    QTRY_COMPARE(shop.script.count(Events::CouponUsed), 2);
    QTRY_COMPARE(shop.script.count(Events::CouponSkipped), 2);
    QTRY_COMPARE(shop.script.count(Events::CouponFailed), 2);
    const auto used = shop.script.payloads(Events::CouponUsed, orderKey(21));
    QCOMPARE(used.size(), 2);
    QCOMPARE(used.at(0), used.at(1));
    QCOMPARE(used.at(0).value(u"discount"_s).toInteger(), 1000);
    const auto skipped = shop.script.payloads(Events::CouponSkipped, orderKey(22));
    QCOMPARE(skipped.size(), 2);
    QCOMPARE(skipped.at(0), skipped.at(1));
    const auto failed = shop.script.payloads(Events::CouponFailed, orderKey(23));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0), failed.at(1));
    // The repeat even survives a changed payload: the recorded outcome wins.
    QVERIFY(shop.send(Events::InventoryDeducted, 21, inventoryDeducted(21, 1, 99999, ticket)));
    QTRY_COMPARE(shop.script.count(Events::CouponUsed), 3);
    QCOMPARE(shop.script.payloads(Events::CouponUsed, orderKey(21)).last(), used.at(0));

    QCOMPARE(countRows(shop.service, u"coupon_uses"_s), 3);
    QCOMPARE(countRows(shop.service, u"user_coupons"_s, u"status = 'USED' AND order_id = 21"_s), 1);
    for (const bus::EventEnvelope &e : shop.script.published(Events::CouponUsed))
        QCOMPARE(e.sagaId, sagaOf(21));
}

void TestCouponService::restoresOnEachTrigger_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::newRow("BalanceFailed") << Events::BalanceFailed;
    QTest::newRow("OrderConfirmationFailed") << Events::OrderConfirmationFailed;
    QTest::newRow("OrderCancelled") << Events::OrderCancelled;
}

void TestCouponService::restoresOnEachTrigger()
{
    QFETCH(QString, trigger);
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 ticket = issued(shop, definition(CouponDefinition::Fixed, 3000), 1);
    QVERIFY(shop.send(Events::InventoryDeducted, 31, inventoryDeducted(31, 1, 20000, ticket)));
    QTRY_COMPARE(shop.script.count(Events::CouponUsed), 1);

    QVERIFY(shop.send(trigger, 31, compensation(31)));
    QTRY_COMPARE(shop.script.count(Events::CouponRestored), 1);
    const QJsonObject expected{{u"orderId"_s, 31}, {u"userCouponId"_s, ticket}};
    QCOMPARE(shop.only(Events::CouponRestored, 31), expected);
    QCOMPARE(shop.script.published(Events::CouponRestored).first().sagaId, sagaOf(31));
    const UserCoupon coupon = userCoupon(shop, 1, ticket);
    QCOMPARE(coupon.status(), UserCoupon::Status::Available);
    QCOMPARE(coupon.orderId(), 0);
    QCOMPARE(coupon.usedAt(), 0);
    QCOMPARE(shop.state(31), u"restored"_s);

    // The coupon serves another order afterwards.
    QVERIFY(shop.send(Events::InventoryDeducted, 32, inventoryDeducted(32, 1, 20000, ticket)));
    QTRY_COMPARE(shop.script.count(Events::CouponUsed), 2);
    QCOMPARE(userCoupon(shop, 1, ticket).orderId(), 32);
}

void TestCouponService::restoreTwiceRestoresOnce()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 ticket = issued(shop, definition(CouponDefinition::Fixed, 3000), 1);
    QVERIFY(shop.send(Events::InventoryDeducted, 41, inventoryDeducted(41, 1, 20000, ticket)));
    QTRY_COMPARE(shop.script.count(Events::CouponUsed), 1);
    QVERIFY(shop.send(Events::OrderConfirmationFailed, 41, compensation(41, u"late"_s)));
    QVERIFY(shop.send(Events::OrderCancelled, 41, compensation(41, u"admin"_s)));
    QVERIFY(shop.send(Events::BalanceFailed, 41, compensation(41, u"again"_s)));
    QTRY_COMPARE(shop.service.stats().handled, 4);
    QCOMPARE(shop.script.count(Events::CouponRestored), 1);
    // Meanwhile another order takes the coupon: a late restore of order 41 must not free it.
    QVERIFY(shop.send(Events::InventoryDeducted, 42, inventoryDeducted(42, 1, 20000, ticket)));
    QTRY_COMPARE(shop.script.count(Events::CouponUsed), 2);
    QVERIFY(shop.send(Events::OrderCancelled, 41, compensation(41, u"admin"_s)));
    QTRY_COMPARE(shop.service.stats().handled, 6);
    QCOMPARE(shop.script.count(Events::CouponRestored), 1);
    QCOMPARE(userCoupon(shop, 1, ticket).orderId(), 42);
    QCOMPARE(userCoupon(shop, 1, ticket).status(), UserCoupon::Status::Used);
}

void TestCouponService::restoreWithoutUseDoesNothing()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 ticket = issued(shop, definition(CouponDefinition::Fixed, 3000, 50000), 1);
    QVERIFY(shop.send(
            Events::InventoryDeducted, 51, inventoryDeducted(51, 1, 20000, 0))); // skipped
    QVERIFY(shop.send(
            Events::InventoryDeducted, 52, inventoryDeducted(52, 1, 20000, ticket))); // failed
    QTRY_COMPARE(shop.service.stats().handled, 2);
    for (qint64 order : {51, 52, 53}) // 53: never seen
        QVERIFY(shop.send(Events::BalanceFailed, order, compensation(order, u"x"_s)));
    QTRY_COMPARE(shop.service.stats().handled, 5);
    QCOMPARE(shop.script.count(Events::CouponRestored), 0);
    QCOMPARE(shop.state(51), u"skipped"_s);
    QCOMPARE(shop.state(52), u"failed"_s);
    QCOMPARE(shop.state(53), u"none"_s);
    QCOMPARE(userCoupon(shop, 1, ticket).status(), UserCoupon::Status::Available);
}

void TestCouponService::compensateOrderRestoresOnceInTheSaga()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 ticket = issued(shop, definition(CouponDefinition::Fixed, 3000), 1);
    QVERIFY(shop.send(Events::InventoryDeducted, 61, inventoryDeducted(61, 1, 20000, ticket)));
    QTRY_COMPARE(shop.script.count(Events::CouponUsed), 1);

    const auto first = await(shop.service.compensateOrder(61));
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(*first.value, true);
    QTRY_COMPARE(shop.script.count(Events::CouponRestored), 1);
    const bus::EventEnvelope restored = shop.script.published(Events::CouponRestored).first();
    QCOMPARE(restored.sagaId, sagaOf(61));
    QCOMPARE(restored.aggregateId, orderKey(61));
    QCOMPARE(restored.payload.value(u"userCouponId"_s).toInteger(), ticket);
    QCOMPARE(userCoupon(shop, 1, ticket).status(), UserCoupon::Status::Available);
    QCOMPARE(shop.state(61), u"restored"_s);

    QCOMPARE(*await(shop.service.compensateOrder(61)).value, false);
    QCOMPARE(*await(shop.service.compensateOrder(62)).value, false);
    QVERIFY(shop.send(Events::OrderCancelled, 61, compensation(61, u"admin"_s)));
    QTRY_COMPARE(shop.service.stats().handled, 2);
    QCOMPARE(shop.script.count(Events::CouponRestored), 1);
}

void TestCouponService::repeatedStepAfterRestoreChangesNothing()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 ticket = issued(shop, definition(CouponDefinition::Fixed, 3000), 1);
    QVERIFY(shop.send(Events::InventoryDeducted, 71, inventoryDeducted(71, 1, 20000, ticket)));
    QTRY_COMPARE(shop.script.count(Events::CouponUsed), 1);
    QVERIFY(shop.send(Events::BalanceFailed, 71, compensation(71, u"poor"_s)));
    QTRY_COMPARE(shop.script.count(Events::CouponRestored), 1);
    // A late repeat of the step publishes the recorded outcome and does not take the coupon again.
    QVERIFY(shop.send(Events::InventoryDeducted, 71, inventoryDeducted(71, 1, 20000, ticket)));
    QTRY_COMPARE(shop.script.count(Events::CouponUsed), 2);
    const auto used = shop.script.payloads(Events::CouponUsed, orderKey(71));
    QCOMPARE(used.at(0), used.at(1));
    QCOMPARE(userCoupon(shop, 1, ticket).status(), UserCoupon::Status::Available);
    QCOMPARE(shop.state(71), u"restored"_s);
}

void TestCouponService::malformedPayloadIsDeadLettered()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 ticket = issued(shop, definition(CouponDefinition::Fixed, 3000), 1);
    QJsonObject noAmount = inventoryDeducted(81, 1, 20000, ticket);
    noAmount.remove(u"amount"_s);
    QJsonObject textUser = inventoryDeducted(82, 1, 20000, ticket);
    textUser.insert(u"userId"_s, u"1"_s);
    QJsonObject negative = inventoryDeducted(83, 1, -5, 0);
    QJsonObject fractional = inventoryDeducted(84, 1, 20000, ticket);
    fractional.insert(u"amount"_s, 100.5);
    const QList<test::Malformed> malformed{
            {Events::InventoryDeducted, 81, noAmount,
                    u"payload field \"amount\" must be a whole number"_s},
            {Events::InventoryDeducted, 82, textUser,
                    u"payload field \"userId\" must be a whole number"_s},
            {Events::InventoryDeducted, 83, negative,
                    u"payload field \"amount\" must not be negative"_s},
            {Events::InventoryDeducted, 84, fractional,
                    u"payload field \"amount\" must be a whole number"_s},
            {Events::OrderCancelled, 85, {{u"reason"_s, u"no order id"_s}},
                    u"payload field \"orderId\" must be a whole number"_s}};
    QCOMPARE(shop.rejects(malformed, 3), QStringList());
    // Nothing happened: no outcome, the coupon untouched, and well-formed events still flow.
    QCOMPARE(countRows(shop.service, u"coupon_uses"_s), 0);
    QCOMPARE(shop.script.count(Events::CouponUsed) + shop.script.count(Events::CouponFailed)
                    + shop.script.count(Events::CouponSkipped),
            0);
    QVERIFY(shop.send(Events::InventoryDeducted, 86, inventoryDeducted(86, 1, 20000, ticket)));
    QTRY_COMPARE(shop.script.count(Events::CouponUsed), 1);
}

QTEST_GUILESS_MAIN(TestCouponService)
#include "tst_couponservice.moc"
