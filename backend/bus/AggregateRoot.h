#pragma once

#include "bus/DomainEvent.h"

#include <QList>

namespace sagashop::bus {

/// Base of every aggregate. Domain methods call registerEvent() for each fact they cause;
/// the application service collects domainEvents() after the change and writes them to the
/// outbox with the state, then calls clearEvents(). Domain code never publishes.
class AggregateRoot
{
public:
    const QList<DomainEvent> &domainEvents() const noexcept { return m_events; }
    void clearEvents() noexcept { m_events.clear(); }

protected:
    AggregateRoot() = default;
    AggregateRoot(const AggregateRoot &) = default;
    AggregateRoot &operator=(const AggregateRoot &) = default;
    AggregateRoot(AggregateRoot &&) noexcept = default;
    AggregateRoot &operator=(AggregateRoot &&) noexcept = default;
    ~AggregateRoot() = default;

    void registerEvent(DomainEvent event) { m_events.append(std::move(event)); }

private:
    QList<DomainEvent> m_events;
};

} // namespace sagashop::bus
