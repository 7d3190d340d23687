#include "services/export/ExportService.h"

#include "bus/HybridClock.h"
#include "saga/CheckoutEvents.h"
#include "saga/Payload.h"
#include "services/PayloadFields.h"
#include "services/Sql.h"
#include "services/export/HttpPoster.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcExport, "sagashop.export")

namespace sagashop::services {

namespace {

ExportRecord readRecord(const QSqlQuery &q)
{
    return ExportRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                        q.value(4).toLongLong()};
}

std::optional<ExportRecord> findRecord(storage::Database &db, qint64 orderId)
{
    return sql::one(db, u"SELECT order_id, status, http_status, attempts, at FROM exports WHERE order_id = ?"_s,
                    {orderId}, readRecord);
}

void storeRecord(storage::Database &db, const ExportRecord &record)
{
    sql::exec(db,
              u"INSERT INTO exports (order_id, status, http_status, attempts, at) VALUES (?, ?, ?, ?, ?)"
              " ON CONFLICT (order_id) DO UPDATE SET status = excluded.status,"
              " http_status = excluded.http_status, attempts = excluded.attempts, at = excluded.at"_s,
              {record.orderId, record.status, record.httpStatus, record.attempts, record.at});
}

} // namespace

ExportService::ExportService(bus::ServiceConfig config, ExportConfig exportConfig)
    : Service(std::move(config)), m_url(std::move(exportConfig.url)), m_timeoutMs(qMax(exportConfig.timeoutMs, 1)),
      m_poster(std::make_unique<HttpPoster>())
{
    addSchema(storage::Schema{
        u"export"_s,
        {storage::Migration{1,
                            u"orders sent to (or skipped for) the data platform"_s,
                            {u"CREATE TABLE exports (order_id BIGINT NOT NULL PRIMARY KEY, status TEXT NOT NULL,"
                             " http_status INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,"
                             " at BIGINT NOT NULL)"_s}}},
    });
    subscribe(saga::CheckoutEvents::OrderExportRequested,
              [this](const bus::EventEnvelope &e, bus::MessageContext &c) { handleExportRequested(e, c); });
}

ExportService::~ExportService() = default;

void ExportService::setUrl(const QUrl &url)
{
    QMutexLocker lock(&m_mutex);
    m_url = url;
    qCInfo(lcExport).noquote() << "export endpoint" << (url.isEmpty() ? u"cleared"_s : url.toDisplayString());
}

QUrl ExportService::url() const
{
    QMutexLocker lock(&m_mutex);
    return m_url;
}

void ExportService::setOutage(bool down)
{
    if (m_outage.exchange(down, std::memory_order_relaxed) == down)
        return;
    qCWarning(lcExport).noquote() << (down ? "export endpoint switched DOWN (simulated outage): every export fails"
                                           : "export endpoint back UP: exports resume");
}

void ExportService::handleExportRequested(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const qint64 orderId = requireOrderId(event.payload);
    storage::Database &db = context.database();
    if (const std::optional<ExportRecord> done = findRecord(db, orderId); done && done->status == ExportRecord::Sent) {
        qCDebug(lcExport) << "order" << orderId << "was already exported; request ignored";
        return;
    }

    const QUrl target = url();
    if (outage()) {
        const QString error = target.isEmpty()
                ? u"export failed: endpoint down (simulated outage; no export URL is configured)"_s
                : u"export to %1 failed: endpoint down (simulated outage)"_s.arg(target.toString());
        qCWarning(lcExport).noquote() << u"order %1, attempt %2: %3"_s.arg(orderId).arg(event.attempt).arg(error);
        throw std::runtime_error(error.toStdString());
    }
    const qint64 now = bus::HybridClock::nowMs();
    if (target.isEmpty()) {
        qCInfo(lcExport) << "order" << orderId << "not exported: no export URL is configured";
        storeRecord(db, ExportRecord{orderId, ExportRecord::Skipped, 0, event.attempt, now});
        return;
    }

    const HttpPoster::Result result =
        m_poster->post(target, QJsonDocument(event.payload).toJson(QJsonDocument::Compact), m_timeoutMs);
    if (!result.ok) {
        qCWarning(lcExport).noquote() << u"order %1, attempt %2: %3"_s.arg(orderId).arg(event.attempt).arg(result.error);
        throw std::runtime_error(result.error.toStdString());
    }
    storeRecord(db, ExportRecord{orderId, ExportRecord::Sent, result.httpStatus, event.attempt,
                                 bus::HybridClock::nowMs()});
    qCInfo(lcExport).noquote() << "order" << orderId << "exported to" << target.toDisplayString() << "(HTTP"
                               << result.httpStatus << ", attempt" << event.attempt << ")";
}

QFuture<bus::Outcome<QList<ExportRecord>>> ExportService::exports()
{
    return read<QList<ExportRecord>>([](storage::Database &db) {
        return sql::all(db, u"SELECT order_id, status, http_status, attempts, at FROM exports ORDER BY order_id"_s, {},
                        readRecord);
    });
}

QFuture<bus::Outcome<QString>> ExportService::exportState(qint64 orderId)
{
    return read<QString>([orderId](storage::Database &db) {
        const std::optional<ExportRecord> record = findRecord(db, orderId);
        return record ? record->status : u"none"_s;
    });
}

} // namespace sagashop::services
