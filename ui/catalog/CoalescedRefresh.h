#pragma once

#include <QtGlobal>

#include <functional>

namespace sagashop::ui {

/// Runs an asynchronous refresh (a backend read) at most once at a time. A request while
/// one is running queues exactly one more, started when the running one finishes, so a burst
/// of events costs at most two reads. GUI thread only.
///
/// Each run has a serial number; request() returns the serial of the run whose result will
/// reflect everything committed before the request, and completed() the serial of the
/// last run that finished, so a caller can tell when "a read after X" has landed.
class CoalescedRefresh
{
public:
    /// `start` begins one run; its completion must call finished().
    explicit CoalescedRefresh(std::function<void()> start);

    /// Asks for a run; returns its serial.
    quint64 request();
    /// The running run completed (its results are applied); starts the queued one, if any.
    void finished();
    /// Forgets the running and the queued run (their results are to be ignored). Serials
    /// keep counting, so completed() never goes back.
    void cancel();

    bool isRunning() const noexcept { return m_running; }
    quint64 completed() const noexcept { return m_completed; }

private:
    void startNext();

    std::function<void()> m_start;
    bool m_running = false;
    bool m_queued = false;
    quint64 m_serial = 0; ///< the serial of the run started last
    quint64 m_completed = 0; ///< the serial of the run finished last
};

} // namespace sagashop::ui
