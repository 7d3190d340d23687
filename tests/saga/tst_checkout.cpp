// The checkout saga end to end, through the real backend (every service on its own thread
// and database): every path of ARCHITECTURE §3 with its compensations, fault injection, the
// reconciler's repairs, and the concurrency cases of issue 3. After each, the books balance.

#include "alerts/AlertService.h"
#include "bus/EventBus.h"
#include "bus/HybridClock.h"
#include "common/TestServices.h"
#include "common/TestSupport.h"
#include "saga/SagaLog.h"
#include "services/DomainError.h"
#include "services/balance/BalanceService.h"
#include "services/coupon/CouponService.h"
#include "services/inventory/InventoryService.h"
#include "services/order/OrderService.h"
#include "services/payment/PaymentService.h"
#include "services/statistics/StatisticsService.h"
#include "shop/Reconciler.h"
#include "shop/Shop.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::services::OrderView;
using sagashop::test::await;

namespace {

struct CatalogItem
{
    QString id;
    qint64 price;
    qint64 stock;
};
const QList<CatalogItem> kCatalog{{u"p01"_s, 10'000, 100}, {u"p02"_s, 3'000, 10}, {u"p03"_s, 50'000, 5}};

QString writeCatalog(const QString &dir)
{
    QJsonArray products;
    for (const CatalogItem &p : kCatalog) {
        products.append(QJsonObject{{u"id"_s, p.id},
                                    {u"nameKo"_s, QString(u"상품 "_s + p.id)},
                                    {u"nameEn"_s, QString(u"Product "_s + p.id)},
                                    {u"price"_s, p.price},
                                    {u"stock"_s, p.stock},
                                    {u"image"_s, u"images/x.svg"_s}});
    }
    const QString path = dir + u"/catalog.json"_s;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(products).toJson());
    return path;
}

template<typename T>
T valueOf(QFuture<bus::Outcome<T>> future)
{
    const bus::Outcome<T> outcome = await(std::move(future));
    if (!outcome.ok())
        qWarning() << "unexpected error:" << outcome.error;
    return outcome.value.value_or(T{});
}

class Harness
{
public:
    explicit Harness(const QString &dir, std::function<void(shop::ShopConfig &)> tweak = {})
    {
        shop::ShopConfig config;
        config.dataDir = dir;
        config.catalogPath = writeCatalog(dir);
        config.retry = bus::RetryPolicy{5, 10, 2.0, 200, 0.2};
        config.reconcileIntervalMs = 0; // on demand only, so tests decide when
        config.stuckAfterMs = 300;
        if (tweak)
            tweak(config);
        m_shop = std::make_unique<shop::Shop>(config);
        m_shop->start();
    }

    shop::Shop &shop() { return *m_shop; }

    void charge(qint64 user, qint64 amount)
    {
        const auto result = await(m_shop->balances().charge(user, amount));
        QVERIFY2(result.ok(), qPrintable(result.error));
    }
    /// Users 1 … count (creating those beyond the five demo users), each charged `amount`.
    void fundBuyers(qint64 count, qint64 amount)
    {
        for (qint64 user = 1; user <= count; ++user) {
            if (user > 5)
                QVERIFY(await(m_shop->balances().createUser(u"buyer %1"_s.arg(user))).ok());
            charge(user, amount);
        }
    }
    qint64 place(qint64 user, QList<saga::Payload::Item> items, qint64 userCouponId = 0, QString key = {})
    {
        services::PlaceOrderRequest request;
        request.userId = user;
        request.items = std::move(items);
        request.userCouponId = userCouponId;
        request.idempotencyKey = key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key;
        const auto placed = await(m_shop->orders().placeOrder(request));
        if (!placed.ok())
            qWarning() << "placeOrder failed:" << placed.error;
        return placed.ok() ? placed.value->orderId : 0;
    }
    OrderView order(qint64 id)
    {
        const auto o = valueOf(m_shop->orders().order(id));
        return o.value_or(OrderView{});
    }
    QString status(qint64 id) { return services::orderStatusName(order(id).status); }
    qint64 stock(const QString &product) { return valueOf(m_shop->inventory().stockLevels()).value(product, -1); }
    qint64 balance(qint64 user) { return valueOf(m_shop->balances().balance(user)); }
    qint64 issue(qint64 couponId, qint64 user)
    {
        const auto r = await(m_shop->coupons().issue(couponId, user, bus::HybridClock::nowMs()));
        return r.ok() ? *r.value : 0;
    }
    qint64 createCoupon(qint64 value, qint64 quantity, qint64 minOrder = 0)
    {
        services::CouponDefinition d;
        d.nameKo = u"테스트 쿠폰"_s;
        d.nameEn = u"Test coupon"_s;
        d.kind = services::CouponDefinition::Fixed;
        d.value = value;
        d.quantity = quantity;
        d.minOrderAmount = minOrder;
        return valueOf(m_shop->coupons().createCoupon(d));
    }
    QString couponStatus(qint64 user, qint64 userCouponId)
    {
        for (const auto &c : valueOf(m_shop->coupons().userCoupons(user, bus::HybridClock::nowMs()))) {
            if (c.userCouponId() == userCouponId)
                return services::UserCoupon::statusName(c.status());
        }
        return {};
    }

    /// The books: stock, money and coupons all agree with the orders.
    void verifyInvariants(qint64 chargedTotal)
    {
        // No saga left behind.
        QTRY_COMPARE(valueOf(m_shop->orders().statusCounts()).value(u"CREATED"_s), 0);
        qint64 soldValue = 0;
        QHash<QString, qint64> sold;
        int confirmedWithCoupon = 0;
        for (qint64 user = 1; user <= 200; ++user) {
            for (const OrderView &o : valueOf(m_shop->orders().ordersOfUser(user, 1000, 0))) {
                if (o.status != services::OrderStatus::Confirmed)
                    continue;
                soldValue += o.finalAmount;
                confirmedWithCoupon += o.userCouponId != 0 ? 1 : 0;
                for (const auto &item : o.items)
                    sold[item.productId] += item.quantity;
            }
        }
        for (const CatalogItem &p : kCatalog)
            QCOMPARE(stock(p.id) + sold.value(p.id), p.stock); // stock conservation
        QCOMPARE(valueOf(m_shop->balances().chargedTotal()), chargedTotal);
        QCOMPARE(chargedTotal - valueOf(m_shop->balances().totalBalance()), soldValue); // money conservation
        QCOMPARE(valueOf(m_shop->payments().totalSucceeded()), soldValue);
        int used = 0;
        for (qint64 user = 1; user <= 200; ++user) {
            for (const auto &c : valueOf(m_shop->coupons().userCoupons(user, bus::HybridClock::nowMs())))
                used += c.status() == services::UserCoupon::Status::Used ? 1 : 0;
        }
        QCOMPARE(used, confirmedWithCoupon); // coupons used <=> confirmed orders
    }

private:
    std::unique_ptr<shop::Shop> m_shop;
};

saga::Payload::Item item(const QString &product, qint64 quantity)
{
    return saga::Payload::Item{product, quantity, 0};
}

} // namespace

class TestCheckout : public QObject
{
    Q_OBJECT

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }
    void confirmsWithCoupon();
    void stockFailureChangesNothing();
    void couponFailureRestoresStock();
    void balanceFailureRestoresCouponAndStock();
    void confirmationFailureRunsEveryCompensation();
    void adminCancelCompensatesAndSubtractsStatistics();
    void twoInjectedFailuresStillConfirm();
    void duplicatedDeliveriesDeductOnce();
    void reconcilerRedeliversADroppedStep();
    void reconcilerRestoresWhatAFailedOrderStillHolds();
    void deadLetteredStepEndsAbnormalWithAlert();
    void idempotencyKeyOrdersOnce();
    void hundredBuyersHundredUnits();
    void hundredBuyersTenUnits();
    void oneCouponTenOrders();
    void hundredTwentyClaimsOfAHundredCoupons();
    void hundredConcurrentCharges();
};

