// The demo in the real admin window (offscreen, 1440×900) over a real Shop and DemoRun: the
// window signs in as the demo's administrator by itself and opens on the Faults section; the
// demo card is there with the existing service cards still in view below it; the shoppers'
// pace changes through the card (Pause, Resume, the slider); the staged faults are listed
// and "Open saga" shows the Balance failure's saga. When the demo's account already exists
// the window logs in with it instead. Without a demo nothing of this shows (the login tests
// and tst_adminclient run the same window without one).
// Saves screenshots into <build>/tests/ui/screenshots/ when SAGASHOP_SCREENSHOTS is set
// (language from SAGASHOP_LANGUAGE, "en" by default).

#include "DemoScenario.h"
#include "StorefrontHarness.h"
#include "common/TestServices.h"

#include "admin/AdminAccounts.h"
#include "demo/DemoRun.h"
#include "shop/Shop.h"
#include "ui/QmlSingletons.h"
#include "ui/admin/login/AdminSession.h"
#include "ui/demo/DemoController.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sagashop;
using test::StorefrontHarness;
using ui::DemoController;

namespace {

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

/// The window, the demo controller QML sees as `Demo`, and the run, torn down in the right
/// order: the controller lets go of the run before the run goes, the run before the Shop.
struct DemoWindow
{
    DemoController controller;
    std::unique_ptr<StorefrontHarness> harness;
    std::unique_ptr<demo::DemoRun> run;

    explicit DemoWindow(const QString &language)
    {
        ui::DemoSingleton::provide(&controller);
        harness = std::make_unique<StorefrontHarness>(language, QSize(1440, 900), StorefrontHarness::AdminUrl);
    }
    void startDemo(demo::DemoRun::Config config)
    {
        run = std::make_unique<demo::DemoRun>(harness->shop(), std::move(config));
        run->start();
        controller.setDemo(run.get());
    }
    ~DemoWindow()
    {
        controller.setDemo(nullptr);
        run.reset();
        harness.reset();
        ui::DemoSingleton::provide(nullptr);
    }
};

/// Whether `item` lies wholly inside the window.
bool onScreen(const StorefrontHarness &ui, const QQuickItem *item)
{
    if (!item)
        return false;
    const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return QRectF(QPointF(0, 0), ui.window()->size()).contains(r);
}

} // namespace

class TestDemoAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void signsInByItselfAndSteersTheDemoFromTheFaultsPage();
    void logsInWhenTheDemoAccountExists();
};

