// The Inventory service through the real bus: test::ScriptService publishes the saga events
// Inventory consumes and records what it publishes; each test has its own data directory.

#include "common/ServiceHarness.h"
#include "common/TestSupport.h"
#include "saga/CheckoutEvents.h"
#include "services/DomainError.h"
#include "services/inventory/InventoryService.h"
#include "services/inventory/Reservation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::services::InventoryService;
using sagashop::services::Product;
using sagashop::services::Reservation;
using sagashop::test::await;
using sagashop::test::countRows;
using sagashop::test::orderKey;
using sagashop::test::sagaOf;
namespace Events = sagashop::saga::CheckoutEvents;

namespace {

constexpr int kWaitMs = 20000;

QJsonObject productJson(const QString &id, const QString &nameKo, const QString &nameEn, qint64 price, qint64 stock)
{
    return {{u"id"_s, id},       {u"nameKo"_s, nameKo}, {u"nameEn"_s, nameEn},
            {u"price"_s, price}, {u"stock"_s, stock},   {u"image"_s, u"images/%1.svg"_s.arg(id)}};
}

/// p01: 1,000 won × 10; p02: 2,500 won × 2; p03: sold out.
QJsonArray smallCatalogue()
{
    return {productJson(u"p01"_s, u"아메리카노 원두"_s, u"Americano Beans"_s, 1000, 10),
            productJson(u"p02"_s, u"유자차"_s, u"Yuja Tea"_s, 2500, 2),
            productJson(u"p03"_s, u"약과"_s, u"Yakgwa"_s, 700, 0)};
}

QString writeFile(const test::TempDataDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString writeCatalogue(const test::TempDataDir &dir, const QJsonArray &products = smallCatalogue())
{
    return writeFile(dir, u"products.json"_s, QJsonDocument(products).toJson());
}

QJsonArray items(std::initializer_list<std::pair<QString, qint64>> lines)
{
    QJsonArray array;
    for (const auto &[productId, quantity] : lines)
        array.append(QJsonObject{{u"productId"_s, productId}, {u"quantity"_s, quantity}});
    return array;
}

QJsonArray pricedItems(std::initializer_list<std::tuple<QString, qint64, qint64>> lines)
{
    QJsonArray array;
    for (const auto &[productId, quantity, unitPrice] : lines) {
        array.append(
            QJsonObject{{u"productId"_s, productId}, {u"quantity"_s, quantity}, {u"unitPrice"_s, unitPrice}});
    }
    return array;
}

QJsonObject paymentRequested(qint64 orderId, const QJsonArray &lines, qint64 userCouponId = 0)
{
    return {{u"orderId"_s, orderId}, {u"userId"_s, 7}, {u"items"_s, lines}, {u"userCouponId"_s, userCouponId}};
}

/// The payload each restore trigger carries (CheckoutEvents.h).
QJsonObject triggerPayload(const QString &type, qint64 orderId)
{
    QJsonObject p{{u"orderId"_s, orderId}, {u"reason"_s, u"test says so"_s}};
    if (type == Events::CouponFailed)
        p.insert(u"userCouponId"_s, 3);
    if (type == Events::BalanceFailed) {
        p.insert(u"amount"_s, 5000);
        p.insert(u"balance"_s, 10);
    }
    if (type == Events::OrderCancelled) {
        p.insert(u"by"_s, u"admin"_s);
        p.insert(u"items"_s, items({{u"p01"_s, 1}}));
    }
    return p;
}

/// Inventory, a script service and the bus, in one data directory; started unless told not to.
struct Shop : test::ServiceHarness<InventoryService>
{
    Shop(const QString &dir, const QString &catalogue, test::HarnessOptions options = {})
        : ServiceHarness(dir, options, catalogue)
    {
    }

    qint64 stock(const QString &productId)
    {
        const auto levels = await(service.stockLevels());
        return levels.ok() ? levels.value->value(productId, -1) : -2;
    }
};

} // namespace

class TestInventoryService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void deductsAllItemsWithUnitPrices();
    void sumsDuplicateProductLines();
    void failedOrderDeductsNothing_data();
    void failedOrderDeductsNothing();
    void repeatedPaymentRequestedRepublishesTheOutcome();
    void restoresOnEachTrigger_data();
    void restoresOnEachTrigger();
    void restoreTwiceRestoresOnce();
    void restoreWithoutDeductionDoesNothing();
    void paymentRequestedAfterRestoreFailsAndChangesNothing();
    void compensateOrderRestoresOnceInTheOrdersSaga();
    void stateForOrderReportsEachState();
    void malformedEventsAreDeadLetteredAndChangeNothing_data();
    void malformedEventsAreDeadLetteredAndChangeNothing();
    void concurrentOrdersNeverOversell();
    void restockValidates();
    void readsProducts();
    void seedsTheRealCatalogue();
    void seedsOnlyAnEmptyTable();
    void badCatalogueFailsStartNamingTheFile_data();
    void badCatalogueFailsStartNamingTheFile();
    void overflowingTotalFails();
    void productToJson();
};

