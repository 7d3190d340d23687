// SagaStepListModel: the compact step list of the saga a SagaTimelineModel shows, on a real
// Shop: a confirmed checkout step by step, a retried step, the compensation steps of an
// unpaid order, and the expected steps of a saga held back, followed live (rows, no reset).

#include "TimelineScenario.h"
#include "bus/FaultInjector.h"
#include "saga/CheckoutEvents.h"
#include "ui/admin/timeline/SagaStepListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace sagashop;
using S = ui::SagaStepListModel;
using test::kTimelineTimeoutMs;
namespace E = saga::CheckoutEvents;

namespace {

struct Fixture
{
    test::UiTestShop shop;
    ui::SagaTimelineModel timeline;
    S steps;
    QAbstractItemModelTester tester{&steps, QAbstractItemModelTester::FailureReportingMode::QtTest};

    Fixture() { steps.setTimeline(&timeline); }

    void show(const QString &sagaId)
    {
        timeline.setBackend(&shop.backend());
        timeline.setSagaId(sagaId);
    }
    [[nodiscard]] bool waitFinished()
    {
        return QTest::qWaitFor(
                [this] {
                    // A terminal status too: an early read may see no saga (or half of it) yet,
                    // and nothing is expected of a saga the log has not seen.
                    static const QStringList terminal{u"completed"_s, u"compensated"_s, u"failed"_s, u"abnormal"_s};
                    return timeline.isLoaded() && !timeline.isLive() && terminal.contains(timeline.status());
                }, kTimelineTimeoutMs);
    }
    QVariant at(int row, S::Role role) const { return steps.index(row).data(role); }
    /// "service:event>published=result" per row.
    QStringList rows() const
    {
        QStringList out;
        for (int row = 0; row < steps.rowCount(); ++row)
            out << u"%1:%2>%3=%4"_s.arg(at(row, S::ServiceRole).toString(),
                    at(row, S::EventRole).toString(), at(row, S::PublishedRole).toString(),
                    at(row, S::ResultRole).toString());
        return out;
    }
    int rowOf(const QString &service, const QString &event) const
    {
        for (int row = 0; row < steps.rowCount(); ++row) {
            if (at(row, S::ServiceRole).toString() == service
                    && at(row, S::EventRole).toString() == event)
                return row;
        }
        return -1;
    }
};

} // namespace

class TestSagaStepListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aConfirmedCheckoutStepByStep();
    void aRetriedStepCountsItsAttempts();
    void compensationStepsAreFlagged();
    void expectedStepsFollowLive();
};

