#pragma once

#include <QtGlobal>

#include <atomic>

namespace sagashop::bus {

/// A process-wide, strictly increasing sequence stamped on every event as it enters an
/// outbox. It is max(last + 1, wall clock in microseconds), so it also keeps growing across
/// restarts without being persisted. An event produced while handling another therefore
/// always carries a larger sequence than its cause: sorting by it gives a causal order
/// (used when outboxes are re-published after a crash and for saga timelines).
class HybridClock
{
public:
    qint64 next() noexcept;
    /// Makes every future value larger than `seen` (used with values read back from disk).
    void observe(qint64 seen) noexcept;

    static qint64 nowMs();

private:
    std::atomic<qint64> m_last{0};
};

} // namespace sagashop::bus
