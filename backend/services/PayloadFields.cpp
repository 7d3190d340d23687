#include "services/PayloadFields.h"

#include "saga/Payload.h"

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace {

/// The whole number `key`, which must be at least `minimum` (else "must …" `rule`).
qint64 requireAtLeast(
        const QJsonObject &payload, const QString &key, qint64 minimum, const QString &rule)
{
    const qint64 value = saga::Payload::requireInt(payload, key);
    if (value < minimum)
        throw saga::PayloadError(u"payload field \"%1\" must %2"_s.arg(key, rule).toStdString());
    return value;
}

} // namespace

qint64 requirePositive(const QJsonObject &payload, const QString &key)
{
    return requireAtLeast(payload, key, 1, u"be a positive whole number"_s);
}

qint64 requireNonNegative(const QJsonObject &payload, const QString &key)
{
    return requireAtLeast(payload, key, 0, u"not be negative"_s);
}

qint64 requireOrderId(const QJsonObject &payload)
{
    return requirePositive(payload, u"orderId"_s);
}

} // namespace sagashop::services
