// The reconciliation page over the real backend (offscreen, in a window of its own): "Run
// now" re-delivers the lost step of a stuck saga and the run shows what it did (expandable);
// an ABNORMAL order is listed and "Open saga" asks to open its saga. Saves screenshots into
// <build>/tests/ui/screenshots/ when SAGASHOP_SCREENSHOTS is set.

#include "StorefrontHarness.h"
#include "common/TestServices.h"

#include "bus/FaultInjector.h"
#include "bus/HybridClock.h"
#include "saga/SagaLog.h"
#include "services/balance/BalanceService.h"
#include "services/coupon/CouponService.h"
#include "services/order/OrderService.h"
#include "shop/AdminActions.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace sagashop;
using test::StorefrontHarness;

class TestReconciliationPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void runNowAndTheAbnormalOrders();
};

namespace {

struct Placed
{
    qint64 orderId = 0;
    QString sagaId;
};

/// An order whose InventoryDeducted never reaches Coupon: its saga stops half-way.
Placed stuckOrder(StorefrontHarness &ui, qint64 user, const QString &product)
{
    bus::Service &coupons = ui.shop().coupons();
    const qint64 dropped = coupons.stats().dropped;
    if (!coupons.faults().set({bus::FaultInjector::Mode::Drop, 1, 0, 0}).isEmpty())
        return {};
    services::PlaceOrderRequest request{user, {saga::Payload::Item{product, 1, 0}}, 0,
                                        QUuid::createUuid().toString(QUuid::WithoutBraces)};
    const auto placed = test::await(ui.shop().orders().placeOrder(request));
    if (!placed.ok() || !QTest::qWaitFor([&] { return coupons.stats().dropped == dropped + 1; }, 10'000))
        return {};
    return {placed.value->orderId, placed.value->sagaId};
}

void shoot(StorefrontHarness &ui, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("SAGASHOP_SCREENSHOTS"))
        return;
    const QString dir = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(u"screenshots"_s);
    QDir().mkpath(dir);
    QTest::qWait(500); // let transitions finish: a picture, not a check
    const QString path = QDir(dir).filePath(name + u".png"_s);
    QVERIFY2(ui.saveScreenshot(path), qPrintable(path));
    qInfo().noquote() << "wrote" << path;
}

} // namespace

void TestReconciliationPage::runNowAndTheAbnormalOrders()
{
    const QString url = QUrl::fromLocalFile(QFINDTESTDATA("admin/reconcile/PageWindow.qml")).toString();
    const QString language = qEnvironmentVariable("SAGASHOP_LANGUAGE", u"en"_s);
    StorefrontHarness ui(language, {1440, 900}, url);
    QVERIFY2(ui.isLoaded(), "the window did not load (see the QML warnings above)");
    QVERIFY(ui.item(u"reconciliationPage"_s));
    QTRY_COMPARE(StorefrontHarness::text(ui.item(u"abnormalHeading"_s)), u"ABNORMAL orders (0)"_s);

    // An order an admin compensated while it was stuck: ABNORMAL, listed live.
    QVERIFY(test::await(ui.shop().balances().charge(2, 200'000)).ok());
    const Placed abnormal = stuckOrder(ui, 2, u"p02"_s);
    QVERIFY(abnormal.orderId > 0);
    shop::AdminActions actions(ui.shop());
    QVERIFY(test::await(actions.compensateSaga(abnormal.sagaId, u"bob"_s)).markedAbnormal);
    const QString abnormalRow = u"abnormalOrder_%1"_s.arg(abnormal.orderId);
    QTRY_VERIFY(ui.item(abnormalRow));
    QCOMPARE(StorefrontHarness::text(ui.item(u"abnormalHeading"_s)), u"ABNORMAL orders (1)"_s);
    QVERIFY(StorefrontHarness::allText(ui.item(abnormalRow)).contains(u"compensated by bob"_s));

    // A saga stuck for longer than the reconciler waits (10 s in this configuration).
    const Placed stuck = stuckOrder(ui, 2, u"p03"_s);
    QVERIFY(stuck.orderId > 0);
    const qint64 stuckAfter = ui.shop().config().stuckAfterMs;
    QTRY_VERIFY_WITH_TIMEOUT(test::valueOr(ui.shop().sagaLog().saga(stuck.sagaId), std::optional<saga::SagaSummary>{})
                                     .value_or(saga::SagaSummary{})
                                     .updatedAt
                                 < bus::HybridClock::nowMs() - stuckAfter - 200,
                             stuckAfter + 10'000);

    QVERIFY(ui.click(ui.item(u"runReconcileButton"_s)));
    // The run at the top re-delivered the lost step; the order completes.
    QTRY_VERIFY(StorefrontHarness::allText(ui.item(u"reconcileRun_0"_s)).contains(u"re-delivered"_s));
    QTRY_VERIFY(ui.item(u"runReconcileButton"_s)->isEnabled());
    QTRY_COMPARE(test::valueOr(ui.shop().orders().stateForOrder(stuck.orderId), QString()), u"CONFIRMED"_s);
    QVERIFY(!ui.item(u"runAction_0"_s));
    QVERIFY(ui.click(ui.item(u"reconcileRun_0"_s)));
    QTRY_VERIFY(ui.item(u"runAction_0"_s));
    QVERIFY2(StorefrontHarness::text(ui.item(u"runAction_0"_s))
                 .contains(u"delivered InventoryDeducted to coupon again"_s),
             qPrintable(StorefrontHarness::text(ui.item(u"runAction_0"_s))));
    shoot(ui, u"admin-reconciliation-"_s + language);

    // "Open saga" asks the window to open the ABNORMAL order's saga.
    QVERIFY(ui.click(StorefrontHarness::child(ui.item(abnormalRow), u"openSagaButton"_s)));
    QCOMPARE(ui.window()->property("openedSaga").toString(), abnormal.sagaId);
}

QTEST_MAIN(TestReconciliationPage)
#include "tst_reconciliationpage.moc"
