// CartModel over the real backend: quantities bounded by the live stock, totals with fixed
// and percent coupons, coupon problems, persistence per user, the checkout key.

#include "UiTestShop.h"
#include "catalog/ShopScenario.h"
#include "ui/Money.h"
#include "ui/cart/CartModel.h"
#include "ui/catalog/ProductModel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::ui::CartModel;
using sagashop::ui::ProductModel;

class TestCartModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addClampsAtTheStock();
    void setQuantityClampsAndRemoves();
    void soldOutCannotBeAdded();
    void fixedCoupon();
    void percentCouponAndItsMinimum();
    void couponOfSomeoneElse();
    void survivesARestart();
    void eachUserHasACart();
    void checkoutKeyIsStableUntilFinished();
    void liveStockLowersTheQuantity();
    void ownCheckoutDoesNotShrinkTheCart();

private:
    /// A cart of `userId` over a loaded catalogue.
    std::unique_ptr<CartModel> makeCart(qint64 userId);

    std::unique_ptr<test::UiTestShop> m_shop;
    std::unique_ptr<ProductModel> m_products;
};

void TestCartModel::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(u"cart"_s); // every test starts with no saved carts
    m_shop = std::make_unique<test::UiTestShop>();
    m_products = std::make_unique<ProductModel>();
    m_products->setBackend(&m_shop->backend());
    QTRY_VERIFY(m_products->isLoaded());
}

void TestCartModel::cleanup()
{
    m_products.reset();
    m_shop.reset();
}

std::unique_ptr<CartModel> TestCartModel::makeCart(qint64 userId)
{
    auto cart = std::make_unique<CartModel>();
    cart->setBackend(&m_shop->backend());
    cart->setProducts(m_products.get());
    cart->setUserId(userId);
    return cart;
}

