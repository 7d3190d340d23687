// CheckoutProgress on its own: the step machine fed synthetic events (no backend), its
// idempotence, its tolerance of arrival order, failure texts and compensation bookkeeping.

#include "saga/CheckoutEvents.h"
#include "services/order/OrderView.h"
#include "ui/Money.h"
#include "ui/checkout/CheckoutProgress.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::ui::CheckoutProgress;
namespace Events = sagashop::saga::CheckoutEvents;
using State = CheckoutProgress::StepState;
using Status = CheckoutProgress::Status;

namespace {

bus::EventEnvelope envelope(const QString &type, const QJsonObject &payload = {})
{
    bus::EventEnvelope e;
    e.eventId = QUuid::createUuid();
    e.type = type;
    e.aggregateId = u"order-1"_s;
    e.sagaId = u"saga-1"_s;
    e.occurredAt = 1;
    e.producer = u"test"_s;
    e.payload = payload;
    e.payload.insert(u"orderId"_s, 1);
    return e;
}

QStringList states(const CheckoutProgress &p)
{
    QStringList list;
    for (int step = 0; step < CheckoutProgress::StepCount; ++step)
        list.append(CheckoutProgress::stateName(p.stepState(step)));
    return list;
}

QString names(const QString &productId)
{
    return productId == u"p10"_s ? u"Manual Coffee Grinder"_s : QString();
}

} // namespace

class TestCheckoutProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwardPath();
    void sameEventTwiceChangesNothing();
    void lateEventsDoNotGoBack();
    void stockFailure();
    void specificFailureWinsWhateverTheOrder();
    void couponFailureBelowMinimum();
    void balanceFailureIsCompensated();
    void orderFailedAloneStillExplains();
    void orderViewFillsIn();
};

