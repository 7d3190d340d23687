// SagaTimelineModel on a real Shop: a confirmed checkout, one the balance cannot pay (the
// compensations), a retried handler, a dead-lettered one, the pending markers of a step held
// back by a delay fault, and live updates merged as rows (never a reset).

#include "TimelineScenario.h"
#include "bus/FaultInjector.h"
#include "saga/CheckoutEvents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace sagashop;
using M = ui::SagaTimelineModel;
using test::kTimelineTimeoutMs;
using test::roleAt;
using test::rowsOf;
namespace E = saga::CheckoutEvents;

namespace {

struct Fixture
{
    test::UiTestShop shop;
    M model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};

    /// Shows `sagaId` and waits until the saga expects nothing more.
    [[nodiscard]] bool showFinished(const QString &sagaId)
    {
        model.setBackend(&shop.backend());
        model.setSagaId(sagaId);
        return QTest::qWaitFor(
                [this] {
                    // A terminal status too: an early read may see no saga (or half of it) yet,
                    // and nothing is expected of a saga the log has not seen.
                    static const QStringList terminal{u"completed"_s, u"compensated"_s, u"failed"_s, u"abnormal"_s};
                    return model.isLoaded() && !model.isLive() && terminal.contains(model.status());
                }, kTimelineTimeoutMs);
    }
};

QString text(const M &model, int row, M::Role role)
{
    return roleAt(model, row, role).toString();
}

} // namespace

class TestSagaTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aConfirmedCheckout();
    void aCheckoutTheBalanceCannotPay();
    void aRetriedHandler();
    void aDeadLetteredHandler();
    void pendingMarkersWhileAStepIsHeldBack();
    void liveUpdatesInsertRows();
    void badSagaIdsSayWhy();
};