void TestInventoryService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestInventoryService::deductsAllItemsWithUnitPrices()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), writeCatalogue(dir));
    QVERIFY(shop.send(Events::PaymentRequested, 1, paymentRequested(1, items({{u"p01"_s, 2}, {u"p02"_s, 1}}), 42)));
    QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::InventoryDeducted), 1, kWaitMs);

    const bus::EventEnvelope deducted = shop.script.published(Events::InventoryDeducted).constFirst();
    QCOMPARE(deducted.aggregateId, u"order-1"_s);
    QCOMPARE(deducted.sagaId, sagaOf(1));
    QCOMPARE(deducted.producer, InventoryService::Name);
    const QJsonObject expected{{u"orderId"_s, 1},
                               {u"userId"_s, 7},
                               {u"items"_s, pricedItems({{u"p01"_s, 2, 1000}, {u"p02"_s, 1, 2500}})},
                               {u"amount"_s, 4500},
                               {u"userCouponId"_s, 42}};
    QCOMPARE(deducted.payload, expected);
    QCOMPARE(shop.stock(u"p01"_s), 8);
    QCOMPARE(shop.stock(u"p02"_s), 1);
    QCOMPARE(shop.state(1), u"deducted"_s);
    QCOMPARE(shop.script.count(Events::InventoryFailed), 0);
    QCOMPARE(countRows(shop.service, u"reservations"_s, u"order_id = 1 AND amount = 4500"_s), 1);
}

void TestInventoryService::sumsDuplicateProductLines()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), writeCatalogue(dir));
    QVERIFY(shop.send(Events::PaymentRequested, 1,
                      paymentRequested(1, items({{u"p01"_s, 1}, {u"p02"_s, 1}, {u"p01"_s, 2}}))));
    QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::InventoryDeducted), 1, kWaitMs);
    const QJsonObject payload = shop.script.payloads(Events::InventoryDeducted, orderKey(1)).constFirst();
    QCOMPARE(payload.value(u"items"_s).toArray(), pricedItems({{u"p01"_s, 3, 1000}, {u"p02"_s, 1, 2500}}));
    QCOMPARE(payload.value(u"amount"_s).toInteger(), 5500);
    QCOMPARE(shop.stock(u"p01"_s), 7);

    // Two lines of p02 (stock 1 now) that each fit alone but not together: nothing deducted.
    QVERIFY(shop.send(Events::PaymentRequested, 2, paymentRequested(2, items({{u"p02"_s, 1}, {u"p02"_s, 1}}))));
    QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::InventoryFailed), 1, kWaitMs);
    QCOMPARE(shop.script.payloads(Events::InventoryFailed, orderKey(2)).constFirst().value(u"productId"_s).toString(),
             u"p02"_s);
    QCOMPARE(shop.stock(u"p02"_s), 1);
}

void TestInventoryService::failedOrderDeductsNothing_data()
{
    QTest::addColumn<qint64>("orderId");
    QTest::addColumn<QJsonArray>("lines");
    QTest::addColumn<QString>("productId"); ///< the product that made it fail
    QTest::addColumn<QString>("reason");    ///< a regular expression
    // The first item fits, the second does not: all or none.
    QTest::newRow("not enough stock") << qint64(1) << items({{u"p01"_s, 2}, {u"p02"_s, 3}}) << u"p02"_s
                                      << u"^"_s + QRegularExpression::escape(u"Only 2 left of 유자차 / Yuja Tea"_s);
    QTest::newRow("sold out") << qint64(4) << items({{u"p01"_s, 1}, {u"p03"_s, 1}}) << u"p03"_s
                              << u"^"_s + QRegularExpression::escape(u"약과 / Yakgwa is sold out"_s) + u"$"_s;
    QTest::newRow("unknown product") << qint64(3) << items({{u"p01"_s, 1}, {u"p99"_s, 1}}) << u"p99"_s << u"p99"_s;
}

