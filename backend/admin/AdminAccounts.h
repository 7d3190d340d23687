#pragma once

#include "admin/LoginResult.h"
#include "bus/Service.h"

#include <QString>

#include <functional>
#include <optional>

namespace sagashop::admin {

/// What AdminAccounts needs besides its ServiceConfig.
struct AdminAccountsConfig
{
    /// Milliseconds since the epoch; the wall clock when empty. Tests inject their own to
    /// pass the 60 s lock without waiting.
    std::function<qint64()> clock;
};

/// The administrators of the admin client: a bus::Service named "admin" with its own
/// database (admin.db). It subscribes to nothing and publishes nothing; its commands run on
/// its own thread, which is also where the (deliberately slow) password hashing happens.
///
/// Passwords are stored as PBKDF2-HMAC-SHA256 (PasswordHash: 16-byte random salt, 32-byte
/// key, PasswordHash::Iterations, the count stored per row) and compared in constant time.
///
/// Lockout: after MaxFailedAttempts consecutive failed logins for a name, the name is locked
/// for LockMs (stored, so it survives a restart). While it is locked every login for it is
/// refused without looking at the password, and a refused attempt does NOT extend the lock
/// (otherwise anyone could keep the administrator out forever by retrying once a minute); it
/// does not count as a failure either. When the lock has run out the name has
/// MaxFailedAttempts fresh attempts. A successful login resets the count.
///
/// No account enumeration: a name that is not an administrator is hashed against a dummy salt
/// (same cost) and its failures are counted and locked exactly like an administrator's (table
/// unknown_logins, at most MaxUnknownNames rows, oldest dropped), so every answer —
/// WrongCredentials with the same attemptsLeft, then Locked — reads the same.
class AdminAccounts : public bus::Service
{
public:
    static inline const QString Name = QStringLiteral("admin");

    static constexpr int MaxFailedAttempts = 5;
    static constexpr qint64 LockMs = 60'000;
    static constexpr qsizetype MaxNameLength = 32; ///< characters (code points), after trimming
    static constexpr qsizetype MinPasswordLength = 8; ///< characters (code points)
    static constexpr qsizetype MaxPasswordLength = 1024;
    static constexpr int MaxUnknownNames = 10'000;

    explicit AdminAccounts(bus::ServiceConfig config, AdminAccountsConfig adminConfig = {});

    /// How many administrators exist (0: the admin client asks to set the first one up).
    QFuture<bus::Outcome<qint64>> accountCount();
    /// Creates the first administrator. DomainError "already_set_up" when one exists,
    /// "invalid_name" (trimmed, not 1..32 characters), "short_password" (under 8 characters),
    /// "long_password" (over 1024). Resolves to the stored (trimmed) name.
    QFuture<bus::Outcome<QString>> createFirstAdmin(const QString &name, const QString &password);
    /// Checks `password` for the administrator `name` (trimmed). Never a DomainError: the
    /// answer is a LoginResult (failures are recorded, so they must commit).
    QFuture<bus::Outcome<LoginResult>> logIn(const QString &name, const QString &password);

    /// The trimmed name, or DomainError "invalid_name".
    static QString validName(const QString &name);
    /// DomainError "short_password" / "long_password" unless the length is allowed.
    static void requireValidPassword(const QString &password);

private:
    struct Throttle;

    LoginResult check(storage::Database &db, const QString &name, const QString &password) const;
    qint64 now() const;

    AdminAccountsConfig m_adminConfig;
};

} // namespace sagashop::admin
