#include "admin/PasswordHash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <stdexcept>

namespace sagashop::admin {

QByteArray PasswordHash::newSalt()
{
    static_assert(SaltBytes % sizeof(quint32) == 0);
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), SaltBytes / int(sizeof(quint32)));
    return salt;
}

QByteArray PasswordHash::derive(const QString &password, const QByteArray &salt, int iterations)
{
    if (iterations < 1)
        throw std::invalid_argument("PBKDF2 needs at least one iteration");
    if (salt.isEmpty())
        throw std::invalid_argument("PBKDF2 needs a salt");
    const QByteArray key =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, KeyBytes);
    if (key.size() != KeyBytes)
        throw std::runtime_error("PBKDF2-SHA256 produced no key");
    return key;
}

bool PasswordHash::constantTimeEquals(const QByteArray &a, const QByteArray &b) noexcept
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace sagashop::admin
