// SagaActions (the view model behind the action bar) over the real backend: what applies to
// a saga, the confirmation questions, busy while an action runs, the result sentence, and the
// refresh when the saga log stores new entries of the saga.

#include "admin/actions/ActionsScenario.h"

#include "bus/FaultInjector.h"
#include "shop/Reconciler.h"
#include "ui/admin/actions/SagaActions.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using test::ActionsShop;
using ui::SagaActions;

class TestSagaActions : public QObject
{
    Q_OBJECT

private slots:
    void confirmedOrderCanBeCancelledOnce();
    void stuckSagaOffersCompensateAndRetrigger();
    void aPressWhileBusyIsIgnored();
    void unknownSagaSaysSo();
};

namespace {

bool nothingMissing(ActionsShop &s, const QString &sagaId)
{
    return shop::Reconciler::missingSteps(s.timeline(sagaId), s.shop().bus()).isEmpty();
}

} // namespace

void TestSagaActions::confirmedOrderCanBeCancelledOnce()
{
    ActionsShop s;
    QVERIFY(s.charge(3, 100'000));
    const qint64 coupon = s.giveCoupon(3, 1'000);
    const auto placed = s.place(3, u"p01"_s, 1, coupon);
    QTRY_COMPARE(s.status(placed.orderId), u"CONFIRMED"_s);
    QTRY_VERIFY(nothingMissing(s, placed.sagaId));
    const qint64 paid = test::valueOr(s.shop().orders().order(placed.orderId), std::optional<services::OrderView>{})
                            ->finalAmount;

    SagaActions actions;
    QSignalSpy state(&actions, &SagaActions::stateChanged);
    QSignalSpy finished(&actions, &SagaActions::finished);
    QVERIFY(state.isValid() && finished.isValid());
    actions.setAdminName(u"alice"_s);
    actions.setBackend(&s.backend());
    actions.setSagaId(placed.sagaId);
    QTRY_VERIFY(actions.isLoaded());
    QTRY_COMPARE(actions.sagaStatus(), u"completed"_s);
    QCOMPARE(actions.orderId(), placed.orderId);
    QCOMPARE(actions.userId(), qint64(3));
    QCOMPARE(actions.orderStatus(), u"CONFIRMED"_s);
    QVERIFY(actions.canCancel());
    QVERIFY(!actions.canCompensate());
    QVERIFY(!actions.canRetrigger());
    QCOMPARE(actions.error(), QString());
    QCOMPARE(actions.cancelQuestion(),
             u"Cancel order %1? Its stock, coupon and ₩%2 go back to user 3; recorded in the saga log as done by alice."_s
                 .arg(placed.orderId)
                 .arg(QLocale(QLocale::English).toString(paid)));

    actions.cancelOrder();
    QVERIFY(actions.isBusy());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toString(), u"Order %1 cancelled; the compensations follow."_s.arg(placed.orderId));
    QCOMPARE(actions.message(), finished.first().at(1).toString());
    QVERIFY(actions.messageOk());
    QVERIFY(!actions.isBusy());
    // The saga log's new entries refresh it: cancelled, compensations running or done.
    QTRY_COMPARE(actions.orderStatus(), u"CANCELLED"_s);
    QVERIFY(!actions.canCancel());
    QTRY_COMPARE(actions.sagaStatus(), u"compensated"_s);
    QTRY_VERIFY(!actions.canCompensate());

    // A second press does nothing and says so.
    actions.cancelOrder();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QCOMPARE(actions.message(), u"Order %1 was already cancelled: nothing done."_s.arg(placed.orderId));
    QCOMPARE(s.adminEntries(placed.sagaId).size(), 2);
    QCOMPARE(s.adminEntries(placed.sagaId).last().payload.value(u"admin"_s).toString(), u"alice"_s);
}

void TestSagaActions::stuckSagaOffersCompensateAndRetrigger()
{
    ActionsShop s;
    QVERIFY(s.charge(2, 100'000));
    QVERIFY(s.shop().coupons().faults().set({bus::FaultInjector::Mode::Drop, 1, 0, 0}).isEmpty());
    const auto placed = s.place(2, u"p02"_s, 1);
    QTRY_COMPARE(s.shop().coupons().stats().dropped, qint64(1));

    SagaActions actions;
    QSignalSpy finished(&actions, &SagaActions::finished);
    actions.setBackend(&s.backend());
    actions.setSagaId(placed.sagaId);
    QTRY_COMPARE(actions.missingSteps(), QStringList{u"InventoryDeducted to coupon"_s});
    QCOMPARE(actions.orderStatus(), u"CREATED"_s);
    QCOMPARE(actions.holdings(), QStringList{u"stock"_s});
    QVERIFY(!actions.canCancel());
    QVERIFY(actions.canCompensate());
    QVERIFY(actions.canRetrigger());
    QCOMPARE(actions.compensateQuestion(),
             u"Compensate order %1? It is marked ABNORMAL so it can no longer complete, and its stock go back to user "
             "2; recorded in the saga log as done by admin."_s.arg(placed.orderId));
    QVERIFY2(actions.retriggerQuestion().contains(u"(InventoryDeducted to coupon)"_s), qPrintable(actions.retriggerQuestion()));

    actions.retrigger();
    QVERIFY(finished.wait(10'000));
    QVERIFY2(actions.message().startsWith(u"Re-delivered 1 missing step"_s), qPrintable(actions.message()));
    QVERIFY(actions.message().endsWith(u": InventoryDeducted to coupon."_s));
    QTRY_COMPARE(actions.orderStatus(), u"CONFIRMED"_s);
    QTRY_VERIFY(actions.canCancel());
    QTRY_VERIFY(!actions.canRetrigger());
}

void TestSagaActions::aPressWhileBusyIsIgnored()
{
    ActionsShop s;
    QVERIFY(s.charge(4, 100'000));
    QVERIFY(s.shop().coupons().faults().set({bus::FaultInjector::Mode::Drop, 1, 0, 0}).isEmpty());
    const auto placed = s.place(4, u"p03"_s, 1);
    QTRY_COMPARE(s.shop().coupons().stats().dropped, qint64(1));

    SagaActions actions;
    QSignalSpy finished(&actions, &SagaActions::finished);
    actions.setBackend(&s.backend());
    actions.setSagaId(placed.sagaId);
    QTRY_VERIFY(actions.canCompensate());
    actions.compensate();
    actions.compensate(); // a double click
    QVERIFY(finished.wait(10'000));
    QCOMPARE(actions.message(), u"Order %1 marked ABNORMAL; restored stock."_s.arg(placed.orderId));
    // Actions run one after another: once this one is done, a second compensate would be too.
    actions.cancelOrder(); // refused (ABNORMAL), and recorded

    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.size(), 2);
    QStringList recorded;
    for (const saga::SagaLogEntry &e : s.adminEntries(placed.sagaId))
        recorded.append(e.eventType);
    QCOMPARE(recorded, (QStringList{u"admin.compensate"_s, u"admin.cancel"_s}));
    QCOMPARE(actions.message(), u"Order %1 is ABNORMAL: only a confirmed order can be cancelled."_s.arg(placed.orderId));
}

void TestSagaActions::unknownSagaSaysSo()
{
    ActionsShop s;
    SagaActions actions;
    QSignalSpy finished(&actions, &SagaActions::finished);
    actions.setBackend(&s.backend());
    actions.setSagaId(u"no-such-saga"_s);
    QTRY_VERIFY(actions.isLoaded());
    QCOMPARE(actions.error(), u"There is no saga \"no-such-saga\"."_s);
    QVERIFY(!actions.canCancel() && !actions.canCompensate() && !actions.canRetrigger());
    QCOMPARE(actions.cancelQuestion(), QString());
    actions.compensate();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(actions.message(), u"There is no saga no-such-saga."_s);
    QVERIFY(!actions.messageOk());
    actions.cancelOrder(); // no order: nothing to do
    QVERIFY(!actions.isBusy());
}

QTEST_MAIN(TestSagaActions)
#include "tst_sagaactions.moc"
