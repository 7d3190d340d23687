#pragma once

#include "saga/SagaLogEntry.h"
#include "storage/DatabaseConfig.h"

#include <QString>

namespace sagashop::selftest {

/// Runs chains through a bus of `stages` ChainStageServices (plus the saga log) in a data
/// directory and measures them: the headless self-test demo and bus-bench both use it.
struct ChainRunConfig
{
    QString dataDir;
    int stages = 7;
    int chains = 1000;
    /// Chains in flight at once (a new one starts as one completes).
    int window = 64;
    /// Units per transaction (ServiceConfig::maxBatch); 1 = one commit per event.
    int maxBatch = 128;
    storage::DatabaseConfig::Synchronous synchronous = storage::DatabaseConfig::Synchronous::Normal;
    bool withSagaLog = true;
    /// Called from the main thread after every `progressEvery` completed chains.
    int progressEvery = 0;
    std::function<void(int completed)> progress;
};

struct ChainRunReport
{
    int started = 0;
    int completed = 0;
    double seconds = 0;
    double chainsPerSecond = 0;
    double eventsPerSecond = 0;   ///< events handled by all consumers per second
    qint64 eventsHandled = 0;
    qint64 commits = 0;
    double commitsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 deadLetters = 0;
    qint64 retries = 0;
    /// With the saga log: how long after the last chain completed the log had recorded
    /// every step, and the chains/s counted until then (the end-to-end figure).
    double logCatchUpSeconds = 0;
    double endToEndChainsPerSecond = 0;
    /// The last chain's timeline, read back from the saga log.
    QList<saga::SagaLogEntry> sampleTimeline;
    QString error; ///< set when the run could not start (storage)
};

/// Blocks (running an event loop) until every chain completed. Needs a QCoreApplication.
ChainRunReport runChains(const ChainRunConfig &config);

} // namespace sagashop::selftest
