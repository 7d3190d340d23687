#include "ui/catalog/CoalescedRefresh.h"

#include <utility>

namespace sagashop::ui {

CoalescedRefresh::CoalescedRefresh(std::function<void()> start)
    : m_start(std::move(start))
{ }

quint64 CoalescedRefresh::request()
{
    if (m_running) {
        m_queued = true;
        return m_serial + 1; // the queued run starts after this request: it covers it
    }
    startNext();
    return m_serial;
}

void CoalescedRefresh::finished()
{
    if (!m_running)
        return;
    m_running = false;
    m_completed = m_serial;
    if (std::exchange(m_queued, false))
        startNext();
}

void CoalescedRefresh::cancel()
{
    m_running = false;
    m_queued = false;
}

void CoalescedRefresh::startNext()
{
    m_running = true;
    ++m_serial;
    m_start();
}

} // namespace sagashop::ui
