#pragma once

#include "bus/Service.h"
#include "services/export/ExportConfig.h"
#include "services/export/ExportRecord.h"

#include <QFuture>
#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>

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

    /// Every order handled so far, by order id.
    QFuture<bus::Outcome<QList<ExportRecord>>> exports();
    /// "none" | "sent" | "skipped".
    QFuture<bus::Outcome<QString>> exportState(qint64 orderId);

private:
    void handleExportRequested(const bus::EventEnvelope &event, bus::MessageContext &context);

    mutable QMutex m_mutex;
    QUrl m_url;
    const int m_timeoutMs;
    std::unique_ptr<HttpPoster> m_poster;
};

} // namespace sagashop::services
