// The dashboard page in a window over the real backend (offscreen): it loads with its four
// charts, checkouts from simulated shoppers move the tiles, every service gets a queue bar,
// the books balance indicator is green once the sagas settle and turns red, naming the
// invariant, when money appears in a balance without a charge.

#include "StorefrontHarness.h"
#include "common/TestServices.h"

#include "bus/EventBus.h"
#include "demo/ShopperSimulator.h"
#include "services/balance/BalanceService.h"
#include "storage/Database.h"
#include "ui/admin/dashboard/DashboardModel.h"

#include <QStandardPaths>
#include <QTest>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::test::StorefrontHarness;

namespace {

const QString WindowUrl = QUrl::fromLocalFile(QStringLiteral(DASHBOARD_TEST_DIR "/DashboardWindow.qml")).toString();

qint64 queuedEverywhere(shop::Shop &shop)
{
    qint64 queued = 0;
    for (const bus::Service *s : shop.bus().services())
        queued += s->stats().queued;
    return queued;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void liveFiguresAndTheBooksBalance();
};

void TestDashboardPage::liveFiguresAndTheBooksBalance()
{
    StorefrontHarness ui(u"en"_s, {1440, 900}, WindowUrl);
    QVERIFY2(ui.isLoaded(), "the dashboard window did not load (see the QML warnings above)");
    QQuickItem *page = ui.item(u"dashboardPage"_s);
    QVERIFY(page);
    auto *model = page->property("model").value<ui::DashboardModel *>();
    QVERIFY(model);
    QVERIFY(model->isRunning()); // the page is visible
    for (const QString &chart : {u"checkoutsChart"_s, u"ratesChart"_s, u"latencyChart"_s, u"queueChart"_s}) {
        QQuickItem *item = ui.item(chart);
        QVERIFY2(item, qPrintable(chart));
        QVERIFY2(item->width() > 300 && item->height() > 150, qPrintable(chart));
    }

    // One bar per service.
    QQuickItem *queueChart = ui.item(u"queueChart"_s);
    QCOMPARE(queueChart->property("count").toInt(), 1);
    QAbstractSeries *series = nullptr;
    QVERIFY(QMetaObject::invokeMethod(queueChart, "series", Q_RETURN_ARG(QAbstractSeries *, series), Q_ARG(int, 0)));
    auto *bars = qobject_cast<QAbstractBarSeries *>(series);
    QVERIFY(bars);
    QCOMPARE(bars->count(), 1);
    const QList<bus::Service *> services = ui.shop().bus().services();
    const auto consumers = std::count_if(services.cbegin(), services.cend(),
                                         [](const bus::Service *s) { return s->consumesEvents(); });
    QTRY_COMPARE(bars->barSets().first()->count(), int(consumers));

    // Load moves the tiles.
    QCOMPARE(StorefrontHarness::text(ui.child(ui.item(u"checkoutsTile"_s), u"tileValue"_s)), u"0.0"_s);
    {
        demo::ShopperSimulator shoppers(ui.shop());
        shoppers.start(40);
        QTRY_VERIFY_WITH_TIMEOUT(model->checkoutsPerSecond() > 5, 15'000);
        shoppers.stop();
        QTRY_COMPARE_WITH_TIMEOUT(shoppers.stats().inFlight, 0, 15'000);
    }
    const QString checkouts = StorefrontHarness::text(ui.child(ui.item(u"checkoutsTile"_s), u"tileValue"_s));
    QVERIFY2(checkouts != u"0.0"_s, qPrintable(checkouts));
    QTRY_VERIFY_WITH_TIMEOUT(
            StorefrontHarness::text(ui.child(ui.item(u"p50Tile"_s), u"tileValue"_s)).endsWith(u"ms"_s), 5000);

    // Settled: green.
    QTRY_COMPARE_WITH_TIMEOUT(queuedEverywhere(ui.shop()), 0, 15'000);
    QQuickItem *indicator = ui.item(u"booksBalanceIndicator"_s);
    QVERIFY(indicator);
    QTRY_VERIFY(ui.child(indicator, u"checkNowButton"_s)->isEnabled());
    QVERIFY(ui.click(ui.child(indicator, u"checkNowButton"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(indicator->property("verdict").toString(), u"ok"_s, 15'000);
    QCOMPARE(StorefrontHarness::text(ui.child(indicator, u"booksBalanceTitle"_s)), u"Books balance"_s);
    QCOMPARE(indicator->property("tone").value<QColor>(), QColor(u"#2e7d32"_s)); // Theme.success

    // Money from nowhere: red, naming the balance invariant.
    const auto tampered = test::await(ui.shop().balances().execute<bool>([](bus::MessageContext &c) {
        c.database().execDirect(u"UPDATE users SET balance = balance + 5000 WHERE id = 1"_s);
        return true;
    }));
    QVERIFY(tampered.ok());
    QTRY_VERIFY(ui.child(indicator, u"checkNowButton"_s)->isEnabled());
    QVERIFY(ui.click(ui.child(indicator, u"checkNowButton"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(indicator->property("verdict").toString(), u"broken"_s, 15'000);
    QCOMPARE(StorefrontHarness::text(ui.child(indicator, u"booksBalanceTitle"_s)),
             u"Books out of balance: Balance"_s);
    QCOMPARE(indicator->property("tone").value<QColor>(), QColor(u"#c62828"_s)); // Theme.danger
    QVERIFY(StorefrontHarness::text(ui.child(indicator, u"booksBalanceSummary"_s)).contains(u"off by ₩5,000"_s));

    if (const QString dir = qEnvironmentVariable("SAGASHOP_DASHBOARD_SHOTS"); !dir.isEmpty())
        QVERIFY(ui.saveScreenshot(dir + u"/dashboard-page-test.png"_s));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
