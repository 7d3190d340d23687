// The Sagas page in a window over the real backend (offscreen): rows for real checkouts
// (some failing), status chips with counts, search, time range, live arrivals and a click
// that asks to open the saga. With SAGAS_SCREENSHOT_DIR set, it also fills the shop with a
// few hundred checkouts (some failing, one abnormal, two stuck) and saves screenshots there
// (en and ko).

#include "StorefrontHarness.h"
#include "bus/EventBus.h"
#include "bus/FaultInjector.h"
#include "catalog/ShopScenario.h"
#include "services/balance/BalanceService.h"
#include "services/payment/PaymentService.h"
#include "shop/Reconciler.h"

#include <QDir>

#include <array>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::test::StorefrontHarness;

namespace {

const QString kPageWindow = QStringLiteral(SAGAS_PAGE_WINDOW);

QString chipCount(StorefrontHarness &ui, const QString &status)
{
    return StorefrontHarness::text(StorefrontHarness::child(ui.item(u"statusFilter_"_s + status), u"chipCount"_s));
}

/// Checkouts: `paying` of users 1, 3 and 4 (charged) and `failing` of user 2 (no money).
void checkouts(StorefrontHarness &ui, int paying, int failing)
{
    static int n = 0;
    for (int i = 0; i < paying; ++i, ++n)
        QVERIFY(test::placeOrder(ui.backend(), std::array{1, 3, 4}[n % 3], {{u"p0%1"_s.arg(1 + n % 8), 1 + n % 3, 0}}) > 0);
    for (int i = 0; i < failing; ++i)
        QVERIFY(test::placeOrder(ui.backend(), 2, {{u"p0%1"_s.arg(1 + i % 8), 1, 0}}) > 0);
}

} // namespace

class TestSagasPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void listsFiltersSearchesAndOpens();
    void screenshots_data();
    void screenshots();
};

