// AdminSession against the real backend: the first check (NeedsSetup / LoggedOut), setup with
// its local checks (a confirmation mismatch sends nothing), sign-in, wrong passwords, the
// lockout countdown (a test clock moves it), sign-out and a setup that lost a race.

#include "UiTestShop.h"
#include "common/TestServices.h"

#include "admin/AdminAccounts.h"
#include "ui/admin/login/AdminSession.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace sagashop;
using admin::AdminAccounts;
using test::await;
using ui::AdminSession;

namespace {

const QString kName = u"root"_s;
const QString kPassword = u"correct horse battery"_s;

qint64 commandsOf(test::UiTestShop &shop)
{
    return shop.shop().adminAccounts().stats().commands;
}

qint64 accountCount(test::UiTestShop &shop)
{
    return test::valueOr(shop.shop().adminAccounts().accountCount(), qint64(-1));
}

void createAdmin(test::UiTestShop &shop)
{
    const auto created = await(shop.shop().adminAccounts().createFirstAdmin(kName, kPassword));
    QVERIFY2(created.ok(), qPrintable(created.error));
}

} // namespace

class TestAdminSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void withoutBackendItIsChecking();
    void firstRunNeedsSetup();
    void anExistingAdministratorMeansLoggedOut();
    void setUpCreatesTheAdministratorAndSignsIn();
    void aConfirmationMismatchSendsNothing();
    void badSetupInputSendsNothing_data();
    void badSetupInputSendsNothing();
    void theRightPasswordSignsInAndLogOutSignsOut();
    void aWrongPasswordSaysSoAndCountsAttempts();
    void emptyCredentialsSendNothing();
    void fiveFailuresLockWithALiveCountdown();
    void aSetupThatLostTheRaceAsksToSignIn();
};

void TestAdminSession::withoutBackendItIsChecking()
{
    AdminSession session;
    QCOMPARE(session.state(), AdminSession::State::Checking);
    QCOMPARE(session.maxAttempts(), 5);
    QCOMPARE(session.attemptsLeft(), 5);
    QCOMPARE(session.lockedSeconds(), 0);
    session.logIn(kName, kPassword); // no backend: nothing happens, nothing breaks
    session.setUp(kName, kPassword, kPassword);
    QVERIFY(!session.busy());
    QCOMPARE(session.state(), AdminSession::State::Checking);
}

void TestAdminSession::firstRunNeedsSetup()
{
    test::UiTestShop shop;
    AdminSession session;
    QSignalSpy states(&session, &AdminSession::stateChanged);
    QSignalSpy busy(&session, &AdminSession::busyChanged);
    QVERIFY(states.isValid() && busy.isValid());
    session.setBackend(&shop.backend());
    QVERIFY(session.busy()); // asking the backend
    QTRY_COMPARE(session.state(), AdminSession::State::NeedsSetup);
    QVERIFY(!session.busy());
    QCOMPARE(states.count(), 1);
    QCOMPARE(busy.count(), 2);
    QVERIFY(session.error().isEmpty());
    // Logging in makes no sense before setup: ignored.
    const qint64 commands = commandsOf(shop);
    session.logIn(kName, kPassword);
    QVERIFY(!session.busy());
    QCOMPARE(commandsOf(shop), commands);
}

void TestAdminSession::anExistingAdministratorMeansLoggedOut()
{
    test::UiTestShop shop;
    createAdmin(shop);
    AdminSession session;
    session.setBackend(&shop.backend());
    QTRY_COMPARE(session.state(), AdminSession::State::LoggedOut);
    QVERIFY(session.adminName().isEmpty());
}

