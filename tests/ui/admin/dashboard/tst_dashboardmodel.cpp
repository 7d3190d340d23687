// DashboardModel over the real backend: checkouts move the figures, every service has a
// queue depth, the books balance after the sagas settle, an invariant broken on purpose
// shows as broken (naming it and by how much), and one checked mid-saga as settling.

#include "UiTestShop.h"
#include "bus/FaultInjector.h"
#include "bus/Service.h"
#include "common/TestServices.h"
#include "services/balance/BalanceService.h"
#include "services/inventory/InventoryService.h"
#include "services/order/OrderService.h"
#include "services/payment/PaymentService.h"
#include "storage/Database.h"
#include "ui/Money.h"
#include "ui/admin/dashboard/DashboardModel.h"

#include <QSignalSpy>
#include <QTest>
#include <QtCharts/QLineSeries>
#include <QtCharts/QBarSeries>

using namespace Qt::StringLiterals;
using namespace sagashop;
using services::PlaceOrderRequest;
using test::await;
using ui::DashboardModel;

namespace {

qint64 place(test::UiTestShop &shop, qint64 userId, QList<saga::Payload::Item> items, const QString &key)
{
    const auto outcome = await(shop.shop().orders().placeOrder(PlaceOrderRequest{userId, std::move(items), 0, key}));
    return outcome.ok() ? outcome.value->orderId : 0;
}

QString statusOf(test::UiTestShop &shop, qint64 orderId)
{
    return await(shop.shop().orders().stateForOrder(orderId)).value.value_or(QString());
}

/// Deliveries on their way over every service.
qint64 queuedEverywhere(test::UiTestShop &shop)
{
    qint64 queued = 0;
    for (const bus::Service *s : shop.shop().bus().services())
        queued += s->stats().queued;
    return queued;
}

template<typename F>
int sumOf(const DashboardModel &model, F figure)
{
    int sum = 0;
    for (const metrics::SecondSample &s : model.snapshot().seconds)
        sum += figure(s);
    return sum;
}

/// Asks for a check and waits for one that started after the request.
bool checkAndWait(DashboardModel &model)
{
    const qint64 asked = QDateTime::currentMSecsSinceEpoch();
    model.checkNow();
    return QTest::qWaitFor(
            [&] { return !model.isChecking() && model.lastCheckedAt().toMSecsSinceEpoch() >= asked; }, 20'000);
}

} // namespace

class TestDashboardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyServiceHasAQueueDepthAndTheSeriesAreFilled();
    void checkoutsMoveTheFiguresAndTheBooksBalance();
    void aBrokenInvariantIsNamedWithItsDifference();
    void aCheckDuringASagaIsSettlingNotBroken();
    void popularFollowsSalesInTheChosenLanguage();
};

