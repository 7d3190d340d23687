// SagaTimelineBuilder on hand-written saga-log entries: what the real backend rarely shows on
// demand (an administrator's action, a duplicate, a lost delivery, a discarded dead letter,
// an effect stamped a millisecond before its cause, services outside the saga).

#include "bus/SagaLogEvents.h"
#include "saga/CheckoutEvents.h"
#include "ui/admin/timeline/SagaTimelineBuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using saga::SagaLogEntry;
using ui::SagaTimelineBuilder;
namespace E = saga::CheckoutEvents;
namespace L = bus::SagaLogEvents;

namespace {

/// Builds a saga's entries in causal order (sequence = position).
struct Log
{
    QList<SagaLogEntry> entries;

    /// `service` published `type` at `at`, caused by the event `cause` ("" for a command).
    QString publish(const QString &service, const QString &type, qint64 at,
            const QString &cause = {}, const QString &kind = SagaLogEntry::KindPublished)
    {
        SagaLogEntry e = base(kind, service, type, at);
        e.eventId = u"ev-%1"_s.arg(entries.size());
        e.causationId = cause;
        e.payload = QJsonObject{{u"orderId"_s, 7}};
        entries.append(e);
        return e.eventId;
    }
    /// `service` did `kind` with the event `eventId`.
    void handle(const QString &kind, const QString &service, const QString &eventId, qint64 at,
            int attempt = 1, const QString &error = {})
    {
        QString type;
        for (const SagaLogEntry &e : std::as_const(entries)) {
            if (e.eventId == eventId && e.causationId != eventId)
                type = e.eventType;
        }
        SagaLogEntry e = base(kind, service, type, at);
        e.eventId = eventId;
        e.causationId = eventId;
        e.attempt = attempt;
        e.error = error;
        entries.append(e);
    }
    void admin(const QString &action, qint64 at)
    {
        SagaLogEntry e = base(u"admin"_s, u"admin"_s, u"admin."_s + action, at);
        e.eventId = u"admin-%1"_s.arg(entries.size());
        e.payload = QJsonObject{
                {u"admin"_s, u"kim"_s}, {u"action"_s, action}, {u"outcome"_s, u"done"_s}};
        entries.append(e);
    }

    SagaLogEntry base(
            const QString &kind, const QString &service, const QString &type, qint64 at) const
    {
        SagaLogEntry e;
        e.id = entries.size() + 1;
        e.sequence = 100 + entries.size();
        e.sagaId = u"saga"_s;
        e.at = at;
        e.kind = kind;
        e.service = service;
        e.eventType = type;
        e.aggregateId = u"order-7"_s;
        return e;
    }
};

int rowOf(const ui::SagaTimelineData &data, const QString &kind, const QString &service,
        const QString &type)
{
    for (int row = 0; row < data.markers.size(); ++row) {
        const ui::TimelineMarker &m = data.markers.at(row);
        if (m.kind == kind && m.service == service && m.eventType == type)
            return row;
    }
    return -1;
}

/// A confirmed order (no coupon), every handling logged. Returns the OrderConfirmed event id.
QString confirmed(Log &log)
{
    const QString pr = log.publish(u"order"_s, E::PaymentRequested, 1000);
    log.handle(L::Handled, u"inventory"_s, pr, 1010);
    const QString id = log.publish(
            u"inventory"_s, E::InventoryDeducted, 1009, pr); // stamped before its handling
    log.handle(L::Handled, u"order"_s, id, 1012);
    log.handle(L::Handled, u"coupon"_s, id, 1013);
    const QString cs = log.publish(u"coupon"_s, E::CouponSkipped, 1013, id);
    log.handle(L::Handled, u"order"_s, cs, 1015);
    log.handle(L::Handled, u"balance"_s, cs, 1016);
    const QString bd = log.publish(u"balance"_s, E::BalanceDeducted, 1016, cs);
    log.handle(L::Handled, u"payment"_s, bd, 1020);
    const QString oc = log.publish(u"payment"_s, E::OrderConfirmed, 1020, bd);
    log.handle(L::Handled, u"order"_s, oc, 1030);
    const QString rank = log.publish(u"order"_s, E::ProductSalesRankRecorded, 1030, oc);
    const QString exp = log.publish(u"order"_s, E::OrderExportRequested, 1030, oc);
    log.publish(u"order"_s, E::OrderCompleted, 1030, oc);
    log.handle(L::Handled, u"statistics"_s, rank, 1040);
    log.handle(L::Handled, u"export"_s, exp, 1045);
    return oc;
}

} // namespace

class TestSagaTimelineBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingLoggedIsAnEmptyTimeline();
    void effectsNeverComeBeforeTheirCause();
    void anAdministratorsCancelIsAMarkerInItsOwnLane();
    void duplicatesLostDeliveriesAndDiscardedDeadLetters();
    void lanesKeepTheirOrder();
    void pendingMarkersMoveWithTheClock();
};

void TestSagaTimelineBuilder::nothingLoggedIsAnEmptyTimeline()
{
    const ui::SagaTimelineData data = SagaTimelineBuilder::build({}, 5000);
    QVERIFY(data.markers.isEmpty());
    QVERIFY(data.lanes.isEmpty());
    QVERIFY(data.steps.isEmpty());
    QVERIFY(!data.live);
    QCOMPARE(data.startedAt, 0);
}

void TestSagaTimelineBuilder::effectsNeverComeBeforeTheirCause()
{
    Log log;
    confirmed(log);
    const ui::SagaTimelineData data = SagaTimelineBuilder::build(log.entries, 9999);
    QVERIFY(!data.live);
    QCOMPARE(data.markers.size(), log.entries.size());
    const int handled = rowOf(data, u"handled"_s, u"inventory"_s, E::PaymentRequested);
    const int deducted = rowOf(data, u"published"_s, u"inventory"_s, E::InventoryDeducted);
    QVERIFY(handled >= 0 && deducted > handled);
    QCOMPARE(data.markers.at(deducted).causeRow, handled);
    QCOMPARE(data.markers.at(deducted).at, 1009); // as logged
    QCOMPARE(data.markers.at(deducted).offsetMs, 10); // drawn with its cause, not before it
    QCOMPARE(data.markers.at(deducted).durationFromCauseMs, 0);
    qint64 last = 0;
    for (const ui::TimelineMarker &m : data.markers) {
        QVERIFY(m.offsetMs >= last);
        last = m.offsetMs;
        QVERIFY(m.causeRow < data.markers.indexOf(m));
    }
    QCOMPARE(data.lastAt, 1045);
    QCOMPARE(data.nowOffsetMs, 8999);
}

void TestSagaTimelineBuilder::anAdministratorsCancelIsAMarkerInItsOwnLane()
{
    Log log;
    confirmed(log);
    log.admin(u"cancel"_s, 5000);
    const QString cancelled = log.publish(u"order"_s, E::OrderCancelled, 5002);
    log.handle(L::Handled, u"payment"_s, cancelled, 5010);
    log.publish(u"payment"_s, E::PaymentCancelled, 5010, cancelled, SagaLogEntry::KindCompensation);

    const ui::SagaTimelineData data = SagaTimelineBuilder::build(log.entries, 5100);
    QCOMPARE(data.lanes.last(), u"admin"_s);
    const int admin = rowOf(data, u"admin"_s, u"admin"_s, u"admin.cancel"_s);
    QVERIFY(admin >= 0);
    const ui::TimelineMarker &a = data.markers.at(admin);
    QCOMPARE(a.lane, int(data.lanes.size()) - 1);
    QCOMPARE(a.causeRow, -1);
    QVERIFY(a.payloadJson.contains(u"\"admin\": \"kim\""_s));
    // The cancel it ordered follows from it.
    const int event = rowOf(data, u"published"_s, u"order"_s, E::OrderCancelled);
    QCOMPARE(data.markers.at(event).causeRow, admin);
    QCOMPARE(data.markers.at(event).durationFromCauseMs, 2);
    const int refund = rowOf(data, u"compensation"_s, u"payment"_s, E::PaymentCancelled);
    QVERIFY(data.markers.at(refund).compensation);
    QVERIFY(data.markers.at(rowOf(data, u"handled"_s, u"payment"_s, E::OrderCancelled))
                    .compensation);

    // The rest of the cancellation is expected: restores, the statistics, Order's notes.
    QVERIFY(data.live);
    QVERIFY(rowOf(data, u"pending"_s, u"inventory"_s, E::OrderCancelled) >= 0);
    QVERIFY(rowOf(data, u"pending"_s, u"statistics"_s, E::OrderCancelled) >= 0);
    QVERIFY(rowOf(data, u"pending"_s, u"order"_s, E::PaymentCancelled) >= 0);
    QVERIFY(rowOf(data, u"pending"_s, u"payment"_s, E::OrderCancelled) < 0); // done

    // The step list: the admin's action and the cancel it caused are steps of their own.
    QStringList steps;
    for (const ui::TimelineStep &s : data.steps)
        steps << s.service + u':' + s.event + u'=' + s.result;
    QVERIFY2(steps.contains(u"admin:admin.cancel=admin"_s), qPrintable(steps.join(u' ')));
    QVERIFY2(steps.contains(u"order:=published"_s), qPrintable(steps.join(u' ')));
    QCOMPARE(steps.indexOf(u"admin:admin.cancel=admin"_s) + 1,
            steps.lastIndexOf(u"order:=published"_s));
}

