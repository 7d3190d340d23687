// CheckoutTracker over the real backend: a checkout followed step by step to confirmed (the
// cart emptied), a double checkout placing one order, a balance failure with its
// compensations (with and without a coupon), and track() rebuilding the same steps from the
// saga log.

#include "UiTestShop.h"
#include "catalog/ShopScenario.h"
#include "saga/SagaLog.h"
#include "services/balance/BalanceService.h"
#include "ui/Money.h"
#include "ui/cart/CartModel.h"
#include "ui/catalog/ProductModel.h"
#include "ui/checkout/CheckoutTracker.h"
#include "ui/checkout/StepModel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::ui::CartModel;
using sagashop::ui::CheckoutTracker;
using sagashop::ui::ProductModel;
using sagashop::ui::StepModel;

namespace {

QStringList column(const StepModel &steps, int role)
{
    QStringList list;
    for (int row = 0; row < steps.rowCount(); ++row)
        list.append(steps.index(row).data(role).toString());
    return list;
}

} // namespace

class TestCheckoutTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesWhatCannotBePaid();
    void checkoutIsFollowedToConfirmed();
    void doubleCheckoutPlacesOneOrder();
    void balanceFailureIsCompensated();
    void balanceFailureGivesTheCouponBack();
    void trackRebuildsAFinishedOrder();
    void resetReturnsToIdle();

private:
    std::unique_ptr<CartModel> makeCart(qint64 userId);
    std::unique_ptr<CheckoutTracker> makeTracker(qint64 userId);

    std::unique_ptr<test::UiTestShop> m_shop;
    std::unique_ptr<ProductModel> m_products;
};

void TestCheckoutTracker::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(u"cart"_s);
    m_shop = std::make_unique<test::UiTestShop>();
    m_products = std::make_unique<ProductModel>();
    m_products->setBackend(&m_shop->backend());
    QTRY_VERIFY(m_products->isLoaded());
}

void TestCheckoutTracker::cleanup()
{
    m_products.reset();
    m_shop.reset();
}

std::unique_ptr<CartModel> TestCheckoutTracker::makeCart(qint64 userId)
{
    auto cart = std::make_unique<CartModel>();
    cart->setBackend(&m_shop->backend());
    cart->setProducts(m_products.get());
    cart->setUserId(userId);
    return cart;
}

std::unique_ptr<CheckoutTracker> TestCheckoutTracker::makeTracker(qint64 userId)
{
    auto tracker = std::make_unique<CheckoutTracker>();
    tracker->setBackend(&m_shop->backend());
    tracker->setUserId(userId);
    return tracker;
}

void TestCheckoutTracker::refusesWhatCannotBePaid()
{
    auto cart = makeCart(1);
    auto tracker = makeTracker(1);
    QSignalSpy error(tracker.get(), &CheckoutTracker::errorChanged);
    QVERIFY(error.isValid());
    QVERIFY(!tracker->checkout(cart.get())); // empty
    QVERIFY(!tracker->error().isEmpty());
    QCOMPARE(tracker->state(), u"idle"_s);
    QVERIFY(!tracker->checkout(nullptr));

    QVERIFY(cart->add(u"p01"_s));
    auto otherTracker = makeTracker(2);
    QVERIFY(!otherTracker->checkout(cart.get())); // not this shopper's cart
    QCOMPARE(otherTracker->state(), u"idle"_s);
    QVERIFY(error.count() >= 1);
}

