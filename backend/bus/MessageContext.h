#pragma once

#include "bus/AggregateRoot.h"
#include "bus/DomainEvent.h"
#include "bus/EventEnvelope.h"

#include <QList>

namespace sagashop::storage {
class Database;
}

namespace sagashop::bus {

/// What a handler or command sees while it runs inside its service's transaction: the
/// service's own database and a place to put the events it causes. Everything it writes
/// and every event it registers commit together, or not at all.
class MessageContext
{
public:
    MessageContext(storage::Database &database, const EventEnvelope *cause, qint64 sequence = 0)
        : m_database(database), m_cause(cause), m_sequence(sequence)
    {
    }

    storage::Database &database() const noexcept { return m_database; }
    /// The event being handled, or nullptr for a command.
    const EventEnvelope *cause() const noexcept { return m_cause; }

    /// The bus sequence of the event being handled (HybridClock): sorts events causally.
    qint64 sequence() const noexcept { return m_sequence; }

    /// Queues an event for the outbox of this transaction.
    void publish(DomainEvent event) { m_outgoing.append(std::move(event)); }
    /// Takes the events an aggregate registered (and clears them from it).
    void collect(AggregateRoot &aggregate)
    {
        m_outgoing.append(aggregate.domainEvents());
        aggregate.clearEvents();
    }

    const QList<DomainEvent> &outgoing() const noexcept { return m_outgoing; }

private:
    storage::Database &m_database;
    const EventEnvelope *m_cause;
    qint64 m_sequence;
    QList<DomainEvent> m_outgoing;
};

} // namespace sagashop::bus