void TestSagaTimelineBuilder::duplicatesLostDeliveriesAndDiscardedDeadLetters()
{
    Log log;
    const QString pr = log.publish(u"order"_s, E::PaymentRequested, 1000);
    log.handle(L::Dropped, u"inventory"_s, pr, 1001, 0, u"dropped by fault injection"_s);
    ui::SagaTimelineData data = SagaTimelineBuilder::build(log.entries, 2000);
    QCOMPARE(data.markers.at(1).kind, u"dropped"_s);
    QVERIFY(data.live); // lost, not settled: still expected
    const int pending = rowOf(data, u"pending"_s, u"inventory"_s, E::PaymentRequested);
    QVERIFY(pending >= 0);
    QCOMPARE(data.markers.at(pending).causeRow, 1); // continues from the lost delivery
    QCOMPARE(data.steps.at(1).result, u"dropped"_s);
    QVERIFY(data.steps.at(1).pending);

    log.handle(L::Handled, u"inventory"_s, pr, 1500);
    log.handle(L::Duplicate, u"inventory"_s, pr, 1600);
    data = SagaTimelineBuilder::build(log.entries, 2000);
    QCOMPARE(data.markers.at(3).kind, u"duplicate"_s);
    QCOMPARE(data.markers.at(3).causeRow, 2);
    QCOMPARE(data.steps.at(1).result, u"done"_s);

    Log dead;
    const QString first = dead.publish(u"order"_s, E::PaymentRequested, 1000);
    dead.handle(L::DeadLettered, u"inventory"_s, first, 1100, 5, u"boom"_s);
    dead.handle(L::DeadLetterDiscarded, u"inventory"_s, first, 1200, 5);
    data = SagaTimelineBuilder::build(dead.entries, 2000);
    QCOMPARE(data.markers.at(1).kind, u"deadLetter"_s);
    QCOMPARE(data.markers.at(2).kind, u"discarded"_s);
    QVERIFY(!data.live);
    QCOMPARE(data.steps.at(1).result, u"discarded"_s);
    QCOMPARE(data.steps.at(1).error, u"boom"_s);
    QCOMPARE(data.steps.at(1).attempts, 5);
}

void TestSagaTimelineBuilder::lanesKeepTheirOrder()
{
    QCOMPARE(SagaTimelineBuilder::laneOrder(
                     {u"admin"_s, u"export"_s, u"zeta"_s, u"alerts"_s, u"order"_s, u"coupon"_s}),
            (QStringList{
                    u"order"_s, u"coupon"_s, u"export"_s, u"alerts"_s, u"zeta"_s, u"admin"_s}));
    QCOMPARE(SagaTimelineBuilder::markerKind(L::Retried), u"retry"_s);
    QCOMPARE(SagaTimelineBuilder::markerKind(L::DeadLetterRetryFailed), u"deadLetter"_s);
    QCOMPARE(SagaTimelineBuilder::markerKind(L::DeadLetterRetried), u"handled"_s);
    QCOMPARE(SagaTimelineBuilder::markerKind(u"something-new"_s), u"something-new"_s);
}

void TestSagaTimelineBuilder::pendingMarkersMoveWithTheClock()
{
    Log log;
    log.publish(u"order"_s, E::PaymentRequested, 1000);
    ui::SagaTimelineData data = SagaTimelineBuilder::build(log.entries, 1300);
    QCOMPARE(data.nowOffsetMs, 300);
    const int pending = data.pendingCount();
    QCOMPARE(pending, 9);
    QCOMPARE(data.markers.size(), 10);
    QCOMPARE(data.markers.at(1).durationFromCauseMs, 300);
    QCOMPARE(data.markers.at(2).durationFromCauseMs, -1); // caused by an expected step
    const QList<int> moved = SagaTimelineBuilder::advance(data, 1700);
    QCOMPARE(moved.size(), pending);
    QCOMPARE(moved.first(), 1);
    QCOMPARE(data.nowOffsetMs, 700);
    QCOMPARE(data.markers.at(1).offsetMs, 700);
    QCOMPARE(data.markers.at(1).at, 1700);
    QCOMPARE(data.markers.at(1).durationFromCauseMs, 700);
    QCOMPARE(data.markers.at(0).offsetMs, 0); // logged markers stay
    QCOMPARE(data.steps.at(1).durationMs, 700);
    QVERIFY(SagaTimelineBuilder::advance(data, 1700).isEmpty()); // nothing moved
}

QTEST_GUILESS_MAIN(TestSagaTimelineBuilder)
#include "tst_sagatimelinebuilder.moc"
