#include "admin/AdminAccounts.h"

#include "admin/PasswordHash.h"
#include "services/DomainError.h"
#include "services/Sql.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sagashop::admin {

namespace {

Q_LOGGING_CATEGORY(lcAdmin, "sagashop.admin")

namespace sql = services::sql;
using services::DomainError;

/// Longest unknown name remembered (longer ones are cut: they can never be an administrator).
constexpr qsizetype kUnknownNameKeyLength = 64;

qsizetype codePoints(const QString &s)
{
    return s.toUcs4().size();
}

} // namespace

/// A name's failed-login count and lock, from `admins` or `unknown_logins`.
struct AdminAccounts::Throttle
{
    int failed = 0;
    qint64 lockedUntil = 0;
};

AdminAccounts::AdminAccounts(bus::ServiceConfig config, AdminAccountsConfig adminConfig)
    : Service(std::move(config)), m_adminConfig(std::move(adminConfig))
{
    addSchema(storage::Schema{
        Name,
        {storage::Migration{
            1,
            u"administrators and login throttling"_s,
            {u"CREATE TABLE admins (id ${ID_PK}, name TEXT NOT NULL UNIQUE, salt ${BLOB} NOT NULL,"
             " hash ${BLOB} NOT NULL, iterations INTEGER NOT NULL, created_at BIGINT NOT NULL,"
             " failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until BIGINT NOT NULL DEFAULT 0,"
             " last_login_at BIGINT NOT NULL DEFAULT 0)"_s,
             u"CREATE TABLE unknown_logins (name TEXT NOT NULL PRIMARY KEY,"
             " failed_attempts INTEGER NOT NULL, locked_until BIGINT NOT NULL,"
             " last_attempt_at BIGINT NOT NULL)"_s,
             u"CREATE INDEX unknown_logins_by_time ON unknown_logins (last_attempt_at)"_s}}},
    });
}

qint64 AdminAccounts::now() const
{
    return m_adminConfig.clock ? m_adminConfig.clock() : QDateTime::currentMSecsSinceEpoch();
}

QString AdminAccounts::validName(const QString &name)
{
    const QString trimmed = name.trimmed();
    const qsizetype length = codePoints(trimmed);
    if (length < 1)
        throw DomainError(u"invalid_name"_s, u"Enter a name for the administrator."_s);
    if (length > MaxNameLength)
        throw DomainError(u"invalid_name"_s,
                          u"The administrator's name may have at most %1 characters (it has %2)."_s
                              .arg(MaxNameLength)
                              .arg(length));
    return trimmed;
}

void AdminAccounts::requireValidPassword(const QString &password)
{
    const qsizetype length = codePoints(password);
    if (length < MinPasswordLength)
        throw DomainError(u"short_password"_s,
                          u"The password must have at least %1 characters (it has %2)."_s.arg(MinPasswordLength).arg(length));
    if (length > MaxPasswordLength)
        throw DomainError(u"long_password"_s,
                          u"The password may have at most %1 characters (it has %2)."_s.arg(MaxPasswordLength).arg(length));
}

QFuture<bus::Outcome<qint64>> AdminAccounts::accountCount()
{
    return read<qint64>([](storage::Database &db) { return sql::integer(db, u"SELECT count(*) FROM admins"_s); });
}

