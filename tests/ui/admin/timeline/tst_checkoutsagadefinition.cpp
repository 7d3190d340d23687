// CheckoutSagaDefinition: the checkout saga's steps as data. Which steps a saga still expects
// at every stage of the happy path and of every failure and cancellation path, what settles a
// step, and that the table names the same consumers as the services' real subscriptions.

#include "bus/EventBus.h"
#include "bus/SagaLogEvents.h"
#include "common/TestSupport.h"
#include "saga/CheckoutEvents.h"
#include "saga/CheckoutSagaDefinition.h"
#include "saga/SagaLog.h"
#include "shop/Shop.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using Def = saga::CheckoutSagaDefinition;
using Step = Def::Step;
namespace E = saga::CheckoutEvents;

namespace {

/// Who publishes each event type (for building histories).
QString producerOf(const QString &type)
{
    static const QHash<QString, QString> producers{
            {E::PaymentRequested, Def::Order},
            {E::InventoryDeducted, Def::Inventory},
            {E::InventoryFailed, Def::Inventory},
            {E::CouponUsed, Def::Coupon},
            {E::CouponSkipped, Def::Coupon},
            {E::CouponFailed, Def::Coupon},
            {E::BalanceDeducted, Def::Balance},
            {E::BalanceFailed, Def::Balance},
            {E::OrderConfirmed, Def::Payment},
            {E::OrderConfirmationFailed, Def::Order},
            {E::ProductSalesRankRecorded, Def::Order},
            {E::OrderExportRequested, Def::Order},
            {E::OrderCompleted, Def::Order},
            {E::OrderFailed, Def::Order},
            {E::OrderCancelled, Def::Order},
            {E::InventoryRestored, Def::Inventory},
            {E::CouponRestored, Def::Coupon},
            {E::BalanceRefunded, Def::Balance},
            {E::PaymentCancelled, Def::Payment},
            {E::OrderCompensated, Def::Order},
            {Def::OrderMarkedAbnormal, Def::Order},
    };
    return producers.value(type);
}

/// A saga's history: events published (PaymentRequested carries the coupon choice) and the
/// handlings settled so far.
struct History
{
    explicit History(qint64 userCouponId = 0)
    {
        events.append({E::PaymentRequested, Def::Order,
                QJsonObject{{u"orderId"_s, 7}, {u"userCouponId"_s, userCouponId}}});
    }
    /// `service` handled `trigger` and published `outcomes`.
    History &handled(
            const QString &service, const QString &trigger, const QStringList &outcomes = {})
    {
        settled.append({service, trigger});
        for (const QString &type : outcomes)
            events.append({type, service, QJsonObject{{u"orderId"_s, 7}}});
        return *this;
    }
    History &publish(const QString &type)
    {
        events.append({type, producerOf(type), QJsonObject{{u"orderId"_s, 7}}});
        return *this;
    }
    QList<Step> expected() const { return Def::expectedSteps(events, settled); }

    QList<Def::Event> events;
    QList<Def::Handling> settled;
};

/// "service:handles@depth" for each step, in order: easy to compare and to read on failure.
QStringList keys(const QList<Step> &steps)
{
    QStringList out;
    for (const Step &s : steps)
        out.append(u"%1:%2@%3"_s.arg(s.service, s.handles).arg(s.depth));
    return out;
}

const Step *find(const QList<Step> &steps, const QString &service, const QString &handles)
{
    for (const Step &s : steps) {
        if (s.service == service && s.handles == handles)
            return &s;
    }
    return nullptr;
}

/// The happy path of an order without a coupon, up to OrderConfirmed handled by Order.
History confirmedWithoutCoupon()
{
    History h;
    h.handled(Def::Inventory, E::PaymentRequested, {E::InventoryDeducted})
            .handled(Def::Order, E::InventoryDeducted)
            .handled(Def::Coupon, E::InventoryDeducted, {E::CouponSkipped})
            .handled(Def::Order, E::CouponSkipped)
            .handled(Def::Balance, E::CouponSkipped, {E::BalanceDeducted})
            .handled(Def::Payment, E::BalanceDeducted, {E::OrderConfirmed})
            .handled(Def::Order, E::OrderConfirmed,
                    {E::ProductSalesRankRecorded, E::OrderExportRequested, E::OrderCompleted});
    return h;
}

saga::SagaLogEntry entry(const QString &kind, const QString &service, const QString &type)
{
    saga::SagaLogEntry e;
    e.kind = kind;
    e.service = service;
    e.eventType = type;
    return e;
}

} // namespace

class TestCheckoutSagaDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consumersMatchTheServicesSubscriptions();
    void aPlacedOrderExpectsTheWholeHappyPath();
    void aCouponChangesWhatTheCouponStepPublishes();
    void eachStageOfTheHappyPathExpectsTheRest();
    void aCompletedSagaExpectsNothing();
    void outOfStockEndsWithOrderFailed();
    void aRefusedCouponRestoresTheStock();
    void anUnpaidOrderRestoresStockAndCoupon();
    void anUnpaidOrderWithoutCouponStillHearsFromCoupon();
    void aConfirmationFailureUndoesEverything();
    void anAdminCancellationUndoesEverythingAndTheStatistics();
    void publishedOutcomesSettleAStepWithoutItsHandling();
    void logEntriesSettleByKind();
    void anAbnormalOrderIsForTheAlerts();
    void compensationFlags();
};

void TestCheckoutSagaDefinition::consumersMatchTheServicesSubscriptions()
{
    // The real composition (services subscribe in their constructors; nothing needs to run).
    test::TempDataDir dir;
    shop::ShopConfig config;
    config.dataDir = dir.path();
    shop::Shop shop(config);
    for (const QString &type : Def::eventTypes()) {
        QStringList real = shop.bus().subscribersOf(type);
        real.removeAll(saga::SagaLog::ServiceName); // records everything; not a step
        QStringList ours = Def::consumersOf(type);
        real.sort();
        ours.sort();
        QCOMPARE(ours, real);
    }
    for (const QString &service : Def::services())
        QVERIFY2(shop.service(service), qPrintable(service));
    QCOMPARE(Def::consumersOf(u"NoSuchEvent"_s), QStringList());
}

void TestCheckoutSagaDefinition::aPlacedOrderExpectsTheWholeHappyPath()
{
    const QList<Step> steps = History().expected();
    QCOMPARE(keys(steps),
            (QStringList{
                    u"inventory:PaymentRequested@0"_s,
                    u"order:InventoryDeducted@1"_s,
                    u"coupon:InventoryDeducted@1"_s,
                    u"order:CouponSkipped@2"_s,
                    u"balance:CouponSkipped@2"_s,
                    u"payment:BalanceDeducted@3"_s,
                    u"order:OrderConfirmed@4"_s,
                    u"statistics:ProductSalesRankRecorded@5"_s,
                    u"export:OrderExportRequested@5"_s,
            }));
    const Step &inventory = steps.first();
    QCOMPARE(inventory.publishes, QStringList{E::InventoryDeducted});
    QCOMPARE(inventory.otherwise, QStringList{E::InventoryFailed});
    QVERIFY(!inventory.compensation);
    const Step *confirm = find(steps, Def::Order, E::OrderConfirmed);
    QVERIFY(confirm);
    QCOMPARE(confirm->publishes,
            (QStringList{E::ProductSalesRankRecorded, E::OrderExportRequested, E::OrderCompleted}));
    QCOMPARE(confirm->otherwise, QStringList{E::OrderConfirmationFailed});
    QCOMPARE(find(steps, Def::Coupon, E::InventoryDeducted)->otherwise, QStringList());
    QCOMPARE(find(steps, Def::Balance, E::CouponSkipped)->otherwise, QStringList{E::BalanceFailed});
    for (const Step &s : steps)
        QVERIFY2(!s.compensation, qPrintable(s.service + u':' + s.handles));
}

void TestCheckoutSagaDefinition::aCouponChangesWhatTheCouponStepPublishes()
{
    const QList<Step> steps = History(42).expected();
    const Step *coupon = find(steps, Def::Coupon, E::InventoryDeducted);
    QVERIFY(coupon);
    QCOMPARE(coupon->publishes, QStringList{E::CouponUsed});
    QCOMPARE(coupon->otherwise, QStringList{E::CouponFailed});
    QVERIFY(find(steps, Def::Balance, E::CouponUsed));
    QVERIFY(!find(steps, Def::Balance, E::CouponSkipped));
}