void TestDashboardModel::everyServiceHasAQueueDepthAndTheSeriesAreFilled()
{
    test::UiTestShop shop;
    DashboardModel model;
    QSignalSpy queues(&model, &DashboardModel::queueDepthsChanged);
    QVERIFY(queues.isValid());
    QCOMPARE(model.queueDepths().size(), 0);
    model.setBackend(&shop.backend());

    QCOMPARE(queues.count(), 1); // the first sample lists them
    const QVariantList depths = model.queueDepths();
    QList<bus::Service *> services = shop.shop().bus().services();
    services.removeIf([](const bus::Service *s) { return !s->consumesEvents(); }); // never queue
    QCOMPARE(depths.size(), services.size());
    QVERIFY(depths.size() >= 9); // seven domain services, the saga log, alerts (not the admin accounts)
    for (int i = 0; i < depths.size(); ++i) {
        const QVariantMap q = depths.at(i).toMap();
        QCOMPARE(q.value(u"service"_s).toString(), services.at(i)->name());
        QVERIFY(q.value(u"depth"_s).toLongLong() >= 0);
    }
    QVERIFY(model.queueAxisMax() >= 10);

    // 300 points per series, one per closed second, the last one a second ago at most.
    QCOMPARE(model.snapshot().seconds.size(), 300);
    QLineSeries series;
    for (const QString &key : {u"placed"_s, u"confirmed"_s, u"failed"_s, u"compensated"_s, u"failureRate"_s,
                               u"compensationRate"_s, u"p50"_s, u"p99"_s}) {
        series.clear();
        QVERIFY2(model.fill(&series, key), qPrintable(key));
        QCOMPARE(series.count(), 300);
        QCOMPARE(series.at(0).x(), model.seriesStart());
        QCOMPARE(series.at(299).x(), model.seriesEnd());
        QCOMPARE(series.at(0).y(), 0.0); // nothing happened yet: no -1 reaches a chart
    }
    QVERIFY(model.seriesEnd() - model.seriesStart() == 299 * 1000.0);
    QVERIFY(QDateTime::currentMSecsSinceEpoch() - model.seriesEnd() < 3000);

    // Bad input says so and leaves the series alone.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unknown figure \"placedd\""_s));
    QVERIFY(!model.fill(&series, u"placedd"_s));
    QCOMPARE(series.count(), 300);
    QBarSeries bars;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"holds no points"_s));
    QVERIFY(!model.fill(&bars, u"placed"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"holds no points"_s));
    QVERIFY(!model.fill(nullptr, u"placed"_s));

    // No saga finished: no rate, no latency.
    QCOMPARE(model.failureRate(), -1.0);
    QCOMPARE(model.failureRateText(), u"—"_s);
    QCOMPARE(model.p99Ms(), -1);
    QCOMPARE(model.p99Text(), u"—"_s);
    QCOMPARE(model.failureRateTone(), u"normal"_s);

    // Sampling runs only while running.
    QSignalSpy sampled(&model, &DashboardModel::sampled);
    QVERIFY(sampled.isValid());
    QVERIFY(!model.isRunning());
    model.setRunning(true);
    QVERIFY(sampled.wait(3000));
    model.setRunning(false);
    const int count = sampled.count();
    QTest::qWait(1500); // a second without sampling: nothing may arrive (a negative check)
    QCOMPARE(sampled.count(), count);
}

