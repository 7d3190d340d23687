#pragma once

#include <QString>

#include <stdexcept>

namespace sagashop::services {

/// A command refused for a reason a person can act on: a stable machine code (used by the
/// HTTP API to choose 400/404/409) and a sentence. Nothing the command wrote is committed.
class DomainError : public std::runtime_error
{
public:
    DomainError(const QString &code, const QString &message)
        : std::runtime_error(QString(QStringLiteral("[") + code + QStringLiteral("] ") + message).toStdString()),
          m_code(code), m_message(message)
    {
    }

    const QString &code() const noexcept { return m_code; }
    const QString &message() const noexcept { return m_message; }

    /// The code inside an Outcome::error produced from a DomainError ("[code] sentence"),
    /// or an empty string.
    static QString codeOf(const QString &error)
    {
        if (!error.startsWith(u'['))
            return {};
        const qsizetype end = error.indexOf(u']');
        return end > 1 ? error.mid(1, end - 1) : QString();
    }
    /// The sentence without its code.
    static QString messageOf(const QString &error)
    {
        const QString code = codeOf(error);
        return code.isEmpty() ? error : error.mid(code.size() + 3);
    }

private:
    QString m_code;
    QString m_message;
};

} // namespace sagashop::services