void TestInventoryService::failedOrderDeductsNothing()
{
    QFETCH(qint64, orderId);
    QFETCH(QJsonArray, lines);
    QFETCH(QString, productId);
    QFETCH(QString, reason);
    test::TempDataDir dir;
    Shop shop(dir.path(), writeCatalogue(dir));
    QVERIFY(shop.send(Events::PaymentRequested, orderId, paymentRequested(orderId, lines)));
    QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::InventoryFailed), 1, kWaitMs);

    const bus::EventEnvelope failed = shop.script.published(Events::InventoryFailed).constFirst();
    QCOMPARE(failed.aggregateId, u"order-%1"_s.arg(orderId));
    QCOMPARE(failed.sagaId, sagaOf(orderId));
    QCOMPARE(failed.payload.value(u"orderId"_s).toInteger(), orderId);
    QCOMPARE(failed.payload.value(u"productId"_s).toString(), productId);
    const QString text = failed.payload.value(u"reason"_s).toString();
    QVERIFY2(QRegularExpression(reason).match(text).hasMatch(), qPrintable(text));
    QCOMPARE(failed.payload.size(), 3);

    QCOMPARE(shop.stock(u"p01"_s), 10);
    QCOMPARE(shop.stock(u"p02"_s), 2);
    QCOMPARE(shop.state(orderId), u"failed"_s);
    QCOMPARE(shop.script.count(Events::InventoryDeducted), 0);
}

void TestInventoryService::repeatedPaymentRequestedRepublishesTheOutcome()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), writeCatalogue(dir));
    const QJsonObject order1 = paymentRequested(1, items({{u"p01"_s, 4}}));
    const QJsonObject order2 = paymentRequested(2, items({{u"p02"_s, 5}}));
    QVERIFY(shop.send(Events::PaymentRequested, 1, order1));
    QVERIFY(shop.send(Events::PaymentRequested, 2, order2));
    QTRY_COMPARE_WITH_TIMEOUT(shop.service.stats().handled, 2, kWaitMs);
    // The same steps again (new event ids: a redelivery by the reconciler, not the inbox).
    QVERIFY(shop.send(Events::PaymentRequested, 1, order1));
    QVERIFY(shop.send(Events::PaymentRequested, 2, order2));
    QTRY_COMPARE_WITH_TIMEOUT(shop.service.stats().handled, 4, kWaitMs);

    const QList<bus::EventEnvelope> deducted = shop.eventsOf(Events::InventoryDeducted, 1);
    QCOMPARE(deducted.size(), 2);
    QCOMPARE(deducted.at(1).payload, deducted.at(0).payload);
    QCOMPARE(deducted.at(1).sagaId, sagaOf(1));
    const QList<bus::EventEnvelope> failed = shop.eventsOf(Events::InventoryFailed, 2);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(1).payload, failed.at(0).payload);
    QCOMPARE(shop.script.count(Events::InventoryFailed), 2);
    QCOMPARE(shop.script.count(Events::InventoryDeducted), 2);

    QCOMPARE(shop.stock(u"p01"_s), 6); // deducted once
    QCOMPARE(shop.stock(u"p02"_s), 2);
    QCOMPARE(countRows(shop.service, u"reservations"_s), 2);
}

void TestInventoryService::restoresOnEachTrigger_data()
{
    QTest::addColumn<QString>("trigger");
    for (const QString &type :
         {Events::CouponFailed, Events::BalanceFailed, Events::OrderConfirmationFailed, Events::OrderCancelled})
        QTest::newRow(qPrintable(type)) << type;
}

void TestInventoryService::restoresOnEachTrigger()
{
    QFETCH(QString, trigger);
    test::TempDataDir dir;
    Shop shop(dir.path(), writeCatalogue(dir));
    QVERIFY(shop.send(Events::PaymentRequested, 5, paymentRequested(5, items({{u"p01"_s, 3}, {u"p02"_s, 2}}))));
    QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::InventoryDeducted), 1, kWaitMs);
    QCOMPARE(shop.stock(u"p01"_s), 7);
    QCOMPARE(shop.stock(u"p02"_s), 0);

    QVERIFY(shop.send(trigger, 5, triggerPayload(trigger, 5)));
    QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::InventoryRestored), 1, kWaitMs);
    const bus::EventEnvelope restored = shop.script.published(Events::InventoryRestored).constFirst();
    QCOMPARE(restored.aggregateId, u"order-5"_s);
    QCOMPARE(restored.sagaId, sagaOf(5));
    QCOMPARE(restored.payload,
             (QJsonObject{{u"orderId"_s, 5}, {u"items"_s, items({{u"p01"_s, 3}, {u"p02"_s, 2}})}}));
    QCOMPARE(shop.stock(u"p01"_s), 10);
    QCOMPARE(shop.stock(u"p02"_s), 2);
    QCOMPARE(shop.state(5), u"restored"_s);
}