void TestSagasPage::listsFiltersSearchesAndOpens()
{
    StorefrontHarness ui(u"en"_s, {1440, 900}, QUrl::fromLocalFile(kPageWindow).toString());
    QVERIFY2(ui.isLoaded(), "the page window did not load (see the QML warnings above)");
    QVERIFY(ui.item(u"sagasPage"_s));
    QTRY_VERIFY(ui.item(u"sagaListEmpty"_s)); // nothing yet, and it says so
    for (const qint64 user : {1, 3, 4})
        ui.backend().charge(user, 1'000'000);
    checkouts(ui, 6, 2);

    QTRY_COMPARE_WITH_TIMEOUT(ui.items(u"sagaRow_"_s).size(), 8, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(chipCount(ui, u"compensated"_s), u"2"_s, 20'000);
    QTRY_COMPARE(chipCount(ui, u"completed"_s), u"6"_s);
    QCOMPARE(chipCount(ui, u"all"_s), u"8"_s);
    QCOMPARE(chipCount(ui, u"stuck"_s), u"0"_s);
    QVERIFY(!ui.item(u"sagaListEmpty"_s));

    // A status chip filters the list.
    QVERIFY(ui.click(ui.item(u"statusFilter_compensated"_s)));
    QTRY_COMPARE(ui.items(u"sagaRow_"_s).size(), 2);
    for (QQuickItem *row : ui.items(u"sagaRow_"_s))
        QCOMPARE(row->property("status").toString(), u"compensated"_s);
    QVERIFY(ui.click(ui.item(u"statusFilter_all"_s)));
    QTRY_COMPARE(ui.items(u"sagaRow_"_s).size(), 8);

    // Search by order number: rows expose their order id.
    QQuickItem *someRow = ui.items(u"sagaRow_"_s).at(3);
    const qint64 orderId = someRow->property("orderId").toLongLong();
    const QString sagaId = someRow->property("sagaId").toString();
    QVERIFY(orderId > 0);
    QCOMPARE(someRow->objectName(), u"sagaRow_"_s + sagaId);
    ui.type(ui.item(u"sagaSearchField"_s), u"#%1"_s.arg(orderId), true);
    QTRY_COMPARE(ui.items(u"sagaRow_"_s).size(), 1);
    QCOMPARE(ui.item(u"sagaRow_*"_s)->property("orderId").toLongLong(), orderId);
    // Something it does not understand: says how to search, shows nothing.
    QQuickItem *field = ui.item(u"sagaSearchField"_s);
    field->setProperty("text", QString());
    ui.type(field, u"who?"_s, true);
    QTRY_VERIFY(ui.item(u"searchErrorLabel"_s));
    QVERIFY(StorefrontHarness::text(ui.item(u"searchErrorLabel"_s)).contains(u"u:3"_s));
    QTRY_VERIFY(ui.item(u"sagaListEmpty"_s));
    QTest::keyClick(ui.window(), Qt::Key_Escape);
    QTRY_COMPARE(ui.items(u"sagaRow_"_s).size(), 8);
    QVERIFY(!ui.item(u"searchErrorLabel"_s));

    // A time range: all of them started in the last 5 minutes.
    QVERIFY(ui.click(ui.item(u"rangeButton_5m"_s)));
    QTRY_VERIFY(ui.item(u"rangeButton_5m"_s)->property("highlighted").toBool());
    QTRY_COMPARE(ui.items(u"sagaRow_"_s).size(), 8);

    // Live: a new checkout comes in at the top.
    checkouts(ui, 1, 0);
    QTRY_COMPARE_WITH_TIMEOUT(ui.items(u"sagaRow_"_s).size(), 9, 20'000);
    QTRY_COMPARE(chipCount(ui, u"all"_s), u"9"_s);

    // A click asks to open the saga.
    QVERIFY(ui.click(ui.item(u"sagaRow_"_s + sagaId)));
    QTRY_COMPARE(ui.window()->property("openedSaga").toString(), sagaId);
}

void TestSagasPage::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ko") << u"ko"_s;
}

void TestSagasPage::screenshots()
{
    const QString dir = qEnvironmentVariable("SAGAS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set SAGAS_SCREENSHOT_DIR to write screenshots of the page");
    QFETCH(QString, language);
    QDir().mkpath(dir);
    StorefrontHarness ui(language, {1440, 900}, QUrl::fromLocalFile(kPageWindow).toString());
    QVERIFY(ui.isLoaded());
    for (const qint64 user : {1, 3, 4})
        ui.backend().charge(user, 10'000'000);
    // A few hundred checkouts, about one in six failing (user 2 has no money).
    for (int round = 0; round < 50; ++round)
        checkouts(ui, 5, 1);
    QTRY_COMPARE_WITH_TIMEOUT(chipCount(ui, u"all"_s), u"300"_s, 120'000);
    QTRY_VERIFY_WITH_TIMEOUT(chipCount(ui, u"running"_s) == u"0"_s, 60'000);
    // The reconciler only when asked, so that what it would fix stays to be seen.
    ui.shop().reconciler().stop();
    // One whose payment step ends in the dead-letter queue: the reconciler marks it abnormal.
    QVERIFY(ui.shop().payments().faults().set({bus::FaultInjector::Mode::Fail, 5, 0, 0}).isEmpty());
    QVERIFY(test::placeOrder(ui.backend(), 1, {{u"p06"_s, 1, 0}}) > 0); // in stock (p07 sells out above)
    QTRY_VERIFY_WITH_TIMEOUT(!test::await(ui.shop().bus().deadLetters()).isEmpty(), 30'000);
    QTest::qWait(ui.shop().config().stuckAfterMs + 500); // the reconciler looks at sagas this old
    test::await(ui.shop().reconciler().runNow());
    QTRY_COMPARE_WITH_TIMEOUT(chipCount(ui, u"abnormal"_s), u"1"_s, 20'000);
    // Two checkouts stuck at the balance step past the stuck threshold.
    QVERIFY(ui.shop().balances().faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 25'000}).isEmpty());
    QVERIFY(test::placeOrder(ui.backend(), 3, {{u"p06"_s, 1, 0}}) > 0);
    QVERIFY(test::placeOrder(ui.backend(), 4, {{u"p01"_s, 1, 0}}) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(chipCount(ui, u"stuck"_s), u"2"_s, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(ui.items(u"sagaRow_"_s).size() >= 20, true, 10'000);
    QVERIFY(ui.saveScreenshot(dir + u"/sagas-all-%1.png"_s.arg(language)));

    QVERIFY(ui.click(ui.item(u"statusFilter_compensated"_s)));
    QTRY_VERIFY(!ui.items(u"sagaRow_"_s).isEmpty());
    QTRY_VERIFY(ui.items(u"sagaRow_"_s).first()->property("status").toString() == u"compensated"_s);
    QVERIFY(ui.saveScreenshot(dir + u"/sagas-compensated-%1.png"_s.arg(language)));

    QVERIFY(ui.click(ui.item(u"statusFilter_all"_s)));
    ui.type(ui.item(u"sagaSearchField"_s), u"nonsense"_s, true);
    QTRY_VERIFY(ui.item(u"searchErrorLabel"_s));
    QTRY_VERIFY(ui.item(u"sagaListEmpty"_s));
    QVERIFY(ui.saveScreenshot(dir + u"/sagas-search-error-%1.png"_s.arg(language)));
    ui.shop().balances().faults().clear(bus::FaultInjector::Mode::Delay);
}

QTEST_MAIN(TestSagasPage)
#include "tst_sagaspage.moc"
