// The admin client end to end, through the real admin window offscreen over the real backend:
// the first run sets the administrator's password and signs in; a checkout the balance could
// not pay is found in the saga list and its timeline shows the lanes and the compensation
// markers; a dead letter is retried from the Dead letters section (its badge goes); a
// confirmed order is cancelled from its saga's page, which then shows the compensations and
// the administrator's action, and the books balance.

#include "StorefrontHarness.h"
#include "common/TestServices.h"

#include "bus/EventBus.h"
#include "bus/FaultInjector.h"
#include "bus/Service.h"
#include "services/balance/BalanceService.h"
#include "services/order/OrderService.h"
#include "services/order/OrderStatus.h"
#include "services/statistics/StatisticsService.h"
#include "shop/Invariants.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::test::StorefrontHarness;

namespace {

const QString kAdmin = u"alice"_s;
const QString kPassword = u"correct horse battery"_s;

services::PlacedOrder place(shop::Shop &shop, const QString &key, const QString &productId, int quantity)
{
    services::PlaceOrderRequest request;
    request.userId = 1;
    request.items = {{productId, quantity, 0}};
    request.idempotencyKey = key;
    const auto placed = test::await(shop.orders().placeOrder(request));
    if (!placed.ok())
        qFatal("placeOrder failed: %s", qPrintable(placed.error));
    return *placed.value;
}

QString orderStatus(shop::Shop &shop, qint64 orderId)
{
    const auto order = test::await(shop.orders().order(orderId));
    return order.ok() && order.value->has_value() ? services::orderStatusName((*order.value)->status) : QString();
}

int deadLetterCount(shop::Shop &shop)
{
    return int(test::await(shop.bus().deadLetters()).size());
}

} // namespace

class TestAdminClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void signInFindAFailedSagaRetryADeadLetterAndCancelAnOrder();

private:
    /// Shows the saga of `orderId` from the Sagas section: searches its order id, opens the row.
    void openSagaOfOrder(StorefrontHarness &ui, qint64 orderId, const QString &sagaId);
};

void TestAdminClient::openSagaOfOrder(StorefrontHarness &ui, qint64 orderId, const QString &sagaId)
{
    if (ui.item(u"sagaBackButton"_s))
        QVERIFY(ui.click(ui.item(u"sagaBackButton"_s)));
    QVERIFY(ui.clickWhenReady(u"section_sagas"_s));
    QTRY_VERIFY(ui.item(u"sagaSearchField"_s));
    QQuickItem *search = ui.item(u"sagaSearchField"_s);
    search->setProperty("text", QString());
    ui.type(search, QString::number(orderId), true);
    QVERIFY(ui.clickWhenReady(u"sagaRow_"_s + sagaId, 20'000));
    QTRY_VERIFY(ui.item(u"sagaTimeline"_s));
}

void TestAdminClient::signInFindAFailedSagaRetryADeadLetterAndCancelAnOrder()
{
    StorefrontHarness ui(u"en"_s, {1440, 900}, StorefrontHarness::AdminUrl);
    QVERIFY(ui.isLoaded());
    shop::Shop &shop = ui.shop();

    // Nothing of the admin client shows before signing in.
    QTRY_VERIFY(ui.item(u"adminConfirmField"_s)); // first run: set the password
    QVERIFY(!ui.item(u"sectionRail"_s));
    ui.type(ui.item(u"adminNameField"_s), kAdmin);
    ui.type(ui.item(u"adminPasswordField"_s), kPassword);
    ui.type(ui.item(u"adminConfirmField"_s), kPassword);
    QVERIFY(ui.click(ui.item(u"adminLoginButton"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(ui.item(u"sectionRail"_s), 30'000);
    QVERIFY(StorefrontHarness::allText(ui.item(u"adminNameLabel"_s)).contains(kAdmin));

    // A confirmed order (whose statistics step dead-letters), then one the balance cannot pay.
    ui.backend().charge(1, 30'000);
    QVERIFY(shop.statistics().faults().set({bus::FaultInjector::Mode::Fail, 0, 1.0, 0}).isEmpty());
    const services::PlacedOrder confirmed = place(shop, u"admin-e2e-1"_s, u"p01"_s, 1);
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(shop, confirmed.orderId), u"CONFIRMED"_s, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(deadLetterCount(shop) == 1, 60'000);
    shop.statistics().faults().clearAll();
    const services::PlacedOrder failed = place(shop, u"admin-e2e-2"_s, u"p01"_s, 3);
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(shop, failed.orderId), u"FAILED"_s, 30'000);

    // The failed saga from the list; its timeline has the services' lanes and compensations.
    openSagaOfOrder(ui, failed.orderId, failed.sagaId);
    for (const QString &lane : {u"order"_s, u"inventory"_s, u"balance"_s})
        QTRY_VERIFY2(ui.item(u"lane_"_s + lane), qPrintable(lane));
    QTRY_VERIFY(ui.item(u"marker_compensation_InventoryRestored"_s));
    QVERIFY(!ui.item(u"marker_published_OrderConfirmed"_s));

    // The dead letter: the badge shows it; retried now the fault is gone, it is handled.
    QVERIFY(ui.click(ui.item(u"sagaBackButton"_s)));
    QTRY_VERIFY(ui.item(u"badge_deadLetters"_s));
    QVERIFY(StorefrontHarness::allText(ui.item(u"badge_deadLetters"_s)).contains(u"1"_s));
    QVERIFY(ui.clickWhenReady(u"section_deadLetters"_s));
    QTRY_VERIFY(ui.item(u"deadLettersPage"_s));
    QVERIFY(ui.clickWhenReady(u"retryGroupButton"_s, 20'000));
    QTRY_COMPARE_WITH_TIMEOUT(deadLetterCount(shop), 0, 30'000);
    QTRY_VERIFY(!ui.item(u"badge_deadLetters"_s));

    // Cancel the confirmed order from its saga's page: confirmed, then compensated.
    const qint64 balanceBefore = *test::await(shop.balances().balance(1)).value;
    openSagaOfOrder(ui, confirmed.orderId, confirmed.sagaId);
    QTRY_VERIFY(ui.item(u"cancelOrderButton"_s) && ui.item(u"cancelOrderButton"_s)->isEnabled());
    QVERIFY(ui.click(ui.item(u"cancelOrderButton"_s)));
    QVERIFY(ui.clickWhenReady(u"confirmActionButton"_s));
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(shop, confirmed.orderId), u"CANCELLED"_s, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(ui.item(u"marker_compensation_BalanceRefunded"_s), 30'000);
    QTRY_VERIFY(ui.item(u"marker_admin_*"_s));
    QTRY_VERIFY(StorefrontHarness::allText(ui.item(u"actionResult"_s)).size() > 0);
    QTRY_COMPARE(*test::await(shop.balances().balance(1)).value, balanceBefore + 18'900);
    QTRY_VERIFY_WITH_TIMEOUT(shop::Invariants::check(shop, bus::HybridClock::nowMs()).ok, 30'000);
}

QTEST_MAIN(TestAdminClient)
#include "tst_adminclient.moc"
