// The Order service through the real bus: test::ScriptService plays the other services
// (publishes their events) and records everything published.

#include "common/ServiceHarness.h"
#include "common/TestSupport.h"
#include "saga/CheckoutEvents.h"
#include "services/DomainError.h"
#include "services/order/Order.h"
#include "services/order/OrderService.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QTest>

#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::services::DomainError;
using sagashop::services::OrderService;
using sagashop::services::OrderView;
using sagashop::services::PlacedOrder;
using sagashop::services::PlaceOrderRequest;
using sagashop::test::await;
using sagashop::test::countRows;
using sagashop::test::orderKey;
using Item = sagashop::saga::Payload::Item;
namespace Events = sagashop::saga::CheckoutEvents;

namespace {

PlaceOrderRequest request(const QString &key, qint64 userId = 1, qint64 userCouponId = 0)
{
    return PlaceOrderRequest{userId, {{u"p01"_s, 2, 0}, {u"p02"_s, 1, 0}}, userCouponId, key};
}

/// The order service and a script service on one bus, in one data directory.
struct Shop : test::ServiceHarness<OrderService>
{
    explicit Shop(const QString &dir, int maxAttempts = 3) : ServiceHarness(dir, {.maxAttempts = maxAttempts}) { }

    PlacedOrder place(const PlaceOrderRequest &r)
    {
        const bus::Outcome<PlacedOrder> outcome = await(service.placeOrder(r));
        if (!outcome.ok())
            qWarning() << "placeOrder failed:" << outcome.error;
        return outcome.value.value_or(PlacedOrder{});
    }

    /// Publishes `type` for the order (as its saga, with its orderId) and waits until the
    /// order service has handled it.
    bool deliver(const QString &type, const PlacedOrder &placed, QJsonObject payload)
    {
        payload.insert(u"orderId"_s, placed.orderId);
        return ServiceHarness::deliver(type, placed.orderId, payload, placed.sagaId);
    }

    std::optional<OrderView> view(qint64 orderId)
    {
        return test::valueOr(service.order(orderId), std::optional<OrderView>());
    }
};

QJsonObject inventoryDeducted(qint64 userId = 1)
{
    return {{u"userId"_s, userId},
            {u"items"_s, saga::Payload::itemsToJson({{u"p01"_s, 2, 1500}, {u"p02"_s, 1, 7000}}, true)},
            {u"amount"_s, 10000},
            {u"userCouponId"_s, 0}};
}
QJsonObject couponUsed(qint64 userId = 1)
{
    return {{u"userId"_s, userId},
            {u"userCouponId"_s, 9},
            {u"amount"_s, 10000},
            {u"discount"_s, 1000},
            {u"finalAmount"_s, 9000}};
}
QJsonObject orderConfirmed()
{
    return {{u"paymentId"_s, 77}, {u"amount"_s, 9000}};
}
QJsonObject failure(const QString &type, const QString &reason)
{
    QJsonObject p{{u"reason"_s, reason}};
    if (type == Events::InventoryFailed)
        p.insert(u"productId"_s, u"p01"_s);
    else if (type == Events::CouponFailed)
        p.insert(u"userCouponId"_s, 9);
    else {
        p.insert(u"amount"_s, 9000);
        p.insert(u"balance"_s, 10);
    }
    return p;
}

} // namespace

class TestOrderService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void placementPublishesPaymentRequested();
    void invalidOrdersAreRefused_data();
    void invalidOrdersAreRefused();
    void limitsAreAccepted();
    void sameKeyReturnsTheSameOrder();
    void reusedKeyWithAnotherBodyConflicts();
    void concurrentPlacementsWithOneKeyMakeOneOrder();
    void amountsAreRecorded();
    void failureFailsTheOrder_data();
    void failureFailsTheOrder();
    void confirmationPublishesFollowUpsOnce();
    void confirmationAfterFailureAsksForCompensation();
    void cancelConfirmedOrderOnce();
    void cancelRefusedUnlessConfirmed();
    void markAbnormalIsIdempotent();
    void compensationProgressIsRecordedOnce();
    void compensationsThatOvertakeTheFailureStillCompleteIt();
    void toJsonHasTheContractKeys();
    void readsForUsersAndReconciler();
    void malformedAndUnknownEventsAreDeadLettered();
};

void TestOrderService::initTestCase()
{
    // (storage::Database::open serialises QtSql's first use; see the comment there.)
}

