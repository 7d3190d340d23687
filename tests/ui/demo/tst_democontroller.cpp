// DemoController over a real Shop and a real DemoRun on a temporary data directory: inactive
// without a demo (and so the Demo singleton when nothing was provided); rate writes reach the
// simulated shoppers (clamped, paused, resumed); the tally rises; staged faults arrive as
// rows, newest first, with titles, and the Balance failure's row names its saga; faults
// staged before the controller came are listed once; the countdown to the next fault runs
// down; the controller can go while faults are firing; and the admin FaultsModel shows the
// plans the timetable sets on its own.

#include "DemoScenario.h"
#include "UiTestShop.h"

#include "demo/DemoRun.h"
#include "shop/Shop.h"
#include "ui/QmlSingletons.h"
#include "ui/admin/faults/FaultsModel.h"
#include "ui/demo/DemoController.h"

#include <QAbstractItemModelTester>
#include <QJSEngine>
#include <QQmlEngine>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sagashop;
using ui::DemoController;
using ui::DemoFaultListModel;

namespace {

QString role(const DemoFaultListModel &m, int row, DemoFaultListModel::Role r)
{
    return m.data(m.index(row), r).toString();
}

QStringList exportPlans(const ui::FaultsModel &m)
{
    QStringList texts;
    const QVariant plans = m.data(m.index(m.indexOfService(u"export"_s)), ui::FaultsModel::PlansRole);
    for (const QVariant &plan : plans.toList())
        texts.append(plan.toMap().value(u"text"_s).toString());
    return texts;
}

} // namespace

class TestDemoController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void inactiveWithoutADemo();
    void rateWritesReachTheShoppers();
    void tallyRisesAndStagedFaultsArriveAsRows();
    void faultsStagedBeforehandAreListedOnce();
    void countdownRunsDownToTheNextFault();
    void controllerCanGoWhileFaultsFire();
    void faultsModelShowsTheTimetablesPlans();
};

void TestDemoController::inactiveWithoutADemo()
{
    DemoController demo;
    QVERIFY(!demo.isActive());
    QVERIFY(!demo.isPaused());
    QCOMPARE(demo.rate(), 0.0);
    QCOMPARE(demo.rateText(), QString());
    QVERIFY(demo.script().isEmpty());
    QCOMPARE(demo.cycle(), 0);
    QVERIFY(!demo.hasNextFault());
    QCOMPARE(demo.nextFaultIndex(), -1);
    QCOMPARE(demo.firedFaults()->count(), 0);
    demo.setRate(5); // nothing to steer: ignored
    demo.resume();
    QCOMPARE(demo.rate(), 0.0);
    QCOMPARE(demo.adminName(), u"demo"_s);
    QVERIFY(demo.adminPassword().size() >= 8); // AdminAccounts' minimum

    // The QML singleton with nothing provided: an inactive controller the engine owns.
    QQmlEngine engine;
    DemoController *fromQml = ui::DemoSingleton::create(&engine, &engine);
    QVERIFY(fromQml);
    QVERIFY(!fromQml->isActive());
    QCOMPARE(QJSEngine::objectOwnership(fromQml), QJSEngine::JavaScriptOwnership);
    delete fromQml;

    // Provided: that very controller, never owned by QML.
    ui::DemoSingleton::provide(&demo);
    QCOMPARE(ui::DemoSingleton::create(&engine, &engine), &demo);
    QCOMPARE(QJSEngine::objectOwnership(&demo), QJSEngine::CppOwnership);
    ui::DemoSingleton::provide(nullptr);
}

