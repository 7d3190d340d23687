// Session against the real backend: charging (valid input reaches the Balance service,
// invalid input never does), the persisted user, and the live balance.

#include "UiTestShop.h"
#include "common/TestServices.h"
#include "services/balance/BalanceService.h"
#include "ui/session/Session.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using test::await;
using ui::Session;

namespace {

qint64 chargedTotal(test::UiTestShop &shop)
{
    const auto outcome = await(shop.shop().balances().chargedTotal());
    return outcome.value.value_or(-1);
}

qint64 balanceOf(test::UiTestShop &shop, qint64 userId)
{
    return await(shop.shop().balances().balance(userId)).value.value_or(-1);
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void startsWithUserOneAndItsName();
    void chargeUpdatesTheBalance();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void aSecondChargeWhileBusyIsIgnored();
    void backendRefusalBecomesAPlainSentence();
    void clearChargeError();
    void userIdIsPersisted();
    void balanceIsLiveForChargesMadeElsewhere();
    void balanceIgnoresOtherUsers();
    void switchingUserShowsTheirBalance();
};

void TestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings stay out of the user's files
}

void TestSession::init()
{
    QSettings().remove(u"session/userId"_s);
}

void TestSession::startsWithUserOneAndItsName()
{
    test::UiTestShop shop;
    Session session;
    QCOMPARE(session.userId(), 1);
    QSignalSpy named(&session, &Session::userNameChanged);
    QVERIFY(named.isValid());
    session.setBackend(&shop.backend());
    QTRY_COMPARE(session.userName(), u"김민준 (Minjun Kim)"_s);
    QCOMPARE(session.balance(), 0);
    QCOMPARE(session.balanceText(), u"₩0"_s);
    QVERIFY(!session.busy());
}