void TestSagaTimelineModel::aConfirmedCheckout()
{
    Fixture f;
    f.shop.charge(1, 100'000);
    const QString sagaId = test::placeSaga(f.shop, 1, {{u"p01"_s, 2, 0}});
    QVERIFY(!sagaId.isEmpty());
    QVERIFY(f.showFinished(sagaId));
    M &model = f.model;
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), u"completed"_s, kTimelineTimeoutMs);

    const QStringList roles = [&] {
        QStringList names;
        for (const QByteArray &name : model.roleNames())
            names << QString::fromLatin1(name);
        return names;
    }();
    for (const char *name : {"lane", "service", "at", "offsetMs", "kind", "eventType", "eventId",
                 "attempt", "error", "causeRow", "durationFromCauseMs", "payloadJson", "pending"})
        QVERIFY2(roles.contains(QString::fromLatin1(name)), name);

    QCOMPARE(model.lanes(),
            (QStringList{u"order"_s, u"inventory"_s, u"coupon"_s, u"balance"_s, u"payment"_s,
                    u"statistics"_s, u"export"_s}));
    const QStringList problems = test::timelineProblems(model);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(model.markerCount(), model.rowCount());
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(rowsOf(model, u"published"_s).size(), 8);
    QCOMPARE(rowsOf(model, u"handled"_s).size(), 9);
    QCOMPARE(rowsOf(model, u"compensation"_s).size(), 0);
    QCOMPARE(model.rowCount(), 17);

    // The saga starts with the order placed; nothing caused it.
    QCOMPARE(text(model, 0, M::EventTypeRole), E::PaymentRequested);
    QCOMPARE(roleAt(model, 0, M::CauseRowRole).toInt(), -1);
    QCOMPARE(roleAt(model, 0, M::OffsetMsRole).toLongLong(), 0);
    QCOMPARE(roleAt(model, 0, M::AtRole).toLongLong(), model.startedAt());

    // Cause -> effect: each handling follows its event; each later event its handler.
    for (const int row : rowsOf(model, u"handled"_s)) {
        const int cause = roleAt(model, row, M::CauseRowRole).toInt();
        QVERIFY(cause >= 0);
        QCOMPARE(text(model, cause, M::KindRole), u"published"_s);
        QCOMPARE(text(model, cause, M::EventIdRole), text(model, row, M::EventIdRole));
        QCOMPARE(text(model, row, M::PayloadJsonRole), text(model, cause, M::PayloadJsonRole));
    }
    for (const int row : rowsOf(model, u"published"_s).mid(1)) {
        const int cause = roleAt(model, row, M::CauseRowRole).toInt();
        QVERIFY2(cause >= 0, qPrintable(text(model, row, M::EventTypeRole)));
        QCOMPARE(text(model, cause, M::KindRole), u"handled"_s);
        QCOMPARE(text(model, cause, M::ServiceRole), text(model, row, M::ServiceRole));
        QCOMPARE(text(model, cause, M::EventIdRole), text(model, row, M::CausationIdRole));
    }
    // Inventory deducted the stock in answer to PaymentRequested.
    const int deducted
            = rowsOf(model, u"published"_s, u"inventory"_s, E::InventoryDeducted).value(0, -1);
    QVERIFY(deducted > 0);
    const int handling = roleAt(model, deducted, M::CauseRowRole).toInt();
    QCOMPARE(text(model, handling, M::EventTypeRole), E::PaymentRequested);
    QCOMPARE(roleAt(model, deducted, M::LaneRole).toInt(), 1);
    QVERIFY(text(model, deducted, M::PayloadJsonRole).contains(u"\"amount\": 37800"_s));

    QVERIFY(model.endedAt() >= model.startedAt());
    QCOMPARE(model.durationMs(), model.endedAt() - model.startedAt());
    QVERIFY(!model.isLoading());
    QCOMPARE(model.error(), QString());

    const QVariantMap details = model.marker(deducted);
    QCOMPARE(details.value(u"eventType"_s).toString(), E::InventoryDeducted);
    QCOMPARE(details.value(u"row"_s).toInt(), deducted);
    QCOMPARE(details.value(u"summary"_s).toString(), u"inventory published InventoryDeducted"_s);
    QVERIFY(model.marker(-1).isEmpty());
    QVERIFY(model.marker(model.rowCount()).isEmpty());
}

void TestSagaTimelineModel::aCheckoutTheBalanceCannotPay()
{
    Fixture f; // user 2 has no money
    const qint64 coupon = test::issueCoupon(f.shop, 2, u"Welcome"_s);
    QVERIFY(coupon > 0);
    const QString sagaId = test::placeSaga(f.shop, 2, {{u"p01"_s, 1, 0}}, coupon);
    QVERIFY(!sagaId.isEmpty());
    QVERIFY(f.showFinished(sagaId));
    M &model = f.model;
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), u"compensated"_s, kTimelineTimeoutMs);
    const QStringList problems = test::timelineProblems(model);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // Never paid: no payment, statistics or export lane.
    QCOMPARE(model.lanes(), (QStringList{u"order"_s, u"inventory"_s, u"coupon"_s, u"balance"_s}));
    QCOMPARE(rowsOf(model, u"published"_s, u"balance"_s, E::BalanceFailed).size(), 1);

    // The stock and the coupon came back, each in its lane, each caused by its handling of
    // BalanceFailed.
    const QList<int> compensations = rowsOf(model, u"compensation"_s);
    QCOMPARE(compensations.size(), 2);
    for (const auto &[service, type] : {std::pair{u"inventory"_s, E::InventoryRestored},
                 std::pair{u"coupon"_s, E::CouponRestored}}) {
        const QList<int> rows = rowsOf(model, u"compensation"_s, service, type);
        QCOMPARE(rows.size(), 1);
        const int row = rows.first();
        QVERIFY(roleAt(model, row, M::CompensationRole).toBool());
        const int cause = roleAt(model, row, M::CauseRowRole).toInt();
        QCOMPARE(text(model, cause, M::KindRole), u"handled"_s);
        QCOMPARE(text(model, cause, M::ServiceRole), service);
        QCOMPARE(text(model, cause, M::EventTypeRole), E::BalanceFailed);
        QVERIFY(roleAt(model, cause, M::CompensationRole).toBool()); // a restore step
        QVERIFY(text(model, row, M::SummaryRole).contains(u"compensation"_s));
        // Order took note of it.
        bool noted = false;
        for (const int h : rowsOf(model, u"handled"_s, u"order"_s, type))
            noted = noted || roleAt(model, h, M::CauseRowRole).toInt() == row;
        QVERIFY(noted);
    }
    QCOMPARE(rowsOf(model, u"published"_s, u"order"_s, E::OrderFailed).size(), 1);
    QCOMPARE(rowsOf(model, u"published"_s, u"order"_s, E::OrderCompensated).size(), 1);
}

