#pragma once

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
    QString status;
    qint64 startedAt = 0;
    qint64 updatedAt = 0;
    QString lastEventType;
    int entries = 0;
    int retries = 0;
    int deadLetters = 0;
    int compensations = 0;
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

/// A page of sagas, most recently updated first.
struct SagaQuery
{
    QString status; ///< empty: every status
    qint64 from = 0;
    qint64 to = 0;
    int limit = 50;
    int offset = 0;
};

} // namespace sagashop::saga
