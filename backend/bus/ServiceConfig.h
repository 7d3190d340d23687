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
    /// Backpressure. Deliveries this service may hold in memory (on their way to it, waiting,
    /// or in retry) before the bus stops admitting new commands in every service: events
    /// already committed keep flowing, new work waits in its caller's queue until the backlog
    /// is below this again. Bounds memory whatever the offered load (sagashop-bench).
    int maxQueued = 2000;
    /// How long a command may wait for admission under backpressure before it fails as
    /// "overloaded" (Outcome::storageFailure, HTTP 503), nothing written.
    int admissionTimeoutMs = 10000;
};

} // namespace sagashop::bus