void TestCheckoutSagaDefinition::eachStageOfTheHappyPathExpectsTheRest()
{
    History h(42);
    h.handled(Def::Inventory, E::PaymentRequested, {E::InventoryDeducted});
    QCOMPARE(keys(h.expected()).first(3),
            (QStringList{u"order:InventoryDeducted@0"_s, u"coupon:InventoryDeducted@0"_s,
                    u"order:CouponUsed@1"_s}));
    QCOMPARE(h.expected().size(), 8);

    h.handled(Def::Coupon, E::InventoryDeducted, {E::CouponUsed});
    // Order has not recorded the amounts yet: still expected, now with the coupon's answer.
    QCOMPARE(keys(h.expected()),
            (QStringList{u"order:InventoryDeducted@0"_s, u"order:CouponUsed@0"_s,
                    u"balance:CouponUsed@0"_s, u"payment:BalanceDeducted@1"_s,
                    u"order:OrderConfirmed@2"_s, u"statistics:ProductSalesRankRecorded@3"_s,
                    u"export:OrderExportRequested@3"_s}));

    h.handled(Def::Order, E::InventoryDeducted).handled(Def::Order, E::CouponUsed);
    h.handled(Def::Balance, E::CouponUsed, {E::BalanceDeducted});
    QCOMPARE(keys(h.expected()),
            (QStringList{u"payment:BalanceDeducted@0"_s, u"order:OrderConfirmed@1"_s,
                    u"statistics:ProductSalesRankRecorded@2"_s,
                    u"export:OrderExportRequested@2"_s}));

    h.handled(Def::Payment, E::BalanceDeducted, {E::OrderConfirmed});
    QCOMPARE(keys(h.expected()),
            (QStringList{u"order:OrderConfirmed@0"_s, u"statistics:ProductSalesRankRecorded@1"_s,
                    u"export:OrderExportRequested@1"_s}));

    // Confirmed: the order is complete for the shopper, but the saga still owes the
    // statistics and the export.
    h.handled(Def::Order, E::OrderConfirmed,
            {E::ProductSalesRankRecorded, E::OrderExportRequested, E::OrderCompleted});
    QCOMPARE(keys(h.expected()),
            (QStringList{u"statistics:ProductSalesRankRecorded@0"_s,
                    u"export:OrderExportRequested@0"_s}));
    h.handled(Def::Statistics, E::ProductSalesRankRecorded);
    QCOMPARE(keys(h.expected()), QStringList{u"export:OrderExportRequested@0"_s});
}

void TestCheckoutSagaDefinition::aCompletedSagaExpectsNothing()
{
    History h = confirmedWithoutCoupon();
    h.handled(Def::Statistics, E::ProductSalesRankRecorded)
            .handled(Def::Export, E::OrderExportRequested);
    QCOMPARE(keys(h.expected()), QStringList());
}

void TestCheckoutSagaDefinition::outOfStockEndsWithOrderFailed()
{
    History h;
    h.handled(Def::Inventory, E::PaymentRequested, {E::InventoryFailed});
    const QList<Step> steps = h.expected();
    QCOMPARE(keys(steps), QStringList{u"order:InventoryFailed@0"_s});
    QCOMPARE(steps.first().publishes, QStringList{E::OrderFailed});
    QVERIFY(!steps.first().compensation); // nothing was taken, so nothing is undone
    h.handled(Def::Order, E::InventoryFailed, {E::OrderFailed});
    QCOMPARE(keys(h.expected()), QStringList());
}