void TestSagaStepListModel::aConfirmedCheckoutStepByStep()
{
    Fixture f;
    f.shop.charge(1, 100'000);
    f.show(test::placeSaga(f.shop, 1, {{u"p01"_s, 1, 0}}));
    QVERIFY(f.waitFinished());
    QCOMPARE(f.steps.count(), 10);
    // The order placed (a command), then each handling with what it published. Order's
    // and Coupon's answers to InventoryDeducted, and Statistics' and Export's to the
    // confirmation, may come in either order.
    const QStringList rows = f.rows();
    QCOMPARE(rows.first(), u"order:>PaymentRequested=published"_s);
    QCOMPARE(rows.at(1), u"inventory:PaymentRequested>InventoryDeducted=done"_s);
    for (const QString &row : {u"order:InventoryDeducted>=done"_s,
                 u"coupon:InventoryDeducted>CouponSkipped=done"_s, u"order:CouponSkipped>=done"_s,
                 u"balance:CouponSkipped>BalanceDeducted=done"_s,
                 u"payment:BalanceDeducted>OrderConfirmed=done"_s,
                 u"order:OrderConfirmed>ProductSalesRankRecorded, OrderExportRequested, OrderCompleted=done"_s,
                 u"statistics:ProductSalesRankRecorded>=done"_s,
                 u"export:OrderExportRequested>=done"_s})
        QVERIFY2(rows.contains(row), qPrintable(row + u" not in\n"_s + rows.join(u'\n')));
    QVERIFY(f.rowOf(u"payment"_s, E::BalanceDeducted) < f.rowOf(u"order"_s, E::OrderConfirmed));

    for (int row = 0; row < f.steps.rowCount(); ++row) {
        QVERIFY(f.at(row, S::DurationMsRole).toLongLong() >= 0);
        QVERIFY(f.at(row, S::OffsetMsRole).toLongLong() >= 0);
        QVERIFY(!f.at(row, S::CompensationRole).toBool());
        QVERIFY(!f.at(row, S::PendingRole).toBool());
        QCOMPARE(f.at(row, S::ErrorRole).toString(), QString());
        QCOMPARE(f.at(row, S::AttemptsRole).toInt(), 1);
        // Its marker in the timeline is the step's latest.
        const int marker = f.at(row, S::MarkerRowRole).toInt();
        QVERIFY(marker >= 0 && marker < f.timeline.rowCount());
        QCOMPARE(f.timeline.index(marker).data(ui::SagaTimelineModel::ServiceRole).toString(),
                f.at(row, S::ServiceRole).toString());
    }
    QCOMPARE(f.at(1, S::ResultTextRole).toString(), u"Done"_s);
    QCOMPARE(f.at(0, S::ResultTextRole).toString(), u"Published"_s);
}

void TestSagaStepListModel::aRetriedStepCountsItsAttempts()
{
    Fixture f;
    f.shop.charge(1, 100'000);
    QCOMPARE(f.shop.shop().payments().faults().set({bus::FaultInjector::Mode::Fail, 1, 0, 0}),
            QString());
    f.show(test::placeSaga(f.shop, 1, {{u"p01"_s, 1, 0}}));
    QVERIFY(f.waitFinished());
    const int row = f.rowOf(u"payment"_s, E::BalanceDeducted);
    QVERIFY(row > 0);
    QCOMPARE(f.at(row, S::AttemptsRole).toInt(), 2);
    QCOMPARE(f.at(row, S::ResultRole).toString(), u"done"_s);
    QCOMPARE(f.at(row, S::ResultTextRole).toString(), u"Done on attempt 2"_s);
    QCOMPARE(f.at(row, S::ErrorRole).toString(), QString()); // it succeeded in the end
    QVERIFY(f.at(row, S::DurationMsRole).toLongLong() >= 50); // at least the first backoff
    QCOMPARE(f.steps.count(), 10); // the retry is part of its step, not a step of its own
}

void TestSagaStepListModel::compensationStepsAreFlagged()
{
    Fixture f;
    const qint64 coupon = test::issueCoupon(f.shop, 2, u"Welcome"_s);
    f.show(test::placeSaga(f.shop, 2, {{u"p01"_s, 1, 0}}, coupon));
    QVERIFY(f.waitFinished());
    const QStringList rows = f.rows();
    for (const QString &row : {u"balance:CouponUsed>BalanceFailed=done"_s,
                 u"inventory:BalanceFailed>InventoryRestored=done"_s,
                 u"coupon:BalanceFailed>CouponRestored=done"_s,
                 u"order:BalanceFailed>OrderFailed=done"_s})
        QVERIFY2(rows.contains(row), qPrintable(row + u" not in\n"_s + rows.join(u'\n')));
    QVERIFY(f.at(f.rowOf(u"inventory"_s, E::BalanceFailed), S::CompensationRole).toBool());
    QVERIFY(f.at(f.rowOf(u"coupon"_s, E::BalanceFailed), S::CompensationRole).toBool());
    QVERIFY(f.at(f.rowOf(u"order"_s, E::InventoryRestored), S::CompensationRole).toBool());
    QVERIFY(!f.at(f.rowOf(u"order"_s, E::BalanceFailed), S::CompensationRole).toBool());
    QVERIFY(!f.at(f.rowOf(u"balance"_s, E::CouponUsed), S::CompensationRole).toBool());
}

void TestSagaStepListModel::expectedStepsFollowLive()
{
    Fixture f;
    f.shop.charge(1, 100'000);
    QCOMPARE(f.shop.shop().payments().faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 3000}),
            QString());
    f.show(test::placeSaga(f.shop, 1, {{u"p01"_s, 1, 0}}));
    // Balance has answered (BalanceDeducted is in the log): Payment's step is due.
    QTRY_VERIFY_WITH_TIMEOUT(f.rowOf(u"payment"_s, E::BalanceDeducted) >= 0
                    && f.at(f.rowOf(u"payment"_s, E::BalanceDeducted), S::DurationMsRole)
                                    .toLongLong()
                            >= 0,
            kTimelineTimeoutMs);
    QSignalSpy reset(&f.steps, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&f.steps, &QAbstractItemModel::rowsInserted);
    QVERIFY(reset.isValid() && inserted.isValid());

    // Payment is held back: its step and the rest are expected, in order, after the done ones.
    const int payment = f.rowOf(u"payment"_s, E::BalanceDeducted);
    QVERIFY(payment > 0);
    QVERIFY(f.at(payment, S::PendingRole).toBool());
    QCOMPARE(f.at(payment, S::ResultRole).toString(), u"pending"_s);
    QCOMPARE(f.at(payment, S::ResultTextRole).toString(), u"Expected"_s);
    QCOMPARE(f.at(payment, S::PublishedListRole).toStringList(), QStringList{E::OrderConfirmed});
    QCOMPARE(f.at(payment, S::AttemptsRole).toInt(), 0);
    QVERIFY(f.at(payment, S::DurationMsRole).toLongLong() >= 0); // waiting since BalanceDeducted
    const int confirm = f.rowOf(u"order"_s, E::OrderConfirmed);
    QVERIFY(confirm > payment);
    QCOMPARE(f.at(confirm, S::DurationMsRole).toLongLong(), -1); // not even due yet
    for (int row = 0; row < payment; ++row)
        QVERIFY(!f.at(row, S::PendingRole).toBool());

    QTRY_VERIFY_WITH_TIMEOUT(!f.timeline.isLive(), kTimelineTimeoutMs);
    f.shop.shop().payments().faults().clearAll();
    QCOMPARE(reset.count(), 0);
    QVERIFY(inserted.count() > 0);
    QCOMPARE(f.steps.count(), 10);
    QCOMPARE(f.at(f.rowOf(u"payment"_s, E::BalanceDeducted), S::ResultRole).toString(), u"done"_s);
}

QTEST_GUILESS_MAIN(TestSagaStepListModel)
#include "tst_sagasteplistmodel.moc"
