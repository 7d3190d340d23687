#pragma once

#include "bus/DomainEvent.h"
#include "bus/EventEnvelope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace sagashop::bus {

/// The bus's own records of what happened to an event at a consumer (handled, retried,
/// dead-lettered, ...). A service's transaction gathers the records of every unit it
/// commits into one event of type "bus.HandlingRecorded" in the same outbox as domain
/// events, so a record commits with the handling it describes and is delivered at least
/// once to whoever keeps the saga log. One event per transaction rather than per handling
/// cut the saga log's deliveries per checkout from 17 to about 9 (sagashop-bench).
/// Nobody records the handling of these records.
///
/// Payload: {"records": [{"kind", "seq", "sagaId", "aggregateId", "eventId", "eventType",
/// "eventProducer", "consumer", "attempt", "at", "error"?, "retryInMs"?}, ...]} where seq is
/// the bus sequence the record sorts at (before the events the handling caused).
namespace SagaLogEvents {

inline const QString Prefix = QStringLiteral("bus.");
inline const QString HandlingRecorded = QStringLiteral("bus.HandlingRecorded");
/// Written in the same transaction as a new dead letter, for whoever raises alerts.
/// {deadLetterId, consumer, eventId, eventType, error, attempts}
inline const QString EventDeadLettered = QStringLiteral("bus.EventDeadLettered");

// Values of the "kind" field.
inline const QString Handled = QStringLiteral("handled");
inline const QString Duplicate = QStringLiteral("duplicate");
inline const QString Retried = QStringLiteral("retried");
inline const QString DeadLettered = QStringLiteral("dead-lettered");
inline const QString DeadLetterRetried = QStringLiteral("dead-letter-retried");
inline const QString DeadLetterRetryFailed = QStringLiteral("dead-letter-retry-failed");
inline const QString DeadLetterDiscarded = QStringLiteral("dead-letter-discarded");
/// A delivery lost on purpose by fault injection (the "drop" mode).
inline const QString Dropped = QStringLiteral("dropped");

inline bool isLogEvent(const QString &type)
{
    return type.startsWith(Prefix);
}

/// The record that `consumer` did `kind` with `event` at its `attempt`, sorting at `sequence`.
QJsonObject handlingRecord(const QString &kind, const EventEnvelope &event, const QString &consumer, int attempt,
                           const QString &error, qint64 retryInMs, qint64 sequence);
/// The event carrying one transaction's records (keyed by the consumer, so they stay in order).
DomainEvent handlingRecorded(const QString &consumer, const QJsonArray &records);

} // namespace SagaLogEvents
} // namespace sagashop::bus