void TestCheckoutSagaDefinition::aRefusedCouponRestoresTheStock()
{
    History h(42);
    h.handled(Def::Inventory, E::PaymentRequested, {E::InventoryDeducted})
            .handled(Def::Order, E::InventoryDeducted)
            .handled(Def::Coupon, E::InventoryDeducted, {E::CouponFailed});
    QList<Step> steps = h.expected();
    QCOMPARE(keys(steps),
            (QStringList{u"order:CouponFailed@0"_s, u"inventory:CouponFailed@0"_s,
                    u"order:InventoryRestored@1"_s}));
    QCOMPARE(steps.at(1).publishes, QStringList{E::InventoryRestored});
    QVERIFY(steps.at(1).compensation);
    QCOMPARE(steps.at(2).publishes, QStringList{E::OrderCompensated}); // the last one back
    QVERIFY(steps.at(2).compensation);

    h.handled(Def::Order, E::CouponFailed, {E::OrderFailed})
            .handled(Def::Inventory, E::CouponFailed, {E::InventoryRestored});
    QCOMPARE(keys(h.expected()), QStringList{u"order:InventoryRestored@0"_s});
    h.handled(Def::Order, E::InventoryRestored, {E::OrderCompensated});
    QCOMPARE(keys(h.expected()), QStringList());
}

void TestCheckoutSagaDefinition::anUnpaidOrderRestoresStockAndCoupon()
{
    History h(42);
    h.handled(Def::Inventory, E::PaymentRequested, {E::InventoryDeducted})
            .handled(Def::Order, E::InventoryDeducted)
            .handled(Def::Coupon, E::InventoryDeducted, {E::CouponUsed})
            .handled(Def::Order, E::CouponUsed)
            .handled(Def::Balance, E::CouponUsed, {E::BalanceFailed});
    QList<Step> steps = h.expected();
    QCOMPARE(keys(steps),
            (QStringList{u"order:BalanceFailed@0"_s, u"inventory:BalanceFailed@0"_s,
                    u"coupon:BalanceFailed@0"_s, u"order:InventoryRestored@1"_s,
                    u"order:CouponRestored@1"_s}));
    QCOMPARE(find(steps, Def::Coupon, E::BalanceFailed)->publishes, QStringList{E::CouponRestored});
    QVERIFY(find(steps, Def::Coupon, E::BalanceFailed)->compensation);
    QVERIFY(!find(steps, Def::Order, E::BalanceFailed)->compensation);
    QVERIFY(!find(steps, Def::Payment, E::BalanceDeducted)); // never paid: nothing to refund

    h.handled(Def::Coupon, E::BalanceFailed, {E::CouponRestored})
            .handled(Def::Order, E::BalanceFailed, {E::OrderFailed});
    QCOMPARE(keys(h.expected()),
            (QStringList{u"inventory:BalanceFailed@0"_s, u"order:CouponRestored@0"_s,
                    u"order:InventoryRestored@1"_s}));
    h.handled(Def::Inventory, E::BalanceFailed, {E::InventoryRestored})
            .handled(Def::Order, E::CouponRestored);
    steps = h.expected();
    QCOMPARE(keys(steps), QStringList{u"order:InventoryRestored@0"_s});
    QCOMPARE(steps.first().publishes, QStringList{E::OrderCompensated});
    h.handled(Def::Order, E::InventoryRestored, {E::OrderCompensated});
    QCOMPARE(keys(h.expected()), QStringList());
}

void TestCheckoutSagaDefinition::anUnpaidOrderWithoutCouponStillHearsFromCoupon()
{
    History h;
    h.handled(Def::Inventory, E::PaymentRequested, {E::InventoryDeducted})
            .handled(Def::Order, E::InventoryDeducted)
            .handled(Def::Coupon, E::InventoryDeducted, {E::CouponSkipped})
            .handled(Def::Order, E::CouponSkipped)
            .handled(Def::Balance, E::CouponSkipped, {E::BalanceFailed})
            .handled(Def::Order, E::BalanceFailed, {E::OrderFailed});
    const QList<Step> steps = h.expected();
    QCOMPARE(keys(steps),
            (QStringList{u"inventory:BalanceFailed@0"_s, u"coupon:BalanceFailed@0"_s,
                    u"order:InventoryRestored@1"_s}));
    // Coupon handles the trigger but has nothing to restore: it publishes nothing.
    QCOMPARE(find(steps, Def::Coupon, E::BalanceFailed)->publishes, QStringList());
}

