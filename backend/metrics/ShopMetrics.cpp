#include "metrics/ShopMetrics.h"

#include "bus/Service.h"
#include "saga/CheckoutEvents.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <bit>
#include <list>
#include <mutex>
#include <vector>

namespace sagashop::metrics {

namespace {

constexpr int ExactBins = 256;      // 0 … 255 ms: one bin per millisecond
constexpr int SubBits = 7;          // 128 bins per power of two above that
constexpr int MaxMsb = 23;          // latencies are capped below 2^24 ms
constexpr int LatencyBins = ExactBins + (MaxMsb - 7) * (1 << SubBits);
constexpr qint64 MaxLatency = (qint64(1) << (MaxMsb + 1)) - 1;

enum class Kind { None, Placed, Confirmed, Failed, Compensated, Cancelled };

Kind kindOf(const QString &type)
{
    namespace E = saga::CheckoutEvents;
    // Cheap rejections first: QString equality compares the lengths before the characters.
    if (type == E::PaymentRequested)
        return Kind::Placed;
    if (type == E::OrderCompleted)
        return Kind::Confirmed;
    if (type == E::OrderFailed)
        return Kind::Failed;
    if (type == E::OrderCompensated)
        return Kind::Compensated;
    if (type == E::OrderCancelled)
        return Kind::Cancelled;
    return Kind::None;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

int slotOf(qint64 second, int size)
{
    const qint64 m = second % size;
    return int(m < 0 ? m + size : m);
}

} // namespace

int ShopMetrics::latencyBin(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, MaxLatency);
    if (ms < ExactBins)
        return int(ms);
    const int msb = 63 - std::countl_zero(quint64(ms)); // 8 … MaxMsb
    const int sub = int((ms >> (msb - SubBits)) & ((1 << SubBits) - 1));
    return ExactBins + (msb - 8) * (1 << SubBits) + sub;
}

qint64 ShopMetrics::latencyBinLowerEdge(int bin)
{
    if (bin < ExactBins)
        return bin;
    const int k = (bin - ExactBins) >> SubBits;
    const int sub = (bin - ExactBins) & ((1 << SubBits) - 1);
    const int msb = k + 8;
    return (qint64((1 << SubBits) + sub)) << (msb - SubBits);
}

class ShopMetrics::Core
{
public:
    Core(Clock clock, ShopMetricsConfig config)
        : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
        , m_config(config)
    {
        m_config.historySeconds = std::max(1, m_config.historySeconds);
        m_config.windowSeconds = std::max(1, m_config.windowSeconds);
        m_config.smoothingSeconds = std::clamp(m_config.smoothingSeconds, 1, m_config.historySeconds);
        m_config.maxPendingSagas = std::max(1, m_config.maxPendingSagas);
        m_series.resize(size_t(m_config.historySeconds) + 1);
        m_histograms.assign(size_t(m_config.windowSeconds + 1) * LatencyBins, 0);
        m_window.assign(LatencyBins, 0);
    }

    const ShopMetricsConfig &config() const { return m_config; }

    void record(const bus::EventPublished &notification)
    {
        const Kind kind = kindOf(notification.event.type);
        if (kind == Kind::None)
            return;
        const qint64 second = floorDiv(m_clock(), 1000);
        const bus::EventEnvelope &event = notification.event;

        std::lock_guard lock(m_mutex);
        advanceTo(second);
        SecondSample &s = m_series[size_t(slotOf(m_current, int(m_series.size())))];
        switch (kind) {
        case Kind::Placed: {
            if (!event.sagaId.isEmpty() && m_pending.contains(event.sagaId))
                return; // published again (outbox after a restart): one saga, one placement
            ++s.placed;
            ++m_totals.placed;
            if (event.sagaId.isEmpty())
                return;
            if (m_pending.size() >= m_config.maxPendingSagas) {
                m_pending.remove(m_order.front()); // the oldest: most likely stuck
                m_order.pop_front();
                ++m_dropped;
            }
            m_order.push_back(event.sagaId);
            m_pending.insert(event.sagaId, Pending{event.occurredAt, std::prev(m_order.end())});
            return;
        }
        case Kind::Confirmed:
        case Kind::Failed: {
            if (kind == Kind::Confirmed) {
                ++s.confirmed;
                ++m_totals.confirmed;
            } else {
                ++s.failed;
                ++m_totals.failed;
            }
            const auto it = m_pending.find(event.sagaId);
            if (it == m_pending.end())
                return;
            const qint64 latency = std::max<qint64>(0, event.occurredAt - it->placedAt);
            ++m_histograms[size_t(slotOf(m_current, m_config.windowSeconds + 1)) * LatencyBins
                           + size_t(ShopMetrics::latencyBin(latency))];
            m_order.erase(it->order);
            m_pending.erase(it);
            return;
        }
        case Kind::Compensated:
            ++s.compensated;
            ++m_totals.compensated;
            return;
        case Kind::Cancelled:
            ++s.cancelled;
            ++m_totals.cancelled;
            return;
        case Kind::None:
            return;
        }
    }

