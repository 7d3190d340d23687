#pragma once

#include "bus/Service.h"
#include "saga/SagaLogConfig.h"
#include "saga/SagaLogEntry.h"

#include <QFuture>

#include <optional>

namespace sagashop::saga {

/// The saga log: a projection that subscribes to every domain event and to the bus's
/// handling records, and keeps, in its own database, every publish, handle, retry,
/// dead-letter and compensation with timestamps, service, attempt and causation, plus one
/// summary row per saga. The admin client reads sagas from here instead of querying every
/// service's database. Being a normal consumer, it gets everything at least once and its
/// inbox makes that exactly once.
class SagaLog : public bus::Service
{
public:
    static inline const QString ServiceName = QStringLiteral("saga-log");

    SagaLog(bus::ServiceConfig config, SagaLogConfig sagas);

    /// One saga's entries in causal order.
    QFuture<bus::Outcome<QList<SagaLogEntry>>> timeline(const QString &sagaId);
    /// A page of entries by time range and kind, newest first.
    QFuture<bus::Outcome<QList<SagaLogEntry>>> entries(const EntryQuery &query);
    /// A page of saga summaries by status and time range, most recently updated first.
    QFuture<bus::Outcome<QList<SagaSummary>>> sagas(const SagaQuery &query);
    QFuture<bus::Outcome<std::optional<SagaSummary>>> saga(const QString &sagaId);

    // --- admin actions (shop::AdminActions) ---------------------------------------------------
    /// Entries of this kind record what an administrator did to a saga.
    static inline const QString AdminKind = QStringLiteral("admin");
    /// Records an administrator's action on a saga, as a command in the saga log's own
    /// transaction: one saga_log entry {kind "admin", service "admin", eventType
    /// "admin.<action>", eventId a new id, aggregateId "order-<detail.orderId>" (or ""),
    /// attempt 1, error detail.error, payload {admin, action, ...detail}, at `at` (0: now)}
    /// sorting at `sequence` (0: after everything the saga log holds of this saga), and
    /// bumps the saga's summary (updated_at, entries). Resolves to the entry (id 0).
    /// Errors: "[not_found] …" when the saga log has no such saga (nothing is written).
    QFuture<bus::Outcome<SagaLogEntry>> recordAdminAction(const QString &sagaId, const QString &admin,
                                                          const QString &action, const QJsonObject &detail,
                                                          qint64 at = 0, qint64 sequence = 0);

    /// The same queries, run directly on a database (benchmarks, tools).
    static QList<SagaLogEntry> queryTimeline(storage::Database &db, const QString &sagaId);
    static QList<SagaLogEntry> queryEntries(storage::Database &db, const EntryQuery &query);
    static QList<SagaSummary> querySagas(storage::Database &db, const SagaQuery &query);

    static storage::Schema schema();

private:
    void recordPublished(const bus::EventEnvelope &event, bus::MessageContext &context);
    void recordHandling(const bus::EventEnvelope &record, bus::MessageContext &context);
    void insertEntry(storage::Database &db, const SagaLogEntry &entry);
    /// What some entries of one saga change in its summary row.
    struct SagaDelta
    {
        QString sagaId;
        qint64 firstAt = 0;
        qint64 lastAt = 0;
        int entries = 0;
        int retries = 0;
        int deadLetters = 0;
        int compensations = 0;
        QString publishedType; ///< the last published event's type, if any
        QString newStatus;     ///< set by the status policy, if any

        void add(const SagaLogEntry &entry);
    };
    void updateSaga(storage::Database &db, const SagaDelta &delta);

    SagaLogConfig m_sagas;
};

} // namespace sagashop::saga
