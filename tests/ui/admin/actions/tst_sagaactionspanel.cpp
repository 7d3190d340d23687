// The action bar wired to the real backend (SagaActionsPanel in a window, offscreen): a
// confirmed order is cancelled through its confirmation dialog, the result line says so, and
// the buttons follow the saga. Saves screenshots of the dialog (English and Korean) into
// <build>/tests/ui/screenshots/ when SAGASHOP_SCREENSHOTS is set.

#include "StorefrontHarness.h"
#include "common/TestServices.h"

#include "services/balance/BalanceService.h"
#include "services/order/OrderService.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace sagashop;
using test::StorefrontHarness;

class TestSagaActionsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cancelThroughTheDialog_data();
    void cancelThroughTheDialog();
};

namespace {

QString orderStatus(StorefrontHarness &ui, qint64 orderId)
{
    return test::valueOr(ui.shop().orders().stateForOrder(orderId), QString());
}

void shoot(StorefrontHarness &ui, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("SAGASHOP_SCREENSHOTS"))
        return;
    const QString dir = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(u"screenshots"_s);
    QDir().mkpath(dir);
    QTest::qWait(500); // let the dialog's transition finish: a picture, not a check
    const QString path = QDir(dir).filePath(name + u".png"_s);
    QVERIFY2(ui.saveScreenshot(path), qPrintable(path));
    qInfo().noquote() << "wrote" << path;
}

} // namespace

void TestSagaActionsPanel::cancelThroughTheDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ko") << u"ko"_s;
}

void TestSagaActionsPanel::cancelThroughTheDialog()
{
    QFETCH(QString, language);
    const QString url = QUrl::fromLocalFile(QFINDTESTDATA("admin/actions/ActionBarWindow.qml")).toString();
    StorefrontHarness ui(language, {1000, 600}, url);
    QVERIFY2(ui.isLoaded(), "the window did not load (see the QML warnings above)");

    QVERIFY(test::await(ui.shop().balances().charge(3, 100'000)).ok());
    services::PlaceOrderRequest request{3, {saga::Payload::Item{u"p01"_s, 1, 0}}, 0,
                                        QUuid::createUuid().toString(QUuid::WithoutBraces)};
    const auto placed = test::await(ui.shop().orders().placeOrder(request));
    QVERIFY(placed.ok());
    QTRY_COMPARE(orderStatus(ui, placed.value->orderId), u"CONFIRMED"_s);

    ui.window()->setProperty("sagaId", placed.value->sagaId);
    QTRY_VERIFY(ui.item(u"cancelOrderButton"_s) && ui.item(u"cancelOrderButton"_s)->isEnabled());
    QVERIFY(!ui.item(u"compensateButton"_s)->isEnabled());
    QVERIFY(ui.click(ui.item(u"cancelOrderButton"_s)));
    QTRY_VERIFY(ui.item(u"confirmActionButton"_s));
    const QString question = StorefrontHarness::text(ui.item(u"actionQuestion"_s));
    if (language == u"en"_s) {
        QVERIFY2(question.startsWith(u"Cancel order %1? Its stock and "_s.arg(placed.value->orderId)), qPrintable(question));
        QVERIFY2(question.endsWith(u" go back to user 3; recorded in the saga log as done by alice."_s), qPrintable(question));
    } else {
        QVERIFY2(question.startsWith(u"%1번 주문을 취소할까요? "_s.arg(placed.value->orderId)), qPrintable(question));
        QVERIFY2(question.endsWith(u"사용자 3에게 돌려주고, 사가 로그에 alice의 작업으로 기록해요."_s), qPrintable(question));
    }
    shoot(ui, u"admin-action-confirm-"_s + language);
    QCOMPARE(orderStatus(ui, placed.value->orderId), u"CONFIRMED"_s); // nothing before the confirmation

    QVERIFY(ui.clickWhenReady(u"confirmActionButton"_s));
    QTRY_VERIFY(!ui.popupOpen(u"actionConfirmDialog"_s));
    QTRY_COMPARE(StorefrontHarness::text(ui.item(u"actionResult"_s)),
                 (language == u"en"_s ? u"Order %1 cancelled; the compensations follow."_s
                                      : u"%1번 주문을 취소했어요. 이어서 보상이 진행돼요."_s)
                     .arg(placed.value->orderId));
    QTRY_COMPARE(orderStatus(ui, placed.value->orderId), u"CANCELLED"_s);
    QTRY_VERIFY(!ui.item(u"cancelOrderButton"_s)->isEnabled());
    shoot(ui, u"admin-action-result-"_s + language);
}

QTEST_MAIN(TestSagaActionsPanel)
#include "tst_sagaactionspanel.moc"