void TestOrderService::placementPublishesPaymentRequested()
{
    test::TempDataDir dir;
    Shop shop(dir.path());

    const PlacedOrder placed = shop.place(request(u"k1"_s, 3, 42));
    QVERIFY(placed.orderId >= 1);
    QVERIFY(placed.created);
    QCOMPARE(placed.status, u"CREATED"_s);
    QVERIFY(!QUuid::fromString(placed.sagaId).isNull());

    QTRY_COMPARE(shop.script.count(Events::PaymentRequested), 1);
    const bus::EventEnvelope e = shop.script.published(Events::PaymentRequested).first();
    QCOMPARE(e.sagaId, placed.sagaId);
    QCOMPARE(e.aggregateId, orderKey(placed.orderId));
    QCOMPARE(e.producer, OrderService::Name);
    QCOMPARE(e.payload.value(u"orderId"_s).toInteger(), placed.orderId);
    QCOMPARE(e.payload.value(u"userId"_s).toInteger(), 3);
    QCOMPARE(e.payload.value(u"userCouponId"_s).toInteger(), 42);
    QCOMPARE(saga::Payload::requireItems(e.payload), (QList<Item>{{u"p01"_s, 2, 0}, {u"p02"_s, 1, 0}}));
    QVERIFY(!e.payload.value(u"items"_s).toArray().first().toObject().contains(u"unitPrice"_s));

    const std::optional<OrderView> v = shop.view(placed.orderId);
    QVERIFY(v);
    QCOMPARE(v->status, services::OrderStatus::Created);
    QCOMPARE(v->sagaId, placed.sagaId);
    QCOMPARE(v->userId, 3);
    QCOMPARE(v->userCouponId, 42);
    QCOMPARE(v->items.size(), 2);
    QVERIFY(v->createdAt > 0);
    QCOMPARE(shop.state(placed.orderId), u"CREATED"_s);

    // A second order gets a new id and a new saga.
    const PlacedOrder second = shop.place(request(u"k2"_s, 3));
    QVERIFY(second.created);
    QVERIFY(second.orderId != placed.orderId);
    QVERIFY(second.sagaId != placed.sagaId);
}

void TestOrderService::invalidOrdersAreRefused_data()
{
    QTest::addColumn<qint64>("userId");
    QTest::addColumn<QList<Item>>("items");
    QTest::addColumn<qint64>("userCouponId");
    QTest::addColumn<QString>("key");

    const QList<Item> ok{{u"p01"_s, 1, 0}};
    QList<Item> tooMany;
    for (int i = 0; i < 51; ++i)
        tooMany.append({u"p%1"_s.arg(i), 1, 0});
    QTest::newRow("user 0") << qint64(0) << ok << qint64(0) << u"k"_s;
    QTest::newRow("negative user") << qint64(-4) << ok << qint64(0) << u"k"_s;
    QTest::newRow("no items") << qint64(1) << QList<Item>{} << qint64(0) << u"k"_s;
    QTest::newRow("51 items") << qint64(1) << tooMany << qint64(0) << u"k"_s;
    QTest::newRow("quantity 0") << qint64(1) << QList<Item>{{u"p01"_s, 0, 0}} << qint64(0) << u"k"_s;
    QTest::newRow("quantity 1001") << qint64(1) << QList<Item>{{u"p01"_s, 1001, 0}} << qint64(0) << u"k"_s;
    QTest::newRow("empty product") << qint64(1) << QList<Item>{{QString(), 1, 0}} << qint64(0) << u"k"_s;
    QTest::newRow("product 65 chars") << qint64(1) << QList<Item>{{QString(65, u'p'), 1, 0}} << qint64(0) << u"k"_s;
    QTest::newRow("product twice") << qint64(1) << QList<Item>{{u"p01"_s, 1, 0}, {u"p01"_s, 2, 0}} << qint64(0)
                                   << u"k"_s;
    QTest::newRow("negative coupon") << qint64(1) << ok << qint64(-1) << u"k"_s;
    QTest::newRow("empty key") << qint64(1) << ok << qint64(0) << QString();
    QTest::newRow("key 129 chars") << qint64(1) << ok << qint64(0) << QString(129, u'k');
}

