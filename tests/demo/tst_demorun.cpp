// The demo's run: simulated shoppers and the staged faults drive every saga path, and the
// summary it ends with counts each path, settles the sagas and checks the books.

#include "common/TestServices.h"
#include "common/TestSupport.h"
#include "bus/FaultInjector.h"
#include "demo/DemoRun.h"
#include "services/balance/BalanceService.h"
#include "services/export/ExportService.h"
#include "services/inventory/InventoryService.h"
#include "services/order/OrderService.h"
#include "services/payment/PaymentService.h"
#include "shop/Shop.h"

#include <QJsonArray>
#include <QMutex>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::test::await;

class TestDemoRun : public QObject
{
    Q_OBJECT

private slots:
    void everyPathHappensAndTheBooksBalance();
    void rateCanBeChangedAndPaused();
    void refusesTimetablesThatCannotRun_data();
    void refusesTimetablesThatCannotRun();
    void keysRoundTrip();

private:
    static shop::ShopConfig fastConfig(const QString &dir)
    {
        shop::ShopConfig config;
        config.dataDir = dir;
        // Quick retries (three attempts, so the two staged Balance errors are absorbed) and a
        // reconciler that calls a saga stuck after a second.
        config.retry = bus::RetryPolicy{3, 20, 2.0, 100, 0.2};
        config.reconcileIntervalMs = 400;
        config.stuckAfterMs = 1'000;
        return config;
    }
};

