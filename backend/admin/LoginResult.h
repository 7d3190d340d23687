#pragma once

#include <QString>

namespace sagashop::admin {

/// What AdminAccounts::logIn() answers. An unknown name gets exactly the answer a wrong
/// password for a known name would get (no account enumeration).
struct LoginResult
{
    enum class Status {
        Ok, ///< signed in: `name` is the administrator's stored name
        WrongCredentials, ///< unknown name or wrong password; `attemptsLeft` before the lock
        Locked, ///< too many failures: refused without looking at the password
    };

    Status status = Status::WrongCredentials;
    /// Failed attempts still allowed before the lock (Ok: all of them; Locked: 0).
    int attemptsLeft = 0;
    /// Locked: when the lock ends, in the service clock's milliseconds since the epoch.
    qint64 lockedUntilMs = 0;
    /// Locked: how long the lock still lasts, in milliseconds (for a countdown that does not
    /// depend on the caller's clock agreeing with the service's).
    qint64 lockedForMs = 0;
    /// Ok: the administrator's name as stored.
    QString name;

    bool ok() const noexcept { return status == Status::Ok; }
};

} // namespace sagashop::admin