    MetricsSnapshot sample()
    {
        MetricsSnapshot snapshot;
        snapshot.at = m_clock();
        const qint64 second = floorDiv(snapshot.at, 1000);

        std::lock_guard lock(m_mutex);
        advanceTo(second);
        const int history = m_config.historySeconds;
        snapshot.seconds.reserve(history);
        for (qint64 k = m_current - history; k < m_current; ++k)
            snapshot.seconds.append(closed(k));

        double placed = 0;
        double confirmed = 0;
        for (qsizetype i = snapshot.seconds.size() - m_config.smoothingSeconds; i < snapshot.seconds.size(); ++i) {
            placed += snapshot.seconds.at(i).placed;
            confirmed += snapshot.seconds.at(i).confirmed;
        }
        snapshot.checkoutsPerSecond = placed / m_config.smoothingSeconds;
        snapshot.confirmedPerSecond = confirmed / m_config.smoothingSeconds;
        const SecondSample &last = snapshot.seconds.constLast();
        if (last.failureRate >= 0)
            snapshot.failureRate = last.failureRate;
        if (last.compensationRate >= 0)
            snapshot.compensationRate = last.compensationRate;
        if (last.p50Ms >= 0)
            snapshot.p50Ms = last.p50Ms;
        if (last.p99Ms >= 0)
            snapshot.p99Ms = last.p99Ms;
        snapshot.inFlight = m_pending.size();
        snapshot.droppedSagas = m_dropped;
        snapshot.placedTotal = m_totals.placed;
        snapshot.confirmedTotal = m_totals.confirmed;
        snapshot.failedTotal = m_totals.failed;
        snapshot.compensatedTotal = m_totals.compensated;
        snapshot.cancelledTotal = m_totals.cancelled;
        return snapshot;
    }

private:
    struct Pending
    {
        qint64 placedAt = 0;
        std::list<QString>::iterator order;
    };

    /// The sample of closed second `k` (zeros when it is older than the ring or predates us).
    SecondSample closed(qint64 k) const
    {
        const SecondSample &s = m_series[size_t(slotOf(k, int(m_series.size())))];
        if (m_started && s.second == k * 1000)
            return s;
        SecondSample empty;
        empty.second = k * 1000;
        return empty;
    }

    /// Makes `second` the one being recorded, closing every second before it (m_mutex held).
    /// A clock that goes back keeps recording into the current second.
    void advanceTo(qint64 second)
    {
        const qint64 ringSpan = qint64(m_config.historySeconds) + m_config.windowSeconds + 1;
        if (!m_started || second - m_current > ringSpan) {
            // First use, or silent for longer than anything we keep: start afresh.
            std::fill(m_histograms.begin(), m_histograms.end(), 0);
            std::fill(m_window.begin(), m_window.end(), 0);
            m_windowCount = 0;
            for (SecondSample &s : m_series)
                s = SecondSample{};
            m_started = true;
            m_current = second;
            open(second);
            return;
        }
        while (m_current < second) {
            close(m_current);
            ++m_current;
            open(m_current);
        }
    }

    void open(qint64 k)
    {
        SecondSample &s = m_series[size_t(slotOf(k, int(m_series.size())))];
        s = SecondSample{};
        s.second = k * 1000;
        // The slot of second k last held k - windowSeconds - 1, already out of the window.
        quint32 *h = histogram(k);
        std::fill(h, h + LatencyBins, 0);
    }

