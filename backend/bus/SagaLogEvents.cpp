#include "bus/SagaLogEvents.h"

#include "bus/HybridClock.h"

using namespace Qt::StringLiterals;

namespace sagashop::bus {

DomainEvent SagaLogEvents::handlingRecorded(const QString &kind, const EventEnvelope &event, const QString &consumer,
                                            int attempt, const QString &error, qint64 retryInMs)
{
    QJsonObject payload{
        {u"kind"_s, kind},
        {u"eventId"_s, event.eventId.toString(QUuid::WithoutBraces)},
        {u"eventType"_s, event.type},
        {u"eventProducer"_s, event.producer},
        {u"consumer"_s, consumer},
        {u"attempt"_s, attempt},
        {u"at"_s, static_cast<double>(HybridClock::nowMs())},
    };
    if (!error.isEmpty())
        payload.insert(u"error"_s, error);
    if (retryInMs > 0)
        payload.insert(u"retryInMs"_s, static_cast<double>(retryInMs));
    // Keyed by saga so one saga's records stay in order; events outside sagas by aggregate.
    return DomainEvent{HandlingRecorded, event.sagaId.isEmpty() ? event.aggregateId : event.sagaId, payload, {}};
}

} // namespace sagashop::bus
