// The login page in a wrapper window over the real backend (offscreen, or under Xvfb for
// screenshots): first run sets the administrator up through the form and signs in; a wrong
// password says so and clears it; five wrong passwords lock the form with the countdown line.
// With SAGASHOP_LOGIN_SCREENSHOTS=<dir> it saves PNGs of the setup and locked states there.

#include "StorefrontHarness.h"
#include "common/TestServices.h"

#include "admin/AdminAccounts.h"
#include "ui/admin/login/AdminSession.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::test::StorefrontHarness;
using ui::AdminSession;

namespace {

const QString kName = u"root"_s;
const QString kPassword = u"correct horse"_s;

QString pageUrl()
{
    return QUrl::fromLocalFile(QStringLiteral(SAGASHOP_LOGIN_TEST_DIR) + u"/PageWindow.qml"_s).toString();
}

AdminSession *sessionOf(StorefrontHarness &ui)
{
    return ui.window() ? ui.window()->property("session").value<AdminSession *>() : nullptr;
}

void shoot(StorefrontHarness &ui, const QString &name)
{
    const QString dir = qEnvironmentVariable("SAGASHOP_LOGIN_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + u".png"_s);
    QVERIFY2(ui.saveScreenshot(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace

class TestLoginPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void firstRunSetsUpAndSignsIn_data();
    void firstRunSetsUpAndSignsIn();
    void aMismatchedConfirmationIsShown();
    void wrongPasswordsLockTheForm_data();
    void wrongPasswordsLockTheForm();
};

/// The text the page shows in `language` (the Korean translation ships with the app).
QString inLanguage(const QString &language, const QString &english, const QString &korean)
{
    return language == u"ko"_s ? korean : english;
}

void TestLoginPage::firstRunSetsUpAndSignsIn_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ko") << u"ko"_s;
}

void TestLoginPage::firstRunSetsUpAndSignsIn()
{
    QFETCH(QString, language);
    StorefrontHarness ui(language, {1440, 900}, pageUrl());
    QVERIFY2(ui.isLoaded(), "the page did not load (see the QML warnings above)");
    AdminSession *session = sessionOf(ui);
    QVERIFY(session);
    QTRY_COMPARE(session->state(), AdminSession::State::NeedsSetup);
    QVERIFY(ui.item(u"adminLoginPage"_s));
    QTRY_VERIFY(ui.item(u"adminConfirmField"_s));
    QCOMPARE(StorefrontHarness::text(ui.item(u"adminLoginTitle"_s)), inLanguage(language, u"Set the administrator password"_s, u"관리자 비밀번호 설정"_s));
    QTRY_VERIFY(ui.item(u"adminNameField"_s)->hasActiveFocus()); // ready to type

    ui.type(ui.item(u"adminNameField"_s), kName);
    ui.type(ui.item(u"adminPasswordField"_s), kPassword);
    ui.type(ui.item(u"adminConfirmField"_s), kPassword);
    QCOMPARE(StorefrontHarness::text(ui.item(u"adminPasswordField"_s)), kPassword); // (shown as dots)
    shoot(ui, u"login-setup-"_s + language);
    QVERIFY(ui.click(ui.item(u"adminLoginButton"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AdminSession::State::LoggedIn, 20'000);
    QCOMPARE(session->adminName(), kName);
    QTRY_VERIFY(ui.item(u"adminSignedIn"_s));
    QVERIFY(!ui.item(u"adminLoginForm"_s));
    QCOMPARE(test::valueOr(ui.shop().adminAccounts().accountCount(), qint64(-1)), 1);
}

void TestLoginPage::aMismatchedConfirmationIsShown()
{
    StorefrontHarness ui(u"en"_s, {1440, 900}, pageUrl());
    QVERIFY(ui.isLoaded());
    AdminSession *session = sessionOf(ui);
    QTRY_COMPARE(session->state(), AdminSession::State::NeedsSetup);
    ui.type(ui.item(u"adminNameField"_s), kName);
    ui.type(ui.item(u"adminPasswordField"_s), kPassword);
    ui.type(ui.item(u"adminConfirmField"_s), kPassword + u'x', true); // Enter submits
    QTRY_VERIFY(ui.item(u"adminLoginError"_s));
    QCOMPARE(StorefrontHarness::text(ui.item(u"adminLoginError"_s)),
             u"The two passwords do not match. Type the same password twice."_s);
    QCOMPARE(session->state(), AdminSession::State::NeedsSetup);
    QCOMPARE(test::valueOr(ui.shop().adminAccounts().accountCount(), qint64(-1)), 0);
}

void TestLoginPage::wrongPasswordsLockTheForm_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ko") << u"ko"_s;
}

void TestLoginPage::wrongPasswordsLockTheForm()
{
    QFETCH(QString, language);
    StorefrontHarness ui(language, {1440, 900}, pageUrl());
    QVERIFY(ui.isLoaded());
    AdminSession *session = sessionOf(ui);
    QTRY_COMPARE(session->state(), AdminSession::State::NeedsSetup);
    QVERIFY(test::await(ui.shop().adminAccounts().createFirstAdmin(kName, kPassword)).ok());
    session->refresh();
    QTRY_COMPARE(session->state(), AdminSession::State::LoggedOut);
    QTRY_VERIFY(!ui.item(u"adminConfirmField"_s));
    QCOMPARE(StorefrontHarness::text(ui.item(u"adminLoginTitle"_s)), inLanguage(language, u"Administrator sign-in"_s, u"관리자 로그인"_s));

    ui.type(ui.item(u"adminNameField"_s), kName);
    for (int i = 1; i <= admin::AdminAccounts::MaxFailedAttempts; ++i) {
        QTRY_VERIFY(ui.item(u"adminPasswordField"_s)->isEnabled());
        ui.type(ui.item(u"adminPasswordField"_s), u"wrong password"_s, true);
        QTRY_COMPARE_WITH_TIMEOUT(session->attemptsLeft(), admin::AdminAccounts::MaxFailedAttempts - i, 20'000);
        QTRY_VERIFY(!session->busy());
        // The refused password is cleared; the name stays.
        QCOMPARE(StorefrontHarness::text(ui.item(u"adminPasswordField"_s)), QString());
        QCOMPARE(StorefrontHarness::text(ui.item(u"adminNameField"_s)), kName);
        if (i == 2) {
            QCOMPARE(StorefrontHarness::text(ui.item(u"adminLoginError"_s)),
                     inLanguage(language, u"The name or the password is wrong."_s, u"이름 또는 비밀번호가 올바르지 않아요."_s));
            QCOMPARE(StorefrontHarness::text(ui.item(u"adminAttemptsLeft"_s)),
                     inLanguage(language, u"Attempts left before a one-minute lock: 3"_s, u"1분 잠금까지 남은 시도 횟수: 3"_s));
            shoot(ui, u"login-wrong-"_s + language);
        }
    }
    QTRY_VERIFY(ui.item(u"adminLockNotice"_s));
    const QString lockText = StorefrontHarness::text(ui.item(u"adminLockText"_s));
    if (language == u"en"_s)
        QVERIFY2(lockText.startsWith(u"Locked for "_s) && lockText.endsWith(u" s after 5 failed attempts"_s), qPrintable(lockText));
    else
        QVERIFY2(lockText.startsWith(u"5회 실패하여 "_s) && lockText.endsWith(u"초 동안 잠겼어요"_s), qPrintable(lockText));
    QVERIFY(!ui.item(u"adminLoginError"_s));
    // Even with the right password typed the button stays disabled.
    ui.type(ui.item(u"adminPasswordField"_s), kPassword);
    QVERIFY(!ui.item(u"adminLoginButton"_s)->isEnabled());
    QVERIFY(!ui.click(ui.item(u"adminLoginButton"_s)));
    // The countdown moves on its own (one tick, about a second).
    const QString before = StorefrontHarness::text(ui.item(u"adminLockText"_s));
    QTRY_VERIFY(StorefrontHarness::text(ui.item(u"adminLockText"_s)) != before);
    shoot(ui, u"login-locked-"_s + language);
}

QTEST_MAIN(TestLoginPage)
#include "tst_loginpage.moc"