void TestCheckoutSagaDefinition::aConfirmationFailureUndoesEverything()
{
    History h(42);
    h.handled(Def::Inventory, E::PaymentRequested, {E::InventoryDeducted})
            .handled(Def::Order, E::InventoryDeducted)
            .handled(Def::Coupon, E::InventoryDeducted, {E::CouponUsed})
            .handled(Def::Order, E::CouponUsed)
            .handled(Def::Balance, E::CouponUsed, {E::BalanceDeducted})
            .handled(Def::Payment, E::BalanceDeducted, {E::OrderConfirmed})
            .handled(Def::Order, E::OrderConfirmed, {E::OrderConfirmationFailed});
    QList<Step> steps = h.expected();
    QCOMPARE(keys(steps),
            (QStringList{u"inventory:OrderConfirmationFailed@0"_s,
                    u"coupon:OrderConfirmationFailed@0"_s, u"balance:OrderConfirmationFailed@0"_s,
                    u"payment:OrderConfirmationFailed@0"_s, u"order:InventoryRestored@1"_s,
                    u"order:CouponRestored@1"_s, u"order:BalanceRefunded@1"_s,
                    u"order:PaymentCancelled@1"_s}));
    for (const Step &s : steps)
        QVERIFY2(s.compensation, qPrintable(s.service + u':' + s.handles));
    QCOMPARE(find(steps, Def::Payment, E::OrderConfirmationFailed)->publishes,
            QStringList{E::PaymentCancelled});
    QCOMPARE(find(steps, Def::Balance, E::OrderConfirmationFailed)->publishes,
            QStringList{E::BalanceRefunded});
    // The order was not confirmable (failed, cancelled or abnormal meanwhile): Order records
    // the compensations but announces no OrderCompensated for this path.
    QCOMPARE(find(steps, Def::Order, E::PaymentCancelled)->publishes, QStringList());
    QVERIFY(!find(steps, Def::Statistics, E::ProductSalesRankRecorded)); // never confirmed
}

void TestCheckoutSagaDefinition::anAdminCancellationUndoesEverythingAndTheStatistics()
{
    History h = confirmedWithoutCoupon();
    h.handled(Def::Statistics, E::ProductSalesRankRecorded)
            .handled(Def::Export, E::OrderExportRequested);
    h.publish(E::OrderCancelled);
    QList<Step> steps = h.expected();
    QCOMPARE(keys(steps),
            (QStringList{u"inventory:OrderCancelled@0"_s, u"coupon:OrderCancelled@0"_s,
                    u"balance:OrderCancelled@0"_s, u"payment:OrderCancelled@0"_s,
                    u"statistics:OrderCancelled@0"_s, u"order:InventoryRestored@1"_s,
                    u"order:BalanceRefunded@1"_s, u"order:PaymentCancelled@1"_s}));
    QVERIFY(find(steps, Def::Statistics, E::OrderCancelled)->compensation);
    QCOMPARE(find(steps, Def::Coupon, E::OrderCancelled)->publishes,
            QStringList()); // no coupon used
    QCOMPARE(find(steps, Def::Order, E::BalanceRefunded)->publishes,
            QStringList{E::OrderCompensated});

    h.handled(Def::Inventory, E::OrderCancelled, {E::InventoryRestored})
            .handled(Def::Coupon, E::OrderCancelled)
            .handled(Def::Balance, E::OrderCancelled, {E::BalanceRefunded})
            .handled(Def::Payment, E::OrderCancelled, {E::PaymentCancelled})
            .handled(Def::Statistics, E::OrderCancelled)
            .handled(Def::Order, E::InventoryRestored)
            .handled(Def::Order, E::BalanceRefunded);
    QCOMPARE(keys(h.expected()), QStringList{u"order:PaymentCancelled@0"_s});
    h.handled(Def::Order, E::PaymentCancelled, {E::OrderCompensated});
    QCOMPARE(keys(h.expected()), QStringList());
}

void TestCheckoutSagaDefinition::publishedOutcomesSettleAStepWithoutItsHandling()
{
    // Only the events: a step that published its outcome is settled; one whose handling
    // publishes nothing stays expected until its handling is known.
    History h;
    h.publish(E::InventoryDeducted).publish(E::CouponSkipped);
    QCOMPARE(keys(h.expected()).first(3),
            (QStringList{u"order:InventoryDeducted@0"_s, u"order:CouponSkipped@0"_s,
                    u"balance:CouponSkipped@0"_s}));
    // A failure outcome settles the step as well as a success.
    History failed;
    failed.publish(E::InventoryFailed);
    QCOMPARE(keys(failed.expected()), QStringList{u"order:InventoryFailed@0"_s});
    // Nothing published at all: nothing expected (not a checkout saga, or not begun).
    QCOMPARE(Def::expectedSteps(QList<Def::Event>{}).size(), 0);
}