void TestDashboardModel::checkoutsMoveTheFiguresAndTheBooksBalance()
{
    test::UiTestShop shop;
    DashboardModel model;
    model.setBackend(&shop.backend());
    model.setRunning(true);
    QSignalSpy sampled(&model, &DashboardModel::sampled);
    QVERIFY(sampled.isValid());

    shop.charge(1, 200'000);
    QList<qint64> confirmed;
    for (int i = 0; i < 4; ++i)
        confirmed.append(place(shop, 1, {{u"p01"_s, 1, 0}}, u"ok-%1"_s.arg(i)));
    // Out of stock: fails at the first step, nothing to undo.
    const qint64 noStock = place(shop, 1, {{u"p02"_s, 500, 0}}, u"no-stock"_s);
    // User 2 cannot pay: fails at the balance, the stock is given back (compensated).
    const qint64 noMoney = place(shop, 2, {{u"p03"_s, 1, 0}}, u"no-money"_s);
    for (const qint64 id : confirmed)
        QTRY_COMPARE(statusOf(shop, id), u"CONFIRMED"_s);
    QTRY_COMPARE(statusOf(shop, noStock), u"FAILED"_s);
    QTRY_COMPARE(statusOf(shop, noMoney), u"FAILED"_s);

    // Once their seconds have closed, every saga is in the series.
    QTRY_VERIFY_WITH_TIMEOUT(model.snapshot().compensatedTotal == 1 && sumOf(model, [](const auto &s) {
        return s.compensated;
    }) == 1, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(sumOf(model, [](const auto &s) { return s.placed; }) == 6, 10'000);
    QCOMPARE(sumOf(model, [](const auto &s) { return s.confirmed; }), 4);
    QCOMPARE(sumOf(model, [](const auto &s) { return s.failed; }), 2);
    QCOMPARE(model.confirmedTotal(), 4);
    QCOMPARE(model.failedTotal(), 2);
    QCOMPARE(model.inFlight(), 0);
    QVERIFY(sampled.count() > 0);

    // Rates and latency over the last 30 s.
    QCOMPARE(model.failureRate(), 100.0 * 2 / 6);
    QCOMPARE(model.failureRateText(), u"33 %"_s);
    QCOMPARE(model.failureRateTone(), u"danger"_s);
    QCOMPARE(model.compensationRate(), 100.0 * 1 / 6);
    QCOMPARE(model.compensationRateText(), u"17 %"_s);
    QVERIFY(model.p50Ms() >= 0);
    QVERIFY(model.p99Ms() >= model.p50Ms());
    QVERIFY2(model.p99Text().endsWith(u" ms"_s) || model.p99Text().endsWith(u" s"_s), qPrintable(model.p99Text()));
    QVERIFY(model.checkoutsAxisMax() >= 10);
    QVERIFY(model.rateAxisMax() >= 33.0 && model.rateAxisMax() <= 100.0);

    QLineSeries placed;
    QVERIFY(model.fill(&placed, u"placed"_s));
    qreal points = 0;
    for (const QPointF &p : placed.points())
        points += p.y();
    QCOMPARE(points, 6.0);

    // With every delivery done, the books balance.
    QTRY_COMPARE_WITH_TIMEOUT(queuedEverywhere(shop), 0, 10'000);
    QVERIFY(checkAndWait(model));
    const QVariantMap books = model.booksBalance();
    QCOMPARE(books.value(u"state"_s).toString(), u"ok"_s);
    QVERIFY(books.value(u"ok"_s).toBool());
    QCOMPARE(books.value(u"title"_s).toString(), u"Books balance"_s);
    QCOMPARE(books.value(u"checks"_s).toList().size(), 4);
    QVERIFY(model.lastCheckedText().startsWith(u"Checked at "_s));
}

void TestDashboardModel::aBrokenInvariantIsNamedWithItsDifference()
{
    test::UiTestShop shop;
    DashboardModel model;
    model.setBackend(&shop.backend());
    shop.charge(1, 100'000);
    const qint64 id = place(shop, 1, {{u"p01"_s, 1, 0}}, u"one"_s);
    QTRY_COMPARE(statusOf(shop, id), u"CONFIRMED"_s);
    QTRY_COMPARE_WITH_TIMEOUT(queuedEverywhere(shop), 0, 10'000);
    QVERIFY(checkAndWait(model));
    QCOMPARE(model.booksBalance().value(u"state"_s).toString(), u"ok"_s);

    // Money appears in a balance without a charge: the books no longer balance.
    const auto tampered = await(shop.shop().balances().execute<bool>([](bus::MessageContext &c) {
        c.database().execDirect(u"UPDATE users SET balance = balance + 1000 WHERE id = 1"_s);
        return true;
    }));
    QVERIFY2(tampered.ok(), qPrintable(tampered.error));
    QSignalSpy changed(&model, &DashboardModel::booksBalanceChanged);
    QVERIFY(changed.isValid());
    QVERIFY(checkAndWait(model));
    QVERIFY(changed.count() >= 1);
    const QVariantMap books = model.booksBalance();
    QCOMPARE(books.value(u"state"_s).toString(), u"broken"_s);
    QVERIFY(!books.value(u"ok"_s).toBool());
    QCOMPARE(books.value(u"broken"_s).toStringList(), QStringList{u"balance"_s});
    QCOMPARE(books.value(u"title"_s).toString(), u"Books out of balance: Balance"_s);
    const QString summary = books.value(u"summary"_s).toString();
    QVERIFY2(summary.contains(u"off by "_s + ui::Money::format(1000)), qPrintable(summary));
}

void TestDashboardModel::aCheckDuringASagaIsSettlingNotBroken()
{
    test::UiTestShop shop;
    DashboardModel model;
    model.setBackend(&shop.backend());
    // The first check (started by setBackend) is over before the saga begins.
    QTRY_VERIFY(!model.isChecking() && model.lastCheckedAt().isValid());
    shop.charge(1, 100'000);
    const qint64 stockBefore = await(shop.shop().inventory().stockLevels()).value->value(u"p01"_s);
    // Payment takes its time: the stock is already taken, the order not yet confirmed.
    QVERIFY(shop.shop().payments().faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 2500}).isEmpty());
    const qint64 id = place(shop, 1, {{u"p01"_s, 1, 0}}, u"slow"_s);
    QTRY_COMPARE(await(shop.shop().inventory().stockLevels()).value->value(u"p01"_s), stockBefore - 1);
    QCOMPARE(statusOf(shop, id), u"CREATED"_s);
    QVERIFY(checkAndWait(model));
    QVariantMap books = model.booksBalance();
    QCOMPARE(books.value(u"state"_s).toString(), u"settling"_s);
    QVERIFY(books.value(u"broken"_s).toStringList().contains(u"stock"_s));
    QCOMPARE(books.value(u"title"_s).toString(), u"Books settling"_s);
    const QString summary = books.value(u"summary"_s).toString();
    QVERIFY2(summary.contains(u"Stock: 1 product off by 1 unit in all (p01 −1)"_s), qPrintable(summary));

    shop.shop().payments().faults().clearAll();
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(shop, id), u"CONFIRMED"_s, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(queuedEverywhere(shop), 0, 10'000);
    QVERIFY(checkAndWait(model));
    QCOMPARE(model.booksBalance().value(u"state"_s).toString(), u"ok"_s);

    // Its latency includes the payment's 2.5 s delay (once its second has closed; binned
    // to less than 1 %: 2,5xx ms reads 2,496 ms).
    model.setRunning(true);
    QTRY_VERIFY2_WITH_TIMEOUT(model.p99Ms() >= 2450,
                              qPrintable(u"p99 %1 ms, confirmed %2, in flight %3"_s.arg(model.p99Ms())
                                                 .arg(model.confirmedTotal())
                                                 .arg(model.inFlight())),
                              5000);
    QVERIFY2(model.p99Text().endsWith(u" s"_s), qPrintable(model.p99Text()));
}

void TestDashboardModel::popularFollowsSalesInTheChosenLanguage()
{
    test::UiTestShop shop;
    DashboardModel model;
    model.setLanguage(u"en"_s);
    model.setBackend(&shop.backend());
    QSignalSpy popular(&model, &DashboardModel::popularChanged);
    QVERIFY(popular.isValid());
    shop.charge(1, 200'000);
    const qint64 a = place(shop, 1, {{u"p01"_s, 3, 0}}, u"a"_s);
    const qint64 b = place(shop, 1, {{u"p02"_s, 1, 0}}, u"b"_s);
    QTRY_COMPARE(statusOf(shop, a), u"CONFIRMED"_s);
    QTRY_COMPARE(statusOf(shop, b), u"CONFIRMED"_s);
    QTRY_COMPARE_WITH_TIMEOUT(queuedEverywhere(shop), 0, 10'000);
    model.refreshPopular();
    QTRY_COMPARE(model.popular().size(), 2);
    QVariantMap first = model.popular().at(0).toMap();
    QCOMPARE(first.value(u"productId"_s).toString(), u"p01"_s);
    QCOMPARE(first.value(u"quantity"_s).toLongLong(), 3);
    QCOMPARE(first.value(u"name"_s).toString(), u"Americano Beans"_s);
    const int before = int(popular.count());
    model.setLanguage(u"ko"_s);
    QCOMPARE(popular.count(), before + 1);
    first = model.popular().at(0).toMap();
    QVERIFY(first.value(u"name"_s).toString() != u"Americano Beans"_s);
    QVERIFY(!first.value(u"name"_s).toString().isEmpty());
    // The same language again changes nothing.
    model.setLanguage(u"ko"_s);
    QCOMPARE(popular.count(), before + 1);
}

QTEST_MAIN(TestDashboardModel)
#include "tst_dashboardmodel.moc"
