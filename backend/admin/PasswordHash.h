#pragma once

#include <QByteArray>
#include <QString>

namespace sagashop::admin {

/// PBKDF2-HMAC-SHA256 password hashing (QPasswordDigestor) with a random salt, and a
/// constant-time comparison. CPU-heavy on purpose (about 0.1 s per hash here): call it on a
/// service thread, never on the GUI thread.
class PasswordHash
{
public:
    /// Iterations for new hashes. Each row stores its own count, so this can be raised later
    /// (old rows keep verifying with theirs).
    static constexpr int Iterations = 100'000;
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;

    /// `SaltBytes` bytes from the system's cryptographically secure generator.
    static QByteArray newSalt();
    /// The derived key of `password` (UTF-8) with `salt` and `iterations`: `KeyBytes` bytes.
    /// Throws std::invalid_argument for iterations < 1 or an empty salt.
    static QByteArray derive(const QString &password, const QByteArray &salt, int iterations);
    /// Whether `a` and `b` are equal, in a time that depends only on their lengths.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b) noexcept;
};

} // namespace sagashop::admin
