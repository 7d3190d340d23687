// shop::AdminActions on a real Shop: cancel a confirmed order, compensate a stuck saga,
// re-trigger a lost step; each idempotent (a second press changes nothing and says so),
// each recorded in the saga log with the admin's name; unknown ids refused in words.

#include "admin/actions/ActionsScenario.h"

#include "bus/FaultInjector.h"
#include "shop/AdminActions.h"
#include "shop/Reconciler.h"

#include <QSemaphore>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using shop::ActionResult;
using shop::AdminActions;
using test::ActionsShop;
using test::await;

class TestAdminActions : public QObject
{
    Q_OBJECT

private slots:
    void cancelConfirmedOrderThenPressAgain();
    void compensateStuckSagaRestoresHoldings();
    void retriggerCompletesALostStep();
    void unknownIdsAndWrongStatesAreRefusedInWords();
    void actionsRunOffTheCallersThread();
};

namespace {

/// The saga's missing steps as "<Type> to <consumer>" (no side effects: safe in QTRY).
QStringList missing(ActionsShop &s, const QString &sagaId)
{
    QStringList steps;
    for (const auto &[entry, consumer] : shop::Reconciler::missingSteps(s.timeline(sagaId), s.shop().bus()))
        steps.append(entry.eventType + u" to "_s + consumer);
    return steps;
}

} // namespace