void TestSagaTimelineModel::aRetriedHandler()
{
    Fixture f;
    f.shop.charge(1, 100'000);
    QCOMPARE(f.shop.shop().inventory().faults().set({bus::FaultInjector::Mode::Fail, 1, 0, 0}),
            QString());
    const QString sagaId = test::placeSaga(f.shop, 1, {{u"p02"_s, 1, 0}});
    QVERIFY(f.showFinished(sagaId));
    M &model = f.model;
    const QStringList problems = test::timelineProblems(model);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    const QList<int> retries = rowsOf(model, u"retry"_s, u"inventory"_s, E::PaymentRequested);
    QCOMPARE(retries.size(), 1);
    const int retry = retries.first();
    QCOMPARE(roleAt(model, retry, M::AttemptRole).toInt(), 1);
    QVERIFY2(text(model, retry, M::ErrorRole).contains(u"injected failure"_s),
            qPrintable(text(model, retry, M::ErrorRole)));
    QCOMPARE(text(model, roleAt(model, retry, M::CauseRowRole).toInt(), M::EventTypeRole),
            E::PaymentRequested);

    const QList<int> handled = rowsOf(model, u"handled"_s, u"inventory"_s, E::PaymentRequested);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(roleAt(model, handled.first(), M::AttemptRole).toInt(), 2);
    QCOMPARE(roleAt(model, handled.first(), M::CauseRowRole).toInt(), retry); // the retry chain
    QVERIFY(roleAt(model, handled.first(), M::DurationFromCauseMsRole).toLongLong() >= 0);
    QCOMPARE(text(model, handled.first(), M::SummaryRole),
            u"inventory handled PaymentRequested on attempt 2"_s);
    // What it published hangs off the successful attempt.
    const int deducted
            = rowsOf(model, u"published"_s, u"inventory"_s, E::InventoryDeducted).value(0, -1);
    QCOMPARE(roleAt(model, deducted, M::CauseRowRole).toInt(), handled.first());
}

void TestSagaTimelineModel::aDeadLetteredHandler()
{
    Fixture f;
    f.shop.charge(1, 100'000);
    QCOMPARE(f.shop.shop().statistics().faults().set({bus::FaultInjector::Mode::Fail, 0, 1.0, 0}),
            QString());
    const QString sagaId = test::placeSaga(f.shop, 1, {{u"p03"_s, 1, 0}});
    f.model.setBackend(&f.shop.backend());
    f.model.setSagaId(sagaId);
    M &model = f.model;
    QTRY_VERIFY_WITH_TIMEOUT(!rowsOf(model, u"deadLetter"_s).isEmpty(), kTimelineTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLive(), kTimelineTimeoutMs); // export done too
    f.shop.shop().statistics().faults().clearAll();
    const QStringList problems = test::timelineProblems(model);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    const QList<int> dead
            = rowsOf(model, u"deadLetter"_s, u"statistics"_s, E::ProductSalesRankRecorded);
    QCOMPARE(dead.size(), 1);
    const int row = dead.first();
    QCOMPARE(roleAt(model, row, M::AttemptRole).toInt(), 5); // ShopConfig's retry policy
    QVERIFY(text(model, row, M::ErrorRole).contains(u"injected failure"_s));
    QVERIFY(text(model, row, M::SummaryRole).contains(u"dead-letter queue"_s));
    // Four retries before it, chained along the statistics lane.
    const QList<int> retries = rowsOf(model, u"retry"_s, u"statistics"_s);
    QCOMPARE(retries.size(), 4);
    int link = row;
    for (int attempt = 4; attempt >= 1; --attempt) {
        link = roleAt(model, link, M::CauseRowRole).toInt();
        QCOMPARE(text(model, link, M::KindRole), u"retry"_s);
        QCOMPARE(roleAt(model, link, M::AttemptRole).toInt(), attempt);
    }
    QCOMPARE(text(model, roleAt(model, link, M::CauseRowRole).toInt(), M::EventTypeRole),
            E::ProductSalesRankRecorded);
    // A dead letter waits for an administrator: nothing is pending for it.
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(model.status(), u"completed"_s);
}

void TestSagaTimelineModel::pendingMarkersWhileAStepIsHeldBack()
{
    Fixture f;
    f.shop.charge(1, 100'000);
    QCOMPARE(f.shop.shop().balances().faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 4000}),
            QString());
    const QString sagaId = test::placeSaga(f.shop, 1, {{u"p04"_s, 1, 0}});
    M &model = f.model;
    model.setBackend(&f.shop.backend());
    model.setSagaId(sagaId);

    // Coupon has answered; Balance sleeps on CouponSkipped.
    QTRY_VERIFY_WITH_TIMEOUT(
            !rowsOf(model, u"published"_s, u"coupon"_s, E::CouponSkipped).isEmpty(),
            kTimelineTimeoutMs);
    QVERIFY(model.isLive());
    QVERIFY(rowsOf(model, u"handled"_s, u"balance"_s).isEmpty()); // still held back
    const QStringList problems = test::timelineProblems(model);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(model.endedAt(), 0);

    const QList<int> balance = rowsOf(model, u"pending"_s, u"balance"_s, E::CouponSkipped);
    QCOMPARE(balance.size(), 1);
    const int row = balance.first();
    QVERIFY(roleAt(model, row, M::PendingRole).toBool());
    QCOMPARE(roleAt(model, row, M::PendingDepthRole).toInt(), 0);
    QCOMPARE(roleAt(model, row, M::PublishesRole).toStringList(), QStringList{E::BalanceDeducted});
    QCOMPARE(roleAt(model, row, M::OtherwiseRole).toStringList(), QStringList{E::BalanceFailed});
    const int cause = roleAt(model, row, M::CauseRowRole).toInt();
    QCOMPARE(text(model, cause, M::EventTypeRole), E::CouponSkipped);
    QCOMPARE(text(model, cause, M::KindRole), u"published"_s);
    QCOMPARE(roleAt(model, row, M::OffsetMsRole).toLongLong(), model.nowOffsetMs());
    QCOMPARE(text(model, row, M::SummaryRole),
            u"balance is expected to handle CouponSkipped and publish BalanceDeducted (or BalanceFailed)"_s);
    QVERIFY(model.lanes().contains(u"payment"_s)); // expected, so drawn already
    QVERIFY(model.lanes().contains(u"export"_s));

    // The rest of the happy path is expected after it, each step caused by the one before.
    const QList<int> payment = rowsOf(model, u"pending"_s, u"payment"_s, E::BalanceDeducted);
    QCOMPARE(payment.size(), 1);
    QCOMPARE(roleAt(model, payment.first(), M::PendingDepthRole).toInt(), 1);
    QCOMPARE(roleAt(model, payment.first(), M::CauseRowRole).toInt(), row);
    QCOMPARE(roleAt(model, payment.first(), M::DurationFromCauseMsRole).toLongLong(), -1);

    // "Now" moves, and the pending markers with it (dataChanged on those rows only).
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    const qint64 before = model.nowOffsetMs();
    QTRY_VERIFY(model.nowOffsetMs() > before);
    QVERIFY(roleAt(model, row, M::OffsetMsRole).toLongLong() > before);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &args : std::as_const(changed))
        QVERIFY(roleAt(model, args.at(0).toModelIndex().row(), M::PendingRole).toBool()
                || args.at(2)
                           .value<QList<int>>()
                           .isEmpty()); // a clock tick touches pending rows only
    QVERIFY(model.durationMs() >= model.nowOffsetMs());

    // Once Balance wakes up, the expected steps become real ones and nothing is pending.
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLive(), kTimelineTimeoutMs);
    f.shop.shop().balances().faults().clearAll();
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(rowsOf(model, u"handled"_s, u"balance"_s, E::CouponSkipped).size(), 1);
    QVERIFY(model.endedAt() > 0);
    const QStringList after = test::timelineProblems(model);
    QVERIFY2(after.isEmpty(), qPrintable(after.join(u'\n')));
}

