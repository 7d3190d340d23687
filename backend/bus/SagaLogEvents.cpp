#include "bus/SagaLogEvents.h"

#include "bus/HybridClock.h"

using namespace Qt::StringLiterals;

namespace sagashop::bus {

QJsonObject SagaLogEvents::handlingRecord(const QString &kind, const EventEnvelope &event, const QString &consumer,
                                          int attempt, const QString &error, qint64 retryInMs, qint64 sequence)
{
    QJsonObject record{
        {u"kind"_s, kind},
        {u"seq"_s, static_cast<double>(sequence)},
        {u"sagaId"_s, event.sagaId},
        {u"aggregateId"_s, event.aggregateId},
        {u"eventId"_s, event.eventId.toString(QUuid::WithoutBraces)},
        {u"eventType"_s, event.type},
        {u"eventProducer"_s, event.producer},
        {u"consumer"_s, consumer},
        {u"attempt"_s, attempt},
        {u"at"_s, static_cast<double>(HybridClock::nowMs())},
    };
    if (!error.isEmpty())
        record.insert(u"error"_s, error);
    if (retryInMs > 0)
        record.insert(u"retryInMs"_s, static_cast<double>(retryInMs));
    return record;
}

DomainEvent SagaLogEvents::handlingRecorded(const QString &consumer, const QJsonArray &records)
{
    return DomainEvent{HandlingRecorded, u"handling:"_s + consumer, QJsonObject{{u"records"_s, records}}, {}};
}

} // namespace sagashop::bus
