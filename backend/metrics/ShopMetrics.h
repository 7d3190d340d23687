#pragma once

#include "bus/EventBus.h"
#include "bus/Notifications.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <functional>
#include <memory>
#include <optional>

namespace sagashop::metrics {

/// How much ShopMetrics remembers and over which windows it computes.
struct ShopMetricsConfig
{
    /// Length of the per-second series (5 minutes).
    int historySeconds = 300;
    /// The sliding window of the rates and the latency percentiles (closed seconds).
    int windowSeconds = 30;
    /// checkoutsPerSecond and confirmedPerSecond are averages over this many closed seconds.
    int smoothingSeconds = 5;
    /// Most sagas waiting for their terminal event; beyond it the oldest is forgotten (and
    /// counted in droppedSagas: it adds no latency sample when it finishes).
    int maxPendingSagas = 20'000;
};

/// The figures of one closed second. Counts are events published during that second (by
/// the time they reached ShopMetrics); rates and percentiles are over the sliding window
/// that ends with this second.
struct SecondSample
{
    qint64 second = 0; ///< start of the second, UTC ms
    int placed = 0;      ///< PaymentRequested (a checkout saga began)
    int confirmed = 0;   ///< OrderCompleted (the order is CONFIRMED)
    int failed = 0;      ///< OrderFailed
    int compensated = 0; ///< OrderCompensated (every expected restore came back)
    int cancelled = 0;   ///< OrderCancelled (an admin cancelled a CONFIRMED order)
    double failureRate = -1;      ///< percent, -1 when no saga finished in the window
    double compensationRate = -1; ///< percent, -1 when no saga ended in the window
    qint64 p50Ms = -1; ///< -1 when no latency sample in the window
    qint64 p99Ms = -1;
};

/// Deliveries waiting or in transit for one service (bus::ServiceStats::queued).
struct QueueDepth
{
    QString service;
    qint64 depth = 0;
    bool operator==(const QueueDepth &) const = default;
};

/// What ShopMetrics::sample() returns: the series and the current values.
struct MetricsSnapshot
{
    qint64 at = 0; ///< when it was taken (the clock, UTC ms)
    /// The last historySeconds closed seconds, oldest first; seconds before ShopMetrics
    /// existed read as zero counts and -1 rates/percentiles.
    QList<SecondSample> seconds;

    double checkoutsPerSecond = 0; ///< placed/s, mean over the last smoothingSeconds
    double confirmedPerSecond = 0; ///< confirmed/s, same window
    std::optional<double> failureRate;      ///< as in the last closed second's sample
    std::optional<double> compensationRate;
    std::optional<qint64> p50Ms;
    std::optional<qint64> p99Ms;
    qint64 inFlight = 0;     ///< sagas placed whose terminal event has not been seen yet
    qint64 droppedSagas = 0; ///< pending sagas forgotten because of maxPendingSagas
    /// Totals since ShopMetrics was created.
    qint64 placedTotal = 0, confirmedTotal = 0, failedTotal = 0, compensatedTotal = 0, cancelledTotal = 0;
    /// Every service on the bus, in the bus's order (empty without a bus).
    QList<QueueDepth> queues;
};

/// Live figures of the checkout saga for the admin dashboard, fed by the bus's
/// EventPublished notifications (service threads) and sampled once a second (any thread).
///
/// Definitions (the clock is injected; seconds are clock seconds, floor(ms / 1000)):
///  - An event counts in the second in which its notification reached ShopMetrics.
///  - Saga latency: occurredAt of the saga's terminal event (its first OrderCompleted or
///    OrderFailed) minus occurredAt of its PaymentRequested (both producer timestamps of the
///    same saga id), counted in the second of the terminal event. Sagas placed before
///    ShopMetrics existed, or dropped from the pending map, give no sample.
///  - p50 / p99: nearest-rank percentiles (the smallest latency L such that at least 50 % /
///    99 % of the samples are <= L) of the samples of the windowSeconds closed seconds
///    ending with the sample's second. Latencies are binned: exact below 256 ms, above that
///    in bins of less than 0.8 % width (128 per power of two), reported as the bin's lower
///    edge; capped at 2^24 ms (about 4.6 h).
///  - failureRate = failed / (confirmed + failed) x 100 over the same window.
///  - compensationRate = compensated / (confirmed + failed + cancelled) x 100 over the same
///    window, capped at 100 (a compensation may land a second after its failure).
///  - Queue depth: bus::ServiceStats::queued of each service at sampling time (deliveries
///    waiting, in retry, or handed to the service's thread and not yet handled).
///
/// Thread-safety: record() may run on any thread concurrently; events of other types return
/// before any lock, the five saga types take one short mutex (O(1) work; once per second the
/// first call also folds the closed second into the window, O(bins)). Memory is bounded:
/// the series is a ring of historySeconds entries, the latency histograms a ring of
/// windowSeconds + 1, the pending map holds at most maxPendingSagas sagas.
///
/// A publication counts once per notification: an event published again after a crash
/// (at-least-once outbox) counts again; a second PaymentRequested of a saga already pending
/// does not.
class ShopMetrics
{
public:
    using Clock = std::function<qint64()>; ///< UTC ms

    /// Follows `bus` (connects to its EventPublished notifications until destroyed) and
    /// reads its services' queue depths. The clock defaults to the system's UTC clock.
    explicit ShopMetrics(bus::EventBus &bus, Clock clock = {}, ShopMetricsConfig config = {});
    /// Without a bus: fed only through record() (tests); no queue depths.
    explicit ShopMetrics(Clock clock, ShopMetricsConfig config = {});
    ~ShopMetrics();
    ShopMetrics(const ShopMetrics &) = delete;
    ShopMetrics &operator=(const ShopMetrics &) = delete;

    const ShopMetricsConfig &config() const noexcept;

    /// Takes one notification into account (what the bus connection calls). Thread-safe.
    void record(const bus::EventPublished &notification);
    /// The series of the last closed seconds and the current values. Thread-safe.
    MetricsSnapshot sample();

    /// The latency bin of `ms` and the bin's lower edge (exposed for tests).
    static int latencyBin(qint64 ms);
    static qint64 latencyBinLowerEdge(int bin);

private:
    class Core;
    /// Shared with the bus connection, so a notification still running on a service thread
    /// while ShopMetrics is destroyed finds its state alive.
    std::shared_ptr<Core> m_core;
    bus::EventBus *m_bus = nullptr;
    boost::signals2::scoped_connection m_connection;
};

} // namespace sagashop::metrics