void TestInventoryService::restoreTwiceRestoresOnce()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), writeCatalogue(dir));
    QVERIFY(shop.send(Events::PaymentRequested, 1, paymentRequested(1, items({{u"p01"_s, 3}}))));
    QVERIFY(shop.send(Events::BalanceFailed, 1, triggerPayload(Events::BalanceFailed, 1)));
    QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::InventoryRestored), 1, kWaitMs);
    // The same trigger again, and the other ones: nothing more to give back.
    QVERIFY(shop.send(Events::BalanceFailed, 1, triggerPayload(Events::BalanceFailed, 1)));
    QVERIFY(shop.send(Events::OrderConfirmationFailed, 1, triggerPayload(Events::OrderConfirmationFailed, 1)));
    QVERIFY(shop.send(Events::OrderCancelled, 1, triggerPayload(Events::OrderCancelled, 1)));
    QTRY_COMPARE_WITH_TIMEOUT(shop.service.stats().handled, 5, kWaitMs);

    QCOMPARE(shop.script.count(Events::InventoryRestored), 1);
    QCOMPARE(shop.stock(u"p01"_s), 10);
    QCOMPARE(shop.state(1), u"restored"_s);
    QCOMPARE(shop.service.stats().deadLettered, 0);
}

void TestInventoryService::restoreWithoutDeductionDoesNothing()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), writeCatalogue(dir));
    QVERIFY(shop.send(Events::PaymentRequested, 2, paymentRequested(2, items({{u"p01"_s, 1}, {u"p02"_s, 9}}))));
    QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::InventoryFailed), 1, kWaitMs);
    // A failed order (nothing was deducted) and an order never seen.
    QVERIFY(shop.send(Events::CouponFailed, 2, triggerPayload(Events::CouponFailed, 2)));
    QVERIFY(shop.send(Events::OrderCancelled, 99, triggerPayload(Events::OrderCancelled, 99)));
    QVERIFY(shop.send(Events::BalanceFailed, 98, triggerPayload(Events::BalanceFailed, 98)));
    QTRY_COMPARE_WITH_TIMEOUT(shop.service.stats().handled, 4, kWaitMs);

    QCOMPARE(shop.script.count(Events::InventoryRestored), 0);
    QCOMPARE(shop.stock(u"p01"_s), 10);
    QCOMPARE(shop.stock(u"p02"_s), 2);
    QCOMPARE(shop.state(2), u"failed"_s);
    QCOMPARE(shop.state(99), u"none"_s);
    QCOMPARE(countRows(shop.service, u"reservations"_s), 1);
}

void TestInventoryService::paymentRequestedAfterRestoreFailsAndChangesNothing()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), writeCatalogue(dir));
    const QJsonObject request = paymentRequested(1, items({{u"p01"_s, 2}}));
    QVERIFY(shop.send(Events::PaymentRequested, 1, request));
    QVERIFY(shop.send(Events::CouponFailed, 1, triggerPayload(Events::CouponFailed, 1)));
    QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::InventoryRestored), 1, kWaitMs);

    // A late repeat of the step must not hold the stock again for a compensated order.
    QVERIFY(shop.send(Events::PaymentRequested, 1, request));
    QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::InventoryFailed), 1, kWaitMs);
    QCOMPARE(shop.script.count(Events::InventoryDeducted), 1);
    QCOMPARE(shop.stock(u"p01"_s), 10);
    QCOMPARE(shop.state(1), u"restored"_s);
    const QString reason = shop.script.payloads(Events::InventoryFailed, orderKey(1)).constFirst().value(u"reason"_s).toString();
    QVERIFY2(reason.contains(u"compensated"_s), qPrintable(reason));
}