void TestOrderService::invalidOrdersAreRefused()
{
    QFETCH(qint64, userId);
    QFETCH(QList<Item>, items);
    QFETCH(qint64, userCouponId);
    QFETCH(QString, key);

    test::TempDataDir dir;
    Shop shop(dir.path());
    const auto outcome = await(shop.service.placeOrder({userId, items, userCouponId, key}));
    QVERIFY(!outcome.ok());
    QCOMPARE(DomainError::codeOf(outcome.error), u"invalid_order"_s);
    QVERIFY(!DomainError::messageOf(outcome.error).isEmpty());
    QVERIFY(!outcome.storageFailure);
    QCOMPARE(countRows(shop.service, u"orders"_s), 0);
    QCOMPARE(countRows(shop.service, u"idempotency"_s), 0);
    QCOMPARE(countRows(shop.service, u"outbox"_s), 0);
    QCOMPARE(shop.script.count(Events::PaymentRequested), 0);
}

void TestOrderService::limitsAreAccepted()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QList<Item> fifty;
    for (int i = 0; i < 50; ++i)
        fifty.append({u"p%1"_s.arg(i), 1000, 0});
    fifty[0].productId = QString(64, u'x');
    const auto outcome = await(shop.service.placeOrder({1, fifty, 0, QString(128, u'k')}));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(countRows(shop.service, u"order_items"_s), 50);
}

void TestOrderService::sameKeyReturnsTheSameOrder()
{
    test::TempDataDir dir;
    Shop shop(dir.path());

    const PlacedOrder first = shop.place(request(u"key-1"_s));
    QVERIFY(first.created);
    // The same request again (the items in another order are the same body).
    PlaceOrderRequest again = request(u"key-1"_s);
    std::reverse(again.items.begin(), again.items.end());
    const PlacedOrder second = shop.place(again);
    QCOMPARE(second.orderId, first.orderId);
    QCOMPARE(second.sagaId, first.sagaId);
    QCOMPARE(second.status, u"CREATED"_s);
    QVERIFY(!second.created);

    // The status answered is the order's current one.
    QVERIFY(shop.deliver(Events::InventoryFailed, first, failure(Events::InventoryFailed, u"sold out"_s)));
    const PlacedOrder third = shop.place(request(u"key-1"_s));
    QCOMPARE(third.orderId, first.orderId);
    QCOMPARE(third.status, u"FAILED"_s);
    QVERIFY(!third.created);

    // A later order's event is the barrier: by then any second PaymentRequested would show.
    const PlacedOrder other = shop.place(request(u"key-2"_s));
    QTRY_COMPARE(shop.payloads(Events::PaymentRequested, other.orderId).size(), 1);
    QCOMPARE(shop.payloads(Events::PaymentRequested, first.orderId).size(), 1);
    QCOMPARE(countRows(shop.service, u"orders"_s), 2);
}

void TestOrderService::reusedKeyWithAnotherBodyConflicts()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const PlacedOrder first = shop.place(request(u"key-1"_s));
    QVERIFY(first.created);

    PlaceOrderRequest otherItems = request(u"key-1"_s);
    otherItems.items[0].quantity = 3;
    auto outcome = await(shop.service.placeOrder(otherItems));
    QVERIFY(!outcome.ok());
    QCOMPARE(DomainError::codeOf(outcome.error), u"idempotency_conflict"_s);

    outcome = await(shop.service.placeOrder(request(u"key-1"_s, 1, 5))); // another coupon
    QCOMPARE(DomainError::codeOf(outcome.error), u"idempotency_conflict"_s);

    outcome = await(shop.service.placeOrder(request(u"key-1"_s, 2))); // another user
    QCOMPARE(DomainError::codeOf(outcome.error), u"idempotency_conflict"_s);

    QCOMPARE(countRows(shop.service, u"orders"_s), 1);
    QCOMPARE(countRows(shop.service, u"idempotency"_s), 1);
}

void TestOrderService::concurrentPlacementsWithOneKeyMakeOneOrder()
{
    test::TempDataDir dir;
    Shop shop(dir.path());

    constexpr int Callers = 20;
    std::vector<QFuture<bus::Outcome<PlacedOrder>>> futures(Callers);
    {
        std::vector<std::thread> threads;
        for (int i = 0; i < Callers; ++i)
            threads.emplace_back([&, i] { futures[i] = shop.service.placeOrder(request(u"same-key"_s, 7)); });
        for (std::thread &t : threads)
            t.join();
    }
    QSet<qint64> ids;
    int created = 0;
    for (auto &f : futures) {
        const bus::Outcome<PlacedOrder> outcome = await(f);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        ids.insert(outcome.value->orderId);
        created += outcome.value->created ? 1 : 0;
    }
    QCOMPARE(ids.size(), 1);
    QCOMPARE(created, 1);
    QCOMPARE(countRows(shop.service, u"orders"_s), 1);
    QCOMPARE(countRows(shop.service, u"idempotency"_s), 1);

    const PlacedOrder barrier = shop.place(request(u"other-key"_s, 7));
    QTRY_COMPARE(shop.payloads(Events::PaymentRequested, barrier.orderId).size(), 1);
    QCOMPARE(shop.script.count(Events::PaymentRequested), 2);
}

