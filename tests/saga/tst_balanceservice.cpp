// The Balance service through the real bus: users, charges (bounds, limit, RecordBalanceCharge),
// the balance step of the checkout saga, its idempotent repeat and its refund.

#include "common/ServiceHarness.h"
#include "common/TestSupport.h"
#include "saga/CheckoutEvents.h"
#include "services/DomainError.h"
#include "services/balance/BalanceService.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <limits>
#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace sagashop;
using services::Account;
using services::BalanceService;
using services::DomainError;
using test::await;
using test::codeOf;
using test::compensation;
using test::countRows;
using test::orderKey;
using test::sagaOf;
namespace Events = saga::CheckoutEvents;

namespace {

/// The balance service and a script service on one bus, in one data directory.
struct Shop : test::ServiceHarness<BalanceService>
{
    explicit Shop(const QString &dir)
        : ServiceHarness(dir)
    { }

    qint64 balanceOf(qint64 userId) { return test::valueOr(service.balance(userId), qint64(-1)); }
    bool charge(qint64 userId, qint64 amount) { return await(service.charge(userId, amount)).ok(); }
    qint64 total() { return test::valueOr(service.totalBalance(), qint64(-1)); }
    qint64 charged() { return test::valueOr(service.chargedTotal(), qint64(-1)); }
};

/// CouponUsed (or, with userCouponId 0, CouponSkipped) as the Coupon service publishes it.
QJsonObject couponApplied(
        qint64 orderId, qint64 userId, qint64 amount, qint64 discount, qint64 userCouponId = 7)
{
    QJsonObject payload{{u"orderId"_s, orderId}, {u"userId"_s, userId}, {u"amount"_s, amount},
            {u"discount"_s, discount}, {u"finalAmount"_s, amount - discount}};
    if (userCouponId != 0)
        payload.insert(u"userCouponId"_s, userCouponId);
    return payload;
}

} // namespace

class TestBalanceService : public QObject
{
    Q_OBJECT

private slots:
    void seedsDemoUsersOnFirstStartOnly();
    void createUserValidatesTheName();
    void chargeBounds_data();
    void chargeBounds();
    void chargeOfUnknownUser();
    void chargeLimitIsExactlyReachable();
    void accountNeverOverflowsNorTakesNegatives();
    void chargeRegistersRecordBalanceCharge();
    void concurrentChargesAddUpExactly();
    void deductsTheFinalAmount_data();
    void deductsTheFinalAmount();
    void insufficientBalanceFails();
    void unknownUserFails();
    void repeatedStepDeductsOnce();
    void refundsOnEachTrigger_data();
    void refundsOnEachTrigger();
    void refundTwiceRefundsOnce();
    void refundWithoutDeductionDoesNothing();
    void refundMayPassTheChargeLimit();
    void compensateOrderRefundsOnceInTheSaga();
    void totalsAddUp();
    void malformedPayloadIsDeadLettered();
};

void TestBalanceService::seedsDemoUsersOnFirstStartOnly()
{
    test::TempDataDir dir;
    const QStringList names{u"김민준 (Minjun Kim)"_s, u"이서연 (Seoyeon Lee)"_s, u"Emma Wilson"_s,
            u"박지호 (Jiho Park)"_s, u"Liam Chen"_s};
    {
        Shop shop(dir.path());
        const auto users = await(shop.service.users());
        QVERIFY2(users.ok(), qPrintable(users.error));
        QCOMPARE(users.value->size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(users.value->at(i).userId(), i + 1);
            QCOMPARE(users.value->at(i).name(), names.at(i));
            QCOMPARE(users.value->at(i).balance(), 0);
            QVERIFY(users.value->at(i).createdAt() > 0);
        }
        const QJsonObject json = users.value->at(0).toJson();
        QCOMPARE(json.value(u"userId"_s).toInteger(), 1);
        QCOMPARE(json.value(u"name"_s).toString(), names.at(0));
        QCOMPARE(json.value(u"balance"_s).toInteger(), 0);
        QVERIFY(json.contains(u"createdAt"_s));
        QVERIFY(shop.charge(3, 500));
    }
    Shop again(dir.path());
    const auto users = await(again.service.users());
    QCOMPARE(users.value->size(), 5);
    QCOMPARE(again.balanceOf(3), 500);
}

