// OrderHistoryModel against the real backend: orders newest first, a new order inserted live
// at the top and its row (only) updated as the saga confirms or fails it.

#include "UiTestShop.h"
#include "catalog/ShopScenario.h"
#include "bus/FaultInjector.h"
#include "common/TestServices.h"
#include "services/inventory/InventoryService.h"
#include "services/order/OrderService.h"
#include "ui/orders/OrderHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using services::PlaceOrderRequest;
using test::await;
using test::onlyRowChanged;
using ui::OrderHistoryModel;

namespace {

qint64 place(
        test::UiTestShop &shop, qint64 userId, QList<saga::Payload::Item> items, const QString &key)
{
    const auto outcome = await(
            shop.shop().orders().placeOrder(PlaceOrderRequest{userId, std::move(items), 0, key}));
    return outcome.ok() ? outcome.value->orderId : 0;
}

QString statusOf(test::UiTestShop &shop, qint64 orderId)
{
    return await(shop.shop().orders().stateForOrder(orderId)).value.value_or(QString());
}

} // namespace

class TestOrderHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsNewestFirst();
    void aNewOrderIsInsertedLiveAndConfirmed();
    void aFailedOrderSaysWhyInPlainWords();
    void otherUsersOrdersStayOut();
    void userChangeReloads();
};

