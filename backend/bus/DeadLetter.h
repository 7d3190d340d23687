#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace sagashop::bus {

/// An event a consumer gave up on: after the retry policy's last attempt, or at once when it
/// cannot be decoded or has no handler. Persisted in the consumer's own database.
struct DeadLetter
{
    QUuid id;
    QString consumer;
    QUuid eventId;
    QString eventType;   ///< empty when the event could not be decoded
    QString aggregateId; ///< empty when the event could not be decoded
    QString sagaId;      ///< empty when the event could not be decoded or has no saga
    QByteArray envelope; ///< the event exactly as it arrived
    QString error;       ///< the last failure, in words
    int attempts = 0;
    qint64 firstFailureAt = 0; ///< UTC ms
    qint64 lastFailureAt = 0;  ///< UTC ms
};

/// What happened when an admin retried a dead letter.
struct DeadLetterRetryResult
{
    enum class Status { Handled, FailedAgain, NotFound, StorageFailed };
    Status status = Status::NotFound;
    QString error; ///< why it failed again (or why storage failed)
};

} // namespace sagashop::bus