void TestCheckoutTracker::checkoutIsFollowedToConfirmed()
{
    m_shop->charge(1, 100'000);
    auto cart = makeCart(1);
    QVERIFY(cart->add(u"p01"_s));
    QVERIFY(cart->add(u"p01"_s)); // 37,800
    auto tracker = makeTracker(1);
    QAbstractItemModelTester tester(
            tracker->steps(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tracker->steps()->rowCount(), 5);
    QCOMPARE(column(*tracker->steps(), StepModel::KeyRole),
            (QStringList{u"stock"_s, u"coupon"_s, u"balance"_s, u"payment"_s, u"confirmed"_s}));
    QCOMPARE(column(*tracker->steps(), StepModel::TitleRole),
            (QStringList{u"Stock"_s, u"Coupon"_s, u"Balance"_s, u"Payment"_s, u"Confirmed"_s}));
    QSignalSpy state(tracker.get(), &CheckoutTracker::stateChanged);
    QSignalSpy stepChanged(tracker->steps(), &QAbstractItemModel::dataChanged);
    QVERIFY(state.isValid());
    QVERIFY(stepChanged.isValid());

    QVERIFY(tracker->checkout(cart.get()));
    QVERIFY(tracker->isBusy()); // placing, or already running when the backend answered at once
    QTRY_COMPARE_WITH_TIMEOUT(tracker->state(), u"confirmed"_s, test::kSagaTimeoutMs);
    QVERIFY(!tracker->isBusy());
    QVERIFY(tracker->orderId() > 0);
    QVERIFY(!tracker->sagaId().isEmpty());
    QCOMPARE(column(*tracker->steps(), StepModel::StateRole),
            (QStringList{u"done"_s, u"skipped"_s, u"done"_s, u"done"_s, u"done"_s}));
    QCOMPARE(tracker->steps()->index(2).data(StepModel::DetailRole).toString(),
            u"Balance after: %1"_s.arg(ui::Money::format(100'000 - 37'800)));
    QCOMPARE(tracker->failedStep(), QString());
    QCOMPARE(tracker->compensations(), QStringList());
    QVERIFY(!tracker->isCompensated());
    for (const QList<QVariant> &signal : std::as_const(stepChanged)) // one row at a time
        QCOMPARE(signal.at(0).toModelIndex().row(), signal.at(1).toModelIndex().row());

    QCOMPARE(cart->rowCount(), 0); // bought: the cart is empty
    QCOMPARE(cart->checkoutKey(), QString());
    QCOMPARE(test::orderStatus(*m_shop, tracker->orderId()), u"CONFIRMED"_s);
    QCOMPARE(
            test::await(m_shop->shop().balances().balance(1)).value.value_or(-1), 100'000 - 37'800);
}

void TestCheckoutTracker::doubleCheckoutPlacesOneOrder()
{
    m_shop->charge(1, 100'000);
    auto cart = makeCart(1);
    QVERIFY(cart->add(u"p03"_s));
    auto tracker = makeTracker(1);
    auto secondWindow = makeTracker(1);

    QVERIFY(tracker->checkout(cart.get()));
    QVERIFY(!tracker->checkout(cart.get())); // a double click: refused while it runs
    QVERIFY(!tracker->error().isEmpty());
    // Another window checking out the same cart meanwhile gets the same order back.
    QVERIFY(secondWindow->checkout(cart.get()));

    QTRY_COMPARE_WITH_TIMEOUT(tracker->state(), u"confirmed"_s, test::kSagaTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(secondWindow->state(), u"confirmed"_s, test::kSagaTimeoutMs);
    QCOMPARE(secondWindow->orderId(), tracker->orderId());
    const auto orders = test::await(m_shop->shop().orders().ordersOfUser(1));
    QVERIFY(orders.ok());
    QCOMPARE(orders.value->size(), 1);
    QCOMPARE(cart->rowCount(), 0);
    QCOMPARE(test::await(m_shop->shop().balances().balance(1)).value.value_or(-1), 100'000 - 9'800);
}

void TestCheckoutTracker::balanceFailureIsCompensated()
{
    // User 2 has no money: the saga fails at the balance step and gives the stock back.
    auto cart = makeCart(2);
    QVERIFY(cart->add(u"p10"_s)); // 89,000
    auto tracker = makeTracker(2);
    tracker->setProducts(m_products.get());
    QSignalSpy compensations(tracker.get(), &CheckoutTracker::compensationsChanged);
    QVERIFY(compensations.isValid());

    QVERIFY(tracker->checkout(cart.get()));
    QTRY_COMPARE_WITH_TIMEOUT(tracker->state(), u"failed"_s, test::kSagaTimeoutMs);
    QCOMPARE(tracker->failedStep(), u"balance"_s);
    QCOMPARE(tracker->failureText(),
            u"Your balance %1 is less than the %2 to pay"_s.arg(
                    ui::Money::format(0), ui::Money::format(89'000)));
    QCOMPARE(column(*tracker->steps(), StepModel::StateRole),
            (QStringList{u"done"_s, u"skipped"_s, u"failed"_s, u"pending"_s, u"pending"_s}));
    QCOMPARE(tracker->steps()->index(2).data(StepModel::DetailRole).toString(),
            tracker->failureText());
    QTRY_VERIFY_WITH_TIMEOUT(tracker->isCompensated(), test::kSagaTimeoutMs);
    QCOMPARE(tracker->compensations(), QStringList{u"Stock restored"_s});
    QVERIFY(!compensations.isEmpty());

    // The cart is kept for another try (a new order), with all its quantities.
    QCOMPARE(cart->rowCount(), 1);
    QCOMPARE(cart->checkoutKey(), QString());
    QTRY_COMPARE(m_products->stockOf(u"p10"_s), 3);
    QCOMPARE(cart->index(0).data(CartModel::QuantityRole).toLongLong(), 1);
    QCOMPARE(cart->notice(), QString());
}

void TestCheckoutTracker::balanceFailureGivesTheCouponBack()
{
    const qint64 welcome = test::issueCoupon(*m_shop, 3, u"Welcome"_s);
    QVERIFY(welcome > 0);
    m_shop->charge(3, 10'000); // less than 18,900 - 3,000
    auto cart = makeCart(3);
    QVERIFY(cart->add(u"p01"_s));
    cart->setCoupon(welcome);
    QTRY_COMPARE(cart->discount(), 3'000);
    auto tracker = makeTracker(3);

    QVERIFY(tracker->checkout(cart.get()));
    QTRY_COMPARE_WITH_TIMEOUT(tracker->state(), u"failed"_s, test::kSagaTimeoutMs);
    QCOMPARE(tracker->failedStep(), u"balance"_s);
    QCOMPARE(tracker->failureText(),
            u"Your balance %1 is less than the %2 to pay"_s.arg(
                    ui::Money::format(10'000), ui::Money::format(15'900)));
    QCOMPARE(tracker->steps()->index(1).data(StepModel::DetailRole).toString(),
            u"%1 off"_s.arg(ui::Money::format(3'000)));
    QTRY_VERIFY_WITH_TIMEOUT(tracker->isCompensated(), test::kSagaTimeoutMs);
    QVERIFY(tracker->compensations().contains(u"Stock restored"_s));
    QVERIFY(tracker->compensations().contains(u"Coupon restored"_s));
    QCOMPARE(tracker->compensations().size(), 2);

    // The coupon is usable again, and still chosen in the kept cart.
    QCOMPARE(cart->userCouponId(), welcome);
    QTRY_COMPARE(cart->couponProblem(), QString());
    QTRY_COMPARE(cart->discount(), 3'000);
}

void TestCheckoutTracker::trackRebuildsAFinishedOrder()
{
    m_shop->charge(1, 100'000);
    auto cart = makeCart(1);
    QVERIFY(cart->add(u"p05"_s));
    auto live = makeTracker(1);
    QVERIFY(live->checkout(cart.get()));
    QTRY_COMPARE_WITH_TIMEOUT(live->state(), u"confirmed"_s, test::kSagaTimeoutMs);

    auto failing = makeCart(4);
    QVERIFY(failing->add(u"p07"_s));
    auto liveFailure = makeTracker(4);
    QVERIFY(liveFailure->checkout(failing.get()));
    QTRY_VERIFY_WITH_TIMEOUT(liveFailure->isCompensated(), test::kSagaTimeoutMs);

    // Another window opens later and follows each order from the saga log.
    for (CheckoutTracker *original : {live.get(), liveFailure.get()}) {
        auto later = makeTracker(original->userId());
        QAbstractItemModelTester tester(
                later->steps(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        later->track(original->orderId());
        QTRY_COMPARE_WITH_TIMEOUT(later->state(), original->state(), test::kSagaTimeoutMs);
        QCOMPARE(later->orderId(), original->orderId());
        QCOMPARE(later->sagaId(), original->sagaId());
        QTRY_COMPARE_WITH_TIMEOUT(column(*later->steps(), StepModel::DetailRole),
                column(*original->steps(), StepModel::DetailRole), test::kSagaTimeoutMs);
        QCOMPARE(column(*later->steps(), StepModel::StateRole),
                column(*original->steps(), StepModel::StateRole));
        QCOMPARE(later->failedStep(), original->failedStep());
        QCOMPARE(later->failureText(), original->failureText());
        QTRY_COMPARE_WITH_TIMEOUT(
                later->isCompensated(), original->isCompensated(), test::kSagaTimeoutMs);
        QCOMPARE(later->compensations().size(), original->compensations().size());
    }

    auto nobody = makeTracker(1);
    nobody->track(999);
    QTRY_VERIFY(!nobody->error().isEmpty());
    QCOMPARE(nobody->state(), u"idle"_s);
}

void TestCheckoutTracker::resetReturnsToIdle()
{
    m_shop->charge(1, 50'000);
    auto cart = makeCart(1);
    QVERIFY(cart->add(u"p06"_s));
    auto tracker = makeTracker(1);
    QVERIFY(tracker->checkout(cart.get()));
    QTRY_COMPARE_WITH_TIMEOUT(tracker->state(), u"confirmed"_s, test::kSagaTimeoutMs);
    QSignalSpy order(tracker.get(), &CheckoutTracker::orderChanged);
    QVERIFY(order.isValid());
    tracker->reset();
    QCOMPARE(tracker->state(), u"idle"_s);
    QCOMPARE(tracker->orderId(), 0);
    QCOMPARE(tracker->sagaId(), QString());
    QCOMPARE(order.count(), 1);
    QCOMPARE(column(*tracker->steps(), StepModel::StateRole),
            (QStringList{u"pending"_s, u"pending"_s, u"pending"_s, u"pending"_s, u"pending"_s}));
}

QTEST_GUILESS_MAIN(TestCheckoutTracker)
#include "tst_checkouttracker.moc"