void TestOrderService::amountsAreRecorded()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const PlacedOrder placed = shop.place(request(u"k"_s));

    QVERIFY(shop.deliver(Events::InventoryDeducted, placed, inventoryDeducted()));
    std::optional<OrderView> v = shop.view(placed.orderId);
    QVERIFY(v);
    QCOMPARE(v->amount, 10000);
    QCOMPARE(v->items, (QList<Item>{{u"p01"_s, 2, 1500}, {u"p02"_s, 1, 7000}}));
    QCOMPARE(v->status, services::OrderStatus::Created);

    QVERIFY(shop.deliver(Events::CouponUsed, placed, couponUsed()));
    v = shop.view(placed.orderId);
    QCOMPARE(v->discount, 1000);
    QCOMPARE(v->finalAmount, 9000);

    // A repeat, and CouponSkipped for another order.
    QVERIFY(shop.deliver(Events::InventoryDeducted, placed, inventoryDeducted()));
    QCOMPARE(shop.view(placed.orderId)->amount, 10000);
    const PlacedOrder other = shop.place(request(u"k2"_s));
    QVERIFY(shop.deliver(Events::CouponSkipped, other,
                         {{u"userId"_s, 1}, {u"amount"_s, 500}, {u"discount"_s, 0}, {u"finalAmount"_s, 500}}));
    QCOMPARE(shop.view(other.orderId)->finalAmount, 500);
    QCOMPARE(shop.view(other.orderId)->discount, 0);
    // None of this publishes anything.
    QCOMPARE(shop.service.stats().published, 2); // the two PaymentRequested
}

void TestOrderService::failureFailsTheOrder_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("step");
    QTest::newRow("stock") << Events::InventoryFailed << u"stock"_s;
    QTest::newRow("coupon") << Events::CouponFailed << u"coupon"_s;
    QTest::newRow("balance") << Events::BalanceFailed << u"balance"_s;
}

void TestOrderService::failureFailsTheOrder()
{
    QFETCH(QString, type);
    QFETCH(QString, step);
    test::TempDataDir dir;
    Shop shop(dir.path());
    const PlacedOrder placed = shop.place(request(u"k"_s));
    if (step != u"stock"_s)
        QVERIFY(shop.deliver(Events::InventoryDeducted, placed, inventoryDeducted()));

    QVERIFY(shop.deliver(type, placed, failure(type, u"not enough of it"_s)));
    std::optional<OrderView> v = shop.view(placed.orderId);
    QVERIFY(v);
    QCOMPARE(v->status, services::OrderStatus::Failed);
    QCOMPARE(v->failureStep, step);
    QCOMPARE(v->failureReason, u"not enough of it"_s);
    QCOMPARE(shop.state(placed.orderId), u"FAILED"_s);

    QList<QJsonObject> failed = shop.payloads(Events::OrderFailed, placed.orderId);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first(), (QJsonObject{{u"orderId"_s, placed.orderId},
                                          {u"failedStep"_s, step},
                                          {u"reason"_s, u"not enough of it"_s}}));
    const bus::EventEnvelope envelope = shop.script.published(Events::OrderFailed).first();
    QCOMPARE(envelope.sagaId, placed.sagaId);

    // Repeats and later failures of an already FAILED order change nothing.
    QVERIFY(shop.deliver(type, placed, failure(type, u"again"_s)));
    QVERIFY(shop.deliver(Events::BalanceFailed, placed, failure(Events::BalanceFailed, u"other"_s)));
    v = shop.view(placed.orderId);
    QCOMPARE(v->failureStep, step);
    QCOMPARE(v->failureReason, u"not enough of it"_s);
    QCOMPARE(shop.payloads(Events::OrderFailed, placed.orderId).size(), 1);
}

