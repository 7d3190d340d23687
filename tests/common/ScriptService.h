#pragma once

#include "bus/EventBus.h"
#include "bus/Service.h"

#include <QList>
#include <QMutex>

namespace sagashop::test {

/// Drives a service under test through the real bus: publishes any event on command (as if
/// another service had), and records every event of the given types that anyone publishes.
class ScriptService : public bus::Service
{
public:
    ScriptService(bus::ServiceConfig config, bus::EventBus &bus);

    /// Publishes `event` in its own transaction (a new saga when sagaId is empty).
    QFuture<bus::Outcome<QString>> publish(bus::DomainEvent event);

    /// Every event published on the bus so far (any producer), in publish order per thread.
    QList<bus::EventEnvelope> published() const;
    QList<bus::EventEnvelope> published(const QString &type) const;
    /// The payloads of `type` events for one aggregate.
    QList<QJsonObject> payloads(const QString &type, const QString &aggregateId) const;
    int count(const QString &type) const { return int(published(type).size()); }

private:
    mutable QMutex m_mutex;
    QList<bus::EventEnvelope> m_published;
    boost::signals2::scoped_connection m_connection;
};

} // namespace sagashop::test
