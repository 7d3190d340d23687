// FaultsModel against the real backend: a row per service, plans applied and cleared through
// the services' fault injectors, refused plans explained, plans counting down live, and the
// export endpoint's outage end to end: retries, a dead letter, an alert; then back up, the
// dead letter is retried from the dead-letter view and handled.

#include "admin/deadletters/OpsScenario.h"

#include "bus/Notifications.h"
#include "shop/Shop.h"
#include "ui/admin/alerts/AlertFeedModel.h"
#include "ui/admin/deadletters/DeadLetterGroupModel.h"
#include "ui/admin/faults/FaultsModel.h"

#include <boost/signals2/connection.hpp>

#include <QAbstractItemModelTester>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using ui::FaultsModel;

namespace {

QVariant value(const FaultsModel &m, const QString &service, FaultsModel::Role role)
{
    return m.data(m.index(m.indexOfService(service), 0), role);
}

QStringList planTexts(const FaultsModel &m, const QString &service)
{
    QStringList texts;
    for (const QVariant &plan : value(m, service, FaultsModel::PlansRole).toList())
        texts.append(plan.toMap().value(u"text"_s).toString());
    return texts;
}

} // namespace

class TestFaultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void oneRowPerService();
    void setAndClearPlans();
    void refusedPlansSayWhy();
    void plansCountDownLive();
    void exportOutageRetriesDeadLettersAndAlerts();
    void clearAllClearsEverything();
};

void TestFaultsModel::oneRowPerService()
{
    test::UiTestShop shop;
    FaultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&shop.backend());
    QCOMPARE(model.count(), int(shop.shop().serviceNames().size()));
    for (int row = 0; row < model.count(); ++row) {
        QCOMPARE(model.data(model.index(row, 0), FaultsModel::ServiceRole).toString(),
                 shop.shop().serviceNames().at(row));
        QVERIFY(!model.data(model.index(row, 0), FaultsModel::HasFaultsRole).toBool());
    }
    QVERIFY(model.indexOfService(u"export"_s) >= 0);
    QCOMPARE(model.activeCount(), 0);
    QVERIFY(!model.exportDown());
    QCOMPARE(model.modes().size(), 5);
    QCOMPARE(model.modes().first().toMap().value(u"key"_s).toString(), u"failNext"_s);
}

void TestFaultsModel::setAndClearPlans()
{
    test::UiTestShop shop;
    FaultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&shop.backend());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(changed.isValid() && reset.isValid());

    QVERIFY(model.set(u"inventory"_s, u"failNext"_s, 3, 0, 0));
    QCOMPARE(planTexts(model, u"inventory"_s), QStringList{u"fail next 3"_s});
    QVERIFY(value(model, u"inventory"_s, FaultsModel::HasFaultsRole).toBool());
    QCOMPARE(model.activeCount(), 1);
    QVERIFY(test::onlyRowChanged(changed, model.indexOfService(u"inventory"_s)));
    const auto active = shop.shop().inventory().faults().active();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().count, 3);

    QVERIFY(model.set(u"inventory"_s, u"delay"_s, 0, 0, 250));
    QVERIFY(model.set(u"coupon"_s, u"failRandom"_s, 0, 0.3, 0));
    QVERIFY(model.set(u"payment"_s, u"duplicate"_s, 2, 0, 0));
    QVERIFY(model.set(u"balance"_s, u"drop"_s, 1, 0, 0));
    QCOMPARE(planTexts(model, u"inventory"_s), (QStringList{u"fail next 3"_s, u"delay 250 ms"_s}));
    QCOMPARE(value(model, u"inventory"_s, FaultsModel::PlansTextRole).toString(), u"fail next 3, delay 250 ms"_s);
    QCOMPARE(planTexts(model, u"coupon"_s), QStringList{u"fail 30 %"_s});
    QCOMPARE(planTexts(model, u"payment"_s), QStringList{u"duplicate next 2"_s});
    QCOMPARE(planTexts(model, u"balance"_s), QStringList{u"drop next 1"_s});
    QCOMPARE(model.activeCount(), 4);

    model.clearMode(u"inventory"_s, u"fail"_s);
    QCOMPARE(planTexts(model, u"inventory"_s), QStringList{u"delay 250 ms"_s});
    model.clear(u"inventory"_s);
    QVERIFY(planTexts(model, u"inventory"_s).isEmpty());
    QVERIFY(shop.shop().inventory().faults().active().isEmpty());
    QCOMPARE(model.activeCount(), 3);
    QCOMPARE(reset.count(), 0);
}

