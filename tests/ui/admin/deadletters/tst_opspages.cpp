// The operations pages (DeadLettersPage, AlertsPage, FaultsPage) in a wrapper window over the
// real backend, driven with the mouse: faults switched on from the Faults page cause dead
// letters and alerts that appear live; a letter is retried (gone), another fails again (says
// so), then is discarded after a confirmation; the empty state shows. With
// SAGASHOP_SCREENSHOT_DIR set, PNGs of each page (English and Korean) are saved there.

#include "StorefrontHarness.h"
#include "admin/deadletters/OpsScenario.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using test::StorefrontHarness;

namespace {

QString windowUrl()
{
    return QUrl::fromLocalFile(QStringLiteral(SAGASHOP_OPS_WINDOW)).toString();
}

void screenshot(StorefrontHarness &ui, const QString &name)
{
    const QString dir = qEnvironmentVariable("SAGASHOP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(700); // let transitions finish (Switch knob, tab highlight, fades): a picture, not a test
    QVERIFY(ui.saveScreenshot(QDir(dir).filePath(name + u".png"_s)));
}

} // namespace

class TestOpsPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void faultsCauseDeadLettersAndAlertsThatTheAdminResolves();
    void koreanPagesWithTrouble();
};

void TestOpsPages::faultsCauseDeadLettersAndAlertsThatTheAdminResolves()
{
    StorefrontHarness ui(u"en"_s, {1440, 900}, windowUrl());
    QVERIFY2(ui.isLoaded(), "the operations window did not load (see the QML warnings above)");
    QObject *window = ui.window();

    // 1. Nothing wrong yet: the empty state.
    QTRY_VERIFY(ui.item(u"deadLettersPage"_s));
    QTRY_VERIFY(ui.item(u"emptyState"_s));
    QCOMPARE(StorefrontHarness::text(ui.item(u"emptyLabel"_s)), u"No dead letters"_s);
    screenshot(ui, u"deadletters-empty-en"_s);

    // 2. Faults page: the export endpoint goes down; statistics fails every handling; a
    //    refused plan says why.
    QVERIFY(ui.click(ui.item(u"faultsTab"_s)));
    QTRY_VERIFY(ui.item(u"faultsPage"_s));
    QVERIFY(ui.click(ui.item(u"exportDownSwitch"_s)));
    QTRY_VERIFY(ui.shop().exports().outage());
    QVERIFY(ui.item(u"exportDownSwitch"_s)->property("checked").toBool());
    QTRY_VERIFY(ui.item(u"faultCard_export"_s) && StorefrontHarness::child(ui.item(u"faultCard_export"_s), u"chip_outage"_s));
    QQuickItem *statistics = ui.item(u"faultCard_statistics"_s);
    QVERIFY(statistics);
    StorefrontHarness::child(statistics, u"modeBox"_s)->setProperty("currentIndex", 1); // fail with probability
    QTRY_VERIFY(StorefrontHarness::child(statistics, u"probabilitySlider"_s));
    StorefrontHarness::child(statistics, u"probabilitySlider"_s)->setProperty("value", 0.0);
    QVERIFY(ui.click(StorefrontHarness::child(statistics, u"applyButton"_s)));
    QTRY_VERIFY(StorefrontHarness::child(statistics, u"faultError"_s));
    QCOMPARE(StorefrontHarness::text(StorefrontHarness::child(statistics, u"faultError"_s)),
             u"statistics: not applied, fail needs a count or a probability."_s);
    screenshot(ui, u"faults-error-en"_s);
    QVERIFY(ui.shop().statistics().faults().active().isEmpty());
    StorefrontHarness::child(statistics, u"probabilitySlider"_s)->setProperty("value", 1.0);
    QVERIFY(ui.click(StorefrontHarness::child(statistics, u"applyButton"_s)));
    QTRY_VERIFY(StorefrontHarness::child(statistics, u"chip_fail"_s));
    QCOMPARE(StorefrontHarness::text(StorefrontHarness::child(statistics, u"chip_fail"_s)), u"fail 100 %"_s);
    QVERIFY(!StorefrontHarness::child(statistics, u"faultError"_s));
    QCOMPARE(ui.shop().statistics().faults().active().size(), 1);
    QCOMPARE(StorefrontHarness::text(ui.item(u"faultsTab"_s)), u"Faults (2)"_s);
    screenshot(ui, u"faults-en"_s);

    // 3. A shopper's order: its export and its statistics end in the dead letters; the
    //    alerts appear live.
    const qint64 orderId = test::placeOneOrder(ui.backend());
    QVERIFY(orderId > 0);
    QVERIFY(ui.click(ui.item(u"alertsTab"_s)));
    QTRY_VERIFY(ui.item(u"alertsPage"_s));
    QTRY_VERIFY_WITH_TIMEOUT(ui.items(u"alert_"_s).size() == 2, test::kSagaTimeoutMs);
    QCOMPARE(StorefrontHarness::text(ui.item(u"alertsTab"_s)), u"Alerts (2)"_s);
    QVERIFY(StorefrontHarness::allText(ui.item(u"alertsPage"_s)).contains(u"Export of order %1 failed"_s.arg(orderId)));
    screenshot(ui, u"alerts-en"_s);
    QVERIFY(ui.click(StorefrontHarness::child(ui.item(u"alert_*"_s), u"openSagaButton"_s)));
    QVERIFY(!window->property("openedSaga").toString().isEmpty());
    QVERIFY(ui.click(ui.item(u"markAllReadButton"_s)));
    QTRY_COMPARE(StorefrontHarness::text(ui.item(u"alertsTab"_s)), u"Alerts"_s);

    // 4. Dead letters: two groups (export first), expanded.
    QVERIFY(ui.click(ui.item(u"deadLettersTab"_s)));
    QTRY_VERIFY(ui.item(u"group_1"_s));
    QVERIFY(!ui.item(u"emptyState"_s));
    QCOMPARE(StorefrontHarness::text(ui.item(u"deadLettersTab"_s)), u"Dead letters (2)"_s);
    QQuickItem *exportGroup = ui.item(u"group_0"_s);
    QVERIFY(StorefrontHarness::allText(exportGroup).contains(test::kExportDown));
    QTRY_VERIFY(StorefrontHarness::child(ui.item(u"group_1"_s), u"retryLetterButton"_s));
    screenshot(ui, u"deadletters-en"_s);

    // Statistics repaired from the Faults page, then its letter retried: it goes.
    QVERIFY(ui.click(ui.item(u"faultsTab"_s)));
    QTRY_VERIFY(ui.item(u"faultCard_statistics"_s));
    QVERIFY(ui.click(StorefrontHarness::child(ui.item(u"faultCard_statistics"_s), u"clearButton"_s)));
    QTRY_VERIFY(ui.shop().statistics().faults().active().isEmpty());
    QVERIFY(ui.click(ui.item(u"deadLettersTab"_s)));
    QTRY_VERIFY(ui.item(u"group_1"_s));
    QVERIFY(ui.click(StorefrontHarness::child(ui.item(u"group_1"_s), u"retryLetterButton"_s)));
    QTRY_VERIFY(!ui.item(u"group_1"_s));
    QTRY_COMPARE(StorefrontHarness::text(ui.item(u"deadLettersTab"_s)), u"Dead letters (1)"_s);
    QCOMPARE(test::deadLetters(ui.backend()).size(), 1);

    // The export letter, endpoint still down: it fails again and says so.
    QVERIFY(ui.click(StorefrontHarness::child(ui.item(u"group_0"_s), u"retryLetterButton"_s)));
    QTRY_VERIFY(StorefrontHarness::child(ui.item(u"group_0"_s), u"retryResultLabel"_s));
    QTRY_COMPARE(StorefrontHarness::text(StorefrontHarness::child(ui.item(u"group_0"_s), u"retryResultLabel"_s)),
                 u"Failed again: "_s + test::kExportDown);
    QTRY_VERIFY(StorefrontHarness::text(ui.item(u"lastActionLabel"_s)).contains(u"1 failed again"_s));
    QVERIFY(ui.click(StorefrontHarness::child(ui.item(u"group_0"_s), u"envelopeButton"_s)));
    QTRY_VERIFY(StorefrontHarness::text(ui.item(u"envelopeText"_s)).contains(u"\"type\": \"OrderExportRequested\""_s));
    screenshot(ui, u"deadletters-failed-again-en"_s);

    // Discard it, after the confirmation; cancel first.
    QVERIFY(ui.click(StorefrontHarness::child(ui.item(u"group_0"_s), u"discardButton"_s)));
    QTRY_VERIFY(ui.item(u"confirmDiscardButton"_s));
    QTRY_VERIFY(ui.window()->findChild<QObject *>(u"discardDialog"_s)->property("opened").toBool());
    screenshot(ui, u"deadletters-discard-en"_s);
    QVERIFY(ui.click(ui.item(u"cancelDiscardButton"_s)));
    QTRY_VERIFY(!ui.popupOpen(u"discardDialog"_s));
    QCOMPARE(test::deadLetters(ui.backend()).size(), 1);
    QVERIFY(ui.click(StorefrontHarness::child(ui.item(u"group_0"_s), u"discardButton"_s)));
    QTRY_VERIFY(ui.item(u"confirmDiscardButton"_s));
    QVERIFY(ui.click(ui.item(u"confirmDiscardButton"_s)));
    QTRY_VERIFY(!ui.popupOpen(u"discardDialog"_s));
    QTRY_VERIFY(ui.item(u"emptyState"_s));
    QCOMPARE(StorefrontHarness::text(ui.item(u"deadLettersTab"_s)), u"Dead letters"_s);
    QVERIFY(test::deadLetters(ui.backend()).isEmpty());

    // 5. Everything back to normal.
    QVERIFY(ui.click(ui.item(u"faultsTab"_s)));
    QTRY_VERIFY(ui.item(u"clearAllFaultsButton"_s));
    QVERIFY(ui.click(ui.item(u"clearAllFaultsButton"_s)));
    QTRY_VERIFY(!ui.shop().exports().outage());
    QTRY_COMPARE(StorefrontHarness::text(ui.item(u"faultsTab"_s)), u"Faults"_s);
    QVERIFY(!ui.item(u"exportDownSwitch"_s)->property("checked").toBool());
}

