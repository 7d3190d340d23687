// The admin accounts service (AdminAccounts, service "admin", admin.db): first-run setup,
// PBKDF2-SHA256 hashes as stored, wrong and unknown credentials, the 5-failure lockout with an
// injected clock, the lock surviving a restart of the Shop, and bad input.

#include "common/TestServices.h"
#include "common/TestSupport.h"

#include "admin/AdminAccounts.h"
#include "admin/PasswordHash.h"
#include "bus/EventBus.h"
#include "services/DomainError.h"
#include "shop/Shop.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sagashop;
using admin::AdminAccounts;
using admin::LoginResult;
using admin::PasswordHash;
using services::DomainError;
using test::await;

Q_DECLARE_METATYPE(LoginResult::Status)

namespace {

const QString kName = u"root"_s;
const QString kPassword = u"correct horse battery"_s;
constexpr qint64 kStart = 1'800'000'000'000; // an arbitrary instant of the injected clock

/// The admin service alone on the bus, on its own data directory, with a clock the test moves.
struct Accounts
{
    explicit Accounts(const QString &dir)
    {
        bus::ServiceConfig config = test::serviceConfig(dir, AdminAccounts::Name);
        service = std::make_unique<AdminAccounts>(config, admin::AdminAccountsConfig{[this] { return now.load(); }});
        bus.addService(*service);
        bus.start();
    }
    ~Accounts() { bus.stop(); }

    LoginResult logIn(const QString &name, const QString &password)
    {
        const auto outcome = await(service->logIn(name, password));
        if (!outcome.ok())
            qWarning() << "logIn failed:" << outcome.error;
        return outcome.value.value_or(LoginResult{});
    }
    QString setUp(const QString &name = kName, const QString &password = kPassword)
    {
        return await(service->createFirstAdmin(name, password)).error;
    }

    std::atomic<qint64> now{kStart};
    std::unique_ptr<AdminAccounts> service;
    bus::EventBus bus;
};

struct Row
{
    QString name;
    QByteArray salt, hash;
    int iterations = 0;
    qint64 createdAt = 0, failed = 0, lockedUntil = 0, lastLoginAt = 0;
};

std::optional<Row> adminRow(bus::Service &service, const QString &name)
{
    const auto outcome = await(service.read<std::optional<Row>>([name](storage::Database &db) -> std::optional<Row> {
        QSqlQuery &q = db.prepared(u"SELECT name, salt, hash, iterations, created_at, failed_attempts, locked_until,"
                                   " last_login_at FROM admins WHERE name = ?"_s);
        q.addBindValue(name);
        db.exec(q);
        std::optional<Row> row;
        if (q.next())
            row = Row{q.value(0).toString(),     q.value(1).toByteArray(),  q.value(2).toByteArray(),
                      q.value(3).toInt(),        q.value(4).toLongLong(),   q.value(5).toLongLong(),
                      q.value(6).toLongLong(),   q.value(7).toLongLong()};
        q.finish();
        return row;
    }));
    return outcome.value.value_or(std::nullopt);
}

qint64 accountCount(AdminAccounts &service)
{
    return test::valueOr(service.accountCount(), qint64(-1));
}

QString describe(const LoginResult &r)
{
    static const char *names[] = {"Ok", "WrongCredentials", "Locked"};
    return u"%1 attemptsLeft=%2 lockedFor=%3"_s.arg(QLatin1StringView(names[int(r.status)]))
        .arg(r.attemptsLeft)
        .arg(r.lockedForMs);
}

} // namespace

class TestAdminAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pbkdf2MatchesTheStandardVectors();
    void constantTimeEquals();
    void firstSetupCreatesTheAdministrator();
    void aSecondSetupIsRefused();
    void theStoredHashIsPbkdf2NotThePassword();
    void twoSetupsWithTheSamePasswordDiffer();
    void theRightPasswordSignsIn();
    void aWrongPasswordIsRefusedAndCounted();
    void anUnknownNameAnswersLikeAWrongPassword();
    void fiveFailuresLock();
    void lockedRefusesEvenTheRightPasswordWithoutExtendingTheLock();
    void afterSixtySecondsTheRightPasswordWorks();
    void aSuccessResetsTheCounter();
    void theLockSurvivesARestartOfTheShop();
    void badInputIsRefusedWithASentence_data();
    void badInputIsRefusedWithASentence();
    void limitsAreInclusive();
    void shopOwnsTheAdminService();
    void hashCost();
};