void TestCheckoutSagaDefinition::logEntriesSettleByKind()
{
    namespace L = bus::SagaLogEvents;
    using saga::SagaLogEntry;
    QList<SagaLogEntry> entries{
            entry(SagaLogEntry::KindPublished, Def::Order, E::PaymentRequested)};
    QCOMPARE(keys(Def::expectedSteps(entries)).first(), u"inventory:PaymentRequested@0"_s);

    // A retry or a lost delivery leaves the step on its way.
    for (const QString &kind : {L::Retried, L::Dropped}) {
        QList<SagaLogEntry> more = entries;
        more.append(entry(kind, Def::Inventory, E::PaymentRequested));
        QCOMPARE(keys(Def::expectedSteps(more)).first(), u"inventory:PaymentRequested@0"_s);
    }
    // A dead letter waits for an administrator: settled, and nothing follows from it.
    for (const QString &kind : {L::DeadLettered, L::DeadLetterRetryFailed, L::DeadLetterDiscarded,
                 L::Handled, L::Duplicate, L::DeadLetterRetried}) {
        QList<SagaLogEntry> more = entries;
        more.append(entry(kind, Def::Inventory, E::PaymentRequested));
        QVERIFY2(Def::expectedSteps(more).isEmpty(), qPrintable(kind));
    }
    // Compensation entries are events too.
    QList<SagaLogEntry> restored{entry(SagaLogEntry::KindPublished, Def::Coupon, E::CouponFailed),
            entry(SagaLogEntry::KindCompensation, Def::Inventory, E::InventoryRestored),
            entry(L::Handled, Def::Order, E::CouponFailed)};
    QCOMPARE(keys(Def::expectedSteps(restored)), QStringList{u"order:InventoryRestored@0"_s});
}

void TestCheckoutSagaDefinition::anAbnormalOrderIsForTheAlerts()
{
    History h;
    h.handled(Def::Inventory, E::PaymentRequested, {E::InventoryDeducted})
            .handled(Def::Order, E::InventoryDeducted)
            .handled(Def::Coupon, E::InventoryDeducted, {E::CouponSkipped})
            .handled(Def::Order, E::CouponSkipped);
    h.publish(Def::OrderMarkedAbnormal);
    const QList<Step> steps = h.expected();
    QVERIFY(find(steps, Def::Alerts, Def::OrderMarkedAbnormal));
    QCOMPARE(find(steps, Def::Alerts, Def::OrderMarkedAbnormal)->depth, 0);
    // The step the saga is stuck at is still expected (the reconciler re-triggers it).
    QVERIFY(find(steps, Def::Balance, E::CouponSkipped));
}

void TestCheckoutSagaDefinition::compensationFlags()
{
    QVERIFY(Def::isCompensationEvent(E::InventoryRestored));
    QVERIFY(Def::isCompensationEvent(E::PaymentCancelled));
    QVERIFY(!Def::isCompensationEvent(E::OrderCompensated));
    QVERIFY(!Def::isCompensationEvent(E::BalanceFailed));
    QVERIFY(Def::isCompensationStep(Def::Inventory, E::BalanceFailed));
    QVERIFY(Def::isCompensationStep(Def::Statistics, E::OrderCancelled));
    QVERIFY(!Def::isCompensationStep(Def::Statistics, E::ProductSalesRankRecorded));
    QVERIFY(!Def::isCompensationStep(Def::Order, E::BalanceFailed));
    QVERIFY(!Def::isCompensationStep(Def::Payment, E::CouponFailed)); // not a consumer of it
    QCOMPARE(Def::services().first(), Def::Order);
}

QTEST_GUILESS_MAIN(TestCheckoutSagaDefinition)
#include "tst_checkoutsagadefinition.moc"