void TestBalanceService::createUserValidatesTheName()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const auto created = await(shop.service.createUser(u"  최유나 (Yuna Choi)  "_s));
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(*created.value, 6);
    QCOMPARE(await(shop.service.users()).value->last().name(), u"최유나 (Yuna Choi)"_s);
    QCOMPARE(shop.balanceOf(6), 0);

    // 50 characters are fine (Korean letters count one each), 51 are not.
    QVERIFY(await(shop.service.createUser(QString(50, u'가'))).ok());
    QVERIFY(await(shop.service.createUser(u"x"_s)).ok());
    for (const QString &bad : {QString(), u"   "_s, QString(51, u'가')}) {
        const auto refused = await(shop.service.createUser(bad));
        QCOMPARE(codeOf(refused), u"invalid_name"_s);
        QVERIFY2(DomainError::messageOf(refused.error).contains(u"1 to 50"_s),
                qPrintable(refused.error));
    }
    QCOMPARE(countRows(shop.service, u"users"_s), 8);
}

void TestBalanceService::chargeBounds_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("code");
    QTest::newRow("0") << qint64(0) << u"invalid_amount"_s;
    QTest::newRow("-1") << qint64(-1) << u"invalid_amount"_s;
    QTest::newRow("10,000,001") << qint64(10'000'001) << u"invalid_amount"_s;
    QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max() << u"invalid_amount"_s;
    QTest::newRow("qint64 min") << std::numeric_limits<qint64>::min() << u"invalid_amount"_s;
    QTest::newRow("1") << qint64(1) << u"ok"_s;
    QTest::newRow("10,000,000") << qint64(10'000'000) << u"ok"_s;
}

void TestBalanceService::chargeBounds()
{
    QFETCH(qint64, amount);
    QFETCH(QString, code);
    test::TempDataDir dir;
    Shop shop(dir.path());
    const auto outcome = await(shop.service.charge(2, amount));
    QCOMPARE(codeOf(outcome), code);
    if (code == u"ok"_s) {
        QCOMPARE(*outcome.value, amount);
        QCOMPARE(shop.balanceOf(2), amount);
        QCOMPARE(countRows(shop.service, u"charges"_s), 1);
    } else {
        QVERIFY2(DomainError::messageOf(outcome.error).contains(u"1 to 10,000,000 won"_s),
                qPrintable(outcome.error));
        QCOMPARE(shop.balanceOf(2), 0);
        QCOMPARE(countRows(shop.service, u"charges"_s), 0);
    }
}

void TestBalanceService::chargeOfUnknownUser()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QCOMPARE(codeOf(await(shop.service.charge(99, 1000))), u"not_found"_s);
    QCOMPARE(codeOf(await(shop.service.charge(0, 1000))), u"not_found"_s);
    QCOMPARE(codeOf(await(shop.service.balance(99))), u"not_found"_s);
    QCOMPARE(countRows(shop.service, u"charges"_s), 0);
    QCOMPARE(shop.script.count(Events::RecordBalanceCharge), 0);
}