void TestOrderService::confirmationPublishesFollowUpsOnce()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const PlacedOrder placed = shop.place(request(u"k"_s, 5));
    QVERIFY(shop.deliver(Events::InventoryDeducted, placed, inventoryDeducted(5)));
    QVERIFY(shop.deliver(Events::CouponUsed, placed, couponUsed(5)));
    QVERIFY(shop.deliver(Events::OrderConfirmed, placed, orderConfirmed()));
    QVERIFY(shop.deliver(Events::OrderConfirmed, placed, orderConfirmed())); // a redelivery

    const std::optional<OrderView> v = shop.view(placed.orderId);
    QVERIFY(v);
    QCOMPARE(v->status, services::OrderStatus::Confirmed);
    QVERIFY(v->confirmedAt >= v->createdAt);
    QVERIFY(v->confirmedAt > 0);

    const QList<QJsonObject> rank = shop.payloads(Events::ProductSalesRankRecorded, placed.orderId);
    const QList<QJsonObject> exportRequests = shop.payloads(Events::OrderExportRequested, placed.orderId);
    const QList<QJsonObject> completed = shop.payloads(Events::OrderCompleted, placed.orderId);
    QCOMPARE(rank.size(), 1);
    QCOMPARE(exportRequests.size(), 1);
    QCOMPARE(completed.size(), 1);
    QCOMPARE(shop.payloads(Events::OrderConfirmationFailed, placed.orderId).size(), 0);

    QCOMPARE(rank.first().value(u"orderId"_s).toInteger(), placed.orderId);
    QCOMPARE(saga::Payload::requireItems(rank.first()), (QList<Item>{{u"p01"_s, 2, 0}, {u"p02"_s, 1, 0}}));
    QCOMPARE(rank.first().value(u"confirmedAt"_s).toInteger(), v->confirmedAt);

    const QJsonObject exp = exportRequests.first();
    QCOMPARE(exp.value(u"orderId"_s).toInteger(), placed.orderId);
    QCOMPARE(exp.value(u"userId"_s).toInteger(), 5);
    QCOMPARE(saga::Payload::requireItems(exp), (QList<Item>{{u"p01"_s, 2, 1500}, {u"p02"_s, 1, 7000}}));
    QCOMPARE(exp.value(u"amount"_s).toInteger(), 10000);
    QCOMPARE(exp.value(u"discount"_s).toInteger(), 1000);
    QCOMPARE(exp.value(u"finalAmount"_s).toInteger(), 9000);
    QCOMPARE(exp.value(u"confirmedAt"_s).toInteger(), v->confirmedAt);

    QCOMPARE(completed.first(), (QJsonObject{{u"orderId"_s, placed.orderId}, {u"userId"_s, 5}, {u"finalAmount"_s, 9000}}));
    for (const bus::EventEnvelope &e : shop.script.published(Events::OrderCompleted))
        QCOMPARE(e.sagaId, placed.sagaId);
}

void TestOrderService::confirmationAfterFailureAsksForCompensation()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const PlacedOrder placed = shop.place(request(u"k"_s));
    QVERIFY(shop.deliver(Events::InventoryDeducted, placed, inventoryDeducted()));
    QVERIFY(shop.deliver(Events::BalanceFailed, placed, failure(Events::BalanceFailed, u"too poor"_s)));
    QVERIFY(shop.deliver(Events::OrderConfirmed, placed, orderConfirmed()));

    QCOMPARE(shop.state(placed.orderId), u"FAILED"_s);
    const QList<QJsonObject> refused = shop.payloads(Events::OrderConfirmationFailed, placed.orderId);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first(), (QJsonObject{{u"orderId"_s, placed.orderId},
                                           {u"reason"_s, u"the order was failed before payment completed"_s}}));
    QCOMPARE(shop.script.published(Events::OrderConfirmationFailed).first().sagaId, placed.sagaId);
    QCOMPARE(shop.payloads(Events::OrderCompleted, placed.orderId).size(), 0);
    QCOMPARE(shop.payloads(Events::OrderExportRequested, placed.orderId).size(), 0);
    QCOMPARE(shop.payloads(Events::ProductSalesRankRecorded, placed.orderId).size(), 0);
}