    void close(qint64 k)
    {
        const int window = m_config.windowSeconds;
        // Slide the latency window: drop second k - window (it shares its slot with k + 1),
        // add second k.
        const quint32 *leaving = histogram(k + 1);
        const quint32 *arriving = histogram(k);
        for (int b = 0; b < LatencyBins; ++b) {
            m_window[size_t(b)] += arriving[b];
            m_window[size_t(b)] -= leaving[b];
            m_windowCount += qint64(arriving[b]) - qint64(leaving[b]);
        }

        SecondSample &s = m_series[size_t(slotOf(k, int(m_series.size())))];
        qint64 confirmed = 0;
        qint64 failed = 0;
        qint64 compensated = 0;
        qint64 cancelled = 0;
        for (qint64 j = k - window + 1; j <= k; ++j) {
            const SecondSample &w = m_series[size_t(slotOf(j, int(m_series.size())))];
            if (w.second != j * 1000)
                continue;
            confirmed += w.confirmed;
            failed += w.failed;
            compensated += w.compensated;
            cancelled += w.cancelled;
        }
        const qint64 finished = confirmed + failed;
        s.failureRate = finished > 0 ? 100.0 * double(failed) / double(finished) : -1;
        const qint64 ended = finished + cancelled;
        s.compensationRate = ended > 0 ? std::min(100.0, 100.0 * double(compensated) / double(ended)) : -1;

        s.p50Ms = -1;
        s.p99Ms = -1;
        if (m_windowCount > 0) {
            const qint64 rank50 = (m_windowCount + 1) / 2;
            const qint64 rank99 = (99 * m_windowCount + 99) / 100;
            qint64 cumulative = 0;
            for (int b = 0; b < LatencyBins; ++b) {
                cumulative += m_window[size_t(b)];
                if (s.p50Ms < 0 && cumulative >= rank50)
                    s.p50Ms = ShopMetrics::latencyBinLowerEdge(b);
                if (cumulative >= rank99) {
                    s.p99Ms = ShopMetrics::latencyBinLowerEdge(b);
                    break;
                }
            }
        }
    }

    quint32 *histogram(qint64 second)
    {
        return m_histograms.data() + size_t(slotOf(second, m_config.windowSeconds + 1)) * LatencyBins;
    }

    Clock m_clock;
    ShopMetricsConfig m_config;

    std::mutex m_mutex; // guards everything below
    bool m_started = false;
    qint64 m_current = 0;               ///< the second being recorded
    std::vector<SecondSample> m_series; ///< ring of historySeconds + 1 (the open second too)
    std::vector<quint32> m_histograms;  ///< ring of windowSeconds + 1 latency histograms
    std::vector<quint32> m_window;      ///< the closed seconds of the window, summed
    qint64 m_windowCount = 0;
    std::list<QString> m_order;         ///< pending saga ids, oldest placement first
    QHash<QString, Pending> m_pending;
    qint64 m_dropped = 0;
    struct
    {
        qint64 placed = 0, confirmed = 0, failed = 0, compensated = 0, cancelled = 0;
    } m_totals;
};

ShopMetrics::ShopMetrics(bus::EventBus &bus, Clock clock, ShopMetricsConfig config)
    : m_core(std::make_shared<Core>(std::move(clock), config))
    , m_bus(&bus)
{
    m_connection = bus.connectEventPublished(
            [core = m_core](const bus::EventPublished &notification) { core->record(notification); });
}

ShopMetrics::ShopMetrics(Clock clock, ShopMetricsConfig config)
    : m_core(std::make_shared<Core>(std::move(clock), config))
{
}

ShopMetrics::~ShopMetrics() = default;

const ShopMetricsConfig &ShopMetrics::config() const noexcept
{
    return m_core->config();
}

void ShopMetrics::record(const bus::EventPublished &notification)
{
    m_core->record(notification);
}

MetricsSnapshot ShopMetrics::sample()
{
    MetricsSnapshot snapshot = m_core->sample();
    if (m_bus) {
        const QList<bus::Service *> services = m_bus->services();
        snapshot.queues.reserve(services.size());
        for (const bus::Service *service : services) {
            if (service->consumesEvents()) // the others never queue a delivery
                snapshot.queues.append(QueueDepth{service->name(), service->stats().queued});
        }
    }
    return snapshot;
}

} // namespace sagashop::metrics