void TestDemoAdmin::signsInByItselfAndSteersTheDemoFromTheFaultsPage()
{
    const QString language = qEnvironmentVariable("SAGASHOP_LANGUAGE", u"en"_s);
    DemoWindow w(language);
    StorefrontHarness &ui = *w.harness;
    QVERIFY2(ui.isLoaded(), "the window did not load (see the QML warnings above)");
    // Screenshots show the real timetable (the first four faults within 15 s); the test
    // alone runs a quick one.
    const bool screenshots = !qEnvironmentVariableIsEmpty("SAGASHOP_SCREENSHOTS");
    auto config = test::quickDemo(5);
    config.script.cycleMs = 8'000; // a calm list while the test clicks
    if (screenshots)
        config.script = demo::DemoScript::standard();
    w.startDemo(config);

    // Signed in without typing, as the demo's administrator, on the Faults section.
    QTRY_VERIFY_WITH_TIMEOUT(ui.item(u"sectionRail"_s), 30'000);
    QVERIFY(StorefrontHarness::allText(ui.item(u"adminNameLabel"_s)).contains(DemoController::AdminName));
    QTRY_VERIFY(ui.item(u"faultsPage"_s));
    QQuickItem *card = ui.item(u"demoCard"_s);
    QVERIFY(card);
    QVERIFY(onScreen(ui, card));

    // The service cards are still in view below the demo card: the first row of them whole.
    QTRY_VERIFY(ui.item(u"faultCard_*"_s));
    QQuickItem *firstCard = ui.item(u"faultCard_*"_s);
    QVERIFY2(onScreen(ui, firstCard), qPrintable(u"%1 at y %2, %3 high"_s.arg(firstCard->objectName())
                                                     .arg(firstCard->mapToScene({0, 0}).y()).arg(firstCard->height())));
    QVERIFY(onScreen(ui, StorefrontHarness::child(firstCard, u"applyButton"_s)));

    // The tally and the staged faults fill in; the timetable counts down.
    QTRY_VERIFY_WITH_TIMEOUT(w.controller.firedFaults()->count() >= 4, 30'000);
    QTRY_VERIFY(ui.item(u"demoFired_3"_s));
    QTRY_VERIFY_WITH_TIMEOUT(w.controller.confirmed() >= 2, 20'000);
    QTRY_VERIFY(StorefrontHarness::allText(ui.item(u"demoFigure_confirmed"_s)).contains(QString::number(w.controller.confirmed())));
    QVERIFY(ui.item(u"demoScript_balance-failure"_s));
    QVERIFY(!StorefrontHarness::text(ui.item(u"demoNextFault"_s)).isEmpty());
    if (language == u"en"_s) {
        QVERIFY(StorefrontHarness::allText(card).contains(u"Balance failure"_s));
        QCOMPARE(StorefrontHarness::text(ui.item(u"demoRateText"_s)), u"5.0 checkouts/s"_s);
    }
    shoot(ui, u"admin-faults-demo-"_s + language);

    // The pace, through the card: Pause stops the shoppers, Resume brings them back.
    QVERIFY(ui.clickWhenReady(u"demoPauseButton"_s));
    QTRY_COMPARE(w.run->rate(), 0.0);
    QTRY_VERIFY(w.controller.isPaused());
    QVERIFY(ui.clickWhenReady(u"demoPauseButton"_s));
    QTRY_COMPARE(w.run->rate(), 5.0);
    // The slider: a click three quarters along is a faster pace (logarithmic: about 11/s).
    QQuickItem *slider = ui.item(u"demoRateSlider"_s);
    QVERIFY(slider);
    const QPointF at = slider->mapToScene(QPointF(slider->width() * 0.75, slider->height() / 2));
    QTest::mouseClick(ui.window(), Qt::LeftButton, Qt::NoModifier, at.toPoint());
    QTRY_VERIFY2(w.run->rate() > 8 && w.run->rate() < 16, qPrintable(QString::number(w.run->rate())));
    QCOMPARE(w.controller.rate(), w.run->rate());

    // "Open saga" on the Balance failure's row shows its saga.
    QString sagaId;
    QQuickItem *openButton = nullptr;
    for (QQuickItem *row : ui.items(u"demoFired_"_s)) {
        if (!row->property("sagaId").toString().isEmpty()) {
            sagaId = row->property("sagaId").toString();
            openButton = StorefrontHarness::child(row, u"demoOpenSagaButton"_s);
            break;
        }
    }
    QVERIFY2(openButton, "no staged fault with a saga is listed");
    QVERIFY(ui.click(openButton));
    QTRY_VERIFY(ui.item(u"sagaDetailPage"_s));
    QCOMPARE(ui.item(u"sagaDetailPage"_s)->property("sagaId").toString(), sagaId);
    QVERIFY(ui.clickWhenReady(u"sagaBackButton"_s));
    QTRY_VERIFY(ui.item(u"demoCard"_s));

    // Signing out shows the ordinary form: the automatic sign-in happens once.
    QVERIFY(ui.clickWhenReady(u"logOutButton"_s));
    QTRY_VERIFY(ui.item(u"adminLoginForm"_s));
    QVERIFY(!ui.item(u"adminDemoSigningIn"_s));
    QVERIFY(!ui.item(u"sectionRail"_s));
}

void TestDemoAdmin::logsInWhenTheDemoAccountExists()
{
    DemoWindow w(u"en"_s);
    StorefrontHarness &ui = *w.harness;
    QVERIFY(ui.isLoaded());
    // No demo yet: the ordinary first-run form, nothing of the demo.
    QTRY_VERIFY(ui.item(u"adminConfirmField"_s));
    QVERIFY(!ui.item(u"adminDemoSigningIn"_s));

    // The demo's administrator exists (a demo data directory used before): log in with it.
    const auto created = test::await(ui.shop().adminAccounts().createFirstAdmin(DemoController::AdminName,
                                                                                DemoController::AdminPassword));
    QVERIFY2(created.ok(), qPrintable(created.error));
    auto *session = ui.window()->findChild<ui::AdminSession *>();
    QVERIFY(session);
    session->refresh();
    QTRY_COMPARE(session->state(), ui::AdminSession::State::LoggedOut);
    QVERIFY(!ui.item(u"sectionRail"_s));

    w.startDemo(test::quickDemo(2));
    QTRY_VERIFY_WITH_TIMEOUT(ui.item(u"sectionRail"_s), 30'000);
    QCOMPARE(session->adminName(), DemoController::AdminName);
    QTRY_VERIFY(ui.item(u"demoCard"_s));
}

QTEST_MAIN(TestDemoAdmin)
#include "tst_demoadmin.moc"