void TestOrderService::cancelConfirmedOrderOnce()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const PlacedOrder placed = shop.place(request(u"k"_s));
    QVERIFY(shop.deliver(Events::InventoryDeducted, placed, inventoryDeducted()));
    QVERIFY(shop.deliver(Events::CouponUsed, placed, couponUsed()));
    QVERIFY(shop.deliver(Events::OrderConfirmed, placed, orderConfirmed()));

    auto outcome = await(shop.service.cancel(placed.orderId, u"alice"_s));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.value->status, services::OrderStatus::Cancelled);
    QCOMPARE(outcome.value->cancelledBy, u"alice"_s);
    QCOMPARE(shop.state(placed.orderId), u"CANCELLED"_s);

    outcome = await(shop.service.cancel(placed.orderId, u"bob"_s));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.value->cancelledBy, u"alice"_s);

    const PlacedOrder barrier = shop.place(request(u"k2"_s));
    QTRY_COMPARE(shop.payloads(Events::PaymentRequested, barrier.orderId).size(), 1);
    const QList<QJsonObject> cancelled = shop.payloads(Events::OrderCancelled, placed.orderId);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.first().value(u"orderId"_s).toInteger(), placed.orderId);
    QCOMPARE(cancelled.first().value(u"reason"_s).toString(), u"cancelled by alice"_s);
    QCOMPARE(cancelled.first().value(u"by"_s).toString(), u"alice"_s);
    QCOMPARE(saga::Payload::requireItems(cancelled.first()).size(), 2);
    QCOMPARE(shop.script.published(Events::OrderCancelled).first().sagaId, placed.sagaId);

    // A late OrderConfirmed for the cancelled order asks for compensation, never re-confirms.
    QVERIFY(shop.deliver(Events::OrderConfirmed, placed, orderConfirmed()));
    QCOMPARE(shop.state(placed.orderId), u"CANCELLED"_s);
    QCOMPARE(shop.payloads(Events::OrderCompleted, placed.orderId).size(), 1);
    QCOMPARE(shop.payloads(Events::OrderConfirmationFailed, placed.orderId).size(), 1);
}

void TestOrderService::cancelRefusedUnlessConfirmed()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const PlacedOrder placed = shop.place(request(u"k"_s));

    auto outcome = await(shop.service.cancel(placed.orderId, u"admin"_s));
    QVERIFY(!outcome.ok());
    QCOMPARE(DomainError::codeOf(outcome.error), u"not_cancellable"_s);
    QVERIFY2(outcome.error.contains(u"CREATED"_s), qPrintable(outcome.error));

    outcome = await(shop.service.cancel(placed.orderId + 100, u"admin"_s));
    QCOMPARE(DomainError::codeOf(outcome.error), u"not_found"_s);

    QVERIFY(shop.deliver(Events::InventoryFailed, placed, failure(Events::InventoryFailed, u"sold out"_s)));
    outcome = await(shop.service.cancel(placed.orderId, u"admin"_s));
    QCOMPARE(DomainError::codeOf(outcome.error), u"not_cancellable"_s);
    QVERIFY2(outcome.error.contains(u"FAILED"_s), qPrintable(outcome.error));
    QCOMPARE(shop.state(placed.orderId), u"FAILED"_s);
    QCOMPARE(shop.script.count(Events::OrderCancelled), 0);
}

void TestOrderService::markAbnormalIsIdempotent()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const PlacedOrder placed = shop.place(request(u"k"_s));

    auto outcome = await(shop.service.markAbnormal(placed.orderId, u"no progress for 10 minutes"_s));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.value->status, services::OrderStatus::Abnormal);
    QCOMPARE(outcome.value->failureReason, u"no progress for 10 minutes"_s);
    outcome = await(shop.service.markAbnormal(placed.orderId, u"again"_s));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.value->failureReason, u"no progress for 10 minutes"_s);
    QCOMPARE(shop.state(placed.orderId), u"ABNORMAL"_s);

    outcome = await(shop.service.markAbnormal(placed.orderId + 100, u"x"_s));
    QCOMPARE(DomainError::codeOf(outcome.error), u"not_found"_s);

    // Payment completing afterwards is refused: compensate.
    QVERIFY(shop.deliver(Events::OrderConfirmed, placed, orderConfirmed()));
    QCOMPARE(shop.state(placed.orderId), u"ABNORMAL"_s);
    const QList<QJsonObject> refused = shop.payloads(Events::OrderConfirmationFailed, placed.orderId);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().value(u"reason"_s).toString(), u"the order was abnormal before payment completed"_s);

    const QList<QJsonObject> marked = shop.payloads(OrderService::OrderMarkedAbnormal, placed.orderId);
    QCOMPARE(OrderService::OrderMarkedAbnormal, u"OrderMarkedAbnormal"_s);
    QCOMPARE(marked.size(), 1);
    QCOMPARE(marked.first().value(u"orderId"_s).toInteger(), placed.orderId);
    QCOMPARE(marked.first().value(u"reason"_s).toString(), u"no progress for 10 minutes"_s);
    QCOMPARE(shop.script.published(OrderService::OrderMarkedAbnormal).first().sagaId, placed.sagaId);
}