void TestFaultsModel::refusedPlansSayWhy()
{
    test::UiTestShop shop;
    FaultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&shop.backend());

    QVERIFY(!model.set(u"inventory"_s, u"delay"_s, 0, 0, 0));
    QCOMPARE(value(model, u"inventory"_s, FaultsModel::ErrorRole).toString(),
             u"inventory: not applied, delayMs must be between 1 and 60000."_s);
    QVERIFY(!model.set(u"inventory"_s, u"failRandom"_s, 0, 1.5, 0));
    QCOMPARE(value(model, u"inventory"_s, FaultsModel::ErrorRole).toString(),
             u"inventory: not applied, probability must be between 0 and 1."_s);
    QVERIFY(!model.set(u"inventory"_s, u"failNext"_s, 0, 0, 0));
    QCOMPARE(value(model, u"inventory"_s, FaultsModel::ErrorRole).toString(),
             u"inventory: not applied, fail needs a count or a probability."_s);
    QVERIFY(!model.set(u"inventory"_s, u"drop"_s, -2, 0, 0));
    QVERIFY(value(model, u"inventory"_s, FaultsModel::ErrorRole).toString().contains(u"count must be between 1"_s));
    QVERIFY(!model.set(u"inventory"_s, u"explode"_s, 1, 0, 0));
    QCOMPARE(model.error(), u"There is no fault mode \"explode\" (fail, delay, duplicate or drop)."_s);
    QVERIFY(!model.set(u"warehouse"_s, u"fail"_s, 1, 0, 0));
    QCOMPARE(model.error(), u"There is no service called \"warehouse\"."_s);
    QVERIFY(shop.shop().inventory().faults().active().isEmpty()); // nothing refused was applied
    QCOMPARE(model.activeCount(), 0);

    // A good plan clears the row's error.
    QVERIFY(model.set(u"inventory"_s, u"delay"_s, 0, 0, 10));
    QCOMPARE(value(model, u"inventory"_s, FaultsModel::ErrorRole).toString(), QString());
    QCOMPARE(model.error(), QString());
}

void TestFaultsModel::plansCountDownLive()
{
    test::UiTestShop shop;
    FaultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRefreshMs(50);
    model.setBackend(&shop.backend());
    QVERIFY(model.set(u"statistics"_s, u"failNext"_s, 2, 0, 0));
    QCOMPARE(planTexts(model, u"statistics"_s), QStringList{u"fail next 2"_s});

    QVERIFY(test::placeOneOrder(shop) > 0);
    // Two failures consume the plan (the third attempt succeeds): the row follows by itself.
    QTRY_VERIFY_WITH_TIMEOUT(planTexts(model, u"statistics"_s).isEmpty(), test::kSagaTimeoutMs);
    QCOMPARE(model.activeCount(), 0);
    QTRY_COMPARE(shop.shop().statistics().stats().retried, 2);
    QVERIFY(test::deadLetters(shop).isEmpty());
}