void TestAdminSession::setUpCreatesTheAdministratorAndSignsIn()
{
    test::UiTestShop shop;
    AdminSession session;
    session.setBackend(&shop.backend());
    QTRY_COMPARE(session.state(), AdminSession::State::NeedsSetup);
    QSignalSpy loggedIn(&session, &AdminSession::loggedIn);
    QSignalSpy named(&session, &AdminSession::adminNameChanged);
    QVERIFY(loggedIn.isValid() && named.isValid());
    session.setUp(u"  root "_s, kPassword, kPassword);
    QVERIFY(session.busy());
    session.setUp(u"other"_s, kPassword, kPassword); // while busy: ignored
    QVERIFY(loggedIn.wait(20'000));
    QCOMPARE(session.state(), AdminSession::State::LoggedIn);
    QCOMPARE(session.adminName(), kName);
    QCOMPARE(named.count(), 1);
    QVERIFY(!session.busy());
    QVERIFY(session.error().isEmpty());
    QCOMPARE(accountCount(shop), 1);
    QCOMPARE(await(shop.shop().adminAccounts().logIn(kName, kPassword)).value->status,
             admin::LoginResult::Status::Ok);
}

void TestAdminSession::aConfirmationMismatchSendsNothing()
{
    test::UiTestShop shop;
    AdminSession session;
    session.setBackend(&shop.backend());
    QTRY_COMPARE(session.state(), AdminSession::State::NeedsSetup);
    QSignalSpy errors(&session, &AdminSession::errorChanged);
    QVERIFY(errors.isValid());
    const qint64 commands = commandsOf(shop);
    session.setUp(kName, kPassword, kPassword + u'!');
    QCOMPARE(errors.count(), 1);
    QCOMPARE(session.error(), u"The two passwords do not match. Type the same password twice."_s);
    QVERIFY(!session.busy());
    QCOMPARE(session.state(), AdminSession::State::NeedsSetup);
    QCOMPARE(commandsOf(shop), commands);
    QCOMPARE(accountCount(shop), 0);
    // Corrected: the error goes, the administrator is created.
    session.setUp(kName, kPassword, kPassword);
    QVERIFY(session.error().isEmpty());
    QTRY_COMPARE(session.state(), AdminSession::State::LoggedIn);
}

void TestAdminSession::badSetupInputSendsNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty name") << u"  "_s << kPassword << u"Enter a name for the administrator."_s;
    QTest::newRow("33 characters") << QString(33, u'a') << kPassword << u"The name may have at most 32 characters."_s;
    QTest::newRow("short password") << kName << u"1234567"_s << u"The password must have at least 8 characters."_s;
}

void TestAdminSession::badSetupInputSendsNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, error);
    test::UiTestShop shop;
    AdminSession session;
    session.setBackend(&shop.backend());
    QTRY_COMPARE(session.state(), AdminSession::State::NeedsSetup);
    const qint64 commands = commandsOf(shop);
    session.setUp(name, password, password);
    QCOMPARE(session.error(), error);
    QVERIFY(!session.busy());
    QCOMPARE(commandsOf(shop), commands);
}

