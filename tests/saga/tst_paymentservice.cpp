// The Payment service through the real bus: test::ScriptService publishes Balance's and
// Order's events and records what Payment publishes.

#include "common/ServiceHarness.h"
#include "common/TestSupport.h"
#include "saga/CheckoutEvents.h"
#include "saga/Payload.h"
#include "services/payment/PaymentService.h"

#include <QSqlDatabase>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::services::PaymentService;
using sagashop::services::PaymentView;
using sagashop::test::await;
using sagashop::test::countRows;
using sagashop::test::orderKey;
namespace Events = sagashop::saga::CheckoutEvents;

namespace {

/// The payment service and a script service on one bus, in one data directory.
struct Shop : test::ServiceHarness<PaymentService>
{
    explicit Shop(const QString &dir, int maxAttempts = 3) : ServiceHarness(dir, {.maxAttempts = maxAttempts}) { }

    /// Publishes `type` for the order (with its orderId) in saga `sagaId` and waits until
    /// Payment handled it.
    bool deliver(const QString &type, qint64 orderId, const QString &sagaId, QJsonObject payload = {})
    {
        payload.insert(u"orderId"_s, orderId);
        return ServiceHarness::deliver(type, orderId, payload, sagaId);
    }
    bool balanceDeducted(qint64 orderId, const QString &sagaId, qint64 amount, qint64 userId = 1)
    {
        return deliver(Events::BalanceDeducted, orderId, sagaId,
                       {{u"userId"_s, userId}, {u"amount"_s, amount}, {u"balanceAfter"_s, 100}});
    }
    std::optional<PaymentView> view(qint64 orderId)
    {
        return test::valueOr(service.payment(orderId), std::optional<PaymentView>());
    }
    qint64 total() { return test::valueOr(service.totalSucceeded(), qint64(-1)); }
};

const QString SagaA = u"5a6a0000-0000-4000-8000-00000000000a"_s;
const QString SagaB = u"5a6a0000-0000-4000-8000-00000000000b"_s;

} // namespace

class TestPaymentService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void balanceDeductedCreatesPaymentAndConfirmsOrder();
    void redeliveredBalanceDeductedConfirmsOnce();
    void repeatedStepPublishesTheSameOutcome();
    void confirmationFailureCancelsOnce();
    void orderCancelledCancelsOnce();
    void cancelWithoutPaymentDoesNothing();
    void compensateOrderIsIdempotent();
    void malformedBalanceDeductedIsDeadLettered();
};

void TestPaymentService::initTestCase()
{
    // (storage::Database::open serialises QtSql's first use; see the comment there.)
}

void TestPaymentService::balanceDeductedCreatesPaymentAndConfirmsOrder()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QCOMPARE(shop.state(1), u"none"_s);

    QVERIFY(shop.balanceDeducted(1, SagaA, 9000, 4));
    const std::optional<PaymentView> v = shop.view(1);
    QVERIFY(v);
    QVERIFY(v->paymentId >= 1);
    QCOMPARE(v->orderId, 1);
    QCOMPARE(v->userId, 4);
    QCOMPARE(v->amount, 9000);
    QCOMPARE(v->sagaId, SagaA);
    QCOMPARE(v->status, u"success"_s);
    QVERIFY(v->createdAt > 0);
    QCOMPARE(v->cancelledAt, 0);
    QCOMPARE(shop.state(1), u"success"_s);
    QCOMPARE(shop.total(), 9000);

    const QList<bus::EventEnvelope> confirmed = shop.script.published(Events::OrderConfirmed);
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.first().aggregateId, orderKey(1));
    QCOMPARE(confirmed.first().sagaId, SagaA);
    QCOMPARE(confirmed.first().producer, PaymentService::Name);
    QCOMPARE(confirmed.first().payload,
             (QJsonObject{{u"orderId"_s, 1}, {u"paymentId"_s, v->paymentId}, {u"amount"_s, 9000}}));

    QVERIFY(shop.balanceDeducted(2, SagaB, 500));
    QCOMPARE(shop.total(), 9500);
    QVERIFY(shop.view(2)->paymentId != v->paymentId);
    const QJsonObject json = shop.view(2)->toJson();
    QCOMPARE(json.value(u"status"_s).toString(), u"success"_s);
    QCOMPARE(json.value(u"amount"_s).toInteger(), 500);
}

void TestPaymentService::redeliveredBalanceDeductedConfirmsOnce()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.balanceDeducted(1, SagaA, 9000));

    // The very same event again (the transport redelivers it): the inbox skips it.
    const bus::EventEnvelope original = shop.script.published(Events::BalanceDeducted).first();
    shop.bus.deliverRaw(PaymentService::Name, bus::EnvelopeCodec::encode(original));
    shop.bus.deliverRaw(PaymentService::Name, bus::EnvelopeCodec::encode(original));
    QTRY_COMPARE(shop.service.stats().duplicates, 2);

    QCOMPARE(shop.script.count(Events::OrderConfirmed), 1);
    QCOMPARE(countRows(shop.service, u"payments"_s), 1);
    QCOMPARE(shop.total(), 9000);
}

