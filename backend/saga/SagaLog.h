#pragma once

#include "bus/Service.h"
#include "saga/SagaLogConfig.h"
#include "saga/SagaLogEntry.h"

#include <QFuture>
#include <QHash>
#include <QSet>

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
    /// A page of saga summaries (status, search, time ranges, keyset or offset), most recently
    /// updated first. A search the log does not understand fails with its reason.
    QFuture<bus::Outcome<QList<SagaSummary>>> sagas(const SagaQuery &query);
    /// Sagas per status (with "stuck" split off when `stuckAfterMs` > 0), for filter chips:
    /// the finished statuses from a small table kept in the transaction that changes a status,
    /// the open ones (running, compensating: few) counted on their index.
    QFuture<bus::Outcome<SagaStatusCounts>> counts(qint64 stuckAfterMs);
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
    /// `now` 0: the current time.
    static SagaStatusCounts queryCounts(storage::Database &db, qint64 stuckAfterMs, qint64 now);

    static storage::Schema schema();

protected:
    /// Fills in the order, user and amount of sagas logged before schema version 2 (once).
    void started(bus::MessageContext &context) override;

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
        qint64 orderId = 0;    ///< the first order/user the entries name
        qint64 userId = 0;
        qint64 amount = 0;     ///< the latest amount they name (hasAmount)
        bool hasAmount = false;
        bool payloadFacts = false; ///< a payload named the order or user (not just an aggregate)

        void add(const SagaLogEntry &entry);
    };
    void updateSaga(storage::Database &db, const SagaDelta &delta);
    /// No status change possible (no status event, no compensation): one UPDATE (or INSERT).
    void updateSagaKeepingStatus(storage::Database &db, const SagaDelta &delta);
    /// A status may change: moves the counts with it.
    void updateSagaStatus(storage::Database &db, const SagaDelta &delta);
    /// The UPDATE of a status change, guarded by the `expected` status (empty: any); false
    /// when no row matched.
    bool updateSagaRow(storage::Database &db, const SagaDelta &delta, const QString &status, const QString &expected,
                       bool earlierStart);
    void insertSaga(storage::Database &db, const SagaDelta &delta, const QString &status);
    /// For a row made before its saga's first event: the order, user and start it brings.
    void fixIncomplete(storage::Database &db, const SagaDelta &delta);
    QString nextStatus(const SagaDelta &delta, const QString &current) const;
    void rememberStatus(const QString &sagaId, const QString &status);
    static void countStatus(storage::Database &db, const QString &status, int change);

    SagaLogConfig m_sagas;
    // Hints that save reads and writes in updateSaga() (service thread only; bounded; wrong
    // or forgotten hints cost a read, never a wrong row):
    QHash<QString, QString> m_hintStatus;   ///< the status last written per saga
    QSet<QString> m_hintIncomplete;         ///< rows made without a user (before the first event)
};

} // namespace sagashop::saga