QFuture<bus::Outcome<QString>> AdminAccounts::createFirstAdmin(const QString &name, const QString &password)
{
    return execute<QString>([this, name, password](bus::MessageContext &context) {
        storage::Database &db = context.database();
        // Checked first, in the same transaction as the insert (commands of this service run
        // one after the other on its thread): two first-run windows cannot both set it up.
        if (sql::integer(db, u"SELECT count(*) FROM admins"_s) != 0)
            throw DomainError(u"already_set_up"_s,
                              u"An administrator has already been set up; sign in instead."_s);
        const QString valid = validName(name);
        requireValidPassword(password);
        const QByteArray salt = PasswordHash::newSalt();
        const QByteArray hash = PasswordHash::derive(password, salt, PasswordHash::Iterations);
        sql::exec(db,
                  u"INSERT INTO admins (name, salt, hash, iterations, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                  {valid, salt, hash, PasswordHash::Iterations, now()});
        qCInfo(lcAdmin) << "first administrator set up:" << valid;
        return valid;
    });
}

QFuture<bus::Outcome<LoginResult>> AdminAccounts::logIn(const QString &name, const QString &password)
{
    return execute<LoginResult>([this, name, password](bus::MessageContext &context) {
        return check(context.database(), name.trimmed(), password);
    });
}

LoginResult AdminAccounts::check(storage::Database &db, const QString &name, const QString &password) const
{
    const qint64 at = now();

    struct Admin
    {
        QByteArray salt, hash;
        int iterations = 0;
        Throttle throttle;
        QString name;
    };
    const std::optional<Admin> admin =
        sql::one(db,
                 u"SELECT salt, hash, iterations, failed_attempts, locked_until, name FROM admins WHERE name = ?"_s,
                 {storage::text(name)}, [](const QSqlQuery &q) {
                     return Admin{q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toInt(),
                                  Throttle{q.value(3).toInt(), q.value(4).toLongLong()}, q.value(5).toString()};
                 });
    const QString unknownKey = name.left(kUnknownNameKeyLength);
    Throttle throttle = admin ? admin->throttle
                              : sql::one(db, u"SELECT failed_attempts, locked_until FROM unknown_logins WHERE name = ?"_s,
                                         {storage::text(unknownKey)},
                                         [](const QSqlQuery &q) {
                                             return Throttle{q.value(0).toInt(), q.value(1).toLongLong()};
                                         })
                                    .value_or(Throttle{});

    LoginResult result;
    if (throttle.lockedUntil > at) {
        // Refused without looking at the password; the lock is not extended.
        result.status = LoginResult::Status::Locked;
        result.lockedUntilMs = throttle.lockedUntil;
        result.lockedForMs = throttle.lockedUntil - at;
        return result;
    }
    if (throttle.lockedUntil != 0)
        throttle = Throttle{}; // the lock has run out: a fresh start

    bool matches = false;
    if (admin) {
        matches = PasswordHash::constantTimeEquals(PasswordHash::derive(password, admin->salt, admin->iterations),
                                                   admin->hash);
    } else {
        // Same work as for an administrator, so the time taken does not tell either.
        static const QByteArray dummySalt = PasswordHash::newSalt();
        PasswordHash::derive(password, dummySalt, PasswordHash::Iterations);
    }

    if (matches) {
        sql::exec(db, u"UPDATE admins SET failed_attempts = 0, locked_until = 0, last_login_at = ? WHERE name = ?"_s,
                  {at, storage::text(name)});
        result.status = LoginResult::Status::Ok;
        result.attemptsLeft = MaxFailedAttempts;
        result.name = admin->name;
        qCInfo(lcAdmin) << "administrator signed in:" << admin->name;
        return result;
    }

    ++throttle.failed;
    if (throttle.failed >= MaxFailedAttempts) {
        throttle.lockedUntil = at + LockMs;
        result.status = LoginResult::Status::Locked;
        result.lockedUntilMs = throttle.lockedUntil;
        result.lockedForMs = LockMs;
        qCWarning(lcAdmin) << "sign-in locked for" << LockMs / 1000 << "s after" << throttle.failed
                           << "failed attempts";
    } else {
        result.status = LoginResult::Status::WrongCredentials;
        result.attemptsLeft = MaxFailedAttempts - throttle.failed;
    }
    if (admin) {
        sql::exec(db, u"UPDATE admins SET failed_attempts = ?, locked_until = ? WHERE name = ?"_s,
                  {throttle.failed, throttle.lockedUntil, storage::text(name)});
    } else {
        sql::exec(db,
                  u"INSERT INTO unknown_logins (name, failed_attempts, locked_until, last_attempt_at)"
                  " VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET failed_attempts = excluded.failed_attempts,"
                  " locked_until = excluded.locked_until, last_attempt_at = excluded.last_attempt_at"_s,
                  {storage::text(unknownKey), throttle.failed, throttle.lockedUntil, at});
        // Bounded: only the most recent names are remembered.
        sql::exec(db,
                  u"DELETE FROM unknown_logins WHERE last_attempt_at < (SELECT last_attempt_at"
                  " FROM unknown_logins ORDER BY last_attempt_at DESC LIMIT 1 OFFSET ?)"_s,
                  {MaxUnknownNames - 1});
    }
    return result;
}

} // namespace sagashop::admin