void TestPaymentService::repeatedStepPublishesTheSameOutcome()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.balanceDeducted(1, SagaA, 9000));
    // A new BalanceDeducted for the same order (Balance or the reconciler re-triggering the
    // step): no second payment, the same OrderConfirmed again so the saga can go on.
    QVERIFY(shop.balanceDeducted(1, SagaA, 9000));

    QCOMPARE(countRows(shop.service, u"payments"_s), 1);
    QCOMPARE(shop.total(), 9000);
    const QList<QJsonObject> confirmed = shop.payloads(Events::OrderConfirmed, 1);
    QCOMPARE(confirmed.size(), 2);
    QCOMPARE(confirmed.at(1), confirmed.at(0));
    QCOMPARE(confirmed.at(0).value(u"paymentId"_s).toInteger(), shop.view(1)->paymentId);
}

void TestPaymentService::confirmationFailureCancelsOnce()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.balanceDeducted(1, SagaA, 9000));
    const qint64 paymentId = shop.view(1)->paymentId;

    const QJsonObject reason{{u"reason"_s, u"the order was failed before payment completed"_s}};
    QVERIFY(shop.deliver(Events::OrderConfirmationFailed, 1, SagaA, reason));
    std::optional<PaymentView> v = shop.view(1);
    QCOMPARE(v->status, u"cancelled"_s);
    QVERIFY(v->cancelledAt >= v->createdAt);
    QCOMPARE(shop.state(1), u"cancelled"_s);
    QCOMPARE(shop.total(), 0);

    // Again, and through the other trigger: nothing more.
    QVERIFY(shop.deliver(Events::OrderConfirmationFailed, 1, SagaA, reason));
    QVERIFY(shop.deliver(Events::OrderCancelled, 1, SagaA,
                         {{u"reason"_s, u"cancelled by admin"_s}, {u"by"_s, u"admin"_s}}));
    QCOMPARE(shop.view(1)->cancelledAt, v->cancelledAt);

    const QList<bus::EventEnvelope> cancelled = shop.script.published(Events::PaymentCancelled);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.first().payload, (QJsonObject{{u"orderId"_s, 1}, {u"paymentId"_s, paymentId}}));
    QCOMPARE(cancelled.first().sagaId, SagaA);
    QCOMPARE(cancelled.first().aggregateId, orderKey(1));
}

void TestPaymentService::orderCancelledCancelsOnce()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.balanceDeducted(1, SagaA, 9000));
    QVERIFY(shop.balanceDeducted(2, SagaB, 700));

    const QJsonObject cancel{{u"reason"_s, u"cancelled by admin"_s},
                             {u"by"_s, u"admin"_s},
                             {u"items"_s, saga::Payload::itemsToJson({{u"p01"_s, 1, 0}}, false)}};
    QVERIFY(shop.deliver(Events::OrderCancelled, 2, SagaB, cancel));
    QVERIFY(shop.deliver(Events::OrderCancelled, 2, SagaB, cancel));
    QCOMPARE(shop.state(2), u"cancelled"_s);
    QCOMPARE(shop.state(1), u"success"_s);
    QCOMPARE(shop.total(), 9000);
    QCOMPARE(shop.payloads(Events::PaymentCancelled, 2).size(), 1);
    QCOMPARE(shop.payloads(Events::PaymentCancelled, 1).size(), 0);
}

void TestPaymentService::cancelWithoutPaymentDoesNothing()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.deliver(Events::OrderConfirmationFailed, 3, SagaA, {{u"reason"_s, u"x"_s}}));
    QVERIFY(shop.deliver(Events::OrderCancelled, 3, SagaA, {{u"reason"_s, u"x"_s}}));
    QCOMPARE(shop.state(3), u"none"_s);
    QCOMPARE(countRows(shop.service, u"payments"_s), 0);
    QCOMPARE(shop.script.count(Events::PaymentCancelled), 0);
}

void TestPaymentService::compensateOrderIsIdempotent()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.balanceDeducted(1, SagaA, 9000));

    auto outcome = await(shop.service.compensateOrder(1));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(*outcome.value, true);
    QCOMPARE(shop.state(1), u"cancelled"_s);
    outcome = await(shop.service.compensateOrder(1));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(*outcome.value, false);
    outcome = await(shop.service.compensateOrder(42)); // never paid
    QCOMPARE(*outcome.value, false);

    QTRY_COMPARE(shop.script.count(Events::PaymentCancelled), 1);
    // A command has no event to inherit the saga from: the stored one is used.
    QCOMPARE(shop.script.published(Events::PaymentCancelled).first().sagaId, SagaA);
    // A later trigger changes nothing either.
    QVERIFY(shop.deliver(Events::OrderCancelled, 1, SagaA, {{u"reason"_s, u"x"_s}}));
    QCOMPARE(shop.script.count(Events::PaymentCancelled), 1);
}

void TestPaymentService::malformedBalanceDeductedIsDeadLettered()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), 2);
    const QList<test::Malformed> malformed{
        {Events::BalanceDeducted, 1, {{u"orderId"_s, 1}, {u"userId"_s, 1}}, u"amount"_s},
        {Events::BalanceDeducted, 2, {{u"orderId"_s, 2}, {u"userId"_s, 1}, {u"amount"_s, 1.5}}, u"amount"_s}};
    QCOMPARE(shop.rejects(malformed, 2), QStringList());
    QCOMPARE(countRows(shop.service, u"payments"_s), 0);
    QCOMPARE(shop.script.count(Events::OrderConfirmed), 0);
}

QTEST_GUILESS_MAIN(TestPaymentService)
#include "tst_paymentservice.moc"
