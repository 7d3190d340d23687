// ReconcileRunsModel over the real backend: runs appear at the top as they finish (asked for
// with runNow() or run by the reconciler itself), with what each found and did; at most 20.

#include "admin/actions/ActionsScenario.h"

#include "bus/FaultInjector.h"
#include "shop/Reconciler.h"
#include "ui/admin/reconcile/ReconcileRunsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using test::ActionsShop;
using ui::ReconcileRunsModel;

class TestReconcileRunsModel : public QObject
{
    Q_OBJECT

private slots:
    void runNowPutsTheReportOnTop();
    void aStuckSagaShowsWhatWasDone();
    void runsByTheReconcilerItselfAppearAndTheOldestLeave();
    void aRunThatCannotHappenSaysWhy();
};

void TestReconcileRunsModel::runNowPutsTheReportOnTop()
{
    ActionsShop s;
    ReconcileRunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&s.backend());
    QCOMPARE(model.rowCount(), 0);
    const QHash<int, QByteArray> names = model.roleNames();
    for (const char *name : {"startedAt", "finishedAt", "durationMs", "sagasExamined", "stuckSagas", "redelivered",
                             "repaired", "markedAbnormal", "actions", "error", "startedText", "summaryText"})
        QVERIFY2(names.values().contains(QByteArray(name)), name);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy finished(&model, &ReconcileRunsModel::runFinished);
    QSignalSpy busy(&model, &ReconcileRunsModel::busyChanged);
    QVERIFY(inserted.isValid() && reset.isValid() && finished.isValid() && busy.isValid());
    model.runNow();
    QVERIFY(model.isBusy());
    model.runNow(); // ignored while busy
    QVERIFY(finished.wait(10'000));
    QVERIFY(!model.isBusy());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(reset.size(), 0);
    const QModelIndex top = model.index(0);
    QCOMPARE(top.data(ReconcileRunsModel::SagasExaminedRole).toInt(), 0);
    QCOMPARE(top.data(ReconcileRunsModel::ActionsRole).toStringList(), QStringList());
    QVERIFY(top.data(ReconcileRunsModel::StartedAtRole).toLongLong() > 0);
    QVERIFY(top.data(ReconcileRunsModel::DurationMsRole).toLongLong() >= 0);
    QCOMPARE(top.data(ReconcileRunsModel::SummaryTextRole).toString(), finished.first().at(1).toString());
    QVERIFY2(top.data(ReconcileRunsModel::SummaryTextRole).toString().endsWith(u"none stuck; nothing to do."_s),
             qPrintable(top.data(ReconcileRunsModel::SummaryTextRole).toString()));
    QCOMPARE(top.data(ReconcileRunsModel::StartedTextRole).toString().size(), 19); // yyyy-MM-dd HH:mm:ss

    // A model made later lists the runs so far.
    ReconcileRunsModel later;
    QAbstractItemModelTester laterTester(&later, QAbstractItemModelTester::FailureReportingMode::QtTest);
    later.setBackend(&s.backend());
    QCOMPARE(later.rowCount(), 1);
}

void TestReconcileRunsModel::aStuckSagaShowsWhatWasDone()
{
    ActionsShop s(300);
    QVERIFY(s.charge(2, 100'000));
    QVERIFY(s.shop().coupons().faults().set({bus::FaultInjector::Mode::Drop, 1, 0, 0}).isEmpty());
    const auto placed = s.place(2, u"p01"_s, 1);
    QTRY_COMPARE(s.shop().coupons().stats().dropped, qint64(1));
    // Stuck: no progress for longer than stuckAfterMs (300 ms).
    QTRY_VERIFY(test::valueOr(s.shop().sagaLog().saga(placed.sagaId), std::optional<saga::SagaSummary>{})
                    .value_or(saga::SagaSummary{})
                    .updatedAt
                < bus::HybridClock::nowMs() - 400);

    ReconcileRunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&s.backend());
    QSignalSpy finished(&model, &ReconcileRunsModel::runFinished);
    model.runNow();
    QVERIFY(finished.wait(10'000));
    const QModelIndex top = model.index(0);
    QCOMPARE(top.data(ReconcileRunsModel::StuckSagasRole).toInt(), 1);
    QCOMPARE(top.data(ReconcileRunsModel::RedeliveredRole).toInt(), 1);
    QCOMPARE(top.data(ReconcileRunsModel::ActionsRole).toStringList(),
             QStringList{u"saga %1: delivered InventoryDeducted to coupon again (it never arrived)"_s.arg(placed.sagaId)});
    const QString summary = top.data(ReconcileRunsModel::SummaryTextRole).toString();
    QVERIFY2(summary.contains(u"1 stuck"_s) && summary.contains(u"re-delivered"_s), qPrintable(summary));
    QTRY_COMPARE(s.status(placed.orderId), u"CONFIRMED"_s);
}

void TestReconcileRunsModel::runsByTheReconcilerItselfAppearAndTheOldestLeave()
{
    ActionsShop s;
    ReconcileRunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&s.backend());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Not through the model: the reconciler's own runs (its timer does the same).
    const shop::ReconcileReport first = test::await(s.shop().reconciler().runNow());
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(ReconcileRunsModel::StartedAtRole).toLongLong(), first.startedAt);
    for (int i = 0; i < ReconcileRunsModel::MaxRuns; ++i)
        test::await(s.shop().reconciler().runNow());
    QTRY_COMPARE(inserted.size(), ReconcileRunsModel::MaxRuns + 1);
    QCOMPARE(model.rowCount(), ReconcileRunsModel::MaxRuns);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(reset.size(), 0);
    // Newest first, the same runs as the reconciler keeps.
    const QList<shop::ReconcileReport> runs = s.shop().reconciler().recentRuns();
    QCOMPARE(runs.size(), ReconcileRunsModel::MaxRuns);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row).data(ReconcileRunsModel::StartedAtRole).toLongLong(), runs.at(row).startedAt);
}

void TestReconcileRunsModel::aRunThatCannotHappenSaysWhy()
{
    ActionsShop s;
    ReconcileRunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&s.backend());
    s.shop().stop();
    QSignalSpy finished(&model, &ReconcileRunsModel::runFinished);
    model.runNow();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(model.error(), u"The reconciler could not run: the backend is not running"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(ReconcileRunsModel::SummaryTextRole).toString(),
             u"Did not run: the backend is not running"_s);
}

QTEST_MAIN(TestReconcileRunsModel)
#include "tst_reconcilerunsmodel.moc"
