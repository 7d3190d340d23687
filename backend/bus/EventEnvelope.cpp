#include "bus/EventEnvelope.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <limits>

using namespace Qt::StringLiterals;

namespace sagashop::bus {

namespace {

constexpr auto kEventId = "eventId"_L1;
constexpr auto kType = "type"_L1;
constexpr auto kAggregateId = "aggregateId"_L1;
constexpr auto kSagaId = "sagaId"_L1;
constexpr auto kCausationId = "causationId"_L1;
constexpr auto kOccurredAt = "occurredAt"_L1;
constexpr auto kProducer = "producer"_L1;
constexpr auto kAttempt = "attempt"_L1;
constexpr auto kPayload = "payload"_L1;

// Accepts only whole numbers within ±2^53 (what every JSON reader represents exactly).
// QJsonValue keeps large integers as qint64, so they are checked before any rounding.
std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
    const qint64 i = value.toInteger(kNotWhole);
    constexpr qint64 kMaxExact = qint64(1) << 53;
    if (i == kNotWhole || i > kMaxExact || i < -kMaxExact)
        return std::nullopt;
    return i;
}

} // namespace

QByteArray EnvelopeCodec::encode(const EventEnvelope &e)
{
    QJsonObject o;
    o.insert(kEventId, e.eventId.toString(QUuid::WithoutBraces));
    o.insert(kType, e.type);
    o.insert(kAggregateId, e.aggregateId);
    o.insert(kSagaId, e.sagaId);
    o.insert(kCausationId, e.causationId);
    o.insert(kOccurredAt, static_cast<double>(e.occurredAt));
    o.insert(kProducer, e.producer);
    o.insert(kAttempt, e.attempt);
    o.insert(kPayload, e.payload);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

EnvelopeCodec::Decoded EnvelopeCodec::decode(const QByteArray &bytes)
{
    const auto fail = [](QString why) { return Decoded{std::nullopt, std::move(why)}; };

    if (bytes.isEmpty())
        return fail(u"malformed event: empty message"_s);
    if (bytes.size() > MaxEncodedSize)
        return fail(u"malformed event: %1 bytes exceeds the limit of %2 bytes"_s.arg(bytes.size()).arg(MaxEncodedSize));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"malformed event: invalid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(u"malformed event: the top level is not a JSON object"_s);
    const QJsonObject o = doc.object();

    static const QLatin1StringView known[] = {kEventId, kType, kAggregateId, kSagaId, kCausationId,
                                              kOccurredAt, kProducer, kAttempt, kPayload};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (std::find(std::begin(known), std::end(known), it.key()) == std::end(known))
            return fail(u"malformed event: unknown field \"%1\""_s.arg(it.key()));
    }

    const auto requireString = [&](QLatin1StringView key, bool allowEmpty, QString *out) -> QString {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return u"malformed event: field \"%1\" is missing"_s.arg(key);
        if (!v.isString())
            return u"malformed event: field \"%1\" must be a string"_s.arg(key);
        if (!allowEmpty && v.toString().isEmpty())
            return u"malformed event: field \"%1\" must not be empty"_s.arg(key);
        *out = v.toString();
        return {};
    };

    EventEnvelope e;
    QString idText;
    for (const auto &[key, allowEmpty, target] :
         {std::tuple{kEventId, false, &idText}, std::tuple{kType, false, &e.type},
          std::tuple{kAggregateId, false, &e.aggregateId}, std::tuple{kSagaId, true, &e.sagaId},
          std::tuple{kCausationId, true, &e.causationId}, std::tuple{kProducer, false, &e.producer}}) {
        if (QString error = requireString(key, allowEmpty, target); !error.isEmpty())
            return fail(error);
    }

    // Exactly the 36-character form: QUuid::fromString alone ignores trailing text.
    e.eventId = QUuid::fromString(idText);
    if (e.eventId.isNull() || idText.size() != 36
        || e.eventId.toString(QUuid::WithoutBraces).compare(idText, Qt::CaseInsensitive) != 0)
        return fail(u"malformed event: eventId \"%1\" is not a UUID"_s.arg(idText.left(64)));

    if (!o.contains(kOccurredAt))
        return fail(u"malformed event: field \"occurredAt\" is missing"_s);
    const auto occurredAt = exactInteger(o.value(kOccurredAt));
    if (!occurredAt || *occurredAt <= 0)
        return fail(u"malformed event: occurredAt must be a positive integer (UTC milliseconds)"_s);
    e.occurredAt = *occurredAt;

    if (!o.contains(kAttempt))
        return fail(u"malformed event: field \"attempt\" is missing"_s);
    const auto attempt = exactInteger(o.value(kAttempt));
    if (!attempt || *attempt < 1 || *attempt > 1'000'000)
        return fail(u"malformed event: attempt must be an integer from 1 to 1000000"_s);
    e.attempt = static_cast<int>(*attempt);

    const QJsonValue payload = o.value(kPayload);
    if (payload.isUndefined())
        return fail(u"malformed event: field \"payload\" is missing"_s);
    if (!payload.isObject())
        return fail(u"malformed event: payload must be a JSON object"_s);
    e.payload = payload.toObject();

    return Decoded{std::move(e), {}};
}

} // namespace sagashop::bus
