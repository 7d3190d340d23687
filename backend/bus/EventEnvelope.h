#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace sagashop::bus {

/// A published fact, as it travels on the bus and rests in outboxes and dead-letter queues.
/// Events are named in the past tense ("InventoryDeducted").
struct EventEnvelope
{
    QUuid eventId;
    QString type;
    /// The partition key: events with the same aggregateId reach each consumer in order.
    QString aggregateId;
    /// The saga this event belongs to; empty for events outside any saga.
    QString sagaId;
    /// The eventId of the event whose handling produced this one; empty for a command.
    QString causationId;
    /// When the fact happened: UTC milliseconds since the epoch.
    qint64 occurredAt = 0;
    /// The service that published it.
    QString producer;
    /// The delivery attempt that carries it to a handler (1 for the first).
    int attempt = 1;
    QJsonObject payload;

    bool operator==(const EventEnvelope &) const = default;
};

/// Strict JSON encoding of an envelope. Decoding accepts exactly the documented shape:
/// every field present with the right JSON type, a valid UUID, a non-empty type, producer
/// and aggregateId, a positive occurredAt and attempt, and an object payload. Anything else
/// is rejected with a sentence saying which field is wrong.
class EnvelopeCodec
{
public:
    struct Decoded
    {
        std::optional<EventEnvelope> envelope;
        QString error; ///< set when envelope is empty
    };

    static QByteArray encode(const EventEnvelope &envelope);
    static Decoded decode(const QByteArray &bytes);

    /// Largest encoded event accepted (anything larger is malformed).
    static constexpr qsizetype MaxEncodedSize = 256 * 1024;
};

} // namespace sagashop::bus