void TestOrderService::compensationProgressIsRecordedOnce()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const PlacedOrder placed = shop.place(request(u"k"_s));
    QVERIFY(shop.deliver(Events::InventoryDeducted, placed, inventoryDeducted()));
    QVERIFY(shop.deliver(Events::CouponUsed, placed, couponUsed()));
    QVERIFY(shop.deliver(Events::OrderConfirmed, placed, orderConfirmed()));
    QVERIFY(await(shop.service.cancel(placed.orderId, u"admin"_s)).ok());

    const QList<std::pair<QString, QJsonObject>> restores{
        {Events::InventoryRestored, {{u"items"_s, saga::Payload::itemsToJson({{u"p01"_s, 2, 0}}, false)}}},
        {Events::CouponRestored, {{u"userCouponId"_s, 9}}},
        {Events::BalanceRefunded, {{u"userId"_s, 1}, {u"amount"_s, 9000}, {u"balanceAfter"_s, 9010}}},
        {Events::PaymentCancelled, {{u"paymentId"_s, 77}}},
    };
    for (int round = 0; round < 2; ++round) {
        for (const auto &[type, payload] : restores)
            QVERIFY(shop.deliver(type, placed, payload));
    }
    const std::optional<OrderView> v = shop.view(placed.orderId);
    QVERIFY(v);
    QCOMPARE(QSet<QString>(v->compensations.cbegin(), v->compensations.cend()),
             (QSet<QString>{u"stock"_s, u"coupon"_s, u"balance"_s, u"payment"_s}));
    QCOMPARE(v->compensations.size(), 4);
    QCOMPARE(countRows(shop.service, u"compensations"_s), 4);
    QCOMPARE(v->status, services::OrderStatus::Cancelled);
    QCOMPARE(shop.payloads(Events::OrderCancelled, placed.orderId).size(), 1);
}

void TestOrderService::compensationsThatOvertakeTheFailureStillCompleteIt()
{
    // The restores of a balance failure reach Order before the BalanceFailed that caused
    // them (different producers): once the failure arrives, the order is compensated at once.
    test::TempDataDir dir;
    Shop shop(dir.path());
    const PlacedOrder placed = shop.place(request(u"k"_s, 1, 9));
    QVERIFY(shop.deliver(Events::InventoryDeducted, placed, inventoryDeducted()));
    QVERIFY(shop.deliver(Events::CouponUsed, placed, couponUsed()));
    QVERIFY(shop.deliver(Events::InventoryRestored, placed,
                         {{u"items"_s, saga::Payload::itemsToJson({{u"p01"_s, 2, 0}}, false)}}));
    QVERIFY(shop.deliver(Events::CouponRestored, placed, {{u"userCouponId"_s, 9}}));
    QCOMPARE(shop.payloads(services::Order::CompensatedEvent, placed.orderId).size(), 0); // not failed yet
    QVERIFY(shop.deliver(Events::BalanceFailed, placed, failure(Events::BalanceFailed, u"too poor"_s)));
    QTRY_COMPARE(shop.payloads(services::Order::CompensatedEvent, placed.orderId).size(), 1);
    QCOMPARE(shop.view(placed.orderId)->status, services::OrderStatus::Failed);
}