void TestOrderHistoryModel::loadsNewestFirst()
{
    test::UiTestShop shop;
    shop.charge(1, 200'000);
    const qint64 first = place(shop, 1, {{u"p01"_s, 2, 0}}, u"a"_s);
    const qint64 second = place(shop, 1,
            {{u"p02"_s, 1, 0}, {u"p03"_s, 1, 0}, {u"p04"_s, 1, 0}, {u"p05"_s, 3, 0}}, u"b"_s);
    QVERIFY(first > 0 && second > first);
    QTRY_COMPARE(statusOf(shop, first), u"CONFIRMED"_s);
    QTRY_COMPARE(statusOf(shop, second), u"CONFIRMED"_s);

    OrderHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLanguage(u"en"_s);
    model.setBackend(&shop.backend());
    model.setUserId(1);
    QTRY_VERIFY(model.isLoaded());
    QCOMPARE(model.rowCount(), 2);

    const QHash<int, QByteArray> names = model.roleNames();
    for (const char *name : {"orderId", "status", "statusText", "finalAmountText", "createdText",
                 "itemsText", "failureText"})
        QVERIFY2(names.values().contains(QByteArray(name)), name);

    QCOMPARE(model.index(0).data(OrderHistoryModel::OrderIdRole).toLongLong(), second);
    QCOMPARE(model.index(1).data(OrderHistoryModel::OrderIdRole).toLongLong(), first);
    const QModelIndex older = model.index(1);
    QCOMPARE(older.data(OrderHistoryModel::StatusRole).toString(), u"CONFIRMED"_s);
    QCOMPARE(older.data(OrderHistoryModel::StatusTextRole).toString(), u"Confirmed"_s);
    QCOMPARE(older.data(OrderHistoryModel::FinalAmountTextRole).toString(), u"₩37,800"_s);
    const QString created = older.data(OrderHistoryModel::CreatedTextRole).toString();
    QVERIFY2(created.contains(QString::number(QDate::currentDate().year())),
            qPrintable(created)); // "11/21/2026 10:16 AM"
    QTRY_COMPARE(older.data(OrderHistoryModel::ItemsTextRole).toString(), u"Americano Beans ×2"_s);
    QCOMPARE(older.data(OrderHistoryModel::FailureTextRole).toString(), QString());
    // Four items: three named, then how many more.
    QVERIFY(model.index(0)
                    .data(OrderHistoryModel::ItemsTextRole)
                    .toString()
                    .endsWith(u" and 1 more"_s));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    model.setLanguage(u"ko"_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(1)
                    .data(OrderHistoryModel::ItemsTextRole)
                    .toString()
                    .startsWith(u"아메리카노 원두 ×2"_s));
}

void TestOrderHistoryModel::aNewOrderIsInsertedLiveAndConfirmed()
{
    test::UiTestShop shop;
    shop.charge(1, 100'000);
    const qint64 earlier = place(shop, 1, {{u"p02"_s, 1, 0}}, u"earlier"_s);
    QTRY_COMPARE(statusOf(shop, earlier), u"CONFIRMED"_s);

    OrderHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLanguage(u"en"_s);
    model.setBackend(&shop.backend());
    model.setUserId(1);
    QTRY_VERIFY(model.isLoaded());
    QCOMPARE(model.rowCount(), 1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(inserted.isValid());
    QVERIFY(changed.isValid());
    QVERIFY(reset.isValid());

    // Inventory takes its time, so the order is seen in progress first.
    QVERIFY(shop.shop()
                    .inventory()
                    .faults()
                    .set({bus::FaultInjector::Mode::Delay, 0, 0, 400})
                    .isEmpty());
    const qint64 orderId = place(shop, 1, {{u"p01"_s, 2, 0}}, u"live"_s);
    QVERIFY(orderId > earlier);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0); // at the top
    QCOMPARE(model.index(0).data(OrderHistoryModel::OrderIdRole).toLongLong(), orderId);
    // It arrives in progress; on a busy machine the saga may already have confirmed it.
    const QString arrived = model.index(0).data(OrderHistoryModel::StatusRole).toString();
    QVERIFY2(arrived == u"CREATED"_s || arrived == u"CONFIRMED"_s, qPrintable(arrived));
    if (arrived == u"CREATED"_s)
        QCOMPARE(model.index(0).data(OrderHistoryModel::StatusTextRole).toString(), u"In progress"_s);

    QTRY_COMPARE(model.index(0).data(OrderHistoryModel::StatusRole).toString(), u"CONFIRMED"_s);
    QCOMPARE(model.index(0).data(OrderHistoryModel::StatusTextRole).toString(), u"Confirmed"_s);
    QCOMPARE(model.index(0).data(OrderHistoryModel::FinalAmountTextRole).toString(), u"₩37,800"_s);
    QCOMPARE(model.index(0).data(OrderHistoryModel::ItemsTextRole).toString(),
            u"Americano Beans ×2"_s);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!changed.isEmpty());
    QVERIFY(onlyRowChanged(changed, 0)); // that row alone
    QCOMPARE(model.index(1).data(OrderHistoryModel::OrderIdRole).toLongLong(), earlier);
}

void TestOrderHistoryModel::aFailedOrderSaysWhyInPlainWords()
{
    test::ModelUnderTest<OrderHistoryModel> fixture; // user 2 has no money
    auto &shop = fixture.shop;
    auto &model = fixture.model;
    model.setLanguage(u"en"_s);
    QVERIFY(fixture.load(2));

    const qint64 orderId = place(shop, 2, {{u"p01"_s, 1, 0}}, u"poor"_s);
    QVERIFY(orderId > 0);
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_COMPARE(model.index(0).data(OrderHistoryModel::StatusRole).toString(), u"FAILED"_s);
    QCOMPARE(model.index(0).data(OrderHistoryModel::StatusTextRole).toString(), u"Failed"_s);
    QCOMPARE(model.index(0).data(OrderHistoryModel::FailureTextRole).toString(),
            u"Your balance was less than the ₩18,900 to pay, so nothing was charged."_s);

    // Too much of one product: the stock step fails, the reason names it.
    const qint64 tooMany = place(shop, 2, {{u"p03"_s, 1000, 0}}, u"greedy"_s);
    QVERIFY(tooMany > 0);
    QTRY_COMPARE(model.rowCount(), 2);
    QTRY_COMPARE(model.index(0).data(OrderHistoryModel::StatusRole).toString(), u"FAILED"_s);
    const QString why = model.index(0).data(OrderHistoryModel::FailureTextRole).toString();
    QVERIFY2(why.startsWith(u"Not enough stock, so nothing was charged."_s), qPrintable(why));
    QVERIFY2(why.contains(u"Vanilla Latte Syrup"_s), qPrintable(why));
    QCOMPARE(model.index(0).data(OrderHistoryModel::FinalAmountTextRole).toString(), QString());
}

void TestOrderHistoryModel::otherUsersOrdersStayOut()
{
    test::ModelUnderTest<OrderHistoryModel> fixture;
    auto &shop = fixture.shop;
    shop.charge(3, 100'000);
    auto &model = fixture.model;
    QVERIFY(fixture.load(1));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(inserted.isValid());

    const qint64 theirs = place(shop, 3, {{u"p01"_s, 1, 0}}, u"theirs"_s);
    QTRY_COMPARE(statusOf(shop, theirs), u"CONFIRMED"_s);
    shop.charge(1, 50'000);
    const qint64 mine = place(shop, 1, {{u"p02"_s, 1, 0}}, u"mine"_s);
    QTRY_COMPARE(model.rowCount(), 1); // ours arrives; theirs, placed before, never did
    QCOMPARE(model.index(0).data(OrderHistoryModel::OrderIdRole).toLongLong(), mine);
    QCOMPARE(inserted.count(), 1);
}

void TestOrderHistoryModel::userChangeReloads()
{
    test::ModelUnderTest<OrderHistoryModel> fixture;
    auto &shop = fixture.shop;
    shop.charge(4, 100'000);
    const qint64 orderId = place(shop, 4, {{u"p01"_s, 1, 0}}, u"four"_s);
    QTRY_COMPARE(statusOf(shop, orderId), u"CONFIRMED"_s);
    auto &model = fixture.model;
    QVERIFY(fixture.load(1));
    QCOMPARE(model.rowCount(), 0);
    model.setUserId(4);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(OrderHistoryModel::OrderIdRole).toLongLong(), orderId);
}

QTEST_GUILESS_MAIN(TestOrderHistoryModel)
#include "tst_orderhistorymodel.moc"