void TestCheckout::confirmsWithCoupon()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.charge(1, 100'000);
    const qint64 coupon = h.createCoupon(2'000, 10);
    const qint64 userCoupon = h.issue(coupon, 1);
    QVERIFY(userCoupon > 0);
    const qint64 id = h.place(1, {item(u"p01"_s, 2), item(u"p02"_s, 1)}, userCoupon);
    QVERIFY(id > 0);
    QTRY_COMPARE(h.status(id), u"CONFIRMED"_s);
    const OrderView o = h.order(id);
    QCOMPARE(o.amount, 23'000);
    QCOMPARE(o.discount, 2'000);
    QCOMPARE(o.finalAmount, 21'000);
    QCOMPARE(h.balance(1), 79'000);
    QCOMPARE(h.stock(u"p01"_s), 98);
    QCOMPARE(h.stock(u"p02"_s), 9);
    QCOMPARE(h.couponStatus(1, userCoupon), u"USED"_s);
    QCOMPARE(valueOf(h.shop().payments().stateForOrder(id)), u"success"_s);
    QTRY_COMPARE(valueOf(h.shop().statistics().popular(bus::HybridClock::nowMs())).size(), 2);
    QTRY_COMPARE((*valueOf(h.shop().sagaLog().saga(o.sagaId))).status, u"completed"_s);
    h.verifyInvariants(100'000);
}

void TestCheckout::stockFailureChangesNothing()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.charge(1, 1'000'000);
    const qint64 id = h.place(1, {item(u"p01"_s, 1), item(u"p03"_s, 6)});
    QTRY_COMPARE(h.status(id), u"FAILED"_s);
    QCOMPARE(h.order(id).failureStep, u"stock"_s);
    QVERIFY(!h.order(id).failureReason.isEmpty());
    QCOMPARE(h.stock(u"p01"_s), 100); // all items or none
    QCOMPARE(h.stock(u"p03"_s), 5);
    QTRY_COMPARE((*valueOf(h.shop().sagaLog().saga(h.order(id).sagaId))).status, u"failed"_s); // nothing to undo
    QCOMPARE(h.balance(1), 1'000'000);
    h.verifyInvariants(1'000'000);
}

void TestCheckout::couponFailureRestoresStock()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.charge(2, 100'000);
    const qint64 coupon = h.createCoupon(1'000, 10);
    const qint64 othersCoupon = h.issue(coupon, 1); // belongs to user 1
    const qint64 id = h.place(2, {item(u"p01"_s, 1)}, othersCoupon);
    QTRY_COMPARE(h.status(id), u"FAILED"_s);
    QCOMPARE(h.order(id).failureStep, u"coupon"_s);
    QTRY_COMPARE(h.stock(u"p01"_s), 100);
    QTRY_COMPARE(h.order(id).compensations, QStringList{u"stock"_s});
    QCOMPARE(h.balance(2), 100'000);
    QCOMPARE(h.couponStatus(1, othersCoupon), u"AVAILABLE"_s);
    h.verifyInvariants(100'000);
}

void TestCheckout::balanceFailureRestoresCouponAndStock()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.charge(1, 5'000);
    const qint64 coupon = h.createCoupon(1'000, 10);
    const qint64 userCoupon = h.issue(coupon, 1);
    const qint64 id = h.place(1, {item(u"p01"_s, 1)}, userCoupon); // 9,000 to pay, 5,000 held
    QTRY_COMPARE(h.status(id), u"FAILED"_s);
    QCOMPARE(h.order(id).failureStep, u"balance"_s);
    QTRY_COMPARE(h.order(id).compensations.size(), 2);
    QVERIFY(h.order(id).compensations.contains(u"stock"_s));
    QVERIFY(h.order(id).compensations.contains(u"coupon"_s));
    QCOMPARE(h.stock(u"p01"_s), 100);
    QCOMPARE(h.couponStatus(1, userCoupon), u"AVAILABLE"_s);
    QCOMPARE(h.balance(1), 5'000);
    QTRY_COMPARE((*valueOf(h.shop().sagaLog().saga(h.order(id).sagaId))).status, u"compensated"_s);
    h.verifyInvariants(5'000);
}

void TestCheckout::confirmationFailureRunsEveryCompensation()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.charge(1, 100'000);
    const qint64 coupon = h.createCoupon(1'000, 10);
    const qint64 userCoupon = h.issue(coupon, 1);
    // Payment is slow; meanwhile the order stops being confirmable.
    QVERIFY(h.shop().payments().faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 400}).isEmpty());
    const qint64 id = h.place(1, {item(u"p01"_s, 1)}, userCoupon);
    QTRY_COMPARE(h.balance(1), 91'000); // balance deducted, payment pending
    QVERIFY(await(h.shop().orders().markAbnormal(id, u"test: no longer confirmable"_s)).ok());
    h.shop().payments().faults().clearAll();
    QTRY_COMPARE(h.order(id).compensations.size(), 4);
    QCOMPARE(h.balance(1), 100'000);
    QCOMPARE(h.stock(u"p01"_s), 100);
    QCOMPARE(h.couponStatus(1, userCoupon), u"AVAILABLE"_s);
    QCOMPARE(valueOf(h.shop().payments().stateForOrder(id)), u"cancelled"_s);
    h.verifyInvariants(100'000);
}

void TestCheckout::adminCancelCompensatesAndSubtractsStatistics()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.charge(1, 100'000);
    const qint64 id = h.place(1, {item(u"p02"_s, 3)});
    QTRY_COMPARE(h.status(id), u"CONFIRMED"_s);
    QTRY_COMPARE(valueOf(h.shop().statistics().popular(bus::HybridClock::nowMs())).size(), 1);
    QVERIFY(await(h.shop().orders().cancel(id, u"admin-test"_s)).ok());
    QVERIFY(await(h.shop().orders().cancel(id, u"admin-test"_s)).ok()); // idempotent
    QCOMPARE(h.status(id), u"CANCELLED"_s);
    QTRY_VERIFY2(h.order(id).compensations.size() == 3, qPrintable(h.order(id).compensations.join(u',')));
    QCOMPARE(h.balance(1), 100'000);
    QCOMPARE(h.stock(u"p02"_s), 10);
    QTRY_COMPARE(valueOf(h.shop().statistics().popular(bus::HybridClock::nowMs())).size(), 0);
    QTRY_COMPARE((*valueOf(h.shop().sagaLog().saga(h.order(id).sagaId))).status, u"compensated"_s);
    h.verifyInvariants(100'000);
}

void TestCheckout::twoInjectedFailuresStillConfirm()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.charge(1, 100'000);
    QVERIFY(h.shop().balances().faults().set({bus::FaultInjector::Mode::Fail, 2, 0, 0}).isEmpty());
    const qint64 id = h.place(1, {item(u"p01"_s, 1)});
    QTRY_COMPARE(h.status(id), u"CONFIRMED"_s);
    QCOMPARE(h.shop().balances().stats().retried, 2);
    h.verifyInvariants(100'000);
}

void TestCheckout::duplicatedDeliveriesDeductOnce()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.charge(1, 100'000);
    for (bus::Service *s : h.shop().bus().services())
        QVERIFY(s->faults().set({bus::FaultInjector::Mode::Duplicate, 5, 0, 0}).isEmpty());
    const qint64 id = h.place(1, {item(u"p01"_s, 1)});
    QTRY_COMPARE(h.status(id), u"CONFIRMED"_s);
    QCOMPARE(h.stock(u"p01"_s), 99);
    QCOMPARE(h.balance(1), 90'000);
    h.verifyInvariants(100'000);
}

void TestCheckout::reconcilerRedeliversADroppedStep()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.charge(1, 100'000);
    QVERIFY(h.shop().coupons().faults().set({bus::FaultInjector::Mode::Drop, 1, 0, 0}).isEmpty());
    const qint64 id = h.place(1, {item(u"p01"_s, 1)});
    QTRY_COMPARE(h.shop().coupons().stats().dropped, 1);
    QCOMPARE(h.status(id), u"CREATED"_s); // stuck: InventoryDeducted never reached Coupon
    // (QTRY evaluates its condition once more at the end: latch the run's result.)
    int redelivered = 0;
    QTRY_VERIFY_WITH_TIMEOUT((redelivered += await(h.shop().reconciler().runNow()).redelivered) >= 1, 10'000);
    QTRY_COMPARE(h.status(id), u"CONFIRMED"_s);
    h.verifyInvariants(100'000);
}

void TestCheckout::reconcilerRestoresWhatAFailedOrderStillHolds()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.charge(1, 100);
    // Balance answers slowly, so the stock is deducted before its failure is known ...
    QVERIFY(h.shop().balances().faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 300}).isEmpty());
    const qint64 id = h.place(1, {item(u"p01"_s, 1)}); // 10,000 to pay, 100 held
    QTRY_COMPARE(h.stock(u"p01"_s), 99);
    // ... and Inventory never hears of the failure: its restore trigger is lost.
    QVERIFY(h.shop().inventory().faults().set({bus::FaultInjector::Mode::Drop, 1, 0, 0}).isEmpty());
    QTRY_COMPARE(h.status(id), u"FAILED"_s);
    QTRY_COMPARE(h.shop().inventory().stats().dropped, 1);
    QCOMPARE(h.stock(u"p01"_s), 99); // the services disagree: FAILED, stock still deducted
    h.shop().balances().faults().clearAll();
    int repaired = 0;
    QTRY_VERIFY_WITH_TIMEOUT((repaired += await(h.shop().reconciler().runNow()).repaired) >= 1, 10'000);
    QCOMPARE(h.stock(u"p01"_s), 100);
    QCOMPARE(valueOf(h.shop().inventory().stateForOrder(id)), u"restored"_s);
    h.verifyInvariants(100);
}

void TestCheckout::deadLetteredStepEndsAbnormalWithAlert()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.charge(1, 100'000);
    QVERIFY(h.shop().payments().faults().set({bus::FaultInjector::Mode::Fail, 0, 1.0, 0}).isEmpty());
    const qint64 id = h.place(1, {item(u"p01"_s, 1)});
    QTRY_COMPARE(h.shop().payments().stats().deadLettered, 1);
    h.shop().payments().faults().clearAll();
    int marked = 0;
    QTRY_VERIFY_WITH_TIMEOUT((marked += await(h.shop().reconciler().runNow()).markedAbnormal) >= 1, 10'000);
    QCOMPARE(h.status(id), u"ABNORMAL"_s);
    // Its deductions were restored, and an alert exists for the dead letter and the saga.
    QTRY_COMPARE(h.balance(1), 100'000);
    QTRY_COMPARE(h.stock(u"p01"_s), 100);
    QTRY_VERIFY(valueOf(h.shop().alerts().count()) >= 2);
}

void TestCheckout::idempotencyKeyOrdersOnce()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.charge(1, 100'000);
    const qint64 first = h.place(1, {item(u"p01"_s, 1)}, 0, u"double-click"_s);
    const qint64 second = h.place(1, {item(u"p01"_s, 1)}, 0, u"double-click"_s);
    QCOMPARE(first, second);
    QTRY_COMPARE(h.status(first), u"CONFIRMED"_s);
    QCOMPARE(h.stock(u"p01"_s), 99);
    h.verifyInvariants(100'000);
}

void TestCheckout::hundredBuyersHundredUnits()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.fundBuyers(100, 10'000);
    QList<QFuture<bus::Outcome<services::PlacedOrder>>> placing;
    for (qint64 user = 1; user <= 100; ++user)
        placing.append(h.shop().orders().placeOrder({user, {item(u"p01"_s, 1)}, 0, u"k%1"_s.arg(user)}));
    for (auto &f : placing)
        QVERIFY(await(f).ok());
    QTRY_COMPARE(valueOf(h.shop().orders().statusCounts()).value(u"CONFIRMED"_s), 100);
    QCOMPARE(h.stock(u"p01"_s), 0);
    h.verifyInvariants(1'000'000);
}

void TestCheckout::hundredBuyersTenUnits()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.fundBuyers(100, 10'000);
    QList<QFuture<bus::Outcome<services::PlacedOrder>>> placing;
    for (qint64 user = 1; user <= 100; ++user)
        placing.append(h.shop().orders().placeOrder({user, {item(u"p02"_s, 1)}, 0, u"k%1"_s.arg(user)}));
    for (auto &f : placing)
        QVERIFY(await(f).ok());
    QTRY_COMPARE(valueOf(h.shop().orders().statusCounts()).value(u"FAILED"_s), 90);
    QCOMPARE(valueOf(h.shop().orders().statusCounts()).value(u"CONFIRMED"_s), 10);
    QCOMPARE(h.stock(u"p02"_s), 0);
    h.verifyInvariants(1'000'000);
}

void TestCheckout::oneCouponTenOrders()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    h.charge(1, 1'000'000);
    const qint64 userCoupon = h.issue(h.createCoupon(1'000, 1), 1);
    QList<QFuture<bus::Outcome<services::PlacedOrder>>> placing;
    for (int i = 0; i < 10; ++i)
        placing.append(h.shop().orders().placeOrder({1, {item(u"p01"_s, 1)}, userCoupon, u"c%1"_s.arg(i)}));
    for (auto &f : placing)
        QVERIFY(await(f).ok());
    QTRY_COMPARE(valueOf(h.shop().orders().statusCounts()).value(u"CONFIRMED"_s), 1);
    QTRY_COMPARE(valueOf(h.shop().orders().statusCounts()).value(u"FAILED"_s), 9);
    QCOMPARE(h.couponStatus(1, userCoupon), u"USED"_s);
    h.verifyInvariants(1'000'000);
}

void TestCheckout::hundredTwentyClaimsOfAHundredCoupons()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    const qint64 coupon = h.createCoupon(500, 100);
    QList<QFuture<bus::Outcome<qint64>>> claims;
    for (qint64 user = 1; user <= 120; ++user)
        claims.append(h.shop().coupons().issue(coupon, user, bus::HybridClock::nowMs()));
    int issued = 0;
    int soldOut = 0;
    for (auto &f : claims) {
        const auto r = await(f);
        issued += r.ok() ? 1 : 0;
        soldOut += services::DomainError::codeOf(r.error) == u"sold_out"_s ? 1 : 0;
    }
    QCOMPARE(issued, 100);
    QCOMPARE(soldOut, 20);
}

void TestCheckout::hundredConcurrentCharges()
{
    test::TempDataDir dir;
    Harness h(dir.path());
    QList<QFuture<bus::Outcome<qint64>>> charges;
    for (int i = 0; i < 100; ++i)
        charges.append(h.shop().balances().charge(3, 1'234));
    for (auto &f : charges)
        QVERIFY(await(f).ok());
    QCOMPARE(h.balance(3), 123'400);
    h.verifyInvariants(123'400);
}

QTEST_GUILESS_MAIN(TestCheckout)
#include "tst_checkout.moc"