void TestAdminActions::cancelConfirmedOrderThenPressAgain()
{
    ActionsShop s;
    QVERIFY(s.charge(3, 100'000));
    const qint64 coupon = s.giveCoupon(3, 1'000);
    QVERIFY(coupon > 0);
    const ActionsShop::Books before = s.books(3, 0, {});
    const auto placed = s.place(3, u"p01"_s, 1, coupon);
    QVERIFY(placed.orderId > 0);
    QTRY_COMPARE(s.status(placed.orderId), u"CONFIRMED"_s);
    QVERIFY(s.books(3, placed.orderId, placed.sagaId).balance < before.balance);

    AdminActions actions(s.shop());
    const ActionResult first = await(actions.cancelOrder(placed.orderId, u"alice"_s));
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.action, u"cancel"_s);
    QCOMPARE(first.code, u"cancelled"_s);
    QCOMPARE(first.outcome, u"Cancelled; the compensations follow"_s);
    QVERIFY(first.changed);
    QCOMPARE(first.orderId, placed.orderId);
    QCOMPARE(first.sagaId, placed.sagaId);
    QCOMPARE(first.admin, u"alice"_s);
    QVERIFY(first.recorded);
    QVERIFY(first.order);
    QCOMPARE(first.order->status, services::OrderStatus::Cancelled);
    QCOMPARE(first.order->cancelledBy, u"alice"_s);

    // The compensations follow: everything goes back, the saga ends compensated.
    QTRY_COMPARE(s.sagaStatus(placed.sagaId), u"compensated"_s);
    const ActionsShop::Books cancelled = s.books(3, placed.orderId, placed.sagaId);
    QCOMPARE(cancelled.balance, before.balance);
    QCOMPARE(cancelled.stock, before.stock);
    QCOMPARE(cancelled.coupons, before.coupons); // AVAILABLE again
    QCOMPARE(cancelled.orderStatus, u"CANCELLED"_s);
    QCOMPARE(cancelled.paymentState, u"cancelled"_s);
    QVERIFY(s.booksBalance());

    // The saga log holds the action with the admin's name and time.
    QList<saga::SagaLogEntry> admin = s.adminEntries(placed.sagaId);
    QCOMPARE(admin.size(), 1);
    QCOMPARE(admin.first().service, u"admin"_s);
    QCOMPARE(admin.first().eventType, u"admin.cancel"_s);
    QCOMPARE(admin.first().aggregateId, u"order-%1"_s.arg(placed.orderId));
    QCOMPARE(admin.first().at, first.at);
    QCOMPARE(admin.first().payload.value(u"admin"_s).toString(), u"alice"_s);
    QCOMPARE(admin.first().payload.value(u"action"_s).toString(), u"cancel"_s);
    QCOMPARE(admin.first().payload.value(u"outcome"_s).toString(), first.outcome);
    QCOMPARE(admin.first().payload.value(u"orderId"_s).toInteger(), placed.orderId);
    // It sorts before the OrderCancelled it caused.
    const QList<saga::SagaLogEntry> timeline = s.timeline(placed.sagaId);
    const auto index = [&](const QString &type) {
        for (qsizetype i = 0; i < timeline.size(); ++i) {
            if (timeline.at(i).eventType == type)
                return i;
        }
        return qsizetype(-1);
    };
    QVERIFY(index(u"admin.cancel"_s) >= 0);
    QVERIFY(index(u"admin.cancel"_s) < index(u"OrderCancelled"_s));

    // Pressed again: nothing changes anywhere, and it says so.
    const ActionResult second = await(actions.cancelOrder(placed.orderId, u"alice"_s));
    QVERIFY(second.ok);
    QCOMPARE(second.code, u"already_cancelled"_s);
    QCOMPARE(second.outcome, u"Already cancelled: nothing done"_s);
    QVERIFY(!second.changed);
    // Compensating the finished saga finds nothing held either.
    const ActionResult third = await(actions.compensateSaga(placed.sagaId, u"alice"_s));
    QVERIFY(third.ok);
    QCOMPARE(third.code, u"nothing_to_restore"_s);
    QCOMPARE(third.outcome, u"Nothing to restore"_s);
    QVERIFY(!third.changed);
    QCOMPARE(s.books(3, placed.orderId, placed.sagaId), cancelled);
    QVERIFY(s.booksBalance());

    admin = s.adminEntries(placed.sagaId);
    QCOMPARE(admin.size(), 3);
    QCOMPARE(admin.at(1).payload.value(u"code"_s).toString(), u"already_cancelled"_s);
    QCOMPARE(admin.at(1).payload.value(u"changed"_s).toBool(), false);
    QCOMPARE(admin.at(2).eventType, u"admin.compensate"_s);
    // The summary counts them and moved its time.
    const auto summary = test::valueOr(s.shop().sagaLog().saga(placed.sagaId), std::optional<saga::SagaSummary>{});
    QVERIFY(summary);
    QCOMPARE(summary->entries, int(s.timeline(placed.sagaId).size()));
    QVERIFY(summary->updatedAt >= admin.at(2).at);
}

void TestAdminActions::compensateStuckSagaRestoresHoldings()
{
    ActionsShop s;
    QVERIFY(s.charge(2, 100'000));
    const ActionsShop::Books before = s.books(2, 0, {});
    // Coupon loses the InventoryDeducted delivery: stock is held, the saga goes nowhere.
    QVERIFY(s.shop().coupons().faults().set({bus::FaultInjector::Mode::Drop, 1, 0, 0}).isEmpty());
    const auto placed = s.place(2, u"p02"_s, 2);
    QVERIFY(placed.orderId > 0);
    QTRY_COMPARE(s.shop().coupons().stats().dropped, qint64(1));
    QTRY_COMPARE(missing(s, placed.sagaId), QStringList{u"InventoryDeducted to coupon"_s});
    QCOMPARE(s.status(placed.orderId), u"CREATED"_s);
    QCOMPARE(s.books(2, placed.orderId, placed.sagaId).stock.value(u"p02"_s), before.stock.value(u"p02"_s) - 2);

    AdminActions actions(s.shop());
    const shop::SagaActionState state = await(actions.state(placed.sagaId));
    QVERIFY(state.found);
    QCOMPARE(state.orderId, placed.orderId);
    QCOMPARE(state.holdings, QStringList{u"stock"_s});
    QCOMPARE(state.missing, QStringList{u"InventoryDeducted to coupon"_s});
    QVERIFY(!state.canCancel);
    QVERIFY(state.canCompensate);
    QVERIFY(state.canRetrigger);

    const ActionResult first = await(actions.compensateSaga(placed.sagaId, u"bob"_s));
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.code, u"restored"_s);
    QVERIFY(first.markedAbnormal);
    QCOMPARE(first.restored, QStringList{u"stock"_s});
    QCOMPARE(first.outcome, u"Marked ABNORMAL; restored stock"_s);
    QCOMPARE(s.status(placed.orderId), u"ABNORMAL"_s);
    const ActionsShop::Books after = s.books(2, placed.orderId, placed.sagaId);
    QCOMPARE(after.stock, before.stock);
    QCOMPARE(after.balance, before.balance);
    QCOMPARE(after.stockState, u"restored"_s);

    const ActionResult second = await(actions.compensateSaga(placed.sagaId, u"bob"_s));
    QVERIFY(second.ok);
    QCOMPARE(second.code, u"nothing_to_restore"_s);
    QCOMPARE(second.outcome, u"Nothing to restore"_s);
    QVERIFY(!second.changed);
    QVERIFY(!second.markedAbnormal);
    QCOMPARE(s.books(2, placed.orderId, placed.sagaId), after);
    QVERIFY(s.booksBalance());

    const QList<saga::SagaLogEntry> admin = s.adminEntries(placed.sagaId);
    QCOMPARE(admin.size(), 2);
    QCOMPARE(admin.at(0).eventType, u"admin.compensate"_s);
    QCOMPARE(admin.at(0).payload.value(u"admin"_s).toString(), u"bob"_s);
    QCOMPARE(admin.at(0).payload.value(u"restored"_s).toArray().size(), 1);
    QCOMPARE(admin.at(1).payload.value(u"outcome"_s).toString(), u"Nothing to restore"_s);
    QTRY_COMPARE(s.sagaStatus(placed.sagaId), u"abnormal"_s);
}

void TestAdminActions::retriggerCompletesALostStep()
{
    ActionsShop s;
    QVERIFY(s.charge(4, 100'000));
    QVERIFY(s.shop().coupons().faults().set({bus::FaultInjector::Mode::Drop, 1, 0, 0}).isEmpty());
    const auto placed = s.place(4, u"p03"_s, 1);
    QVERIFY(placed.orderId > 0);
    QTRY_COMPARE(s.shop().coupons().stats().dropped, qint64(1));
    QTRY_COMPARE(missing(s, placed.sagaId), QStringList{u"InventoryDeducted to coupon"_s});

    AdminActions actions(s.shop());
    const ActionResult first = await(actions.retriggerMissingSteps(placed.sagaId, u"carol"_s));
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.code, u"redelivered"_s);
    QCOMPARE(first.redelivered, QStringList{u"InventoryDeducted to coupon"_s});
    QCOMPARE(first.outcome, u"Redelivered 1 missing step: InventoryDeducted to coupon"_s);
    QCOMPARE(first.orderId, placed.orderId);
    QTRY_COMPARE(s.status(placed.orderId), u"CONFIRMED"_s);
    QTRY_COMPARE(s.sagaStatus(placed.sagaId), u"completed"_s);
    QVERIFY(s.booksBalance());

    QTRY_VERIFY(missing(s, placed.sagaId).isEmpty());
    const ActionsShop::Books done = s.books(4, placed.orderId, placed.sagaId);
    const ActionResult second = await(actions.retriggerMissingSteps(placed.sagaId, u"carol"_s));
    QVERIFY(!second.ok);
    QCOMPARE(second.errorCode, u"nothing_missing"_s);
    QCOMPARE(second.outcome, u"Nothing is missing: nothing done"_s);
    QVERIFY(second.error.startsWith(u"Nothing is missing"_s));
    QVERIFY(second.recorded); // a refusal is recorded too
    QCOMPARE(s.books(4, placed.orderId, placed.sagaId), done);

    const QList<saga::SagaLogEntry> admin = s.adminEntries(placed.sagaId);
    QCOMPARE(admin.size(), 2);
    QCOMPARE(admin.at(0).eventType, u"admin.retrigger"_s);
    QCOMPARE(admin.at(0).payload.value(u"admin"_s).toString(), u"carol"_s);
    QCOMPARE(admin.at(1).error, second.error);
    QCOMPARE(admin.at(1).payload.value(u"errorCode"_s).toString(), u"nothing_missing"_s);
}

void TestAdminActions::unknownIdsAndWrongStatesAreRefusedInWords()
{
    ActionsShop s;
    AdminActions actions(s.shop());
    ActionResult r = await(actions.cancelOrder(999'999, u"dave"_s));
    QVERIFY(!r.ok);
    QCOMPARE(r.errorCode, u"not_found"_s);
    QCOMPARE(r.error, u"There is no order 999999."_s);
    QVERIFY(!r.recorded);
    r = await(actions.cancelOrder(0, u"dave"_s));
    QCOMPARE(r.errorCode, u"not_found"_s);
    r = await(actions.compensateSaga(u"no-such-saga"_s, u"dave"_s));
    QCOMPARE(r.errorCode, u"not_found"_s);
    QCOMPARE(r.error, u"There is no saga \"no-such-saga\"."_s);
    r = await(actions.retriggerMissingSteps(u"no-such-saga"_s, u"dave"_s));
    QCOMPARE(r.errorCode, u"not_found"_s);
    QCOMPARE(r.outcome, r.error);
    const shop::SagaActionState state = await(actions.state(u"no-such-saga"_s));
    QVERIFY(!state.found);
    QVERIFY(!state.canCancel && !state.canCompensate && !state.canRetrigger);

    // A failed order cannot be cancelled: refused, and the refusal is in its saga's log.
    QVERIFY(s.charge(5, 100));
    const auto placed = s.place(5, u"p01"_s, 1);
    QTRY_COMPARE(s.status(placed.orderId), u"FAILED"_s);
    r = await(actions.cancelOrder(placed.orderId, u""_s));
    QVERIFY(!r.ok);
    QCOMPARE(r.errorCode, u"not_cancellable"_s);
    QCOMPARE(r.error, u"Order %1 is FAILED; only a CONFIRMED order can be cancelled."_s.arg(placed.orderId));
    QCOMPARE(r.admin, u"admin"_s); // no name given
    QVERIFY(r.recorded);
    QCOMPARE(s.adminEntries(placed.sagaId).size(), 1);
    QCOMPARE(s.adminEntries(placed.sagaId).first().error, r.error);
}

void TestAdminActions::actionsRunOffTheCallersThread()
{
    ActionsShop s;
    AdminActions actions(s.shop());
    // The reconciler's thread is busy for a moment, so a re-trigger cannot finish at once;
    // the call must return anyway (it would deadlock or block here if it ran on this thread).
    QVERIFY(s.charge(1, 100'000));
    const auto placed = s.place(1, u"p01"_s, 1);
    QTRY_COMPARE(s.status(placed.orderId), u"CONFIRMED"_s);
    QSemaphore release;
    QMetaObject::invokeMethod(&s.shop().reconciler(), [&release] { release.acquire(); }, Qt::QueuedConnection);
    QFuture<ActionResult> pending = actions.retriggerMissingSteps(placed.sagaId, u"erin"_s);
    QVERIFY(!pending.isFinished());
    release.release();
    pending.waitForFinished();
    QCOMPARE(pending.result().sagaId, placed.sagaId);
}

QTEST_GUILESS_MAIN(TestAdminActions)
#include "tst_adminactions.moc"