void TestDemoController::rateWritesReachTheShoppers()
{
    test::UiTestShop shop;
    demo::DemoRun run(shop.shop(), test::quickDemo(5));
    DemoController demo;
    QSignalSpy activeSpy(&demo, &DemoController::activeChanged);
    QSignalSpy rateSpy(&demo, &DemoController::rateChanged);
    QVERIFY(activeSpy.isValid() && rateSpy.isValid());

    demo.setDemo(&run);
    QVERIFY(demo.isActive());
    QCOMPARE(activeSpy.count(), 1);
    QCOMPARE(demo.cycle(), 0); // not started yet
    QVERIFY(!demo.hasNextFault());
    run.start();
    QCOMPARE(run.rate(), 5.0);
    QTRY_COMPARE(demo.rate(), 5.0); // read on the next refresh
    QCOMPARE(demo.rateText(), u"5.0 checkouts/s"_s);
    QTRY_VERIFY(demo.hasNextFault());
    QCOMPARE(demo.cycle(), 1);

    rateSpy.clear();
    demo.setRate(12);
    QCOMPARE(run.rate(), 12.0);
    QCOMPARE(demo.rate(), 12.0);
    QCOMPARE(demo.rateText(), u"12 checkouts/s"_s);
    QCOMPARE(rateSpy.count(), 1);
    demo.setRate(12); // unchanged: no signal
    QCOMPARE(rateSpy.count(), 1);

    demo.setRate(1'000); // clamped to the demo's range
    QCOMPARE(run.rate(), demo::DemoRun::MaxRate);
    demo.setRate(0.01);
    QCOMPARE(run.rate(), demo::DemoRun::MinRate);
    demo.setRate(qQNaN());
    QCOMPARE(run.rate(), demo::DemoRun::MinRate);

    demo.setRate(7);
    demo.pause();
    QVERIFY(demo.isPaused());
    QCOMPARE(run.rate(), 0.0);
    QCOMPARE(demo.rateText(), u"paused"_s);
    QCOMPARE(demo.resumeRate(), 7.0);
    demo.resume();
    QVERIFY(!demo.isPaused());
    QCOMPARE(run.rate(), 7.0);
    demo.setRate(-1); // 0 or less pauses too
    QVERIFY(demo.isPaused());
    QCOMPARE(run.rate(), 0.0);
    demo.setRate(3);

    // A rate set elsewhere (the HTTP API, the headless runner) shows on the next refresh.
    run.setRate(20);
    QTRY_COMPARE(demo.rate(), 20.0);

    // The slider's logarithmic scale: ends, readable steps, monotonic, and back.
    QCOMPARE(DemoController::rateForPosition(0), demo::DemoRun::MinRate);
    QCOMPARE(DemoController::rateForPosition(1), demo::DemoRun::MaxRate);
    QCOMPARE(DemoController::rateForPosition(-3), demo::DemoRun::MinRate);
    QCOMPARE(DemoController::positionForRate(demo::DemoRun::MinRate), 0.0);
    QCOMPARE(DemoController::positionForRate(demo::DemoRun::MaxRate), 1.0);
    double previous = 0;
    for (int i = 0; i <= 100; ++i) {
        const double rate = DemoController::rateForPosition(i / 100.0);
        QVERIFY2(rate >= previous, qPrintable(u"%1 after %2"_s.arg(rate).arg(previous)));
        previous = rate;
        QVERIFY(qAbs(DemoController::rateForPosition(DemoController::positionForRate(rate)) - rate) < 1e-9);
    }
    QCOMPARE(DemoController::rateForPosition(DemoController::positionForRate(5)), 5.0);

    demo.setDemo(nullptr);
    QVERIFY(!demo.isActive());
    QCOMPARE(activeSpy.count(), 2);
    QCOMPARE(demo.rate(), 0.0);
}

void TestDemoController::tallyRisesAndStagedFaultsArriveAsRows()
{
    test::UiTestShop shop;
    demo::DemoRun run(shop.shop(), test::quickDemo(5));
    DemoController demo;
    demo.setRefreshMs(50);
    DemoFaultListModel &fired = *demo.firedFaults();
    QAbstractItemModelTester tester(&fired, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy tallySpy(&demo, &DemoController::tallyChanged);
    QSignalSpy firedSpy(&demo, &DemoController::faultFired);
    QVERIFY(tallySpy.isValid() && firedSpy.isValid());

    demo.setDemo(&run);
    run.start();

    // The timetable, in order of time, with words for people.
    const QVariantList script = demo.script();
    QCOMPARE(script.size(), 4);
    QCOMPARE(demo.cycleSeconds(), 4);
    const QVariantMap outage = script.at(3).toMap();
    QCOMPARE(outage.value(u"key"_s).toString(), u"export-outage"_s);
    QCOMPARE(outage.value(u"title"_s).toString(), demo::faultTitle(demo::FaultKind::ExportOutage));
    QCOMPARE(outage.value(u"description"_s).toString(), demo::faultDescription(demo::FaultKind::ExportOutage));
    QCOMPARE(outage.value(u"atSeconds"_s).toDouble(), 1.1);
    QCOMPARE(script.at(0).toMap().value(u"key"_s).toString(), u"balance-failure"_s);

    // Every fault of the first round arrives, newest first, with its title.
    QTRY_VERIFY_WITH_TIMEOUT(fired.count() >= 4, 20'000);
    QCOMPARE(fired.total(), fired.count());
    QCOMPARE(firedSpy.count(), fired.count());
    QStringList keys;
    for (int row = 0; row < fired.count(); ++row) {
        keys.append(role(fired, row, DemoFaultListModel::KeyRole));
        QVERIFY(!role(fired, row, DemoFaultListModel::TitleRole).isEmpty());
        QVERIFY(!role(fired, row, DemoFaultListModel::DetailRole).isEmpty());
        if (row > 0) { // newest first
            QVERIFY(fired.data(fired.index(row - 1), DemoFaultListModel::CycleRole).toInt()
                    >= fired.data(fired.index(row), DemoFaultListModel::CycleRole).toInt());
        }
    }
    for (const QString &key : {u"balance-failure"_s, u"duplicate-delivery"_s, u"dropped-event"_s, u"export-outage"_s})
        QVERIFY2(keys.contains(key), qPrintable(keys.join(u", "_s)));
    const int balanceRow = int(keys.lastIndexOf(u"balance-failure"_s));
    QCOMPARE(role(fired, balanceRow, DemoFaultListModel::TitleRole), demo::faultTitle(demo::FaultKind::BalanceFailure));
    QVERIFY(!role(fired, balanceRow, DemoFaultListModel::SagaIdRole).isEmpty());
    QVERIFY(fired.data(fired.index(balanceRow), DemoFaultListModel::OrderIdRole).toLongLong() > 0);
    QCOMPARE(fired.data(fired.index(balanceRow), DemoFaultListModel::CycleRole).toInt(), 1);
    QCOMPARE(role(fired, balanceRow, DemoFaultListModel::SinceStartTextRole), u"0:00"_s);

    // The tally: checkouts confirm, the Balance failure fails and is compensated, the
    // transient Balance errors were retried, the duplicated deliveries absorbed.
    QTRY_VERIFY_WITH_TIMEOUT(demo.checkouts() >= 5 && demo.confirmed() >= 3, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(demo.failed() >= 1 && demo.compensated() >= 1, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(demo.retries() >= 1 && demo.duplicates() >= 1, 20'000);
    QVERIFY(tallySpy.count() >= 3);
    const demo::DemoTally tally = run.tally();
    QVERIFY(demo.checkouts() <= tally.checkouts);
    QVERIFY(demo.elapsedSeconds() >= 1);
}

void TestDemoController::faultsStagedBeforehandAreListedOnce()
{
    test::UiTestShop shop;
    demo::DemoRun run(shop.shop(), test::quickDemo(2));
    run.start();
    QTRY_VERIFY_WITH_TIMEOUT(run.fired().size() >= 2, 20'000);

    DemoController demo;
    demo.setRefreshMs(50);
    demo.setDemo(&run);
    DemoFaultListModel &fired = *demo.firedFaults();
    QAbstractItemModelTester tester(&fired, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(fired.count() >= 2);

    // The rest of the round, and the next round's first, arrive once each: the rows are the
    // run's faults, newest first, none twice, none missing.
    QTRY_VERIFY_WITH_TIMEOUT(run.fired().size() >= 5, 20'000);
    QList<demo::FiredFault> all;
    const auto listedOnce = [&] {
        all = run.fired();
        if (fired.count() != all.size())
            return false;
        for (int row = 0; row < fired.count(); ++row) {
            const demo::FiredFault &f = all.at(all.size() - 1 - row);
            if (role(fired, row, DemoFaultListModel::KeyRole) != demo::faultKey(f.kind)
                || fired.data(fired.index(row), DemoFaultListModel::CycleRole).toInt() != f.cycle)
                return false;
        }
        return true;
    };
    QTRY_VERIFY(listedOnce());
    QVERIFY(fired.data(fired.index(0), DemoFaultListModel::CycleRole).toInt() >= 2);

    // At most `limit` rows; `total` still counts every one.
    fired.setLimit(3);
    QCOMPARE(fired.count(), 3);
    QCOMPARE(fired.total(), int(all.size()));
}

void TestDemoController::countdownRunsDownToTheNextFault()
{
    test::UiTestShop shop;
    demo::DemoRun::Config config;
    config.checkoutsPerSecond = 1;
    config.script.cycleMs = 60'000;
    config.script.faults = {{demo::FaultKind::DuplicateDelivery, 3'500, 0},
                            {demo::FaultKind::ExportOutage, 30'000, 5'000}};
    demo::DemoRun run(shop.shop(), config);
    DemoController demo;
    demo.setRefreshMs(50);
    QSignalSpy nextSpy(&demo, &DemoController::nextFaultChanged);
    QVERIFY(nextSpy.isValid());
    demo.setDemo(&run);
    run.start();

    QTRY_VERIFY(demo.hasNextFault());
    QCOMPARE(demo.nextFaultKey(), u"duplicate-delivery"_s);
    QCOMPARE(demo.nextFaultIndex(), 0);
    QCOMPARE(demo.nextFaultTitle(), demo::faultTitle(demo::FaultKind::DuplicateDelivery));
    QCOMPARE(demo.nextFaultDescription(), demo::faultDescription(demo::FaultKind::DuplicateDelivery));
    const int first = demo.nextFaultInSeconds();
    QVERIFY2(first == 4 || first == 3, qPrintable(QString::number(first)));
    // Whole seconds, counting down, each announced once.
    QTRY_COMPARE_WITH_TIMEOUT(demo.nextFaultInSeconds(), first - 1, 3'000);
    QTRY_COMPARE_WITH_TIMEOUT(demo.nextFaultInSeconds(), first - 2, 3'000);
    QVERIFY2(nextSpy.count() <= 5, qPrintable(QString::number(nextSpy.count())));
    // Once it fired, the countdown moves on to the outage.
    QTRY_COMPARE_WITH_TIMEOUT(demo.nextFaultKey(), u"export-outage"_s, 5'000);
    QCOMPARE(demo.nextFaultIndex(), 1);
    QVERIFY(demo.nextFaultInSeconds() >= 25 && demo.nextFaultInSeconds() <= 27);
    QCOMPARE(demo.script().at(1).toMap().value(u"atText"_s).toString(), u"0:30–0:35"_s);
    QCOMPARE(demo.script().at(1).toMap().value(u"lastsSeconds"_s).toDouble(), 5.0);
    QTRY_COMPARE(demo.firedFaults()->count(), 1);
    QVERIFY(demo.cycleProgress() > 0.04 && demo.cycleProgress() < 0.2);
}

void TestDemoController::controllerCanGoWhileFaultsFire()
{
    // Faults every 50 ms; controllers come and go meanwhile. A slot call on the demo's
    // thread, or a hop already queued, must never reach a controller that is gone (under
    // ASan this would be a use after free; here at least a crash).
    test::UiTestShop shop;
    demo::DemoRun::Config config;
    config.checkoutsPerSecond = 0.1;
    config.script.cycleMs = 1'000;
    config.script.faults.clear();
    for (qint64 at = 0; at < 1'000; at += 50)
        config.script.faults.append({demo::FaultKind::DuplicateDelivery, at, 0});
    demo::DemoRun run(shop.shop(), config);
    run.start();
    const qsizetype target = run.fired().size() + 30;
    int created = 0;
    while (run.fired().size() < target) {
        auto demo = std::make_unique<DemoController>();
        demo->setDemo(&run);
        ++created;
        QTest::qWait(5); // let hops queue up and some run
        demo.reset();    // the hops still queued die with it
    }
    QCoreApplication::processEvents(); // nothing left to land anywhere
    QVERIFY(created > 5);

    // A controller that stays gets every fault, those before it came and those after.
    DemoController demo;
    demo.setDemo(&run);
    const int before = demo.firedFaults()->total();
    QTRY_VERIFY(demo.firedFaults()->total() >= before + 5);
    run.finish(10'000); // no more faults from here on
    QTRY_COMPARE(demo.firedFaults()->total(), int(run.fired().size()));
}

void TestDemoController::faultsModelShowsTheTimetablesPlans()
{
    // The admin Faults page's service cards follow what the timetable stages, although the
    // page did not set it: FaultsModel re-reads the injectors and the outage every second.
    test::UiTestShop shop;
    ui::FaultsModel faults; // its default refresh (1 s)
    QAbstractItemModelTester tester(&faults, QAbstractItemModelTester::FailureReportingMode::QtTest);
    faults.setBackend(&shop.backend());
    QCOMPARE(faults.activeCount(), 0);

    demo::DemoRun::Config config;
    config.checkoutsPerSecond = 1;
    config.script.cycleMs = 10'000;
    config.script.faults = {{demo::FaultKind::ExportOutage, 300, 2'500}};
    config.repeat = false;
    demo::DemoRun run(shop.shop(), config);
    run.start();

    QTRY_VERIFY_WITH_TIMEOUT(faults.exportDown(), 3'000);
    QCOMPARE(exportPlans(faults), QStringList{u"endpoint down"_s});
    QVERIFY(faults.activeCount() >= 1);
    // The outage ends on the timetable's word; the card follows.
    QTRY_VERIFY_WITH_TIMEOUT(!faults.exportDown(), 5'000);
    QVERIFY(exportPlans(faults).isEmpty());
}

QTEST_MAIN(TestDemoController)
#include "tst_democontroller.moc"