void TestSagaTimelineModel::liveUpdatesInsertRows()
{
    Fixture f;
    f.shop.charge(1, 100'000);
    // Inventory takes its time, so the timeline is open before the saga gets going.
    QCOMPARE(f.shop.shop().inventory().faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 1500}),
            QString());
    const QString sagaId = test::placeSaga(f.shop, 1, {{u"p05"_s, 1, 0}});
    M &model = f.model;
    QSignalSpy loadedSpy(&model, &M::loadedChanged);
    QVERIFY(loadedSpy.isValid());
    model.setBackend(&f.shop.backend());
    model.setSagaId(sagaId);
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), kTimelineTimeoutMs);
    QVERIFY(model.isLive());
    const int first = model.rowCount();

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy updated(&model, &M::timelineUpdated);
    QVERIFY(inserted.isValid() && removed.isValid() && reset.isValid() && updated.isValid());

    QTRY_VERIFY_WITH_TIMEOUT(!model.isLive(), kTimelineTimeoutMs);
    f.shop.shop().inventory().faults().clearAll();
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), u"completed"_s, kTimelineTimeoutMs);
    QCOMPARE(reset.count(), 0); // merged, never reset
    QVERIFY(inserted.count() > 0); // the new markers came in as rows
    QVERIFY(removed.count() > 0); // the fulfilled expectations left
    QVERIFY(!updated.isEmpty());
    QCOMPARE(model.rowCount(), 17);
    QVERIFY(model.rowCount() != first);
    const QStringList problems = test::timelineProblems(model);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // Another saga: a reset, and the new one loads.
    f.shop.shop().inventory().faults().clearAll();
    const QString other = test::placeSaga(f.shop, 1, {{u"p06"_s, 1, 0}});
    model.setSagaId(other);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded() && !model.isLive(), kTimelineTimeoutMs);
    QCOMPARE(text(model, 0, M::EventTypeRole), E::PaymentRequested);
}

void TestSagaTimelineModel::badSagaIdsSayWhy()
{
    Fixture f;
    M &model = f.model;
    model.setBackend(&f.shop.backend());
    model.setSagaId(u"order 12"_s);
    QVERIFY2(model.error().contains(u"is not a saga id"_s), qPrintable(model.error()));
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);

    model.setSagaId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QCOMPARE(model.error(), QString());
    QVERIFY(model.isLoading());
    QTRY_VERIFY(!model.isLoading());
    QVERIFY2(model.error().contains(u"nothing for saga"_s), qPrintable(model.error()));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.lanes(), QStringList());

    model.setSagaId({});
    QCOMPARE(model.error(), QString());
}

QTEST_GUILESS_MAIN(TestSagaTimelineModel)
#include "tst_sagatimelinemodel.moc"
