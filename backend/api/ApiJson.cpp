#include "api/ApiJson.h"

#include "saga/Payload.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace sagashop::api::Json {

namespace {
[[noreturn]] void badField(const QString &key, const QString &what)
{
    throw ApiError(400, u"invalid_field"_s, u"Field \"%1\" %2."_s.arg(key, what));
}
} // namespace

QJsonObject parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError(400, u"malformed_json"_s,
                       u"The body is not valid JSON: %1 at offset %2."_s.arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        throw ApiError(400, u"invalid_body"_s, u"The body must be a JSON object."_s);
    return doc.object();
}

QString requireString(const QJsonObject &o, const QString &key)
{
    if (!o.contains(key))
        throw ApiError(400, u"missing_field"_s, u"Field \"%1\" is required."_s.arg(key));
    if (!o.value(key).isString())
        badField(key, u"must be a string"_s);
    return o.value(key).toString();
}

std::optional<QString> optionalString(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString())
        badField(key, u"must be a string"_s);
    return v.toString();
}

qint64 requireInt(const QJsonObject &o, const QString &key)
{
    if (!o.contains(key))
        throw ApiError(400, u"missing_field"_s, u"Field \"%1\" is required."_s.arg(key));
    try {
        return saga::Payload::requireInt(o, key);
    } catch (const saga::PayloadError &) {
        badField(key, u"must be a whole number between -2^53 and 2^53"_s);
    }
}

std::optional<qint64> optionalInt(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return requireInt(o, key);
}

std::optional<double> optionalNumber(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble())
        badField(key, u"must be a number"_s);
    return v.toDouble();
}

QByteArray errorBody(const QString &code, const QString &message)
{
    const QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    return QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact);
}

int statusForDomainCode(const QString &code)
{
    if (code == u"not_found")
        return 404;
    if (code == u"sold_out" || code == u"already_issued" || code == u"idempotency_conflict"
        || code == u"not_cancellable" || code == u"expired")
        return 409;
    return 400;
}

} // namespace sagashop::api::Json