void TestAdminSession::theRightPasswordSignsInAndLogOutSignsOut()
{
    test::UiTestShop shop;
    createAdmin(shop);
    AdminSession session;
    session.setBackend(&shop.backend());
    QTRY_COMPARE(session.state(), AdminSession::State::LoggedOut);
    QSignalSpy loggedIn(&session, &AdminSession::loggedIn);
    QSignalSpy states(&session, &AdminSession::stateChanged);
    QVERIFY(loggedIn.isValid() && states.isValid());
    session.logIn(kName, kPassword);
    QVERIFY(session.busy());
    QVERIFY(loggedIn.wait(20'000));
    QCOMPARE(session.state(), AdminSession::State::LoggedIn);
    QCOMPARE(session.adminName(), kName);
    QCOMPARE(states.count(), 1);
    session.logOut();
    QCOMPARE(session.state(), AdminSession::State::LoggedOut);
    QVERIFY(session.adminName().isEmpty());
    QCOMPARE(states.count(), 2);
    session.logOut(); // twice: nothing more
    QCOMPARE(states.count(), 2);
}

void TestAdminSession::aWrongPasswordSaysSoAndCountsAttempts()
{
    test::UiTestShop shop;
    createAdmin(shop);
    AdminSession session;
    session.setBackend(&shop.backend());
    QTRY_COMPARE(session.state(), AdminSession::State::LoggedOut);
    QSignalSpy refused(&session, &AdminSession::loginRefused);
    QSignalSpy attempts(&session, &AdminSession::attemptsLeftChanged);
    QVERIFY(refused.isValid() && attempts.isValid());
    session.logIn(kName, u"wrong password"_s);
    QVERIFY(refused.wait(20'000));
    QCOMPARE(session.state(), AdminSession::State::LoggedOut);
    QCOMPARE(session.error(), u"The name or the password is wrong."_s);
    QCOMPARE(session.attemptsLeft(), 4);
    QCOMPARE(attempts.count(), 1);
    // An unknown name reads exactly the same.
    session.logIn(u"nobody"_s, u"wrong password"_s);
    QVERIFY(refused.wait(20'000));
    QCOMPARE(session.error(), u"The name or the password is wrong."_s);
    QCOMPARE(session.attemptsLeft(), 4);
    // The next try clears the error while it is on its way; success resets the count.
    session.logIn(kName, kPassword);
    QVERIFY(session.error().isEmpty());
    QTRY_COMPARE(session.state(), AdminSession::State::LoggedIn);
    QCOMPARE(session.attemptsLeft(), 5);
}

void TestAdminSession::emptyCredentialsSendNothing()
{
    test::UiTestShop shop;
    createAdmin(shop);
    AdminSession session;
    session.setBackend(&shop.backend());
    QTRY_COMPARE(session.state(), AdminSession::State::LoggedOut);
    const qint64 commands = commandsOf(shop);
    session.logIn(u" "_s, kPassword);
    QCOMPARE(session.error(), u"Enter your name and your password."_s);
    session.logIn(kName, QString());
    QCOMPARE(session.error(), u"Enter your name and your password."_s);
    QVERIFY(!session.busy());
    QCOMPARE(commandsOf(shop), commands);
    QCOMPARE(session.attemptsLeft(), 5); // not a failed attempt
}

void TestAdminSession::fiveFailuresLockWithALiveCountdown()
{
    test::UiTestShop shop;
    createAdmin(shop);
    AdminSession session;
    std::atomic<qint64> clock{1'000'000};
    session.setClockForTesting([&clock] { return clock.load(); });
    session.setBackend(&shop.backend());
    QTRY_COMPARE(session.state(), AdminSession::State::LoggedOut);
    QSignalSpy refused(&session, &AdminSession::loginRefused);
    QSignalSpy seconds(&session, &AdminSession::lockedSecondsChanged);
    QVERIFY(refused.isValid() && seconds.isValid());
    for (int i = 1; i <= 5; ++i) {
        session.logIn(kName, u"wrong password"_s);
        QVERIFY(refused.wait(20'000));
        QCOMPARE(refused.count(), i);
    }
    QCOMPARE(session.attemptsLeft(), 0);
    QCOMPARE(session.lockedSeconds(), 60);
    QVERIFY(session.error().isEmpty()); // the lock line says it all
    QCOMPARE(session.state(), AdminSession::State::LoggedOut);

    // While locked nothing is sent, not even the right password.
    const qint64 commands = commandsOf(shop);
    session.logIn(kName, kPassword);
    QVERIFY(!session.busy());
    QCOMPARE(commandsOf(shop), commands);

    // The countdown follows the clock, once a second.
    clock += 3'000;
    QTRY_COMPARE(session.lockedSeconds(), 57);
    clock += 56'500;
    QTRY_COMPARE(session.lockedSeconds(), 1);
    clock += 500;
    QTRY_COMPARE(session.lockedSeconds(), 0);
    QCOMPARE(session.attemptsLeft(), 5);
    const int ticks = seconds.count();
    QTest::qWait(1'200); // no tick after the end (a negative check needs some wall time)
    QCOMPARE(seconds.count(), ticks);

    // The service decides: its own (wall) clock still holds the lock, so it answers Locked
    // again and the countdown restarts from what the service says is left.
    session.logIn(kName, kPassword);
    QVERIFY(refused.wait(20'000));
    QCOMPARE(session.state(), AdminSession::State::LoggedOut);
    QVERIFY2(session.lockedSeconds() > 0 && session.lockedSeconds() <= 60, qPrintable(QString::number(session.lockedSeconds())));
}

void TestAdminSession::aSetupThatLostTheRaceAsksToSignIn()
{
    test::UiTestShop shop;
    AdminSession first, second;
    first.setBackend(&shop.backend());
    second.setBackend(&shop.backend());
    QTRY_COMPARE(first.state(), AdminSession::State::NeedsSetup);
    QTRY_COMPARE(second.state(), AdminSession::State::NeedsSetup);
    first.setUp(kName, kPassword, kPassword);
    QTRY_COMPARE(first.state(), AdminSession::State::LoggedIn);
    second.setUp(u"mallory"_s, u"another password"_s, u"another password"_s);
    QTRY_COMPARE(second.state(), AdminSession::State::LoggedOut);
    QCOMPARE(second.error(), u"An administrator has already been set up. Sign in with that name and password."_s);
    QVERIFY(second.adminName().isEmpty());
    QCOMPARE(accountCount(shop), 1);
}

QTEST_GUILESS_MAIN(TestAdminSession)
#include "tst_adminsession.moc"
