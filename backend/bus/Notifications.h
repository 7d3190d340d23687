#pragma once

#include "bus/EventEnvelope.h"
#include "storage/StorageError.h"

#include <QString>
#include <QStringList>

namespace sagashop::bus {

/// Notifications out of the backend (Boost.Signals2, see EventBus::connect*). They are sent
/// from service threads after the transaction they describe has committed.

struct EventPublished
{
    EventEnvelope event;
    QStringList consumers;
};

struct EventHandled
{
    QString consumer;
    EventEnvelope event; ///< attempt is the attempt that succeeded
    bool duplicate = false; ///< redelivered and skipped by the inbox
};

struct EventFailed
{
    QString consumer;
    EventEnvelope event; ///< may be partial when the event could not be decoded
    int attempt = 0;
    QString error;
    bool deadLettered = false;
    qint64 retryInMs = 0; ///< when not dead-lettered
};

struct StorageFailed
{
    QString service;
    storage::StorageError error;
};

} // namespace sagashop::bus