void TestCartModel::addClampsAtTheStock()
{
    auto cart = makeCart(1);
    QAbstractItemModelTester tester(
            cart.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy totals(cart.get(), &CartModel::totalsChanged);
    QVERIFY(totals.isValid());

    QVERIFY(cart->add(u"p10"_s)); // 3 in stock
    QVERIFY(cart->add(u"p10"_s));
    QVERIFY(cart->add(u"p10"_s));
    QVERIFY(!cart->add(u"p10"_s)); // never above the stock
    QVERIFY(!cart->add(u"nope"_s));
    QCOMPARE(cart->rowCount(), 1);
    const QModelIndex row = cart->index(0);
    QCOMPARE(row.data(CartModel::ProductIdRole).toString(), u"p10"_s);
    QCOMPARE(row.data(CartModel::NameRole).toString(), u"Manual Coffee Grinder"_s);
    QCOMPARE(row.data(CartModel::QuantityRole).toLongLong(), 3);
    QCOMPARE(row.data(CartModel::MaxQuantityRole).toLongLong(), 3);
    QCOMPARE(row.data(CartModel::PriceRole).toLongLong(), 89'000);
    QCOMPARE(row.data(CartModel::PriceTextRole).toString(), ui::Money::format(89'000));
    QCOMPARE(row.data(CartModel::LineTotalTextRole).toString(), ui::Money::format(267'000));
    QCOMPARE(row.data(CartModel::ImageUrlRole).toString(), u"qrc:/sagashop/images/p10.svg"_s);
    QCOMPARE(cart->count(), 3);
    QCOMPARE(cart->subtotal(), 267'000);
    QCOMPARE(cart->total(), 267'000);
    QCOMPARE(cart->subtotalText(), ui::Money::format(267'000));
    QCOMPARE(totals.count(), 3);

    QVERIFY(cart->add(u"p01"_s));
    QCOMPARE(cart->subtotal(), 267'000 + 18'900);
    QVERIFY(cart->remove(u"p10"_s));
    QVERIFY(!cart->remove(u"p10"_s));
    QCOMPARE(cart->rowCount(), 1);
    QCOMPARE(cart->subtotal(), 18'900);
    cart->clear();
    QCOMPARE(cart->rowCount(), 0);
    QCOMPARE(cart->count(), 0);
    QCOMPARE(cart->totalText(), ui::Money::format(0));
}

void TestCartModel::setQuantityClampsAndRemoves()
{
    auto cart = makeCart(1);
    QAbstractItemModelTester tester(
            cart.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cart->setQuantity(u"p01"_s, 5)); // not in the cart yet: added
    QCOMPARE(cart->index(0).data(CartModel::QuantityRole).toLongLong(), 5);
    QVERIFY(!cart->setQuantity(u"p01"_s, 5));
    QVERIFY(cart->setQuantity(u"p01"_s, 1000)); // 120 in stock
    QCOMPARE(cart->index(0).data(CartModel::QuantityRole).toLongLong(), 120);
    QVERIFY(cart->setQuantity(u"p01"_s, 2));
    QCOMPARE(cart->count(), 2);
    QVERIFY(cart->setQuantity(u"p01"_s, 0)); // 0 removes
    QCOMPARE(cart->rowCount(), 0);
}

void TestCartModel::soldOutCannotBeAdded()
{
    m_shop->charge(2, 200'000);
    QVERIFY(test::placeOrder(*m_shop, 2, {{u"p19"_s, 5, 0}}) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_products->stockOf(u"p19"_s), 0, test::kSagaTimeoutMs);
    auto cart = makeCart(1);
    QVERIFY(!cart->add(u"p19"_s));
    QVERIFY(!cart->setQuantity(u"p19"_s, 1));
    QCOMPARE(cart->rowCount(), 0);
}

void TestCartModel::fixedCoupon()
{
    const qint64 welcome = test::issueCoupon(*m_shop, 1, u"Welcome"_s); // ₩3,000 off from ₩10,000
    QVERIFY(welcome > 0);
    auto cart = makeCart(1);
    QSignalSpy coupon(cart.get(), &CartModel::couponChanged);
    QVERIFY(coupon.isValid());
    QVERIFY(cart->add(u"p01"_s)); // 18,900
    cart->setCoupon(welcome);
    QCOMPARE(cart->userCouponId(), welcome);
    QTRY_COMPARE(cart->discount(), 3'000);
    QCOMPARE(cart->couponName(), u"Welcome ₩3,000 off"_s);
    QCOMPARE(cart->couponProblem(), QString());
    QCOMPARE(cart->total(), 15'900);
    QCOMPARE(cart->discountText(), ui::Money::format(3'000));
    QCOMPARE(cart->totalText(), ui::Money::format(15'900));
    QVERIFY(!coupon.isEmpty());

    m_products->setLanguage(u"ko"_s); // the coupon's name follows the catalogue's language
    QCOMPARE(cart->couponName(), u"신규 가입 3,000원 할인"_s);
    m_products->setLanguage(u"en"_s);

    cart->setCoupon(0);
    QCOMPARE(cart->discount(), 0);
    QCOMPARE(cart->total(), 18'900);
    QCOMPARE(cart->couponName(), QString());
}

void TestCartModel::percentCouponAndItsMinimum()
{
    const qint64 tenPercent = test::issueCoupon(*m_shop, 1, u"10%"_s); // from ₩20,000
    QVERIFY(tenPercent > 0);
    auto cart = makeCart(1);
    QVERIFY(cart->add(u"p01"_s)); // 18,900: below the minimum
    cart->setCoupon(tenPercent);
    QTRY_VERIFY(!cart->couponProblem().isEmpty());
    QVERIFY2(cart->couponProblem().contains(ui::Money::format(20'000)),
            qPrintable(cart->couponProblem()));
    QVERIFY2(cart->couponProblem().contains(ui::Money::format(1'100)),
            qPrintable(cart->couponProblem()));
    QCOMPARE(cart->discount(), 0);
    QCOMPARE(cart->total(), 18'900);

    QVERIFY(cart->add(u"p01"_s)); // 37,800
    QCOMPARE(cart->couponProblem(), QString());
    QCOMPARE(cart->discount(), 3'780);
    QCOMPARE(cart->total(), 34'020);
}

void TestCartModel::couponOfSomeoneElse()
{
    const qint64 theirs = test::issueCoupon(*m_shop, 2, u"Welcome"_s);
    QVERIFY(theirs > 0);
    auto cart = makeCart(1);
    QVERIFY(cart->add(u"p01"_s));
    cart->setCoupon(theirs);
    QTRY_VERIFY(!cart->couponProblem().isEmpty());
    QCOMPARE(cart->discount(), 0);
}

void TestCartModel::survivesARestart()
{
    const qint64 welcome = test::issueCoupon(*m_shop, 3, u"Welcome"_s);
    QString key;
    {
        auto cart = makeCart(3);
        QVERIFY(cart->add(u"p01"_s));
        QVERIFY(cart->add(u"p01"_s));
        QVERIFY(cart->add(u"p05"_s));
        cart->setCoupon(welcome);
        key = cart->beginCheckout();
    }
    auto again = makeCart(3); // a new instance, as after a restart
    QAbstractItemModelTester tester(
            again.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(again->rowCount(), 2);
    QCOMPARE(again->index(0).data(CartModel::ProductIdRole).toString(), u"p01"_s);
    QCOMPARE(again->index(0).data(CartModel::QuantityRole).toLongLong(), 2);
    QCOMPARE(again->index(1).data(CartModel::ProductIdRole).toString(), u"p05"_s);
    QCOMPARE(again->userCouponId(), welcome);
    QCOMPARE(again->checkoutKey(), key); // the same order if the checkout is tried again
    QTRY_COMPARE(again->discount(), 3'000);
}

void TestCartModel::eachUserHasACart()
{
    auto cart = makeCart(3);
    QAbstractItemModelTester tester(
            cart.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cart->add(u"p02"_s));
    QSignalSpy userChanged(cart.get(), &CartModel::userIdChanged);
    QVERIFY(userChanged.isValid());

    cart->setUserId(4);
    QCOMPARE(userChanged.count(), 1);
    QCOMPARE(cart->rowCount(), 0);
    QVERIFY(cart->add(u"p03"_s));
    QVERIFY(cart->add(u"p03"_s));

    cart->setUserId(3);
    QCOMPARE(cart->rowCount(), 1);
    QCOMPARE(cart->index(0).data(CartModel::ProductIdRole).toString(), u"p02"_s);
    auto other = makeCart(4);
    QCOMPARE(other->count(), 2);
}

void TestCartModel::checkoutKeyIsStableUntilFinished()
{
    auto cart = makeCart(1);
    QSignalSpy keyChanged(cart.get(), &CartModel::checkoutKeyChanged);
    QVERIFY(keyChanged.isValid());
    QVERIFY(cart->add(u"p01"_s));
    QCOMPARE(cart->checkoutKey(), QString());

    const QString first = cart->beginCheckout();
    QVERIFY(!first.isEmpty());
    QCOMPARE(cart->beginCheckout(), first); // a second click: the same order
    QCOMPARE(cart->checkoutKey(), first);
    QCOMPARE(keyChanged.count(), 1);

    cart->checkoutFinished(false); // failed: the next attempt is a new order
    QCOMPARE(cart->checkoutKey(), QString());
    QCOMPARE(cart->rowCount(), 1); // and the cart is kept
    const QString second = cart->beginCheckout();
    QVERIFY(second != first);

    QVERIFY(cart->add(u"p01"_s)); // a different order now
    QCOMPARE(cart->checkoutKey(), QString());

    const QString third = cart->beginCheckout();
    QVERIFY(third != second);
    QCOMPARE(cart->items().size(), 1);
    QCOMPARE(cart->items().first().quantity, 2);
    cart->checkoutFinished(true); // confirmed: the cart is emptied
    QCOMPARE(cart->rowCount(), 0);
    QCOMPARE(cart->checkoutKey(), QString());
}

void TestCartModel::liveStockLowersTheQuantity()
{
    auto cart = makeCart(1);
    QAbstractItemModelTester tester(
            cart.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(cart->setQuantity(u"p19"_s, 5)); // all 5
    QVERIFY(cart->add(u"p10"_s));
    QSignalSpy notice(cart.get(), &CartModel::noticeChanged);
    QVERIFY(notice.isValid());

    m_shop->charge(2, 500'000);
    QVERIFY(test::placeOrder(*m_shop, 2, {{u"p19"_s, 2, 0}, {u"p10"_s, 3, 0}}) > 0); // someone else
    QTRY_COMPARE_WITH_TIMEOUT(cart->rowCount(), 1, test::kSagaTimeoutMs); // p10 sold out: taken out
    QTRY_COMPARE_WITH_TIMEOUT(
            cart->index(0).data(CartModel::QuantityRole).toLongLong(), 3, test::kSagaTimeoutMs);
    QCOMPARE(cart->index(0).data(CartModel::MaxQuantityRole).toLongLong(), 3);
    QVERIFY(!notice.isEmpty());
    QVERIFY2(cart->notice().contains(u"Decaf Beans"_s), qPrintable(cart->notice()));
    QCOMPARE(cart->subtotal(), 3 * 19'500);
    cart->clearNotice();
    QCOMPARE(cart->notice(), QString());
}

void TestCartModel::ownCheckoutDoesNotShrinkTheCart()
{
    // While the cart's own order may hold the stock (its checkout, and after a failure until
    // the stock is given back) the cart keeps its quantities; then it checks them again.
    auto cart = makeCart(5);
    QVERIFY(cart->setQuantity(u"p10"_s, 3));
    QVERIFY(!cart->beginCheckout().isEmpty());

    m_shop->charge(2, 500'000);
    QVERIFY(test::placeOrder(*m_shop, 2, {{u"p10"_s, 2, 0}}) > 0); // the stock drops meanwhile
    QTRY_COMPARE_WITH_TIMEOUT(m_products->stockOf(u"p10"_s), 1, test::kSagaTimeoutMs);
    QCOMPARE(cart->index(0).data(CartModel::QuantityRole).toLongLong(), 3); // checking out: kept
    QCOMPARE(cart->index(0).data(CartModel::MaxQuantityRole).toLongLong(), 1);

    cart->checkoutFinished(false); // failed; its stock may still be on its way back
    const quint64 read = m_products->requestStockRefresh();
    QTRY_VERIFY(m_products->completedStockRead() >= read);
    QCOMPARE(cart->index(0).data(CartModel::QuantityRole).toLongLong(), 3);
    QCOMPARE(cart->notice(), QString());

    cart->checkoutSettled(); // everything is back: the stock left is what others left
    QTRY_COMPARE(cart->index(0).data(CartModel::QuantityRole).toLongLong(), 1);
    QVERIFY2(cart->notice().contains(u"Manual Coffee Grinder"_s), qPrintable(cart->notice()));
}

QTEST_GUILESS_MAIN(TestCartModel)
#include "tst_cartmodel.moc"