void TestOpsPages::koreanPagesWithTrouble()
{
    StorefrontHarness ui(u"ko"_s, {1440, 900}, windowUrl());
    QVERIFY(ui.isLoaded());
    // The trouble arrives while the dead-letter and alert pages have never been shown.
    QVERIFY(ui.click(ui.item(u"faultsTab"_s)));
    QTRY_VERIFY(ui.item(u"faultsPage"_s));
    test::UiTestShop &shop = ui.backend();
    shop.shop().exports().setOutage(true);
    test::breakStatistics(shop);
    QVERIFY(shop.shop().inventory().faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 20}).isEmpty());
    QVERIFY(test::placeOneOrder(shop) > 0);
    QVERIFY(test::placeOneOrder(shop) > 0);
    test::deliverGarbage(shop, u"coupon"_s);
    QVERIFY(test::waitForDeadLetters(shop, 5));
    QTRY_VERIFY(StorefrontHarness::child(ui.item(u"faultCard_statistics"_s), u"chip_fail"_s));
    screenshot(ui, u"faults-ko"_s);

    QVERIFY(ui.click(ui.item(u"deadLettersTab"_s)));
    QTRY_VERIFY(ui.item(u"group_2"_s));
    QTRY_COMPARE(StorefrontHarness::text(ui.item(u"deadLettersTab"_s)), u"Dead letters (5)"_s);
    // Laid out, although everything changed before the page was first shown.
    const auto rightOf = [](QQuickItem *a, QQuickItem *b) {
        return a && b && a->mapToScene({}).x() + a->width() <= b->mapToScene({}).x() + 0.5 && b->width() > 0;
    };
    QTRY_VERIFY(rightOf(ui.item(u"deadLettersTitle"_s), ui.item(u"deadLetterCountBadge"_s)));
    QTRY_VERIFY(rightOf(StorefrontHarness::child(ui.item(u"group_0"_s), u"countBadge"_s),
                        StorefrontHarness::child(ui.item(u"group_0"_s), u"consumerLabel"_s)));
    // Retry all: nothing is repaired, so every letter fails again and says so.
    QVERIFY(ui.click(ui.item(u"retryAllButton"_s)));
    QTRY_COMPARE(StorefrontHarness::text(ui.item(u"lastActionLabel"_s)), u"마지막 작업: 5개 다시 실패"_s); // Korean page
    QCOMPARE(ui.items(u"retryResultLabel"_s).size(), 5);
    QCOMPARE(test::deadLetters(shop).size(), 5);
    screenshot(ui, u"deadletters-ko"_s);
    // A group's retry once statistics works again.
    test::repairStatistics(shop);
    QVERIFY(ui.click(StorefrontHarness::child(ui.item(u"group_2"_s), u"retryGroupButton"_s)));
    QTRY_VERIFY(!ui.item(u"group_2"_s));
    QTRY_COMPARE(test::deadLetters(shop).size(), 3);

    QVERIFY(ui.click(ui.item(u"alertsTab"_s)));
    QTRY_COMPARE(ui.items(u"alert_"_s).size(), 5);
    QTRY_VERIFY(rightOf(ui.item(u"alertsTitle"_s), ui.item(u"unreadBadge"_s)));
    screenshot(ui, u"alerts-ko"_s);
}

QTEST_MAIN(TestOpsPages)
#include "tst_opspages.moc"