void TestCheckoutProgress::forwardPath()
{
    CheckoutProgress p;
    QCOMPARE(states(p),
            (QStringList{u"pending"_s, u"pending"_s, u"pending"_s, u"pending"_s, u"pending"_s}));
    QVERIFY(p.apply(envelope(Events::PaymentRequested, {{u"userCouponId"_s, 7}})));
    QCOMPARE(states(p).first(), u"active"_s);
    QVERIFY(p.apply(envelope(Events::InventoryDeducted, {{u"amount"_s, 37'800}})));
    QCOMPARE(states(p).mid(0, 2), (QStringList{u"done"_s, u"active"_s}));
    QVERIFY(p.apply(
            envelope(Events::CouponUsed, {{u"discount"_s, 2'000}, {u"finalAmount"_s, 35'800}})));
    QCOMPARE(p.stepDetail(CheckoutProgress::Coupon, names),
            u"%1 off"_s.arg(ui::Money::format(2'000)));
    QVERIFY(p.apply(envelope(
            Events::BalanceDeducted, {{u"amount"_s, 35'800}, {u"balanceAfter"_s, 12'000}})));
    QCOMPARE(p.stepDetail(CheckoutProgress::Balance, names),
            u"Balance after: %1"_s.arg(ui::Money::format(12'000)));
    QVERIFY(p.apply(envelope(Events::OrderConfirmed, {{u"amount"_s, 35'800}})));
    QCOMPARE(states(p), (QStringList{u"done"_s, u"done"_s, u"done"_s, u"done"_s, u"active"_s}));
    QCOMPARE(p.status(), Status::Running);
    QVERIFY(p.apply(envelope(Events::OrderCompleted)));
    QCOMPARE(states(p), (QStringList{u"done"_s, u"done"_s, u"done"_s, u"done"_s, u"done"_s}));
    QCOMPARE(p.status(), Status::Confirmed);
    QCOMPARE(p.failedStep(), QString());
    QVERIFY(!p.isCompensated());
}

void TestCheckoutProgress::sameEventTwiceChangesNothing()
{
    CheckoutProgress p;
    const bus::EventEnvelope deducted = envelope(Events::InventoryDeducted, {{u"amount"_s, 1'000}});
    const bus::EventEnvelope restored = envelope(Events::InventoryRestored);
    QVERIFY(p.apply(deducted));
    QVERIFY(!p.apply(deducted));
    QVERIFY(p.hasApplied(deducted.eventId));
    QVERIFY(p.apply(restored));
    QVERIFY(!p.apply(restored));
    QVERIFY(!p.apply(envelope(Events::InventoryRestored))); // another id, the same compensation
    QCOMPARE(p.compensationKinds(), QStringList{u"stock"_s});
    QVERIFY(!p.apply(envelope(u"SomethingElse"_s)));
}

void TestCheckoutProgress::lateEventsDoNotGoBack()
{
    CheckoutProgress p;
    // The balance step's event first (events of different services may cross on the way).
    QVERIFY(p.apply(envelope(Events::BalanceDeducted, {{u"balanceAfter"_s, 5'000}})));
    QCOMPARE(states(p), (QStringList{u"done"_s, u"done"_s, u"done"_s, u"active"_s, u"pending"_s}));
    // The earlier ones still add their details, but nothing moves back to active.
    QVERIFY(p.apply(envelope(Events::CouponSkipped, {{u"discount"_s, 0}})));
    QVERIFY(!p.apply(envelope(Events::PaymentRequested)));
    QCOMPARE(states(p),
            (QStringList{u"done"_s, u"skipped"_s, u"done"_s, u"active"_s, u"pending"_s}));
    QCOMPARE(p.stepDetail(CheckoutProgress::Coupon, names), u"No coupon"_s);
}

void TestCheckoutProgress::stockFailure()
{
    CheckoutProgress p;
    p.apply(envelope(Events::PaymentRequested));
    QVERIFY(p.apply(envelope(Events::InventoryFailed,
            {{u"reason"_s,
                     u"Only 3 left of 수동 원두 그라인더 / Manual Coffee Grinder (4 requested)"_s},
                    {u"productId"_s, u"p10"_s}})));
    QCOMPARE(states(p).first(), u"failed"_s);
    QCOMPARE(p.status(), Status::Running); // the Order service decides
    QVERIFY(p.apply(envelope(Events::OrderFailed,
            {{u"failedStep"_s, u"stock"_s}, {u"reason"_s, u"Only 3 left"_s}})));
    QCOMPARE(p.status(), Status::Failed);
    QCOMPARE(p.failedStep(), u"stock"_s);
    QCOMPARE(p.failureText(names), u"Not enough stock for Manual Coffee Grinder"_s);
    QCOMPARE(p.stepDetail(CheckoutProgress::Stock, names), p.failureText(names));
    QVERIFY(!p.isCompensated()); // nothing was taken, nothing to give back
}

void TestCheckoutProgress::specificFailureWinsWhateverTheOrder()
{
    // The order's verdict first (it only repeats the reason), the step's own event later.
    CheckoutProgress p;
    p.apply(envelope(
            Events::OrderFailed, {{u"failedStep"_s, u"stock"_s}, {u"reason"_s, u"Only 3 left"_s}}));
    QCOMPARE(p.failureText(names), u"There is not enough stock for this order."_s);
    QVERIFY(p.apply(envelope(Events::InventoryFailed,
            {{u"reason"_s, u"Only 3 left"_s}, {u"productId"_s, u"p10"_s}})));
    QCOMPARE(p.failureText(names), u"Not enough stock for Manual Coffee Grinder"_s);
    QCOMPARE(p.failedStep(), u"stock"_s);
    QCOMPARE(p.status(), Status::Failed);
}

void TestCheckoutProgress::couponFailureBelowMinimum()
{
    CheckoutProgress p;
    p.apply(envelope(Events::InventoryDeducted, {{u"amount"_s, 18'900}}));
    p.apply(envelope(Events::CouponFailed,
            {{u"reason"_s, u"order total 18,900 won is below the coupon minimum of 20,000 won"_s},
                    {u"userCouponId"_s, 3}}));
    p.apply(envelope(Events::OrderFailed, {{u"failedStep"_s, u"coupon"_s}, {u"reason"_s, u"x"_s}}));
    QCOMPARE(p.failedStep(), u"coupon"_s);
    QCOMPARE(p.failureText(names),
            u"The coupon could not be used: the order total %1 is below its minimum of %2"_s.arg(
                    ui::Money::format(18'900), ui::Money::format(20'000)));
    QVERIFY(!p.isCompensated());
    p.apply(envelope(Events::InventoryRestored));
    QVERIFY(p.isCompensated()); // a coupon failure gives the stock back, nothing else
    QCOMPARE(p.compensationTexts(), QStringList{u"Stock restored"_s});
}

void TestCheckoutProgress::balanceFailureIsCompensated()
{
    CheckoutProgress p;
    p.apply(envelope(Events::PaymentRequested, {{u"userCouponId"_s, 4}}));
    p.apply(envelope(Events::InventoryDeducted, {{u"amount"_s, 18'900}}));
    p.apply(envelope(Events::CouponUsed, {{u"discount"_s, 3'000}}));
    // The compensation may arrive before the failure itself.
    p.apply(envelope(Events::CouponRestored));
    p.apply(envelope(Events::BalanceFailed,
            {{u"reason"_s, u"balance 5,000 won is less than the 15,900 won to pay"_s},
                    {u"amount"_s, 15'900}, {u"balance"_s, 5'000}}));
    p.apply(envelope(
            Events::OrderFailed, {{u"failedStep"_s, u"balance"_s}, {u"reason"_s, u"r"_s}}));
    QCOMPARE(p.failedStep(), u"balance"_s);
    QCOMPARE(p.failureText(names),
            u"Your balance %1 is less than the %2 to pay"_s.arg(
                    ui::Money::format(5'000), ui::Money::format(15'900)));
    QVERIFY(!p.isCompensated()); // the stock is not back yet
    p.apply(envelope(Events::InventoryRestored));
    QVERIFY(p.isCompensated());
    QCOMPARE(p.compensationTexts(), (QStringList{u"Coupon restored"_s, u"Stock restored"_s}));
}

void TestCheckoutProgress::orderFailedAloneStillExplains()
{
    CheckoutProgress p;
    p.apply(envelope(Events::OrderFailed,
            {{u"failedStep"_s, u"balance"_s},
                    {u"reason"_s, u"balance 0 won is less than the 18,900 won to pay"_s}}));
    QCOMPARE(states(p),
            (QStringList{u"done"_s, u"done"_s, u"failed"_s, u"pending"_s, u"pending"_s}));
    QCOMPARE(p.failureText(names),
            u"Your balance %1 is less than the %2 to pay"_s.arg(
                    ui::Money::format(0), ui::Money::format(18'900)));
    // OrderCompensated settles it whatever arrived.
    p.apply(envelope(u"OrderCompensated"_s, {{u"compensations"_s, QJsonArray{u"stock"_s}}}));
    QVERIFY(p.isCompensated());
    QCOMPARE(p.compensationKinds(), QStringList{u"stock"_s});
}

void TestCheckoutProgress::orderViewFillsIn()
{
    CheckoutProgress p;
    p.apply(envelope(Events::PaymentRequested));
    services::OrderView order;
    order.status = services::OrderStatus::Confirmed;
    QVERIFY(p.applyOrder(order));
    QCOMPARE(p.status(), Status::Confirmed);
    QCOMPARE(states(p), (QStringList{u"done"_s, u"done"_s, u"done"_s, u"done"_s, u"done"_s}));
    QVERIFY(!p.applyOrder(order));
    // The log catches up later: the details arrive, the states stay.
    QVERIFY(p.apply(envelope(Events::BalanceDeducted, {{u"balanceAfter"_s, 1'000}})));
    QCOMPARE(p.stepDetail(CheckoutProgress::Balance, names),
            u"Balance after: %1"_s.arg(ui::Money::format(1'000)));
    QCOMPARE(states(p), (QStringList{u"done"_s, u"done"_s, u"done"_s, u"done"_s, u"done"_s}));
}

QTEST_GUILESS_MAIN(TestCheckoutProgress)
#include "tst_checkoutprogress.moc"
