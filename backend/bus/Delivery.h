#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>

namespace sagashop::bus {

/// One event on its way to one consumer, as the transport carries it: the encoded envelope
/// (decoded strictly by the consumer) plus what is needed to acknowledge it to its outbox.
struct Delivery
{
    /// The event's hybrid-clock sequence (see HybridClock); orders re-published events.
    qint64 sequence = 0;
    /// The service whose outbox holds the event; empty when it came from outside the bus.
    QString producer;
    /// The outbox row's event id (also checked against the decoded envelope).
    QUuid eventId;
    QByteArray bytes;
};

/// "Consumer X is done with event E" (handled, duplicate or dead-lettered): the producer
/// may drop E's outbox row for X.
struct Acknowledgement
{
    QUuid eventId;
    QString consumer;
};

} // namespace sagashop::bus