void TestInventoryService::compensateOrderRestoresOnceInTheOrdersSaga()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), writeCatalogue(dir));
    QVERIFY(shop.send(Events::PaymentRequested, 8, paymentRequested(8, items({{u"p01"_s, 4}, {u"p02"_s, 1}}))));
    QVERIFY(shop.send(Events::PaymentRequested, 9, paymentRequested(9, items({{u"p02"_s, 5}}))));
    QTRY_COMPARE_WITH_TIMEOUT(shop.service.stats().handled, 2, kWaitMs);
    QCOMPARE(shop.stock(u"p01"_s), 6);

    auto outcome = await(shop.service.compensateOrder(8));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(*outcome.value, true);
    // Published after the commit: already visible when the command resolves.
    QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::InventoryRestored), 1, kWaitMs);
    const bus::EventEnvelope restored = shop.script.published(Events::InventoryRestored).constFirst();
    QCOMPARE(restored.sagaId, sagaOf(8)); // a command has no cause: the stored saga joins it
    QCOMPARE(restored.aggregateId, u"order-8"_s);
    QCOMPARE(restored.causationId, QString());
    QCOMPARE(restored.payload.value(u"items"_s).toArray(), items({{u"p01"_s, 4}, {u"p02"_s, 1}}));
    QCOMPARE(shop.stock(u"p01"_s), 10);
    QCOMPARE(shop.stock(u"p02"_s), 2);

    for (qint64 orderId : {8, 9, 77}) { // restored, failed, none
        outcome = await(shop.service.compensateOrder(orderId));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(*outcome.value, false);
    }
    // And a trigger after the command changes nothing either.
    QVERIFY(shop.send(Events::OrderCancelled, 8, triggerPayload(Events::OrderCancelled, 8)));
    QTRY_COMPARE_WITH_TIMEOUT(shop.service.stats().handled, 3, kWaitMs);
    QCOMPARE(shop.script.count(Events::InventoryRestored), 1);
    QCOMPARE(shop.stock(u"p01"_s), 10);
    QCOMPARE(shop.stock(u"p02"_s), 2);
}

void TestInventoryService::stateForOrderReportsEachState()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), writeCatalogue(dir));
    QCOMPARE(shop.state(1), u"none"_s);
    QVERIFY(shop.send(Events::PaymentRequested, 1, paymentRequested(1, items({{u"p01"_s, 1}}))));
    QVERIFY(shop.send(Events::PaymentRequested, 2, paymentRequested(2, items({{u"p01"_s, 1}}))));
    QVERIFY(shop.send(Events::PaymentRequested, 3, paymentRequested(3, items({{u"p02"_s, 3}}))));
    QTRY_COMPARE_WITH_TIMEOUT(shop.service.stats().handled, 3, kWaitMs);
    QVERIFY(await(shop.service.compensateOrder(2)).ok());

    QCOMPARE(shop.state(1), u"deducted"_s);
    QCOMPARE(shop.state(2), u"restored"_s);
    QCOMPARE(shop.state(3), u"failed"_s);
    QCOMPARE(shop.state(4), u"none"_s);
}

void TestInventoryService::malformedEventsAreDeadLetteredAndChangeNothing_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("error");

    QJsonObject noItems = paymentRequested(1, items({{u"p01"_s, 1}}));
    noItems.remove(u"items"_s);
    QTest::newRow("PaymentRequested without items") << Events::PaymentRequested << noItems << u"\"items\""_s;
    QTest::newRow("PaymentRequested with zero quantity")
        << Events::PaymentRequested << paymentRequested(1, items({{u"p01"_s, 0}})) << u"quantity"_s;
    QJsonObject textId = paymentRequested(1, items({{u"p01"_s, 1}}));
    textId.insert(u"orderId"_s, u"1"_s);
    QTest::newRow("PaymentRequested with a text orderId") << Events::PaymentRequested << textId << u"\"orderId\""_s;
    QJsonObject noCoupon = paymentRequested(1, items({{u"p01"_s, 1}}));
    noCoupon.remove(u"userCouponId"_s);
    QTest::newRow("PaymentRequested without userCouponId")
        << Events::PaymentRequested << noCoupon << u"\"userCouponId\""_s;
    QTest::newRow("OrderCancelled without orderId")
        << Events::OrderCancelled << QJsonObject{{u"reason"_s, u"x"_s}} << u"\"orderId\""_s;
}

void TestInventoryService::malformedEventsAreDeadLetteredAndChangeNothing()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, error);
    test::TempDataDir dir;
    Shop shop(dir.path(), writeCatalogue(dir), {.maxAttempts = 2});
    if (type != Events::PaymentRequested) {
        QVERIFY(shop.send(Events::PaymentRequested, 1, paymentRequested(1, items({{u"p01"_s, 1}}))));
        QTRY_COMPARE_WITH_TIMEOUT(shop.service.stats().handled, 1, kWaitMs);
    }
    const qint64 before = shop.stock(u"p01"_s);
    const QString stateBefore = shop.state(1);

    QVERIFY(shop.send(type, 1, payload));
    QTRY_COMPARE_WITH_TIMEOUT(shop.service.stats().deadLettered, 1, kWaitMs);
    QCOMPARE(shop.service.stats().retried, 1);
    const QList<bus::DeadLetter> letters = await(shop.service.deadLetters());
    QCOMPARE(letters.size(), 1);
    QCOMPARE(letters.constFirst().eventType, type);
    QCOMPARE(letters.constFirst().attempts, 2);
    QVERIFY2(letters.constFirst().error.contains(error), qPrintable(letters.constFirst().error));

    QCOMPARE(shop.stock(u"p01"_s), before);
    QCOMPARE(shop.state(1), stateBefore);
    QCOMPARE(shop.script.count(Events::InventoryRestored), 0);
    QCOMPARE(shop.script.count(Events::InventoryFailed), 0);
    QCOMPARE(shop.script.count(Events::InventoryDeducted), type == Events::PaymentRequested ? 0 : 1);

    // The key is not blocked: the next event of the order goes through.
    QVERIFY(shop.send(Events::PaymentRequested, 1, paymentRequested(1, items({{u"p01"_s, 1}}))));
    QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::InventoryDeducted), type == Events::PaymentRequested ? 1 : 2,
                              kWaitMs);
}

