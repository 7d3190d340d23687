#pragma once

#include <QJsonObject>
#include <QString>

namespace sagashop::bus {

/// What domain code registers: the fact itself, without transport details. The application
/// service turns it into an EventEnvelope (id, saga, causation, time, producer) when it
/// writes it to the outbox in the same transaction as the state change.
struct DomainEvent
{
    QString type;
    QString aggregateId;
    QJsonObject payload;
    /// Overrides the saga inherited from the event being handled; a command that starts a
    /// saga sets it. Empty: inherit (or none when handling a command).
    QString sagaId = {};
};

} // namespace sagashop::bus
