// End to end through the real storefront window (offscreen) and the real backend: a shopper
// charges, claims a coupon, fills the cart and checks out until "Confirmed"; then an order
// the balance cannot pay fails at the balance step and the window shows each compensation
// ("Coupon restored", "Stock restored") as it completes.

#include "StorefrontHarness.h"
#include "common/TestServices.h"

#include "bus/HybridClock.h"
#include "services/balance/BalanceService.h"
#include "services/inventory/InventoryService.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::test::StorefrontHarness;

class TestStorefront : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void chargeClaimCartCheckoutConfirmsThenAFailureIsUndone();

private:
    static bool openTab(StorefrontHarness &ui, const QString &tab) { return ui.click(ui.item(tab)); }
    static qint64 stockOf(StorefrontHarness &ui, const QString &productId)
    {
        const auto levels = test::await(ui.shop().inventory().stockLevels());
        return levels.ok() ? levels.value->value(productId) : -1;
    }
};

void TestStorefront::chargeClaimCartCheckoutConfirmsThenAFailureIsUndone()
{
    StorefrontHarness ui;
    QVERIFY2(ui.isLoaded(), "the storefront window did not load (see the QML warnings above)");
    QTRY_VERIFY(ui.items(u"productCard"_s).size() + ui.items(u"product_"_s).size() > 0
                || ui.item(u"addButton"_s) != nullptr);

    // 1. Charge 100,000 won through the dialog.
    QVERIFY(ui.click(ui.item(u"chargeButton"_s)));
    QTRY_VERIFY(ui.item(u"amountField"_s));
    ui.type(ui.item(u"amountField"_s), u"100000"_s, true);
    QTRY_VERIFY2(StorefrontHarness::text(ui.item(u"balanceLabel"_s)).contains(u"100,000"_s),
                 qPrintable(StorefrontHarness::text(ui.item(u"balanceLabel"_s))));
    QTRY_VERIFY(!ui.popupOpen(u"chargeDialog"_s)); // closes itself once charged

    // 2. Claim the first claimable coupon; it shows up under "My coupons".
    QVERIFY(openTab(ui, u"couponsTab"_s));
    QTRY_VERIFY(ui.item(u"coupon_*"_s));
    QVERIFY(ui.click(StorefrontHarness::child(ui.item(u"coupon_*"_s), u"claimButton"_s)));
    QTRY_VERIFY(ui.item(u"myCoupon_*"_s));

    // 3. Add a product to the cart, choose the coupon, check out.
    QVERIFY(openTab(ui, u"productsTab"_s));
    QTRY_VERIFY(ui.item(u"addButton"_s));
    QVERIFY(ui.click(ui.item(u"addButton"_s)));
    QTRY_COMPARE(StorefrontHarness::allText(ui.item(u"cartBadge"_s)), u"1"_s);
    QVERIFY(ui.click(ui.item(u"cartButton"_s)));
    QTRY_VERIFY(ui.item(u"checkoutButton"_s));
    QQuickItem *couponBox = ui.item(u"couponBox"_s);
    QVERIFY(couponBox);
    couponBox->forceActiveFocus();
    QTest::keyClick(ui.window(), Qt::Key_Down); // the first coupon after "No coupon"
    QTRY_VERIFY(!StorefrontHarness::text(ui.item(u"discountLabel"_s)).isEmpty());
    QVERIFY(ui.clickWhenReady(u"checkoutButton"_s)); // once the drawer has slid in
    QTRY_VERIFY_WITH_TIMEOUT(StorefrontHarness::text(ui.item(u"checkoutHeadline"_s)).contains(u"Confirmed"_s), 20'000);
    QVERIFY(ui.item(u"step_confirmed"_s) || ui.item(u"step_*"_s));
    QVERIFY(ui.click(ui.item(u"closeCheckoutButton"_s)));
    QTRY_VERIFY(!ui.popupOpen(u"checkoutDialog"_s));

    // 4. An order the balance cannot pay: fails at the balance step, then every
    //    compensation appears as it completes.
    const qint64 balance = *test::await(ui.shop().balances().balance(1)).value;
    QVERIFY(ui.click(ui.item(u"couponsTab"_s)));
    QTRY_VERIFY(ui.item(u"coupon_*"_s));
    // Claim one more coupon so the failed order holds one too (it must come back).
    for (QQuickItem *card : ui.items(u"coupon_"_s)) {
        QQuickItem *claim = StorefrontHarness::child(card, u"claimButton"_s);
        if (claim && claim->isEnabled()) {
            QVERIFY(ui.click(claim));
            break;
        }
    }
    QVERIFY(openTab(ui, u"productsTab"_s));
    // The most expensive item, as many as the balance cannot pay.
    QString expensive;
    qint64 price = 0;
    const QList<services::Product> catalogue = *test::await(ui.shop().inventory().products()).value;
    for (const services::Product &p : catalogue) {
        if (p.price > price && p.stock > 0) {
            price = p.price;
            expensive = p.id;
        }
    }
    ui.type(ui.item(u"searchField"_s), expensive);
    QTRY_COMPARE(ui.items(u"addButton"_s).size(), 1);
    const qint64 needed = balance / price + 2; // more than the balance pays, even after a coupon
    for (qint64 i = 0; i < needed; ++i)
        QVERIFY(ui.click(ui.item(u"addButton"_s)));
    const qint64 stockBefore = stockOf(ui, expensive);
    QVERIFY(ui.click(ui.item(u"cartButton"_s)));
    QTRY_VERIFY(ui.item(u"checkoutButton"_s));
    QTRY_VERIFY(StorefrontHarness::allText(ui.item(u"cartBadge"_s)).toLongLong() >= needed);
    ui.item(u"couponBox"_s)->forceActiveFocus();
    QTest::keyClick(ui.window(), Qt::Key_Down);
    QVERIFY(ui.clickWhenReady(u"checkoutButton"_s)); // once the drawer has slid in
    QTRY_VERIFY2_WITH_TIMEOUT(StorefrontHarness::text(ui.item(u"checkoutHeadline"_s)).contains(u"Balance"_s),
                              qPrintable(StorefrontHarness::allText(ui.item(u"checkoutHeadline"_s)) + u" / "_s
                                         + StorefrontHarness::allText(ui.item(u"stepTracker"_s)) + u" / "_s
                                         + StorefrontHarness::allText(ui.item(u"checkoutError"_s)) + u" / "_s
                                         + StorefrontHarness::allText(ui.item(u"couponBox"_s)) + u" / "_s
                                         + StorefrontHarness::allText(ui.item(u"cartBadge"_s))),
                              20'000);
    QTRY_VERIFY_WITH_TIMEOUT(ui.items(u"compensation_"_s).size() >= 2, 20'000);
    QStringList shown;
    for (QQuickItem *row : ui.items(u"compensation_"_s))
        shown.append(StorefrontHarness::allText(row));
    const QString all = shown.join(u" | "_s);
    QVERIFY2(all.contains(u"Stock restored"_s, Qt::CaseInsensitive), qPrintable(all));
    QVERIFY2(all.contains(u"Coupon restored"_s, Qt::CaseInsensitive), qPrintable(all));
    // And the window is honest: the books agree.
    QTRY_COMPARE(stockOf(ui, expensive), stockBefore);
    QCOMPARE(*test::await(ui.shop().balances().balance(1)).value, balance);
}

QTEST_MAIN(TestStorefront)
#include "tst_storefront.moc"
