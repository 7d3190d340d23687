// sagashop-screenshots: writes PNGs of the storefront's and the admin client's main screens, driven through the
// real window over the real backend (offscreen): the product grid, the cart, a checkout in
// progress, a failure with its compensations, and the Korean UI. `cmake --build <dir>
// --target screenshots` runs it into <dir>/screenshots/; current ones live in docs/.

#include "StorefrontHarness.h"
#include "common/TestServices.h"

#include "bus/EventBus.h"
#include "demo/ShopperSimulator.h"
#include "services/order/OrderService.h"
#include "services/statistics/StatisticsService.h"
#include "bus/Service.h"
#include "services/balance/BalanceService.h"
#include "services/inventory/InventoryService.h"
#include "services/payment/PaymentService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::test::StorefrontHarness;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

/// Waits (processing events) until `done` or `ms` pass; false on timeout.
template<typename F>
bool waitFor(F done, int ms = 15000)
{
    return QTest::qWaitFor(done, ms);
}

bool shoot(StorefrontHarness &ui, const QString &dir, const QString &name)
{
    QTest::qWait(700); // let transitions finish: a screenshot, not a test
    const QString path = QDir(dir).filePath(name + u".png"_s);
    const bool ok = ui.saveScreenshot(path);
    out() << (ok ? u"wrote "_s : u"FAILED "_s) << path << Qt::endl;
    return ok;
}

int storefront(const QString &dir, const QString &language, bool everything)
{
    StorefrontHarness ui(language, {1280, 800});
    if (!ui.isLoaded())
        return 1;
    waitFor([&] { return ui.item(u"addButton"_s) != nullptr; });
    const QString suffix = language == u"ko"_s ? u"-ko"_s : QString();
    bool ok = true;

    // Money, a coupon, a few things in the cart.
    test::await(ui.shop().balances().charge(1, 200'000));
    if (ui.click(ui.item(u"couponsTab"_s)) && waitFor([&] { return ui.item(u"coupon_*"_s) != nullptr; }))
        ui.click(StorefrontHarness::child(ui.item(u"coupon_*"_s), u"claimButton"_s));
    ok &= shoot(ui, dir, u"coupons"_s + suffix);
    ui.click(ui.item(u"productsTab"_s));
    waitFor([&] { return ui.items(u"addButton"_s).size() >= 3; });
    const QList<QQuickItem *> adds = ui.items(u"addButton"_s);
    for (int i = 0; i < 3 && i < adds.size(); ++i)
        ui.click(adds.at(i));
    ok &= shoot(ui, dir, u"products"_s + suffix);
    if (!everything)
        return ok ? 0 : 1;

    ui.click(ui.item(u"cartButton"_s));
    waitFor([&] { return ui.item(u"checkoutButton"_s) != nullptr; });
    if (QQuickItem *coupon = ui.item(u"couponBox"_s)) {
        coupon->forceActiveFocus();
        QTest::keyClick(ui.window(), Qt::Key_Down);
    }
    ok &= shoot(ui, dir, u"cart"_s);

    // A slow payment, to catch the checkout in progress.
    ui.shop().payments().faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 3000});
    ui.clickWhenReady(u"checkoutButton"_s);
    waitFor([&] { return StorefrontHarness::text(ui.item(u"checkoutHeadline"_s)).contains(u"Payment"_s); });
    ok &= shoot(ui, dir, u"checkout-in-progress"_s);
    ui.shop().payments().faults().clearAll();
    waitFor([&] { return StorefrontHarness::text(ui.item(u"checkoutHeadline"_s)).contains(u"Confirmed"_s); });
    ok &= shoot(ui, dir, u"checkout-confirmed"_s);
    ui.click(ui.item(u"closeCheckoutButton"_s));
    waitFor([&] { return !ui.popupOpen(u"checkoutDialog"_s); });

    // More than the balance can pay, with a coupon: fails at the balance step, then undone.
    ui.click(ui.item(u"couponsTab"_s));
    waitFor([&] { return ui.item(u"coupon_*"_s) != nullptr; });
    for (QQuickItem *card : ui.items(u"coupon_"_s)) {
        QQuickItem *claim = StorefrontHarness::child(card, u"claimButton"_s);
        if (claim && claim->isEnabled()) {
            ui.click(claim);
            break;
        }
    }
    ui.click(ui.item(u"productsTab"_s));
    waitFor([&] { return ui.item(u"addButton"_s) != nullptr; });
    const qint64 balance = *test::await(ui.shop().balances().balance(1)).value;
    qint64 cartTotal = 0;
    for (QQuickItem *button : ui.items(u"addButton"_s)) {
        if (cartTotal > balance + balance / 2)
            break;
        for (int i = 0; i < 2; ++i)
            ui.click(button);
        cartTotal += 2 * 15'000; // about two of an average product: well past the balance soon
    }
    ui.click(ui.item(u"cartButton"_s));
    waitFor([&] { return ui.item(u"checkoutButton"_s) != nullptr; });
    if (QQuickItem *coupon = ui.item(u"couponBox"_s)) {
        coupon->forceActiveFocus();
        QTest::keyClick(ui.window(), Qt::Key_Down);
    }
    ui.clickWhenReady(u"checkoutButton"_s);
    waitFor([&] { return ui.items(u"compensation_"_s).size() >= 2 && ui.item(u"completeLine"_s); });
    ok &= shoot(ui, dir, u"checkout-failed-compensated"_s);
    ui.click(ui.item(u"closeCheckoutButton"_s));
    waitFor([&] { return !ui.popupOpen(u"checkoutDialog"_s); });
    ui.click(ui.item(u"ordersTab"_s));
    ok &= shoot(ui, dir, u"orders"_s);
    return ok ? 0 : 1;
}