void TestInventoryService::concurrentOrdersNeverOversell()
{
    test::TempDataDir dir;
    Shop shop(dir.path(),
              writeCatalogue(dir, {productJson(u"p01"_s, u"한정판 머그"_s, u"Limited Mug"_s, 19000, 10)}));
    constexpr int kOrders = 50;
    QList<QFuture<bus::Outcome<QString>>> sent;
    for (int orderId = 1; orderId <= kOrders; ++orderId) {
        sent.append(shop.publish(Events::PaymentRequested, orderId, paymentRequested(orderId, items({{u"p01"_s, 1}}))));
    }
    for (auto &future : sent)
        QVERIFY(await(future).ok());

    QTRY_COMPARE_WITH_TIMEOUT(shop.service.stats().handled, kOrders, kWaitMs);
    QCOMPARE(shop.script.count(Events::InventoryDeducted), 10);
    QCOMPARE(shop.script.count(Events::InventoryFailed), 40);
    QCOMPARE(shop.stock(u"p01"_s), 0);
    QCOMPARE(countRows(shop.service, u"reservations"_s, u"status = 'deducted'"_s), 10);
    QCOMPARE(countRows(shop.service, u"reservations"_s, u"status = 'failed'"_s), 40);
    QSet<qint64> winners;
    for (const bus::EventEnvelope &e : shop.script.published(Events::InventoryDeducted))
        winners.insert(e.payload.value(u"orderId"_s).toInteger());
    QCOMPARE(winners.size(), 10);
}

void TestInventoryService::restockValidates()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), writeCatalogue(dir));
    auto outcome = await(shop.service.restock(u"p03"_s, 25));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(*outcome.value, 25);
    QCOMPARE(shop.stock(u"p03"_s), 25);
    // Announced, so every window showing the product updates (and the saga log has it).
    QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::ProductRestocked), 1, kWaitMs);
    const bus::EventEnvelope restocked = shop.script.published(Events::ProductRestocked).first();
    QCOMPARE(restocked.payload.value(u"productId"_s).toString(), u"p03"_s);
    QCOMPARE(restocked.payload.value(u"quantity"_s).toInteger(), 25);
    QCOMPARE(restocked.payload.value(u"stock"_s).toInteger(), 25);

    outcome = await(shop.service.restock(u"p99"_s, 1));
    QVERIFY(!outcome.ok());
    QCOMPARE(services::DomainError::codeOf(outcome.error), u"not_found"_s);
    QVERIFY(!outcome.storageFailure);
    for (qint64 quantity : {qint64(0), qint64(-3), InventoryService::MaxRestock + 1}) {
        outcome = await(shop.service.restock(u"p01"_s, quantity));
        QVERIFY(!outcome.ok());
        QCOMPARE(services::DomainError::codeOf(outcome.error), u"invalid_quantity"_s);
    }
    QCOMPARE(shop.script.count(Events::ProductRestocked), 1); // refused restocks announce nothing
    outcome = await(shop.service.restock(u"p01"_s, InventoryService::MaxRestock));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(shop.stock(u"p01"_s), InventoryService::MaxRestock + 10);

    // Restocked products sell again.
    QVERIFY(shop.send(Events::PaymentRequested, 1, paymentRequested(1, items({{u"p03"_s, 25}}))));
    QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::InventoryDeducted), 1, kWaitMs);
    QCOMPARE(shop.stock(u"p03"_s), 0);
}