void TestFaultsModel::exportOutageRetriesDeadLettersAndAlerts()
{
    test::UiTestShop shop;
    QMutex mutex;
    int exportRetries = 0;
    int exportDeadLetters = 0;
    boost::signals2::scoped_connection failures = shop.shop().bus().connectEventFailed([&](const bus::EventFailed &e) {
        if (e.consumer != u"export"_s)
            return;
        QMutexLocker lock(&mutex);
        ++(e.deadLettered ? exportDeadLetters : exportRetries);
    });
    const auto counts = [&] {
        QMutexLocker lock(&mutex);
        return std::pair{exportRetries, exportDeadLetters};
    };

    FaultsModel faults;
    QAbstractItemModelTester faultsTester(&faults, QAbstractItemModelTester::FailureReportingMode::QtTest);
    faults.setBackend(&shop.backend());
    ui::AlertFeedModel alerts;
    alerts.setBackend(&shop.backend());
    ui::DeadLetterGroupModel deadLetters;
    deadLetters.setBackend(&shop.backend());
    QTRY_VERIFY(alerts.isLoaded() && deadLetters.isLoaded());
    QSignalSpy downSpy(&faults, &FaultsModel::exportDownChanged);
    QVERIFY(downSpy.isValid());

    faults.setExportDown(true);
    QVERIFY(faults.exportDown());
    QVERIFY(shop.shop().exports().outage());
    QCOMPARE(downSpy.count(), 1);
    QCOMPARE(planTexts(faults, u"export"_s), QStringList{u"endpoint down"_s});
    QCOMPARE(faults.activeCount(), 1);

    const qint64 orderId = test::placeOneOrder(shop);
    QVERIFY(orderId > 0);
    // Retried (4 times), then dead-lettered, and an alert raised: seen by the other views.
    QTRY_VERIFY_WITH_TIMEOUT(deadLetters.count() == 1, test::kSagaTimeoutMs);
    QCOMPARE(counts(), (std::pair{4, 1}));
    QTRY_COMPARE(alerts.count(), 1);
    QCOMPARE(alerts.data(alerts.index(0, 0), ui::AlertFeedModel::KindRole).toString(), u"export_failed"_s);
    QCOMPARE(alerts.data(alerts.index(0, 0), ui::AlertFeedModel::OrderIdRole).toLongLong(), orderId);
    QCOMPARE(deadLetters.data(deadLetters.index(0, 0), ui::DeadLetterGroupModel::ConsumerRole).toString(), u"export"_s);
    // The order itself is confirmed: an export failure never undoes it.
    QCOMPARE(test::orderStatus(shop, orderId), u"CONFIRMED"_s);

    // Back up: the dead letter is retried from the dead-letter view and handled.
    faults.clearMode(u"export"_s, FaultsModel::OutageMode);
    QVERIFY(!faults.exportDown());
    QVERIFY(!shop.shop().exports().outage());
    QCOMPARE(downSpy.count(), 2);
    QVERIFY(planTexts(faults, u"export"_s).isEmpty());
    deadLetters.retryAll();
    QTRY_COMPARE(deadLetters.count(), 0);
    QCOMPARE(test::await(shop.shop().exports().exportState(orderId)).value.value_or(QString()), u"skipped"_s);
}

void TestFaultsModel::clearAllClearsEverything()
{
    test::UiTestShop shop;
    FaultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&shop.backend());
    QVERIFY(model.set(u"inventory"_s, u"failNext"_s, 3, 0, 0));
    QVERIFY(model.set(u"order"_s, u"delay"_s, 0, 0, 5));
    model.setExportDown(true);
    QCOMPARE(model.activeCount(), 3);
    QVERIFY(!model.set(u"coupon"_s, u"delay"_s, 0, 0, 0)); // leaves an error on its row

    model.clearAll();
    QCOMPARE(model.activeCount(), 0);
    QVERIFY(!model.exportDown());
    QVERIFY(!shop.shop().exports().outage());
    for (const QString &service : shop.shop().serviceNames()) {
        QVERIFY(shop.shop().service(service)->faults().active().isEmpty());
        QCOMPARE(value(model, service, FaultsModel::ErrorRole).toString(), QString());
    }
}

QTEST_MAIN(TestFaultsModel)
#include "tst_faultsmodel.moc"
