#include "bus/HybridClock.h"

#include <QDateTime>

#include <chrono>

namespace sagashop::bus {

qint64 HybridClock::next() noexcept
{
    const qint64 wall = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    qint64 last = m_last.load(std::memory_order_relaxed);
    qint64 candidate = 0;
    do {
        candidate = std::max(last + 1, wall);
    } while (!m_last.compare_exchange_weak(last, candidate, std::memory_order_relaxed));
    return candidate;
}

void HybridClock::observe(qint64 seen) noexcept
{
    qint64 last = m_last.load(std::memory_order_relaxed);
    while (last < seen && !m_last.compare_exchange_weak(last, seen, std::memory_order_relaxed)) {
    }
}

qint64 HybridClock::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace sagashop::bus
