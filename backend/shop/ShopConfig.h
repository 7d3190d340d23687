#pragma once

#include "bus/RetryPolicy.h"
#include "storage/DatabaseConfig.h"

#include <QString>
#include <QUrl>

namespace sagashop::shop {

/// Everything the backend can be configured with (command line, settings, tests).
struct ShopConfig
{
    /// Where every service keeps its database (one file per service).
    QString dataDir;
    storage::DatabaseConfig::Synchronous synchronous = storage::DatabaseConfig::Synchronous::Normal;
    /// Retries before the DLQ (at least 5 attempts, so two failures in a row still succeed).
    bus::RetryPolicy retry{5, 100, 2.0, 5000, 0.2};
    /// Units per group commit (1 = one commit per event).
    int maxBatch = 512;
    /// The seed catalogue; empty = the one built into the application.
    QString catalogPath;
    /// Where confirmed orders are exported (empty: exports are recorded as skipped).
    QUrl exportUrl;
    int exportTimeoutMs = 3000;
    /// Slack-compatible webhook for alerts (empty: alerts are only stored and logged).
    QUrl webhookUrl;
    /// How often the reconciler runs, and after how long without progress a saga is stuck.
    int reconcileIntervalMs = 30'000;
    int stuckAfterMs = 10'000;
};

} // namespace sagashop::shop