void TestDemoRun::everyPathHappensAndTheBooksBalance()
{
    test::TempDataDir dir;
    shop::Shop shop(fastConfig(dir.path()));
    shop.start();

    demo::DemoRun::Config config;
    config.checkoutsPerSecond = 10;
    config.repeat = false;
    config.script.cycleMs = 4'000;
    config.script.faults = {{demo::FaultKind::BalanceFailure, 300, 0},
                            {demo::FaultKind::DuplicateDelivery, 600, 0},
                            {demo::FaultKind::DroppedEvent, 900, 0},
                            {demo::FaultKind::ExportOutage, 1'200, 1'000}};
    demo::DemoRun run(shop, config);
    QList<demo::FiredFault> announced;
    QMutex announcedMutex;
    const auto connection = run.connectFaultFired([&](const demo::FiredFault &f) {
        QMutexLocker lock(&announcedMutex);
        announced.append(f);
    });
    QVERIFY(!run.isStarted());
    QVERIFY(!run.upcoming());
    run.start();
    QVERIFY(run.isStarted());
    const std::optional<demo::DemoRun::Upcoming> next = run.upcoming();
    QVERIFY(next);
    QCOMPARE(next->kind, demo::FaultKind::BalanceFailure);
    QVERIFY2(next->inMs > 0 && next->inMs <= 300, qPrintable(QString::number(next->inMs)));

    QTRY_COMPARE_WITH_TIMEOUT(run.fired().size(), 4, 20'000);
    {
        QMutexLocker lock(&announcedMutex);
        QCOMPARE(announced.size(), 4);
    }
    const QList<demo::FiredFault> fired = run.fired();
    QList<demo::FaultKind> kinds;
    for (const demo::FiredFault &f : fired)
        kinds.append(f.kind);
    QVERIFY(kinds.contains(demo::FaultKind::BalanceFailure));
    QVERIFY(kinds.contains(demo::FaultKind::ExportOutage));
    const auto balanceFault = std::find_if(fired.begin(), fired.end(),
                                           [](const demo::FiredFault &f) { return f.kind == demo::FaultKind::BalanceFailure; });
    QVERIFY2(balanceFault->orderId > 0, qPrintable(balanceFault->detail));
    QVERIFY(!balanceFault->sagaId.isEmpty());
    QVERIFY(balanceFault->sinceStartMs >= 250);
    // Exports fail during the outage and are dead-lettered after their retries.
    QTRY_VERIFY_WITH_TIMEOUT(run.tally().deadLetters > 0, 20'000);
    // Finish now: the saga that lost its Payment delivery is not stuck yet, so finishing must
    // wait for the reconciler to deliver it again.
    const demo::DemoSummary summary = run.finish(30'000);
    qInfo().noquote() << summary.text();
    QVERIFY2(summary.ok(), qPrintable(summary.text()));
    const demo::DemoTally &t = summary.tally;
    QVERIFY2(t.checkouts >= 10, qPrintable(summary.text()));
    QVERIFY(t.confirmed > 0);
    QVERIFY(t.failed >= 1);       // the window shopper's checkout
    QVERIFY(t.compensated >= 1);  // … whose coupon and stock came back
    QVERIFY(t.duplicates >= 1);
    QVERIFY(t.repaired >= 1);
    QVERIFY(t.retries >= 2);      // the two staged Balance errors at least
    QVERIFY(t.deadLetters >= 1);  // exports during the outage
    QCOMPARE(t.open, 0);
    QCOMPARE(t.confirmed + t.failed + t.abnormal, t.checkouts);
    QCOMPARE(summary.fired.size(), 4);

    // The window shopper's order failed at the balance step.
    const auto order = await(shop.orders().order(balanceFault->orderId));
    QVERIFY(order.ok() && order.value->has_value());
    QCOMPARE((*order.value)->status, services::OrderStatus::Failed);

    // Finishing switched every staged fault off.
    QVERIFY(!shop.exports().outage());
    for (const QString &name : {services::BalanceService::Name, services::InventoryService::Name, services::PaymentService::Name})
        QVERIFY2(shop.service(name)->faults().active().isEmpty(), qPrintable(name));

    // The summary says all of it in words and in JSON.
    const QString text = summary.text();
    for (const QString &word : {u"checkouts"_s, u"confirmed"_s, u"failed"_s, u"compensated"_s, u"repaired"_s,
                                u"dead letters"_s, u"invariants"_s})
        QVERIFY2(text.contains(word), qPrintable(text));
    QVERIFY2(text.contains(u"ok"_s), qPrintable(text));
    const QJsonObject json = summary.toJson();
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    QCOMPARE(json.value(u"tally"_s).toObject().value(u"checkouts"_s).toInteger(), t.checkouts);
    QCOMPARE(json.value(u"faults"_s).toArray().size(), 4);

    // A second finish returns the same figures (nothing runs any more).
    const demo::DemoSummary again = run.finish(1'000);
    QCOMPARE(again.tally.checkouts, t.checkouts);
    shop.stop();
}

void TestDemoRun::rateCanBeChangedAndPaused()
{
    test::TempDataDir dir;
    shop::Shop shop(fastConfig(dir.path()));
    shop.start();
    demo::DemoRun::Config config;
    config.checkoutsPerSecond = 2;
    config.script.faults.clear(); // shoppers only
    demo::DemoRun run(shop, config);
    QCOMPARE(run.rate(), 0.0); // not started
    run.start();
    QCOMPARE(run.rate(), 2.0);
    run.setRate(20);
    QCOMPARE(run.rate(), 20.0);
    run.setRate(1'000); // clamped to the demo's range
    QCOMPARE(run.rate(), demo::DemoRun::MaxRate);
    QTRY_VERIFY_WITH_TIMEOUT(run.tally().checkouts >= 20, 20'000);
    run.setRate(0);
    QCOMPARE(run.rate(), 0.0);
    QVERIFY(!run.upcoming()); // no faults in this timetable
    const demo::DemoSummary summary = run.finish(30'000);
    QVERIFY2(summary.ok(), qPrintable(summary.text()));
    const qint64 after = summary.tally.checkouts;
    QCOMPARE(run.tally().checkouts, after);
    shop.stop();
}

void TestDemoRun::refusesTimetablesThatCannotRun_data()
{
    QTest::addColumn<demo::DemoRun::Config>("config");
    QTest::addColumn<QString>("expected");
    demo::DemoRun::Config fine;
    QTest::newRow("standard") << fine << QString();
    demo::DemoRun::Config slow = fine;
    slow.checkoutsPerSecond = 0;
    QTest::newRow("rate 0") << slow << u"rate"_s;
    demo::DemoRun::Config fast = fine;
    fast.checkoutsPerSecond = 51;
    QTest::newRow("rate 51") << fast << u"rate"_s;
    demo::DemoRun::Config outside = fine;
    outside.script.faults.append({demo::FaultKind::DroppedEvent, 30'000, 0});
    QTest::newRow("fault after the cycle") << outside << u"outside"_s;
    demo::DemoRun::Config endless = fine;
    endless.script.faults = {{demo::FaultKind::ExportOutage, 1'000, 0}};
    QTest::newRow("outage without a length") << endless << u"length"_s;
    demo::DemoRun::Config overlapping = fine;
    overlapping.script.faults = {{demo::FaultKind::ExportOutage, 1'000, 5'000}, {demo::FaultKind::ExportOutage, 3'000, 1'000}};
    QTest::newRow("overlapping outages") << overlapping << u"overlap"_s;
    demo::DemoRun::Config tiny = fine;
    tiny.script.cycleMs = 10;
    tiny.script.faults.clear();
    QTest::newRow("cycle too short") << tiny << u"cycle"_s;
}

void TestDemoRun::refusesTimetablesThatCannotRun()
{
    QFETCH(demo::DemoRun::Config, config);
    QFETCH(QString, expected);
    const QString problem = demo::DemoRun::validate(config);
    if (expected.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        return;
    }
    QVERIFY2(problem.contains(expected), qPrintable(problem));
    test::TempDataDir dir;
    shop::Shop shop(fastConfig(dir.path()));
    shop.start();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, demo::DemoRun(shop, config));
    shop.stop();
}

void TestDemoRun::keysRoundTrip()
{
    for (demo::FaultKind kind : {demo::FaultKind::BalanceFailure, demo::FaultKind::DuplicateDelivery,
                                 demo::FaultKind::DroppedEvent, demo::FaultKind::ExportOutage}) {
        QCOMPARE(demo::faultKindFromKey(demo::faultKey(kind)), kind);
        QVERIFY(!demo::faultTitle(kind).isEmpty());
        QVERIFY(demo::faultDescription(kind).size() > 30);
    }
    QVERIFY(!demo::faultKindFromKey(u"meteor-strike"_s));
}

QTEST_GUILESS_MAIN(TestDemoRun)
#include "tst_demorun.moc"
