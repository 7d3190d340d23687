#pragma once

#include "bus/Service.h"
#include "services/export/ExportConfig.h"
#include "services/export/ExportRecord.h"

#include <QFuture>
#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

namespace sagashop::services {

class HttpPoster;

/// Sends confirmed orders to an external data platform (ARCHITECTURE.md §2, §3).
///
/// Consumes OrderExportRequested: POSTs its payload as JSON to the configured URL and waits
/// for the answer (at most timeoutMs + 500 ms) on a network thread of its own, never in a
/// nested event loop. A 2xx answer records the order as 'sent'; anything else throws, so
/// the bus retries with backoff and finally dead-letters the request (the alerting layer
/// watches dead letters). Without a URL the order is recorded as 'skipped'. An order
/// already sent is never sent again. Never publishes anything: an export failure does not
/// undo the order.
///
/// Outage switch (demos, the admin's "Export endpoint down"): while setOutage(true), every
/// request that still has to be sent fails before anything is sent, with "export to <url>
/// failed: endpoint down (…)". The failure is a real handler failure, so the bus retries it
/// with backoff, dead-letters it after the last attempt and the alerting layer raises an
/// "export failed" alert. This also holds when no URL is configured (the demo's default,
/// where exports are otherwise "skipped"): then the data platform itself counts as down, so
/// the switch always produces failures, retries, a dead letter and an alert. The configured
/// URL is untouched (setUrl() during an outage is remembered); switching the outage off
/// resumes with it, and a dead letter retried then is sent (or skipped without a URL).
/// Orders already sent stay ignored: they need no endpoint. Not persisted (a restart is up).
class ExportService : public bus::Service
{
public:
    static inline const QString Name = QStringLiteral("export");

    ExportService(bus::ServiceConfig config, ExportConfig exportConfig);
    ~ExportService() override;

    /// Switches the endpoint at run time (an empty URL turns exporting off); takes effect
    /// with the next request handled. Thread-safe.
    void setUrl(const QUrl &url);
    QUrl url() const;
    int timeoutMs() const noexcept { return m_timeoutMs; }

    /// Switches the simulated outage of the endpoint on or off (see the class comment);
    /// takes effect with the next request handled. Thread-safe.
    void setOutage(bool down);
    bool outage() const noexcept { return m_outage.load(std::memory_order_relaxed); }

    /// Every order handled so far, by order id.
    QFuture<bus::Outcome<QList<ExportRecord>>> exports();
    /// "none" | "sent" | "skipped".
    QFuture<bus::Outcome<QString>> exportState(qint64 orderId);

private:
    void handleExportRequested(const bus::EventEnvelope &event, bus::MessageContext &context);

    mutable QMutex m_mutex;
    QUrl m_url;
    const int m_timeoutMs;
    std::atomic<bool> m_outage{false};
    std::unique_ptr<HttpPoster> m_poster;
};

} // namespace sagashop::services