/// The admin client: the saga list after some traffic, a failed saga's timeline with its
/// compensations, the dead letters, and the dashboard while simulated shoppers check out.
int adminClient(const QString &dir, const QString &language)
{
    StorefrontHarness ui(language, {1440, 900}, StorefrontHarness::AdminUrl);
    if (!ui.isLoaded())
        return 1;
    const QString suffix = language == u"ko"_s ? u"-ko"_s : QString();
    shop::Shop &shop = ui.shop();
    bool ok = true;

    // Sign in (the first run sets the password).
    if (!waitFor([&] { return ui.item(u"adminConfirmField"_s) != nullptr; }))
        return 1;
    ui.type(ui.item(u"adminNameField"_s), u"alice"_s);
    ui.type(ui.item(u"adminPasswordField"_s), u"correct horse battery"_s);
    ui.type(ui.item(u"adminConfirmField"_s), u"correct horse battery"_s, true);
    if (!waitFor([&] { return ui.item(u"sectionRail"_s) != nullptr; }, 30'000))
        return 1;

    // Traffic: simulated shoppers for a few seconds, two dead letters, and an order the
    // balance cannot pay (stock restored).
    demo::ShopperSimulator shoppers(shop);
    shoppers.start(40);
    QTest::qWait(3000);
    shop.statistics().faults().set({bus::FaultInjector::Mode::Fail, 2, 0, 0});
    shop.statistics().faults().set({bus::FaultInjector::Mode::Fail, 0, 1.0, 0});
    QTest::qWait(1500);
    shop.statistics().faults().clearAll();
    // A new shopper with ₩10,000 buys ₩37,800 of coffee: stock taken, balance refuses, undone.
    const qint64 newUser = test::await(shop.balances().createUser(u"Screenshot"_s)).value.value_or(0);
    test::await(shop.balances().charge(newUser, 10'000));
    services::PlaceOrderRequest request;
    request.userId = newUser;
    request.items = {{u"p01"_s, 2, 0}};
    request.idempotencyKey = u"screenshot-failed"_s;
    const auto failed = test::await(shop.orders().placeOrder(request));
    QTest::qWait(1500);
    shoppers.stop();
    waitFor([&] { return !test::await(shop.bus().deadLetters()).isEmpty(); }, 30'000);

    ui.click(ui.item(u"section_sagas"_s));
    waitFor([&] { return ui.item(u"sagaRow_*"_s) != nullptr; });
    ok &= shoot(ui, dir, u"admin-sagas"_s + suffix);

    if (failed.ok()) {
        QQuickItem *search = ui.item(u"sagaSearchField"_s);
        ui.type(search, QString::number(failed.value->orderId), true);
        if (waitFor([&] { return ui.item(u"sagaRow_"_s + failed.value->sagaId) != nullptr; }))
            ui.click(ui.item(u"sagaRow_"_s + failed.value->sagaId));
        waitFor([&] { return ui.item(u"marker_compensation_*"_s) != nullptr; });
        ui.click(ui.item(u"marker_compensation_*"_s));
        ok &= shoot(ui, dir, u"admin-timeline-compensated"_s + suffix);
        ui.click(ui.item(u"sagaBackButton"_s));
    }

    ui.click(ui.item(u"section_deadLetters"_s));
    waitFor([&] { return ui.item(u"retryGroupButton"_s) != nullptr; });
    ok &= shoot(ui, dir, u"admin-dead-letters"_s + suffix);

    shoppers.start(150);
    ui.click(ui.item(u"section_dashboard"_s));
    QTest::qWait(12'000); // a few seconds of charts
    ok &= shoot(ui, dir, u"admin-dashboard"_s + suffix);
    shoppers.stop();
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // software rendering: Material shadows missing
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"dir"_s, u"Where to write the PNGs."_s);
    parser.process(app);
    const QString dir = parser.positionalArguments().value(0, u"screenshots"_s);
    QDir().mkpath(dir);
    QSettings().clear(); // test mode: no cart or shopper left from an earlier run
    int failures = storefront(dir, u"en"_s, true);
    failures += storefront(dir, u"ko"_s, false);
    failures += adminClient(dir, u"en"_s);
    failures += adminClient(dir, u"ko"_s);
    return failures == 0 ? 0 : 1;
}