void TestBalanceService::chargeLimitIsExactlyReachable()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QList<QFuture<bus::Outcome<qint64>>> futures;
    for (int i = 0; i < 100; ++i)
        futures.append(shop.service.charge(1, 10'000'000));
    for (const auto &future : std::as_const(futures))
        QCOMPARE(codeOf(await(future)), u"ok"_s);
    QCOMPARE(shop.balanceOf(1), 1'000'000'000);

    const auto over = await(shop.service.charge(1, 1));
    QCOMPARE(codeOf(over), u"balance_limit"_s);
    QVERIFY2(DomainError::messageOf(over.error).contains(u"1,000,000,000 won"_s),
            qPrintable(over.error));
    QCOMPARE(shop.balanceOf(1), 1'000'000'000);
    QCOMPARE(countRows(shop.service, u"charges"_s), 100);

    // One won below the limit, the last won fits and one more does not.
    QVERIFY(shop.charge(2, 10'000'000));
    for (int i = 0; i < 98; ++i)
        QVERIFY(shop.charge(2, 10'000'000));
    QVERIFY(shop.charge(2, 9'999'999));
    QCOMPARE(codeOf(await(shop.service.charge(2, 2))), u"balance_limit"_s);
    QCOMPARE(codeOf(await(shop.service.charge(2, 1))), u"ok"_s);
    QCOMPARE(shop.balanceOf(2), 1'000'000'000);
}

void TestBalanceService::accountNeverOverflowsNorTakesNegatives()
{
    // The aggregate refuses a charge that would overflow qint64 (UBSan would catch a wrap).
    Account nearMax(1, u"x"_s, std::numeric_limits<qint64>::max() - 5, 0);
    try {
        nearMax.charge(10);
        QFAIL("a charge past qint64 was accepted");
    } catch (const DomainError &e) {
        QCOMPARE(e.code(), u"balance_limit"_s);
    }
    QCOMPARE(nearMax.balance(), std::numeric_limits<qint64>::max() - 5);
    QVERIFY(nearMax.domainEvents().isEmpty());
    QVERIFY_THROWS_EXCEPTION(std::overflow_error, nearMax.refund(1, 10));
    QCOMPARE(nearMax.balance(), std::numeric_limits<qint64>::max() - 5);
    QVERIFY(nearMax.domainEvents().isEmpty());

    // Negative money never moves a balance, whatever a payload says.
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, nearMax.pay(1, -1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, nearMax.refund(1, -1));
    QCOMPARE(nearMax.balance(), std::numeric_limits<qint64>::max() - 5);
    QVERIFY(nearMax.domainEvents().isEmpty());
}

void TestBalanceService::chargeRegistersRecordBalanceCharge()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const auto first = await(shop.service.charge(4, 30'000));
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(*first.value, 30'000);
    const auto second = await(shop.service.charge(4, 5'000));
    QCOMPARE(*second.value, 35'000);
    QTRY_COMPARE(shop.script.count(Events::RecordBalanceCharge), 2);
    const QList<bus::EventEnvelope> events = shop.script.published(Events::RecordBalanceCharge);
    QCOMPARE(events.at(0).aggregateId, u"user-4"_s);
    QCOMPARE(events.at(0).producer, BalanceService::Name);
    QCOMPARE(events.at(0).payload,
            (QJsonObject{{u"userId"_s, 4}, {u"amount"_s, 30'000}, {u"balanceAfter"_s, 30'000}}));
    QCOMPARE(events.at(1).payload,
            (QJsonObject{{u"userId"_s, 4}, {u"amount"_s, 5'000}, {u"balanceAfter"_s, 35'000}}));
    QCOMPARE(shop.charged(), 35'000);

    // A refused charge registers nothing.
    QVERIFY(!shop.charge(4, 0));
    QVERIFY(shop.charge(5, 1)); // a later event proves the refused one was never published
    QTRY_COMPARE(shop.script.count(Events::RecordBalanceCharge), 3);
}

void TestBalanceService::concurrentChargesAddUpExactly()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QList<QFuture<bus::Outcome<qint64>>> futures;
    for (int i = 0; i < 100; ++i)
        futures.append(shop.service.charge(1, 1'000)); // all submitted before any is awaited
    QSet<qint64> after;
    for (const auto &future : std::as_const(futures)) {
        const auto outcome = await(future);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        after.insert(*outcome.value);
    }
    QCOMPARE(after.size(), 100); // every charge saw the one before it
    QCOMPARE(shop.balanceOf(1), 100'000);
    QCOMPARE(shop.charged(), 100'000);
    QCOMPARE(countRows(shop.service, u"charges"_s), 100);
    QTRY_COMPARE(shop.script.count(Events::RecordBalanceCharge), 100);
}

void TestBalanceService::deductsTheFinalAmount_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<qint64>("discount");
    QTest::newRow("CouponUsed") << Events::CouponUsed << qint64(3'000);
    QTest::newRow("CouponSkipped") << Events::CouponSkipped << qint64(0);
}

void TestBalanceService::deductsTheFinalAmount()
{
    QFETCH(QString, type);
    QFETCH(qint64, discount);
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.charge(1, 20'000));
    QVERIFY(shop.send(type, 1, couponApplied(1, 1, 15'000, discount, discount ? 7 : 0)));
    QTRY_COMPARE(shop.script.count(Events::BalanceDeducted), 1);
    const qint64 paid = 15'000 - discount;
    const QJsonObject expected{{u"orderId"_s, 1}, {u"userId"_s, 1}, {u"amount"_s, paid},
            {u"balanceAfter"_s, 20'000 - paid}};
    QCOMPARE(shop.only(Events::BalanceDeducted, 1), expected);
    const bus::EventEnvelope e = shop.script.published(Events::BalanceDeducted).first();
    QCOMPARE(e.sagaId, sagaOf(1));
    QCOMPARE(e.aggregateId, orderKey(1));
    QCOMPARE(shop.balanceOf(1), 20'000 - paid);
    QCOMPARE(shop.state(1), u"deducted"_s);
    QCOMPARE(shop.state(2), u"none"_s);

    // A free order (final amount 0) is paid too, even with an empty balance.
    QVERIFY(shop.send(type, 2, couponApplied(2, 3, 3'000, 3'000)));
    QTRY_COMPARE(shop.script.count(Events::BalanceDeducted), 2);
    QCOMPARE(shop.only(Events::BalanceDeducted, 2).value(u"amount"_s).toInteger(), 0);
    QCOMPARE(shop.only(Events::BalanceDeducted, 2).value(u"balanceAfter"_s).toInteger(), 0);
    QCOMPARE(shop.script.count(Events::BalanceFailed), 0);
}

void TestBalanceService::insufficientBalanceFails()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.charge(2, 5'000));
    QVERIFY(shop.send(Events::CouponUsed, 3, couponApplied(3, 2, 15'000, 3'000)));
    QTRY_COMPARE(shop.script.count(Events::BalanceFailed), 1);
    const QJsonObject expected{{u"orderId"_s, 3},
            {u"reason"_s, u"balance 5,000 won is less than the 12,000 won to pay"_s},
            {u"amount"_s, 12'000}, {u"balance"_s, 5'000}};
    QCOMPARE(shop.only(Events::BalanceFailed, 3), expected);
    QCOMPARE(shop.script.published(Events::BalanceFailed).first().sagaId, sagaOf(3));
    QCOMPARE(shop.balanceOf(2), 5'000);
    QCOMPARE(shop.state(3), u"failed"_s);
    QCOMPARE(shop.script.count(Events::BalanceDeducted), 0);

    // Exactly enough is enough.
    QVERIFY(shop.send(Events::CouponSkipped, 4, couponApplied(4, 2, 5'000, 0, 0)));
    QTRY_COMPARE(shop.script.count(Events::BalanceDeducted), 1);
    QCOMPARE(shop.balanceOf(2), 0);
}

void TestBalanceService::unknownUserFails()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.send(Events::CouponSkipped, 5, couponApplied(5, 99, 1'000, 0, 0)));
    QTRY_COMPARE(shop.script.count(Events::BalanceFailed), 1);
    const QJsonObject failed = shop.only(Events::BalanceFailed, 5);
    QCOMPARE(failed.value(u"reason"_s).toString(), u"user 99 does not exist"_s);
    QCOMPARE(failed.value(u"amount"_s).toInteger(), 1'000);
    QCOMPARE(failed.value(u"balance"_s).toInteger(), 0);
    QCOMPARE(shop.state(5), u"failed"_s);
    QCOMPARE(countRows(shop.service, u"users"_s), 5);
}

void TestBalanceService::repeatedStepDeductsOnce()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.charge(1, 20'000));
    for (int round = 0; round < 2; ++round) {
        QVERIFY(shop.send(Events::CouponUsed, 11, couponApplied(11, 1, 12'000, 2'000)));
        QVERIFY(shop.send(Events::CouponSkipped, 12, couponApplied(12, 1, 50'000, 0, 0))); // fails
    }
    QTRY_COMPARE(shop.script.count(Events::BalanceDeducted), 2);
    QTRY_COMPARE(shop.script.count(Events::BalanceFailed), 2);
    const auto deducted = shop.script.payloads(Events::BalanceDeducted, orderKey(11));
    QCOMPARE(deducted.size(), 2);
    QCOMPARE(deducted.at(0), deducted.at(1));
    QCOMPARE(deducted.at(0).value(u"balanceAfter"_s).toInteger(), 10'000);
    const auto failed = shop.script.payloads(Events::BalanceFailed, orderKey(12));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0), failed.at(1));
    QCOMPARE(shop.balanceOf(1), 10'000);

    // A repeat after more money arrived still repeats the recorded outcome.
    QVERIFY(shop.charge(1, 90'000));
    QVERIFY(shop.send(Events::CouponSkipped, 12, couponApplied(12, 1, 50'000, 0, 0)));
    QVERIFY(shop.send(Events::CouponUsed, 11, couponApplied(11, 1, 12'000, 2'000)));
    QTRY_COMPARE(shop.script.count(Events::BalanceFailed), 3);
    QTRY_COMPARE(shop.script.count(Events::BalanceDeducted), 3);
    QCOMPARE(shop.script.payloads(Events::BalanceFailed, orderKey(12)).last(), failed.at(0));
    QCOMPARE(shop.script.payloads(Events::BalanceDeducted, orderKey(11)).last(), deducted.at(0));
    QCOMPARE(shop.balanceOf(1), 100'000);
    QCOMPARE(countRows(shop.service, u"balance_ops"_s), 2);
}

void TestBalanceService::refundsOnEachTrigger_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::newRow("OrderConfirmationFailed") << Events::OrderConfirmationFailed;
    QTest::newRow("OrderCancelled") << Events::OrderCancelled;
}

void TestBalanceService::refundsOnEachTrigger()
{
    QFETCH(QString, trigger);
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.charge(1, 20'000));
    QVERIFY(shop.send(Events::CouponUsed, 21, couponApplied(21, 1, 15'000, 3'000)));
    QTRY_COMPARE(shop.script.count(Events::BalanceDeducted), 1);
    QCOMPARE(shop.balanceOf(1), 8'000);
    QVERIFY(shop.charge(1, 1'000)); // the refund adds to whatever the balance is now

    QVERIFY(shop.send(trigger, 21, compensation(21)));
    QTRY_COMPARE(shop.script.count(Events::BalanceRefunded), 1);
    const QJsonObject expected{{u"orderId"_s, 21}, {u"userId"_s, 1}, {u"amount"_s, 12'000},
            {u"balanceAfter"_s, 21'000}};
    QCOMPARE(shop.only(Events::BalanceRefunded, 21), expected);
    QCOMPARE(shop.script.published(Events::BalanceRefunded).first().sagaId, sagaOf(21));
    QCOMPARE(shop.balanceOf(1), 21'000);
    QCOMPARE(shop.state(21), u"refunded"_s);
}

void TestBalanceService::refundTwiceRefundsOnce()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.charge(1, 20'000));
    QVERIFY(shop.send(Events::CouponSkipped, 31, couponApplied(31, 1, 5'000, 0, 0)));
    QTRY_COMPARE(shop.script.count(Events::BalanceDeducted), 1);
    QVERIFY(shop.send(Events::OrderConfirmationFailed, 31, compensation(31)));
    QVERIFY(shop.send(Events::OrderCancelled, 31, compensation(31)));
    QVERIFY(shop.send(Events::OrderCancelled, 31, compensation(31)));
    QTRY_COMPARE(shop.service.stats().handled, 4);
    QCOMPARE(shop.script.count(Events::BalanceRefunded), 1);
    QCOMPARE(shop.balanceOf(1), 20'000);
    QCOMPARE(*await(shop.service.compensateOrder(31)).value, false);
    QCOMPARE(shop.balanceOf(1), 20'000);
}

void TestBalanceService::refundWithoutDeductionDoesNothing()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.charge(1, 1'000));
    QVERIFY(shop.send(Events::CouponSkipped, 41, couponApplied(41, 1, 5'000, 0, 0))); // fails
    QTRY_COMPARE(shop.script.count(Events::BalanceFailed), 1);
    QVERIFY(shop.send(Events::OrderCancelled, 41, compensation(41)));
    QVERIFY(shop.send(Events::OrderConfirmationFailed, 42, compensation(42))); // never seen
    QTRY_COMPARE(shop.service.stats().handled, 3);
    QCOMPARE(shop.script.count(Events::BalanceRefunded), 0);
    QCOMPARE(shop.balanceOf(1), 1'000);
    QCOMPARE(shop.state(41), u"failed"_s);
    QCOMPARE(shop.state(42), u"none"_s);
}

void TestBalanceService::refundMayPassTheChargeLimit()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    for (int i = 0; i < 100; ++i)
        QVERIFY(shop.charge(1, 10'000'000));
    QVERIFY(shop.send(Events::CouponSkipped, 51, couponApplied(51, 1, 500, 0, 0)));
    QTRY_COMPARE(shop.script.count(Events::BalanceDeducted), 1);
    QVERIFY(shop.charge(1, 500)); // back at the limit
    QVERIFY(shop.send(Events::OrderCancelled, 51, compensation(51)));
    QTRY_COMPARE(shop.script.count(Events::BalanceRefunded), 1);
    QCOMPARE(shop.balanceOf(1), 1'000'000'500);
    QCOMPARE(codeOf(await(shop.service.charge(1, 1))), u"balance_limit"_s);
    QCOMPARE(shop.balanceOf(1), 1'000'000'500);
}

void TestBalanceService::compensateOrderRefundsOnceInTheSaga()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.charge(2, 10'000));
    QVERIFY(shop.send(Events::CouponUsed, 61, couponApplied(61, 2, 9'000, 900)));
    QTRY_COMPARE(shop.script.count(Events::BalanceDeducted), 1);
    QCOMPARE(shop.balanceOf(2), 1'900);

    const auto first = await(shop.service.compensateOrder(61));
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(*first.value, true);
    QTRY_COMPARE(shop.script.count(Events::BalanceRefunded), 1);
    const bus::EventEnvelope refunded = shop.script.published(Events::BalanceRefunded).first();
    QCOMPARE(refunded.sagaId, sagaOf(61));
    QCOMPARE(refunded.aggregateId, orderKey(61));
    QCOMPARE(refunded.payload.value(u"amount"_s).toInteger(), 8'100);
    QCOMPARE(refunded.payload.value(u"balanceAfter"_s).toInteger(), 10'000);
    QCOMPARE(shop.balanceOf(2), 10'000);
    QCOMPARE(shop.state(61), u"refunded"_s);

    QCOMPARE(*await(shop.service.compensateOrder(61)).value, false);
    QCOMPARE(*await(shop.service.compensateOrder(62)).value, false);
    QVERIFY(shop.send(Events::OrderCancelled, 61, compensation(61)));
    QTRY_COMPARE(shop.service.stats().handled, 2);
    QCOMPARE(shop.script.count(Events::BalanceRefunded), 1);
    QCOMPARE(shop.balanceOf(2), 10'000);
}

void TestBalanceService::totalsAddUp()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QCOMPARE(shop.total(), 0);
    QCOMPARE(shop.charged(), 0);
    QVERIFY(shop.charge(1, 10'000));
    QVERIFY(shop.charge(2, 25'000));
    QVERIFY(shop.charge(5, 7));
    QVERIFY(shop.send(Events::CouponSkipped, 71, couponApplied(71, 1, 4'000, 0, 0)));
    QVERIFY(shop.send(Events::CouponSkipped, 72, couponApplied(72, 2, 5'000, 0, 0)));
    QTRY_COMPARE(shop.script.count(Events::BalanceDeducted), 2);
    QVERIFY(shop.send(Events::OrderCancelled, 72, compensation(72)));
    QTRY_COMPARE(shop.script.count(Events::BalanceRefunded), 1);
    QCOMPARE(shop.charged(), 35'007);
    QCOMPARE(shop.total(), 35'007 - 4'000);
}

void TestBalanceService::malformedPayloadIsDeadLettered()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.charge(1, 50'000));
    QJsonObject noFinal = couponApplied(81, 1, 10'000, 0, 0);
    noFinal.remove(u"finalAmount"_s);
    QJsonObject textUser = couponApplied(82, 1, 10'000, 0, 0);
    textUser.insert(u"userId"_s, u"one"_s);
    QJsonObject negative = couponApplied(83, 1, 10'000, 0, 0);
    negative.insert(u"finalAmount"_s, -1);
    QJsonObject zeroOrder = couponApplied(84, 1, 10'000, 0, 0);
    zeroOrder.insert(u"orderId"_s, 0);
    const QList<test::Malformed> malformed{
            {Events::CouponSkipped, 81, noFinal,
                    u"payload field \"finalAmount\" must be a whole number"_s},
            {Events::CouponUsed, 82, textUser,
                    u"payload field \"userId\" must be a whole number"_s},
            {Events::CouponUsed, 83, negative,
                    u"payload field \"finalAmount\" must not be negative"_s},
            {Events::CouponSkipped, 84, zeroOrder,
                    u"payload field \"orderId\" must be a positive whole number"_s},
            {Events::OrderCancelled, 85, {{u"orderId"_s, 85.5}},
                    u"payload field \"orderId\" must be a whole number"_s}};
    QCOMPARE(shop.rejects(malformed, 3), QStringList());
    QCOMPARE(countRows(shop.service, u"balance_ops"_s), 0);
    QCOMPARE(shop.balanceOf(1), 50'000);
    QVERIFY(shop.send(Events::CouponSkipped, 86, couponApplied(86, 1, 10'000, 0, 0)));
    QTRY_COMPARE(shop.script.count(Events::BalanceDeducted), 1);
    QCOMPARE(shop.balanceOf(1), 40'000);
}

QTEST_GUILESS_MAIN(TestBalanceService)
#include "tst_balanceservice.moc"