void TestOrderService::toJsonHasTheContractKeys()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const PlacedOrder placed = shop.place(request(u"k"_s, 4, 9));
    QVERIFY(shop.deliver(Events::InventoryDeducted, placed, inventoryDeducted(4)));
    QVERIFY(shop.deliver(Events::CouponUsed, placed, couponUsed(4)));
    QVERIFY(shop.deliver(Events::OrderConfirmed, placed, orderConfirmed()));
    QVERIFY(await(shop.service.cancel(placed.orderId, u"admin"_s)).ok());
    QVERIFY(shop.deliver(Events::CouponRestored, placed, {{u"userCouponId"_s, 9}}));

    const QJsonObject json = shop.view(placed.orderId)->toJson();
    const QStringList keys{u"orderId"_s,     u"sagaId"_s,       u"userId"_s,       u"status"_s,
                           u"failureStep"_s, u"failureReason"_s, u"amount"_s,       u"discount"_s,
                           u"finalAmount"_s, u"userCouponId"_s, u"items"_s,        u"createdAt"_s,
                           u"updatedAt"_s,   u"confirmedAt"_s,  u"compensations"_s};
    QStringList actual = json.keys();
    QStringList expected = keys;
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
    QCOMPARE(json.value(u"orderId"_s).toInteger(), placed.orderId);
    QCOMPARE(json.value(u"sagaId"_s).toString(), placed.sagaId);
    QCOMPARE(json.value(u"userId"_s).toInteger(), 4);
    QCOMPARE(json.value(u"status"_s).toString(), u"CANCELLED"_s);
    QCOMPARE(json.value(u"failureStep"_s).toString(), QString());
    QCOMPARE(json.value(u"amount"_s).toInteger(), 10000);
    QCOMPARE(json.value(u"discount"_s).toInteger(), 1000);
    QCOMPARE(json.value(u"finalAmount"_s).toInteger(), 9000);
    QCOMPARE(json.value(u"userCouponId"_s).toInteger(), 9);
    QVERIFY(json.value(u"confirmedAt"_s).toInteger() > 0);
    QVERIFY(json.value(u"updatedAt"_s).toInteger() >= json.value(u"confirmedAt"_s).toInteger());
    QCOMPARE(json.value(u"compensations"_s).toArray(), QJsonArray{u"coupon"_s});
    const QJsonObject item = json.value(u"items"_s).toArray().first().toObject();
    QStringList itemKeys = item.keys();
    itemKeys.sort();
    QCOMPARE(itemKeys, (QStringList{u"productId"_s, u"quantity"_s, u"unitPrice"_s}));
    QCOMPARE(item.value(u"unitPrice"_s).toInteger(), 1500);
}

void TestOrderService::readsForUsersAndReconciler()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const PlacedOrder a = shop.place(request(u"a"_s, 1));
    const PlacedOrder b = shop.place(request(u"b"_s, 1));
    const PlacedOrder c = shop.place(request(u"c"_s, 2));
    QVERIFY(shop.deliver(Events::InventoryFailed, b, failure(Events::InventoryFailed, u"sold out"_s)));

    auto mine = await(shop.service.ordersOfUser(1, 10, 0));
    QVERIFY(mine.ok());
    QCOMPARE(mine.value->size(), 2);
    QCOMPARE(mine.value->at(0).orderId, b.orderId); // newest first
    QCOMPARE(mine.value->at(1).orderId, a.orderId);
    mine = await(shop.service.ordersOfUser(1, 1, 1));
    QCOMPARE(mine.value->size(), 1);
    QCOMPARE(mine.value->first().orderId, a.orderId);
    QCOMPARE(await(shop.service.ordersOfUser(3, 10, 0)).value->size(), 0);

    auto created = await(shop.service.ordersByStatus(u"CREATED"_s, 0, 10));
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(created.value->size(), 2);
    QCOMPARE(created.value->at(0).orderId, a.orderId); // least recently changed first
    QCOMPARE(created.value->at(1).orderId, c.orderId);
    QCOMPARE(await(shop.service.ordersByStatus(u"CREATED"_s, 0, 1)).value->size(), 1);
    QCOMPARE(await(shop.service.ordersByStatus(u"CREATED"_s, 3'600'000, 10)).value->size(), 0);
    QCOMPARE(await(shop.service.ordersByStatus(u"FAILED"_s, 0, 10)).value->size(), 1);
    QVERIFY(!await(shop.service.ordersByStatus(u"WHATEVER"_s, 0, 10)).ok());

    const auto counts = await(shop.service.statusCounts());
    QVERIFY(counts.ok());
    QCOMPARE(*counts.value, (QHash<QString, qint64>{{u"CREATED"_s, 2}, {u"FAILED"_s, 1}}));

    QCOMPARE(shop.state(999), u"none"_s);
    QVERIFY(!shop.view(999).has_value());
}

void TestOrderService::malformedAndUnknownEventsAreDeadLettered()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), 2);
    const PlacedOrder placed = shop.place(request(u"k"_s));

    const QList<test::Malformed> malformed{
        // No "reason": malformed for the order service.
        {Events::InventoryFailed, placed.orderId, {{u"orderId"_s, placed.orderId}}, u"reason"_s, placed.sagaId},
        // An order that does not exist.
        {Events::OrderConfirmed, 999, {{u"orderId"_s, 999}, {u"paymentId"_s, 1}, {u"amount"_s, 1}}, u"does not exist"_s}};
    QCOMPARE(shop.rejects(malformed, 2), QStringList());
    QCOMPARE(shop.state(placed.orderId), u"CREATED"_s);
    QCOMPARE(shop.script.count(Events::OrderFailed), 0);
}

QTEST_GUILESS_MAIN(TestOrderService)
#include "tst_orderservice.moc"
