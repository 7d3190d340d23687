#pragma once

#include "bus/RetryPolicy.h"
#include "storage/DatabaseConfig.h"

#include <QString>

namespace sagashop::bus {

struct ServiceConfig
{
    /// Unique service name ("inventory"); also the consumer name in outboxes and the log.
    QString name;
    storage::DatabaseConfig database;
    RetryPolicy retry;
    /// Most units of work (deliveries and commands) committed in one transaction. Each unit
    /// is isolated by a savepoint, so one failing unit never undoes another. 1 disables
    /// group commit (one commit per event).
    int maxBatch = 128;
    /// How long acknowledgements may wait for a transaction to ride along with.
    int ackFlushMs = 25;
    /// Upper bound of the pause after a storage failure (disk full, locked) before the
    /// service tries its pending work again; the pause doubles from 50 ms up to this.
    int storageRetryMaxMs = 5000;
};

} // namespace sagashop::bus