void TestSession::chargeUpdatesTheBalance()
{
    test::UiTestShop shop;
    Session session;
    session.setBackend(&shop.backend());
    QTRY_VERIFY(!session.userName().isEmpty());

    QSignalSpy charged(&session, &Session::charged);
    QSignalSpy balance(&session, &Session::balanceChanged);
    QSignalSpy busy(&session, &Session::busyChanged);
    QVERIFY(charged.isValid());
    QVERIFY(balance.isValid());
    QVERIFY(busy.isValid());

    session.charge(u"₩50,000"_s);
    // (The answer may come back before charge() returns: a continuation of a finished
    // future runs at once. Hence QTRY_* rather than spy.wait() throughout.)
    QTRY_COMPARE(charged.count(), 1);
    QCOMPARE(charged.first().first().toLongLong(), 50'000);
    QCOMPARE(session.balance(), 50'000);
    QCOMPARE(session.balanceText(), u"₩50,000"_s);
    QVERIFY(session.chargeError().isEmpty());
    QVERIFY(!session.busy());
    QCOMPARE(busy.count(), 2); // on, off
    QCOMPARE(balanceOf(shop, 1), 50'000);
    QCOMPARE(chargedTotal(shop), 50'000);

    session.charge(u"1,000원"_s);
    QTRY_COMPARE(charged.count(), 2);
    QCOMPARE(session.balance(), 51'000);
}

void TestSession::invalidInputSendsNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString() << u"Enter an amount."_s;
    QTest::newRow("letters") << u"abc"_s << u"Use whole won, digits only."_s;
    QTest::newRow("decimal") << u"1.5"_s << u"Use whole won, digits only."_s;
    QTest::newRow("negative") << u"-100"_s << u"Amounts cannot be negative."_s;
    QTest::newRow("zero") << u"0"_s << u"The amount must be at least ₩1."_s;
    QTest::newRow("over the limit") << u"10000001"_s << u"At most ₩10,000,000 per charge."_s;
    QTest::newRow("overflow") << u"99999999999999999999"_s << u"At most ₩10,000,000 per charge."_s;
}

void TestSession::invalidInputSendsNothing()
{
    QFETCH(QString, text);
    QFETCH(QString, error);

    test::UiTestShop shop;
    Session session;
    session.setBackend(&shop.backend());
    QTRY_VERIFY(!session.userName().isEmpty());
    QSignalSpy charged(&session, &Session::charged);
    QSignalSpy errors(&session, &Session::chargeErrorChanged);
    QVERIFY(charged.isValid());
    QVERIFY(errors.isValid());

    session.charge(text);
    QCOMPARE(session.chargeError(), error);
    QCOMPARE(errors.count(), 1);
    QVERIFY(!session.busy());

    // A valid charge afterwards: the service runs commands in order, so had the invalid one
    // been sent it would show in the total before this one.
    session.charge(u"1,234"_s);
    QVERIFY(session.chargeError().isEmpty()); // a new attempt clears the old complaint
    QTRY_COMPARE(charged.count(), 1);
    QCOMPARE(charged.count(), 1);
    QCOMPARE(chargedTotal(shop), 1'234);
    QCOMPARE(balanceOf(shop, 1), 1'234);
}

void TestSession::aSecondChargeWhileBusyIsIgnored()
{
    test::UiTestShop shop;
    Session session;
    session.setBackend(&shop.backend());
    QSignalSpy charged(&session, &Session::charged);
    QVERIFY(charged.isValid());

    session.charge(u"1000"_s);
    session.charge(u"2000"_s); // a double click
    QTRY_COMPARE(charged.count(), 1);
    QCOMPARE(chargedTotal(shop), 1'000);
    QCOMPARE(session.balance(), 1'000);
    QCOMPARE(charged.count(), 1);
}

void TestSession::backendRefusalBecomesAPlainSentence()
{
    test::UiTestShop shop;
    Session session;
    session.setBackend(&shop.backend());
    session.setUserId(999); // no such user
    QSignalSpy errors(&session, &Session::chargeErrorChanged);
    QSignalSpy charged(&session, &Session::charged);
    QVERIFY(errors.isValid());
    QVERIFY(charged.isValid());

    session.charge(u"5,000"_s);
    QTRY_COMPARE(errors.count(), 1);
    QCOMPARE(session.chargeError(), u"This user no longer exists. Choose another user."_s);
    QVERIFY(!session.chargeError().contains(u'['));
    QVERIFY(!session.busy());
    QCOMPARE(charged.count(), 0);
    QCOMPARE(chargedTotal(shop), 0);
}

void TestSession::clearChargeError()
{
    Session session;
    QSignalSpy errors(&session, &Session::chargeErrorChanged);
    QVERIFY(errors.isValid());
    session.charge(u"abc"_s);
    QCOMPARE(errors.count(), 1);
    session.clearChargeError();
    QVERIFY(session.chargeError().isEmpty());
    QCOMPARE(errors.count(), 2);
    session.clearChargeError(); // nothing to clear: no signal
    QCOMPARE(errors.count(), 2);
}

void TestSession::userIdIsPersisted()
{
    test::UiTestShop shop;
    {
        Session first;
        QSignalSpy changed(&first, &Session::userIdChanged);
        QVERIFY(changed.isValid());
        first.setUserId(3);
        first.setUserId(3); // unchanged: no second signal
        first.setUserId(0); // not a user: ignored
        QCOMPARE(changed.count(), 1);
        QCOMPARE(first.userId(), 3);
    }
    Session second; // as after a restart
    QCOMPARE(second.userId(), 3);
    second.setBackend(&shop.backend());
    QTRY_COMPARE(second.userName(), u"Emma Wilson"_s);
}

void TestSession::balanceIsLiveForChargesMadeElsewhere()
{
    test::UiTestShop shop;
    Session session;
    session.setBackend(&shop.backend());
    QTRY_VERIFY(!session.userName().isEmpty());
    QSignalSpy balance(&session, &Session::balanceChanged);
    QVERIFY(balance.isValid());

    shop.charge(1, 7'000); // straight to the Balance service, not through the Session
    QTRY_COMPARE(session.balance(), 7'000);
    QCOMPARE(session.balanceText(), u"₩7,000"_s);
    QCOMPARE(balance.count(), 1);

    shop.charge(1, 3'000);
    QTRY_COMPARE(session.balance(), 10'000);
}

void TestSession::balanceIgnoresOtherUsers()
{
    test::UiTestShop shop;
    Session session;
    session.setBackend(&shop.backend());
    QTRY_VERIFY(!session.userName().isEmpty());
    QSignalSpy balance(&session, &Session::balanceChanged);
    QVERIFY(balance.isValid());

    shop.charge(2, 5'000);
    shop.charge(1, 1'000); // then one for this user: by the time it shows, user 2's is in too
    QTRY_COMPARE(session.balance(), 1'000);
    QCOMPARE(balance.count(), 1);
}

void TestSession::switchingUserShowsTheirBalance()
{
    test::UiTestShop shop;
    shop.charge(2, 25'000);
    Session session;
    session.setBackend(&shop.backend());
    QTRY_VERIFY(!session.userName().isEmpty());
    session.setUserId(2);
    QTRY_COMPARE(session.balance(), 25'000);
    QTRY_COMPARE(session.userName(), u"이서연 (Seoyeon Lee)"_s);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