void TestAdminAccounts::pbkdf2MatchesTheStandardVectors()
{
    // PBKDF2-HMAC-SHA256 test vectors (RFC 7914 §11 and the widely published c = 1, 2, 4096).
    const QByteArray salt = "salt";
    QCOMPARE(PasswordHash::derive(u"password"_s, salt, 1).toHex(),
             QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"));
    QCOMPARE(PasswordHash::derive(u"password"_s, salt, 2).toHex(),
             QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"));
    QCOMPARE(PasswordHash::derive(u"password"_s, salt, 4096).toHex(),
             QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"));
    QCOMPARE(PasswordHash::derive(u"passwd"_s, "salt", 1).size(), PasswordHash::KeyBytes);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PasswordHash::derive(u"x"_s, {}, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PasswordHash::derive(u"x"_s, salt, 0));
    const QByteArray a = PasswordHash::newSalt(), b = PasswordHash::newSalt();
    QCOMPARE(a.size(), PasswordHash::SaltBytes);
    QVERIFY(a != b);
}

void TestAdminAccounts::constantTimeEquals()
{
    QVERIFY(PasswordHash::constantTimeEquals("abc", "abc"));
    QVERIFY(PasswordHash::constantTimeEquals({}, {}));
    QVERIFY(!PasswordHash::constantTimeEquals("abc", "abd"));
    QVERIFY(!PasswordHash::constantTimeEquals("abc", "ab"));
    QVERIFY(!PasswordHash::constantTimeEquals("\x01xx", "\x00xx"));
}

void TestAdminAccounts::firstSetupCreatesTheAdministrator()
{
    test::TempDataDir dir;
    Accounts accounts(dir.path());
    QCOMPARE(accountCount(*accounts.service), 0);
    const auto created = await(accounts.service->createFirstAdmin(u"  root  "_s, kPassword));
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(*created.value, kName); // trimmed
    QCOMPARE(accountCount(*accounts.service), 1);
    const std::optional<Row> row = adminRow(*accounts.service, kName);
    QVERIFY(row);
    QCOMPARE(row->createdAt, kStart);
    QCOMPARE(row->failed, 0);
    QCOMPARE(row->lockedUntil, 0);
    QCOMPARE(row->lastLoginAt, 0);
}

void TestAdminAccounts::aSecondSetupIsRefused()
{
    test::TempDataDir dir;
    Accounts accounts(dir.path());
    QCOMPARE(accounts.setUp(), QString());
    const QString error = accounts.setUp(u"mallory"_s, u"another password"_s);
    QCOMPARE(DomainError::codeOf(error), u"already_set_up"_s);
    QVERIFY2(DomainError::messageOf(error).contains(u"already been set up"_s), qPrintable(error));
    QCOMPARE(accountCount(*accounts.service), 1);
    QVERIFY(!adminRow(*accounts.service, u"mallory"_s));
    QCOMPARE(accounts.logIn(kName, kPassword).status, LoginResult::Status::Ok); // the first one stands
}

void TestAdminAccounts::theStoredHashIsPbkdf2NotThePassword()
{
    test::TempDataDir dir;
    Accounts accounts(dir.path());
    QCOMPARE(accounts.setUp(), QString());
    const std::optional<Row> row = adminRow(*accounts.service, kName);
    QVERIFY(row);
    QVERIFY(row->iterations >= 100'000);
    QCOMPARE(row->iterations, PasswordHash::Iterations);
    QCOMPARE(row->salt.size(), 16);
    QCOMPARE(row->hash.size(), 32);
    QVERIFY(row->hash != kPassword.toUtf8());
    QVERIFY(!row->hash.contains(kPassword.toUtf8()) && !row->salt.contains(kPassword.toUtf8()));
    // What is stored is exactly PBKDF2-SHA256(password, salt, iterations).
    QCOMPARE(row->hash, PasswordHash::derive(kPassword, row->salt, row->iterations));
    QVERIFY(row->hash != PasswordHash::derive(u"correct horse batterY"_s, row->salt, row->iterations));
}

void TestAdminAccounts::twoSetupsWithTheSamePasswordDiffer()
{
    test::TempDataDir dirA, dirB;
    Accounts a(dirA.path());
    Accounts b(dirB.path());
    QCOMPARE(a.setUp(), QString());
    QCOMPARE(b.setUp(), QString());
    const std::optional<Row> rowA = adminRow(*a.service, kName), rowB = adminRow(*b.service, kName);
    QVERIFY(rowA && rowB);
    QVERIFY(rowA->salt != rowB->salt);
    QVERIFY(rowA->hash != rowB->hash);
}

void TestAdminAccounts::theRightPasswordSignsIn()
{
    test::TempDataDir dir;
    Accounts accounts(dir.path());
    QCOMPARE(accounts.setUp(), QString());
    accounts.now += 5'000;
    const LoginResult result = accounts.logIn(u" root "_s, kPassword); // the name is trimmed
    QCOMPARE(result.status, LoginResult::Status::Ok);
    QCOMPARE(result.name, kName);
    QCOMPARE(result.attemptsLeft, AdminAccounts::MaxFailedAttempts);
    QCOMPARE(adminRow(*accounts.service, kName)->lastLoginAt, kStart + 5'000);
    // Names are exact: another case is another (unknown) name.
    QCOMPARE(accounts.logIn(u"Root"_s, kPassword).status, LoginResult::Status::WrongCredentials);
}

void TestAdminAccounts::aWrongPasswordIsRefusedAndCounted()
{
    test::TempDataDir dir;
    Accounts accounts(dir.path());
    QCOMPARE(accounts.setUp(), QString());
    const LoginResult result = accounts.logIn(kName, u"correct horse batterY"_s);
    QCOMPARE(result.status, LoginResult::Status::WrongCredentials);
    QCOMPARE(result.attemptsLeft, 4);
    QVERIFY(result.name.isEmpty());
    QCOMPARE(adminRow(*accounts.service, kName)->failed, 1); // committed, not rolled back
    QCOMPARE(adminRow(*accounts.service, kName)->lastLoginAt, 0);
    QCOMPARE(accounts.logIn(kName, QString()).status, LoginResult::Status::WrongCredentials);
    QCOMPARE(adminRow(*accounts.service, kName)->failed, 2);
}

void TestAdminAccounts::anUnknownNameAnswersLikeAWrongPassword()
{
    test::TempDataDir dir;
    Accounts accounts(dir.path());
    QCOMPARE(accounts.setUp(), QString());
    // The same sequence for a wrong password and for a name nobody has: the same answers,
    // all the way into the lock and out of it.
    for (int i = 1; i <= AdminAccounts::MaxFailedAttempts + 1; ++i) {
        const LoginResult known = accounts.logIn(kName, u"wrong password"_s);
        const LoginResult unknown = accounts.logIn(u"nobody"_s, u"wrong password"_s);
        QCOMPARE(describe(unknown), describe(known));
        QCOMPARE(unknown.lockedUntilMs, known.lockedUntilMs);
        QCOMPARE(unknown.name, known.name);
    }
    accounts.now += AdminAccounts::LockMs;
    QCOMPARE(describe(accounts.logIn(u"nobody"_s, u"wrong password"_s)), describe(accounts.logIn(kName, u"wrong password"_s)));
    QCOMPARE(accountCount(*accounts.service), 1); // an unknown name never becomes an account
}

void TestAdminAccounts::fiveFailuresLock()
{
    test::TempDataDir dir;
    Accounts accounts(dir.path());
    QCOMPARE(accounts.setUp(), QString());
    for (int left = 4; left >= 1; --left) {
        const LoginResult r = accounts.logIn(kName, u"guess %1"_s.arg(left));
        QCOMPARE(r.status, LoginResult::Status::WrongCredentials);
        QCOMPARE(r.attemptsLeft, left);
        accounts.now += 1'000;
    }
    const LoginResult fifth = accounts.logIn(kName, u"guess 0"_s);
    QCOMPARE(describe(fifth), u"Locked attemptsLeft=0 lockedFor=60000"_s);
    QCOMPARE(fifth.lockedUntilMs, accounts.now.load() + AdminAccounts::LockMs);
    const std::optional<Row> row = adminRow(*accounts.service, kName);
    QCOMPARE(row->failed, 5);
    QCOMPARE(row->lockedUntil, fifth.lockedUntilMs); // stored, so it survives a restart
}

void TestAdminAccounts::lockedRefusesEvenTheRightPasswordWithoutExtendingTheLock()
{
    test::TempDataDir dir;
    Accounts accounts(dir.path());
    QCOMPARE(accounts.setUp(), QString());
    for (int i = 0; i < AdminAccounts::MaxFailedAttempts; ++i)
        accounts.logIn(kName, u"wrong password"_s);
    const qint64 until = kStart + AdminAccounts::LockMs;

    LoginResult r = accounts.logIn(kName, kPassword);
    QCOMPARE(r.status, LoginResult::Status::Locked);
    QCOMPARE(r.lockedUntilMs, until);
    accounts.now += 30'000;
    r = accounts.logIn(kName, kPassword);
    QCOMPARE(describe(r), u"Locked attemptsLeft=0 lockedFor=30000"_s);
    accounts.now += 29'999;
    r = accounts.logIn(kName, u"wrong password"_s);
    QCOMPARE(r.status, LoginResult::Status::Locked);
    QCOMPARE(r.lockedUntilMs, until); // refused attempts do not extend the lock
    QCOMPARE(r.lockedForMs, 1);
    QCOMPARE(adminRow(*accounts.service, kName)->failed, 5);
    QCOMPARE(adminRow(*accounts.service, kName)->lastLoginAt, 0);
}

void TestAdminAccounts::afterSixtySecondsTheRightPasswordWorks()
{
    test::TempDataDir dir;
    Accounts accounts(dir.path());
    QCOMPARE(accounts.setUp(), QString());
    for (int i = 0; i < AdminAccounts::MaxFailedAttempts; ++i)
        accounts.logIn(kName, u"wrong password"_s);
    accounts.now += AdminAccounts::LockMs;
    const LoginResult r = accounts.logIn(kName, kPassword);
    QCOMPARE(describe(r), u"Ok attemptsLeft=5 lockedFor=0"_s);
    const std::optional<Row> row = adminRow(*accounts.service, kName);
    QCOMPARE(row->failed, 0);
    QCOMPARE(row->lockedUntil, 0);
    QCOMPARE(row->lastLoginAt, kStart + AdminAccounts::LockMs);

    // Once a lock has run out, a wrong password starts a fresh count of five.
    for (int i = 0; i < AdminAccounts::MaxFailedAttempts; ++i)
        accounts.logIn(kName, u"wrong password"_s);
    accounts.now += AdminAccounts::LockMs;
    QCOMPARE(describe(accounts.logIn(kName, u"wrong password"_s)), u"WrongCredentials attemptsLeft=4 lockedFor=0"_s);
}

void TestAdminAccounts::aSuccessResetsTheCounter()
{
    test::TempDataDir dir;
    Accounts accounts(dir.path());
    QCOMPARE(accounts.setUp(), QString());
    for (int i = 0; i < 4; ++i)
        accounts.logIn(kName, u"wrong password"_s);
    QCOMPARE(accounts.logIn(kName, kPassword).status, LoginResult::Status::Ok);
    QCOMPARE(adminRow(*accounts.service, kName)->failed, 0);
    for (int left = 4; left >= 1; --left)
        QCOMPARE(accounts.logIn(kName, u"wrong password"_s).attemptsLeft, left); // not locked at 5 in total
}

void TestAdminAccounts::theLockSurvivesARestartOfTheShop()
{
    test::TempDataDir dir;
    shop::ShopConfig config;
    config.dataDir = dir.path();
    {
        shop::Shop shop(config);
        shop.start();
        QVERIFY(await(shop.adminAccounts().createFirstAdmin(kName, kPassword)).ok());
        for (int i = 0; i < AdminAccounts::MaxFailedAttempts; ++i)
            QVERIFY(await(shop.adminAccounts().logIn(kName, u"wrong password"_s)).ok());
        QCOMPARE(await(shop.adminAccounts().logIn(kName, kPassword)).value->status, LoginResult::Status::Locked);
        shop.stop();
    }
    QVERIFY(QFile::exists(dir.filePath(u"admin.db"_s))); // its own database in the data directory
    shop::Shop shop(config);
    shop.start();
    QCOMPARE(test::valueOr(shop.adminAccounts().accountCount(), qint64(-1)), 1);
    const LoginResult r = *await(shop.adminAccounts().logIn(kName, kPassword)).value;
    QCOMPARE(r.status, LoginResult::Status::Locked); // the wall clock: well inside the 60 s
    QVERIFY2(r.lockedForMs > 0 && r.lockedForMs <= AdminAccounts::LockMs, qPrintable(describe(r)));
}

void TestAdminAccounts::badInputIsRefusedWithASentence_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("empty name") << QString() << kPassword << u"invalid_name"_s << u"Enter a name"_s;
    QTest::newRow("blank name") << u"   \t"_s << kPassword << u"invalid_name"_s << u"Enter a name"_s;
    QTest::newRow("33 characters") << QString(33, u'a') << kPassword << u"invalid_name"_s
                                   << u"at most 32 characters (it has 33)"_s;
    QTest::newRow("short password") << kName << u"1234567"_s << u"short_password"_s
                                    << u"at least 8 characters (it has 7)"_s;
    QTest::newRow("empty password") << kName << QString() << u"short_password"_s << u"at least 8 characters"_s;
    QTest::newRow("overlong password") << kName << QString(1025, u'x') << u"long_password"_s
                                       << u"at most 1024 characters"_s;
}

void TestAdminAccounts::badInputIsRefusedWithASentence()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, code);
    QFETCH(QString, sentence);
    test::TempDataDir dir;
    Accounts accounts(dir.path());
    const QString error = accounts.setUp(name, password);
    QCOMPARE(DomainError::codeOf(error), code);
    QVERIFY2(DomainError::messageOf(error).contains(sentence), qPrintable(error));
    QVERIFY(DomainError::messageOf(error).endsWith(u'.'));
    QCOMPARE(accountCount(*accounts.service), 0); // nothing stored: setup is still possible
}

void TestAdminAccounts::limitsAreInclusive()
{
    test::TempDataDir dir;
    Accounts accounts(dir.path());
    // 32 characters (code points: a Korean name counts per syllable) and 8 characters.
    const QString name = QString(31, u'관') + u"리"_s;
    QCOMPARE(accounts.setUp(name, u"12345678"_s), QString());
    QCOMPARE(accounts.logIn(name, u"12345678"_s).status, LoginResult::Status::Ok);
}

void TestAdminAccounts::shopOwnsTheAdminService()
{
    test::TempDataDir dir;
    shop::ShopConfig config;
    config.dataDir = dir.path();
    shop::Shop shop(config);
    QVERIFY(shop.serviceNames().contains(AdminAccounts::Name));
    QCOMPARE(shop.service(AdminAccounts::Name), &shop.adminAccounts());
    QCOMPARE(shop.adminAccounts().config().database.location, dir.filePath(u"admin.db"_s));
    QVERIFY(shop.bus().subscribersOf(u"OrderConfirmed"_s).indexOf(AdminAccounts::Name) < 0);
}

void TestAdminAccounts::hashCost()
{
    // A benchmark figure, not a timed test: the median of a few PBKDF2 hashes at the stored
    // iteration count (each login costs one).
    const QByteArray salt = PasswordHash::newSalt();
    // Wall time and CPU time (the machine may be shared: CPU time is what one hash costs).
    QList<qint64> us, cpuUs;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        const QByteArray key = PasswordHash::derive(kPassword, salt, PasswordHash::Iterations);
        cpuUs.append(qint64(std::clock() - cpu) * 1'000'000 / CLOCKS_PER_SEC);
        us.append(timer.nsecsElapsed() / 1000);
        QCOMPARE(key.size(), PasswordHash::KeyBytes);
    }
    std::sort(us.begin(), us.end());
    std::sort(cpuUs.begin(), cpuUs.end());
    qInfo("PBKDF2-SHA256, %d iterations, 32-byte key: median %.1f ms wall (min %.1f, max %.1f), "
          "median %.1f ms CPU, over %lld runs",
          PasswordHash::Iterations, us.at(us.size() / 2) / 1000.0, us.first() / 1000.0, us.last() / 1000.0,
          cpuUs.at(cpuUs.size() / 2) / 1000.0, qint64(us.size()));
}

QTEST_GUILESS_MAIN(TestAdminAccounts)
#include "tst_adminaccounts.moc"
