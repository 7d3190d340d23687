#include "common/ScriptService.h"

using namespace Qt::StringLiterals;

namespace sagashop::test {

ScriptService::ScriptService(bus::ServiceConfig config, bus::EventBus &bus) : Service(std::move(config))
{
    m_connection = bus.connectEventPublished([this](const bus::EventPublished &e) {
        QMutexLocker lock(&m_mutex);
        m_published.append(e.event);
    });
}

QFuture<bus::Outcome<QString>> ScriptService::publish(bus::DomainEvent event)
{
    if (event.sagaId.isEmpty())
        event.sagaId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return execute<QString>([event](bus::MessageContext &context) {
        context.publish(event);
        return event.sagaId;
    });
}

QList<bus::EventEnvelope> ScriptService::published() const
{
    QMutexLocker lock(&m_mutex);
    return m_published;
}

QList<bus::EventEnvelope> ScriptService::published(const QString &type) const
{
    QList<bus::EventEnvelope> matching;
    for (const bus::EventEnvelope &e : published()) {
        if (e.type == type)
            matching.append(e);
    }
    return matching;
}

QList<QJsonObject> ScriptService::payloads(const QString &type, const QString &aggregateId) const
{
    QList<QJsonObject> matching;
    for (const bus::EventEnvelope &e : published(type)) {
        if (e.aggregateId == aggregateId)
            matching.append(e.payload);
    }
    return matching;
}

} // namespace sagashop::test
