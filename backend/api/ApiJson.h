#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <stdexcept>

namespace sagashop::api {

/// A request the API refuses before reaching the backend: an HTTP status, a machine code and
/// a sentence (rendered as {"error":{"code","message"}}).
class ApiError : public std::runtime_error
{
public:
    ApiError(int status, QString code, QString message)
        : std::runtime_error(message.toStdString()), m_status(status), m_code(std::move(code)),
          m_message(std::move(message))
    {
    }
    int status() const noexcept { return m_status; }
    const QString &code() const noexcept { return m_code; }
    const QString &message() const noexcept { return m_message; }

private:
    int m_status;
    QString m_code;
    QString m_message;
};

/// Strict readers for request bodies. Every failure throws ApiError 400.
namespace Json {

/// The body as a JSON object ("malformed_json" / "invalid_body").
QJsonObject parseObject(const QByteArray &body);
QString requireString(const QJsonObject &o, const QString &key);
std::optional<QString> optionalString(const QJsonObject &o, const QString &key);
/// A whole JSON number within ±2^53 ("invalid_field").
qint64 requireInt(const QJsonObject &o, const QString &key);
std::optional<qint64> optionalInt(const QJsonObject &o, const QString &key);
std::optional<double> optionalNumber(const QJsonObject &o, const QString &key);
/// {"error":{"code","message"}} as compact JSON.
QByteArray errorBody(const QString &code, const QString &message);
/// The HTTP status for a DomainError code: not_found → 404; sold_out, already_issued,
/// idempotency_conflict, not_cancellable, expired → 409; every other code (invalid_*,
/// balance_limit, …) → 400.
int statusForDomainCode(const QString &code);

} // namespace Json
} // namespace sagashop::api
