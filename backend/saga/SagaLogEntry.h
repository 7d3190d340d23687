#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sagashop::saga {

/// One line of a saga's history: an event published (or a compensation), or what one
/// consumer did with an event (handled, retried, dead-lettered, ...).
struct SagaLogEntry
{
    qint64 id = 0;       ///< insertion order in the log
    qint64 sequence = 0; ///< bus sequence: sorting by it gives causal order
    QString sagaId;
    qint64 at = 0;        ///< UTC ms
    QString kind;         ///< see SagaLogEntry::Kind*
    QString service;      ///< producer for published/compensation, consumer otherwise
    QString eventId;
    QString eventType;
    QString aggregateId;
    QString causationId;
    int attempt = 1;
    QString error;
    QJsonObject payload;  ///< the event's payload (published/compensation only)

    static inline const QString KindPublished = QStringLiteral("published");
    static inline const QString KindCompensation = QStringLiteral("compensation");
};

/// The summary of one saga, kept up to date as its entries arrive.
struct SagaSummary
{
    QString sagaId;
    /// The status the log recorded: "running", "compensating", or what an event set (for the
    /// checkout: completed, failed, compensated, abnormal). See `stuck` and shownStatus().
    QString status;
    qint64 startedAt = 0;
    qint64 updatedAt = 0;
    QString lastEventType;
    int entries = 0;
    int retries = 0;
    int deadLetters = 0;
    int compensations = 0;
    /// From the saga's events: payload "orderId" (or an aggregate "order-<id>"), payload
    /// "userId", and the amount to pay (the latest "finalAmount", else "amount"); 0 while
    /// unknown. Money in won.
    qint64 orderId = 0;
    qint64 userId = 0;
    qint64 amount = 0;
    /// Running or compensating with no progress for SagaQuery::stuckAfterMs (only set by
    /// queries that pass a threshold).
    bool stuck = false;

    static inline const QString StatusRunning = QStringLiteral("running");
    static inline const QString StatusCompensating = QStringLiteral("compensating");
    /// Not stored: running or compensating without progress for the stuck threshold.
    static inline const QString StatusStuck = QStringLiteral("stuck");

    /// What lists show: "stuck" for a stuck saga, else the recorded status.
    QString shownStatus() const { return stuck ? StatusStuck : status; }
};

/// How many sagas have each status, for filter chips. "running" and "compensating" count
/// only the sagas still making progress; the others of those two are counted as "stuck", so
/// the counts add up to `total`.
struct SagaStatusCounts
{
    QHash<QString, qint64> byStatus;
    qint64 total = 0;
};

/// A page of entries, newest first, filtered by time range and kinds.
struct EntryQuery
{
    qint64 from = 0;                       ///< inclusive, UTC ms (0: no lower bound)
    qint64 to = 0;                         ///< exclusive, UTC ms (0: no upper bound)
    QStringList kinds;                     ///< empty: every kind
    int limit = 50;                        ///< 1 … 1000
    /// Keyset paging: pass the (at, id) of the last entry of the previous page to get the
    /// next one; stays fast at any depth. `offset` is also accepted for small depths.
    qint64 beforeAt = 0;
    qint64 beforeId = 0;
    int offset = 0;
};

/// What SagaQuery::search asks for (SagaQuery::parseSearch).
struct SagaSearch
{
    enum class Kind { None, Order, Saga, User };
    Kind kind = Kind::None;
    qint64 id = 0;    ///< order or user id
    QString sagaId;   ///< Saga: a whole saga id or its beginning (lower case)
    QString error;    ///< not understood: why, in plain words
};

/// A page of sagas, most recently updated first: ordered by (updatedAt, sagaId) descending.
struct SagaQuery
{
    /// Empty: every status. With stuckAfterMs > 0, "running" and "compensating" mean still
    /// making progress and "stuck" means either of them without progress since
    /// now - stuckAfterMs; without a threshold they are the recorded statuses.
    QString status;
    /// Order id ("123", "#123", "order 123"), saga id or its beginning ("0192f3a1-7c2e",
    /// "saga:0192…"), or a user ("u:3", "user 3"). See parseSearch().
    QString search;
    /// On updatedAt, [from, to) UTC ms, 0 = open (the reconciler's "no progress since").
    qint64 from = 0;
    qint64 to = 0;
    /// On startedAt, [startedFrom, startedTo) UTC ms, 0 = open (the admin's time range).
    qint64 startedFrom = 0;
    qint64 startedTo = 0;
    /// Only these sagas (live refreshes of a list; at most 1000), with every other filter.
    QStringList sagaIds;
    /// The stuck threshold (ShopConfig::stuckAfterMs); 0: no stuck detection (raw statuses).
    qint64 stuckAfterMs = 0;
    /// "Now" for the stuck threshold, UTC ms; 0: the current time.
    qint64 now = 0;
    int limit = 50; ///< 1 … 1000
    /// Keyset paging: the (updatedAt, sagaId) of the last saga of the previous page gives
    /// the next page; fast at any depth. `offset` is also accepted (slow when deep).
    qint64 beforeUpdatedAt = 0;
    QString beforeSagaId;
    int offset = 0;

    /// Reads a search text; Kind::None for an empty text, `error` when it is not understood.
    static SagaSearch parseSearch(const QString &text);
};

} // namespace sagashop::saga
