#pragma once

#include "bus/DomainEvent.h"
#include "bus/EventEnvelope.h"

#include <QString>

namespace sagashop::bus {

/// The bus's own records of what happened to an event at a consumer (handled, retried,
/// dead-lettered, ...). They travel as events of type "bus.HandlingRecorded" through the
/// same outbox as domain events, so a record commits with the handling it describes and is
/// delivered at least once to whoever keeps the saga log. Nobody records the handling of
/// these records.
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

/// The record that `consumer` did `kind` with `event` at its `attempt`.
DomainEvent handlingRecorded(const QString &kind, const EventEnvelope &event, const QString &consumer, int attempt,
                             const QString &error, qint64 retryInMs);

} // namespace SagaLogEvents
} // namespace sagashop::bus