void TestInventoryService::readsProducts()
{
    test::TempDataDir dir;
    // Listed out of order on purpose: products() sorts by id.
    Shop shop(dir.path(),
              writeCatalogue(dir, {productJson(u"p02"_s, u"유자차"_s, u"Yuja Tea"_s, 2500, 2),
                                   productJson(u"p01"_s, u"아메리카노 원두"_s, u"Americano Beans"_s, 1000, 10)}));
    const auto all = await(shop.service.products());
    QVERIFY2(all.ok(), qPrintable(all.error));
    QCOMPARE(all.value->size(), 2);
    QCOMPARE(all.value->at(0).id, u"p01"_s);
    QCOMPARE(all.value->at(1).id, u"p02"_s);
    const Product expected{u"p02"_s, u"유자차"_s, u"Yuja Tea"_s, 2500, 2, u"images/p02.svg"_s};
    QCOMPARE(all.value->at(1), expected);

    const auto one = await(shop.service.product(u"p02"_s));
    QVERIFY(one.ok());
    QVERIFY(one.value->has_value());
    QCOMPARE(**one.value, expected);
    const auto none = await(shop.service.product(u"p77"_s));
    QVERIFY(none.ok());
    QVERIFY(!none.value->has_value());

    const auto levels = await(shop.service.stockLevels());
    QVERIFY(levels.ok());
    QCOMPARE(*levels.value, (QHash<QString, qint64>{{u"p01"_s, 10}, {u"p02"_s, 2}}));
}

void TestInventoryService::seedsTheRealCatalogue()
{
    const QString path = QFINDTESTDATA("../../resources/catalog/products.json");
    QVERIFY2(!path.isEmpty(), "resources/catalog/products.json not found");
    test::TempDataDir dir;
    Shop shop(dir.path(), path);
    const auto outcome = await(shop.service.products());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    const QList<Product> &products = *outcome.value;
    QVERIFY2(products.size() >= 24, qPrintable(QString::number(products.size())));
    static const QRegularExpression hangul(u"[\\x{AC00}-\\x{D7A3}]"_s);
    static const QRegularExpression latin(u"[A-Za-z]"_s);
    QSet<QString> ids;
    for (const Product &p : products) {
        QVERIFY2(!ids.contains(p.id), qPrintable(p.id));
        ids.insert(p.id);
        QVERIFY2(QRegularExpression(u"^p\\d{2,}$"_s).match(p.id).hasMatch(), qPrintable(p.id));
        QVERIFY2(p.price > 0, qPrintable(p.id));
        QVERIFY2(p.price >= 1000 && p.price <= 100000, qPrintable(p.id)); // won, realistic
        QVERIFY2(p.stock >= 0, qPrintable(p.id));
        QVERIFY2(!p.nameKo.trimmed().isEmpty() && hangul.match(p.nameKo).hasMatch(), qPrintable(p.id));
        QVERIFY2(!p.nameEn.trimmed().isEmpty() && latin.match(p.nameEn).hasMatch(), qPrintable(p.id));
        QCOMPARE(p.image, u"images/%1.svg"_s.arg(p.id));
    }
    QVERIFY(ids.contains(u"p01"_s));
    QVERIFY(ids.contains(u"p24"_s));
}

void TestInventoryService::seedsOnlyAnEmptyTable()
{
    test::TempDataDir dir;
    const QString catalogue = writeCatalogue(dir);
    {
        Shop shop(dir.path(), catalogue);
        QVERIFY(shop.send(Events::PaymentRequested, 1, paymentRequested(1, items({{u"p01"_s, 4}}))));
        QTRY_COMPARE_WITH_TIMEOUT(shop.script.count(Events::InventoryDeducted), 1, kWaitMs);
    }
    // Restart with the file gone: the stored stock is kept, the file is not needed.
    QVERIFY(QFile::remove(catalogue));
    Shop shop(dir.path(), catalogue);
    QCOMPARE(shop.stock(u"p01"_s), 6);
    QCOMPARE(countRows(shop.service, u"products"_s), 3);
    QCOMPARE(shop.state(1), u"deducted"_s);
}

void TestInventoryService::badCatalogueFailsStartNamingTheFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");

    const auto doc = [](const QJsonArray &a) { return QJsonDocument(a).toJson(); };
    QJsonObject noPrice = productJson(u"p02"_s, u"유자차"_s, u"Yuja Tea"_s, 2500, 2);
    noPrice.remove(u"price"_s);
    QJsonObject fractional = productJson(u"p02"_s, u"유자차"_s, u"Yuja Tea"_s, 2500, 2);
    fractional.insert(u"price"_s, 2500.5);
    QJsonObject typo = productJson(u"p02"_s, u"유자차"_s, u"Yuja Tea"_s, 2500, 2);
    typo.insert(u"stok"_s, 3);
    const QJsonObject good = productJson(u"p01"_s, u"아메리카노 원두"_s, u"Americano Beans"_s, 1000, 10);

    QTest::newRow("not JSON") << QByteArray("[{\"id\": \"p01\",") << u"not valid JSON"_s;
    QTest::newRow("an object") << QByteArray("{\"products\": []}") << u"non-empty JSON array"_s;
    QTest::newRow("empty") << QByteArray("[]") << u"non-empty JSON array"_s;
    QTest::newRow("missing price") << doc({good, noPrice}) << u"entry 2 (\"p02\"): \"price\""_s;
    QTest::newRow("fractional price") << doc({good, fractional}) << u"\"price\" must be a whole number"_s;
    QTest::newRow("negative stock") << doc({productJson(u"p01"_s, u"a"_s, u"b"_s, 100, -1)}) << u"\"stock\""_s;
    QTest::newRow("empty name") << doc({productJson(u"p01"_s, u" "_s, u"b"_s, 100, 1)}) << u"\"nameKo\""_s;
    QTest::newRow("unknown key") << doc({good, typo}) << u"unknown key \"stok\""_s;
    QTest::newRow("duplicate id") << doc({good, good}) << u"\"p01\" appears twice"_s;
    QTest::newRow("not an object") << doc({good, 3}) << u"entry 2 is not a JSON object"_s;
}

void TestInventoryService::badCatalogueFailsStartNamingTheFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    test::TempDataDir dir;
    const QString path = writeFile(dir, u"bad-products.json"_s, content);
    Shop shop(dir.path(), path, {.start = false});
    QString message;
    try {
        shop.bus.start();
    } catch (const std::exception &e) {
        message = QString::fromUtf8(e.what());
    }
    QVERIFY2(!shop.bus.isRunning(), "the bus started with a bad catalogue");
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(error), qPrintable(message));

    // A missing file is named as well.
    Shop missing(dir.path(), dir.filePath(u"nowhere.json"_s), {.start = false});
    message.clear();
    try {
        missing.bus.start();
    } catch (const std::exception &e) {
        message = QString::fromUtf8(e.what());
    }
    QVERIFY2(message.contains(dir.filePath(u"nowhere.json"_s)), qPrintable(message));
}

void TestInventoryService::overflowingTotalFails()
{
    // Unreachable with the catalogue's bounds, so checked on the aggregate itself.
    const qint64 huge = std::numeric_limits<qint64>::max() / 2 + 1;
    const QHash<QString, Product> products{
        {u"p01"_s, Product{u"p01"_s, u"금괴"_s, u"Gold Bar"_s, huge, 10, u"images/p01.svg"_s}}};
    Reservation::Request request;
    request.orderId = 1;
    request.userId = 2;
    request.sagaId = sagaOf(1);
    request.items = {{u"p01"_s, 2, 0}};
    Reservation reservation = Reservation::decide(request, products);
    QCOMPARE(reservation.status(), Reservation::Status::Failed);
    QCOMPARE(reservation.failedProductId(), u"p01"_s);
    QCOMPARE(reservation.domainEvents().size(), 1);
    QCOMPARE(reservation.domainEvents().constFirst().type, Events::InventoryFailed);

    request.items = {{u"p01"_s, 1, 0}};
    reservation = Reservation::decide(request, products);
    QCOMPARE(reservation.status(), Reservation::Status::Deducted);
    QCOMPARE(reservation.amount(), huge);

    // Quantities of one product that overflow when summed saturate and fail on stock.
    const auto merged = Reservation::mergeItems(
        {{u"p01"_s, std::numeric_limits<qint64>::max() - 1, 0}, {u"p01"_s, 5, 0}});
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.constFirst().quantity, std::numeric_limits<qint64>::max());
}

void TestInventoryService::productToJson()
{
    const Product p{u"p07"_s, u"핸드드립 세트"_s, u"Hand Drip Set"_s, 45000, 25, u"images/p07.svg"_s};
    const QJsonObject expected{{u"id"_s, u"p07"_s},         {u"name"_s, u"Hand Drip Set"_s},
                               {u"nameKo"_s, u"핸드드립 세트"_s}, {u"nameEn"_s, u"Hand Drip Set"_s},
                               {u"price"_s, 45000},          {u"stock"_s, 25},
                               {u"image"_s, u"images/p07.svg"_s}};
    QCOMPARE(p.toJson(), expected);
    QCOMPARE(Product::fromCatalogJson(productJson(u"p07"_s, u"핸드드립 세트"_s, u"Hand Drip Set"_s, 45000, 25)), p);
    QCOMPARE(p.displayName(), u"핸드드립 세트 / Hand Drip Set"_s);
}

QTEST_GUILESS_MAIN(TestInventoryService)
#include "tst_inventoryservice.moc"
