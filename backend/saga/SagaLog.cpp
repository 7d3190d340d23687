#include "saga/SagaLog.h"

#include "bus/HybridClock.h"
#include "bus/SagaLogEvents.h"
#include "bus/TimeOrderedId.h"
#include "saga/Payload.h"
#include "saga/SagaLogging.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

using namespace Qt::StringLiterals;
using sagashop::bus::EventEnvelope;
using sagashop::bus::MessageContext;

namespace sagashop::saga {

namespace {

const QString kEntryColumns = u"id, seq, saga_id, at, kind, service, event_id, event_type, aggregate_id,"
                              " causation_id, attempt, error, payload"_s;

const QString kSummaryColumns = u"saga_id, status, started_at, updated_at, last_event_type, entries, retries,"
                                " dead_letters, compensations, order_id, user_id, amount"_s;

/// Reads a row of kSummaryColumns; `stuckBefore` > 0 marks running and compensating sagas
/// last updated before it as stuck.
SagaSummary readSummary(const QSqlQuery &q, qint64 stuckBefore = 0)
{
    SagaSummary s;
    s.sagaId = q.value(0).toString();
    s.status = q.value(1).toString();
    s.startedAt = q.value(2).toLongLong();
    s.updatedAt = q.value(3).toLongLong();
    s.lastEventType = q.value(4).toString();
    s.entries = q.value(5).toInt();
    s.retries = q.value(6).toInt();
    s.deadLetters = q.value(7).toInt();
    s.compensations = q.value(8).toInt();
    s.orderId = q.value(9).toLongLong();
    s.userId = q.value(10).toLongLong();
    s.amount = q.value(11).toLongLong();
    s.stuck = stuckBefore > 0 && s.updatedAt < stuckBefore
        && (s.status == SagaSummary::StatusRunning || s.status == SagaSummary::StatusCompensating);
    return s;
}

/// The order, user and amount one entry tells about its saga (SagaSummary): payload
/// "orderId", "userId", "finalAmount" (else "amount"); an aggregate "order-<id>" names the
/// order too (handling records have no payload).
struct SagaFacts
{
    qint64 orderId = 0;
    qint64 userId = 0;
    qint64 amount = 0;
    bool hasAmount = false;
    bool fromPayload = false; ///< the order or user came from a payload (not only an aggregate id)

    void add(const SagaLogEntry &entry)
    {
        if (!entry.payload.isEmpty()) {
            if (const qint64 id = entry.payload.value(u"orderId"_s).toInteger(); id > 0 && orderId == 0) {
                orderId = id;
                fromPayload = true;
            }
            if (const qint64 id = entry.payload.value(u"userId"_s).toInteger(); id > 0 && userId == 0) {
                userId = id;
                fromPayload = true;
            }
            // The latest amount wins: InventoryDeducted's subtotal, then CouponUsed's final amount.
            const QJsonValue finalAmount = entry.payload.value(u"finalAmount"_s);
            const QJsonValue plainAmount = entry.payload.value(u"amount"_s);
            if (finalAmount.isDouble()) {
                amount = finalAmount.toInteger();
                hasAmount = true;
            } else if (plainAmount.isDouble()) {
                amount = plainAmount.toInteger();
                hasAmount = true;
            }
        }
        if (orderId == 0 && entry.aggregateId.startsWith(u"order-"_s)) {
            bool ok = false;
            const qint64 id = QStringView(entry.aggregateId).mid(6).toLongLong(&ok);
            if (ok && id > 0)
                orderId = id;
        }
    }
};

/// The first string that sorts after every string starting with `prefix` (non-empty ASCII).
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    return end;
}

/// Up to this many sagas matching a saga-id prefix (or in a started_at window with an end),
/// their index range is read and sorted; with more, the list's own order (updated_at) is
/// scanned and filtered instead (it finds a page of dense matches quickly).
constexpr int kSparse = 2000;
/// How far the two counts that choose the plan for a started_at window with an end go.
constexpr int kWindowProbe = 20'000;

SagaLogEntry readEntry(const QSqlQuery &q)
{
    SagaLogEntry e;
    e.id = q.value(0).toLongLong();
    e.sequence = q.value(1).toLongLong();
    e.sagaId = q.value(2).toString();
    e.at = q.value(3).toLongLong();
    e.kind = q.value(4).toString();
    e.service = q.value(5).toString();
    e.eventId = q.value(6).toString();
    e.eventType = q.value(7).toString();
    e.aggregateId = q.value(8).toString();
    e.causationId = q.value(9).toString();
    e.attempt = q.value(10).toInt();
    e.error = q.value(11).toString();
    const QString payload = q.value(12).toString();
    if (!payload.isEmpty())
        e.payload = QJsonDocument::fromJson(payload.toUtf8()).object();
    return e;
}

QList<SagaLogEntry> readEntries(storage::Database &db, QSqlQuery &q)
{
    db.exec(q);
    QList<SagaLogEntry> entries;
    while (q.next())
        entries.append(readEntry(q));
    q.finish();
    return entries;
}

int clampLimit(int limit)
{
    return std::clamp(limit, 1, 1000);
}

/// Appends "column in [from, to)" (either bound optional) to a WHERE clause.
void appendTimeRange(QString &sql, QVariantList &binds, const QString &column, qint64 from, qint64 to)
{
    if (from > 0) {
        sql += u" AND "_s + column + u" >= ?"_s;
        binds << from;
    }
    if (to > 0) {
        sql += u" AND "_s + column + u" < ?"_s;
        binds << to;
    }
}

/// Appends the page clause, prepares the statement and binds every value in order.
QSqlQuery &preparePage(storage::Database &db, QString sql, QVariantList binds, int limit, int offset)
{
    sql += u" LIMIT ? OFFSET ?"_s;
    binds << clampLimit(limit) << std::max(0, offset);
    QSqlQuery &q = db.prepared(sql);
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    return q;
}

} // namespace

SagaLog::SagaLog(bus::ServiceConfig config, SagaLogConfig sagas)
    : Service(std::move(config)), m_sagas(std::move(sagas))
{
    setRecordsHandling(false);
    addSchema(schema());
    subscribeToAllDomainEvents([this](const EventEnvelope &e, MessageContext &c) { recordPublished(e, c); });
    subscribe(bus::SagaLogEvents::HandlingRecorded,
              [this](const EventEnvelope &e, MessageContext &c) { recordHandling(e, c); });
}

storage::Schema SagaLog::schema()
{
    return storage::Schema{
        u"saga-log"_s,
        {storage::Migration{
            1,
            u"saga log entries and saga summaries"_s,
            {
                u"CREATE TABLE saga_log ("
                " id ${ID_PK},"
                " seq BIGINT NOT NULL,"
                " saga_id TEXT NOT NULL,"
                " at BIGINT NOT NULL,"
                " kind TEXT NOT NULL,"
                " service TEXT NOT NULL,"
                " event_id TEXT NOT NULL,"
                " event_type TEXT NOT NULL,"
                " aggregate_id TEXT NOT NULL,"
                " causation_id TEXT NOT NULL,"
                " attempt INTEGER NOT NULL,"
                " error TEXT NOT NULL,"
                " payload TEXT NOT NULL)"_s,
                u"CREATE INDEX saga_log_by_saga ON saga_log (saga_id, seq)"_s,
                u"CREATE INDEX saga_log_by_time ON saga_log (at, id)"_s,
                u"CREATE INDEX saga_log_by_kind ON saga_log (kind, at, id)"_s,
                u"CREATE TABLE sagas ("
                " saga_id TEXT NOT NULL PRIMARY KEY,"
                " status TEXT NOT NULL,"
                " started_at BIGINT NOT NULL,"
                " updated_at BIGINT NOT NULL,"
                " last_event_type TEXT NOT NULL,"
                " entries INTEGER NOT NULL,"
                " retries INTEGER NOT NULL,"
                " dead_letters INTEGER NOT NULL,"
                " compensations INTEGER NOT NULL)"_s,
                u"CREATE INDEX sagas_by_status ON sagas (status, updated_at)"_s,
                u"CREATE INDEX sagas_by_time ON sagas (updated_at)"_s,
            },
        },
         storage::Migration{
             2,
             u"saga summaries name their order, user and amount; status counts; indexes for the admin list"_s,
             {
                 u"ALTER TABLE sagas ADD COLUMN order_id BIGINT NOT NULL DEFAULT 0"_s,
                 u"ALTER TABLE sagas ADD COLUMN user_id BIGINT NOT NULL DEFAULT 0"_s,
                 u"ALTER TABLE sagas ADD COLUMN amount BIGINT NOT NULL DEFAULT 0"_s,
                 // The list is ordered by (updated_at, saga_id): sagas_by_status and sagas_by_time
                 // (version 1) read it in order; ties on updated_at are sorted (few). Adding
                 // saga_id to them would make every summary update ~25% dearer (wider entries
                 // rewritten on each update) for no measurable gain in the queries.
                 // Written once per saga (not on every update): searches sort the few matches.
                 u"CREATE INDEX sagas_by_order ON sagas (order_id)"_s,
                 u"CREATE INDEX sagas_by_user ON sagas (user_id)"_s,
                 u"CREATE INDEX sagas_by_started ON sagas (started_at)"_s,
                 // Sagas per finished status (completed, failed, ...), kept in the transaction that
                 // changes a status. The open ones (running, compensating) are few and counted
                 // on sagas_by_status instead, which keeps their many updates free of counting.
                 u"CREATE TABLE saga_counts (status TEXT NOT NULL PRIMARY KEY, n BIGINT NOT NULL)"_s,
                 u"INSERT INTO saga_counts (status, n) SELECT status, COUNT(*) FROM sagas"
                 " WHERE status NOT IN ('running', 'compensating') GROUP BY status"_s,
                 // Sagas logged before this version get their order, user and amount from their
                 // entries when the service starts (started()), once.
                 u"CREATE TABLE saga_backfill (sagas BIGINT NOT NULL)"_s,
                 u"INSERT INTO saga_backfill (sagas) SELECT COUNT(*) FROM sagas"_s,
             },
         }},
    };
}

void SagaLog::started(bus::MessageContext &context)
{
    storage::Database &db = context.database();
    QSqlQuery pending = db.execDirect(u"SELECT sagas FROM saga_backfill"_s);
    const bool backfill = pending.next() && pending.value(0).toLongLong() > 0;
    pending.finish();
    if (backfill) {
        // Sagas without an order: their published events (and handlings) say which.
        QSqlQuery q = db.execDirect(u"SELECT l.saga_id, l.aggregate_id, l.payload FROM saga_log l"
                                    " JOIN sagas s ON s.saga_id = l.saga_id WHERE s.order_id = 0"
                                    " ORDER BY l.saga_id, l.seq, l.id"_s);
        QList<std::pair<QString, SagaFacts>> found;
        while (q.next()) {
            const QString sagaId = q.value(0).toString();
            if (found.isEmpty() || found.constLast().first != sagaId)
                found.append({sagaId, SagaFacts{}});
            SagaLogEntry entry;
            entry.aggregateId = q.value(1).toString();
            const QString payload = q.value(2).toString();
            if (!payload.isEmpty())
                entry.payload = QJsonDocument::fromJson(payload.toUtf8()).object();
            found.last().second.add(entry);
        }
        q.finish();
        QSqlQuery &update = db.prepared(u"UPDATE sagas SET order_id = ?, user_id = ?, amount = ? WHERE saga_id = ?"_s);
        for (const auto &[sagaId, facts] : std::as_const(found)) {
            if (facts.orderId == 0 && facts.userId == 0 && !facts.hasAmount)
                continue;
            update.bindValue(0, facts.orderId);
            update.bindValue(1, facts.userId);
            update.bindValue(2, facts.amount);
            update.bindValue(3, sagaId);
            db.exec(update);
        }
        qCInfo(lcSaga) << "filled in the order, user and amount of" << found.size() << "sagas logged before";
    }
    db.execDirect(u"DELETE FROM saga_backfill"_s);
}

void SagaLog::recordPublished(const EventEnvelope &event, MessageContext &context)
{
    SagaLogEntry entry;
    entry.sequence = context.sequence();
    entry.sagaId = event.sagaId;
    entry.at = event.occurredAt;
    entry.kind = m_sagas.compensationTypes.contains(event.type) ? SagaLogEntry::KindCompensation
                                                                 : SagaLogEntry::KindPublished;
    entry.service = event.producer;
    entry.eventId = event.eventId.toString(QUuid::WithoutBraces);
    entry.eventType = event.type;
    entry.aggregateId = event.aggregateId;
    entry.causationId = event.causationId;
    entry.attempt = 1;
    entry.payload = event.payload;
    insertEntry(context.database(), entry);
    SagaDelta delta;
    delta.add(entry);
    delta.newStatus = m_sagas.statusByEventType.value(event.type);
    if (!delta.newStatus.isEmpty())
        qCDebug(lcSaga).noquote() << "saga" << event.sagaId << "is" << delta.newStatus << "after" << event.type;
    updateSaga(context.database(), delta);
}

void SagaLog::recordHandling(const EventEnvelope &batch, MessageContext &context)
{
    // One event carries every record of one transaction of the consumer (SagaLogEvents.h).
    // A malformed record fails the whole event, which is retried and then dead-lettered.
    const QJsonArray records = Payload::requireArray(batch.payload, u"records"_s);
    // One summary update per saga for the whole batch, not one per record.
    QList<SagaDelta> deltas;
    for (const QJsonValue &value : records) {
        if (!value.isObject())
            throw PayloadError("a handling record is not an object");
        const QJsonObject record = value.toObject();
        SagaLogEntry entry;
        entry.sequence = Payload::requireInt(record, u"seq"_s);
        entry.sagaId = Payload::requireString(record, u"sagaId"_s);
        entry.at = Payload::requireInt(record, u"at"_s);
        entry.kind = Payload::requireString(record, u"kind"_s);
        entry.service = Payload::requireString(record, u"consumer"_s);
        entry.eventId = Payload::requireString(record, u"eventId"_s);
        entry.eventType = Payload::requireString(record, u"eventType"_s);
        entry.aggregateId = Payload::requireString(record, u"aggregateId"_s);
        entry.causationId = entry.eventId;
        entry.attempt = static_cast<int>(Payload::requireInt(record, u"attempt"_s));
        entry.error = Payload::optionalString(record, u"error"_s);
        insertEntry(context.database(), entry);
        const auto it = std::find_if(deltas.begin(), deltas.end(),
                                     [&](const SagaDelta &d) { return d.sagaId == entry.sagaId; });
        (it != deltas.end() ? *it : deltas.emplace_back()).add(entry);
    }
    for (const SagaDelta &delta : std::as_const(deltas))
        updateSaga(context.database(), delta);
}

void SagaLog::insertEntry(storage::Database &db, const SagaLogEntry &e)
{
    QSqlQuery &q = db.prepared(u"INSERT INTO saga_log (seq, saga_id, at, kind, service, event_id, event_type,"
                               " aggregate_id, causation_id, attempt, error, payload)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, e.sequence);
    q.bindValue(1, storage::text(e.sagaId));
    q.bindValue(2, e.at);
    q.bindValue(3, storage::text(e.kind));
    q.bindValue(4, storage::text(e.service));
    q.bindValue(5, storage::text(e.eventId));
    q.bindValue(6, storage::text(e.eventType));
    q.bindValue(7, storage::text(e.aggregateId));
    q.bindValue(8, storage::text(e.causationId));
    q.bindValue(9, e.attempt);
    q.bindValue(10, storage::text(e.error));
    q.bindValue(11, storage::text(e.payload.isEmpty() ? QString()
                                                      : QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact))));
    db.exec(q);
}

void SagaLog::SagaDelta::add(const SagaLogEntry &entry)
{
    sagaId = entry.sagaId;
    firstAt = entries ? std::min(firstAt, entry.at) : entry.at;
    lastAt = entries ? std::max(lastAt, entry.at) : entry.at;
    ++entries;
    if (entry.kind == bus::SagaLogEvents::Retried)
        ++retries;
    if (entry.kind == bus::SagaLogEvents::DeadLettered)
        ++deadLetters;
    if (entry.kind == SagaLogEntry::KindCompensation)
        ++compensations;
    if (entry.kind == SagaLogEntry::KindPublished || entry.kind == SagaLogEntry::KindCompensation)
        publishedType = entry.eventType;
    SagaFacts facts;
    facts.add(entry);
    payloadFacts = payloadFacts || facts.fromPayload;
    if (orderId == 0)
        orderId = facts.orderId;
    if (userId == 0)
        userId = facts.userId;
    if (facts.hasAmount) {
        amount = facts.amount;
        hasAmount = true;
    }
}

// The summary's write path runs once per logged event and is the throughput limit of
// checkout (sagalog-write-bench), so it avoids what costs there:
// - naming an indexed column (status, updated_at aside) in an UPDATE: SQLite then rewrites
//   that index entry even when the value stays the same (~2.5x the cost of the UPDATE). The
//   order, user and start are written with the row, and fixed later only for rows made
//   without a user, i.e. before the saga's first event reached the log (a handling record
//   or a later step can come first: their order is only kept per producer) (m_hintIncomplete);
// - reading rows back (a result set costs ~6 us in Qt): a status change is written as an
//   UPDATE conditional on the status the log last wrote (m_hintStatus), and only when that
//   guess is wrong (a restart, a rollback) is the row read first;
// - counting open sagas: running and compensating are counted on their index when asked.
void SagaLog::updateSaga(storage::Database &db, const SagaDelta &d)
{
    if (d.sagaId.isEmpty() || d.entries == 0)
        return;
    if (d.newStatus.isEmpty() && d.compensations == 0)
        updateSagaKeepingStatus(db, d);
    else
        updateSagaStatus(db, d);
}

QString SagaLog::nextStatus(const SagaDelta &d, const QString &current) const
{
    if (!d.newStatus.isEmpty())
        return d.newStatus;
    return d.compensations && current == SagaSummary::StatusRunning ? m_sagas.compensatingStatus : current;
}

void SagaLog::countStatus(storage::Database &db, const QString &status, int change)
{
    if (status == SagaSummary::StatusRunning || status == SagaSummary::StatusCompensating)
        return; // open: counted on the index when asked (queryCounts)
    QSqlQuery &count = db.prepared(u"INSERT INTO saga_counts (status, n) VALUES (?, ?)"
                                   " ON CONFLICT (status) DO UPDATE SET n = saga_counts.n + excluded.n"_s);
    count.bindValue(0, status);
    count.bindValue(1, change);
    db.exec(count);
}

void SagaLog::rememberStatus(const QString &sagaId, const QString &status)
{
    if (m_hintStatus.size() >= 20'000)
        m_hintStatus.clear(); // a hint: forgetting costs one read per saga
    m_hintStatus.insert(sagaId, status);
}

void SagaLog::fixIncomplete(storage::Database &db, const SagaDelta &d)
{
    if (!d.payloadFacts || !m_hintIncomplete.contains(d.sagaId))
        return;
    // Writes (and rewrites those indexes) only when something is missing or too late.
    QSqlQuery &fix = db.prepared(
        u"UPDATE sagas SET order_id = CASE WHEN order_id = 0 THEN :order ELSE order_id END,"
        " user_id = CASE WHEN user_id = 0 THEN :user ELSE user_id END,"
        " started_at = CASE WHEN :first < started_at THEN :first ELSE started_at END"
        " WHERE saga_id = :saga AND ((order_id = 0 AND :order <> 0) OR (user_id = 0 AND :user <> 0)"
        " OR :first < started_at)"_s);
    fix.bindValue(u":order"_s, d.orderId);
    fix.bindValue(u":user"_s, d.userId);
    fix.bindValue(u":first"_s, d.firstAt);
    fix.bindValue(u":saga"_s, storage::text(d.sagaId));
    db.exec(fix);
    if (d.userId != 0)
        m_hintIncomplete.remove(d.sagaId); // the saga's first event (the one that names the user)
}

void SagaLog::insertSaga(storage::Database &db, const SagaDelta &d, const QString &status)
{
    QSqlQuery &q = db.prepared(
        u"INSERT INTO sagas (saga_id, status, started_at, updated_at, last_event_type, entries, retries,"
        " dead_letters, compensations, order_id, user_id, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, storage::text(d.sagaId));
    q.bindValue(1, status);
    q.bindValue(2, d.firstAt);
    q.bindValue(3, d.lastAt);
    q.bindValue(4, storage::text(d.publishedType));
    q.bindValue(5, d.entries);
    q.bindValue(6, d.retries);
    q.bindValue(7, d.deadLetters);
    q.bindValue(8, d.compensations);
    q.bindValue(9, d.orderId);
    q.bindValue(10, d.userId);
    q.bindValue(11, d.amount);
    db.exec(q);
    countStatus(db, status, 1);
    rememberStatus(d.sagaId, status);
    if (d.userId == 0 || d.orderId == 0) {
        if (m_hintIncomplete.size() >= 10'000)
            m_hintIncomplete.clear(); // then such a row is fixed when its status is read
        m_hintIncomplete.insert(d.sagaId);
    }
}

void SagaLog::updateSagaKeepingStatus(storage::Database &db, const SagaDelta &d)
{
    // Most entries (handlings, the steps in between) change no status: one UPDATE, or an
    // INSERT for the saga's first entries.
    QSqlQuery &q = db.prepared(
        u"UPDATE sagas SET updated_at = CASE WHEN :last > updated_at THEN :last ELSE updated_at END,"
        " last_event_type = CASE WHEN :type <> '' THEN :type ELSE last_event_type END,"
        " entries = entries + :entries, retries = retries + :retry, dead_letters = dead_letters + :dead,"
        " amount = CASE WHEN :hasAmount <> 0 THEN :amount ELSE amount END"
        " WHERE saga_id = :saga"_s);
    q.bindValue(u":last"_s, d.lastAt);
    q.bindValue(u":type"_s, storage::text(d.publishedType));
    q.bindValue(u":entries"_s, d.entries);
    q.bindValue(u":retry"_s, d.retries);
    q.bindValue(u":dead"_s, d.deadLetters);
    q.bindValue(u":hasAmount"_s, d.hasAmount ? 1 : 0);
    q.bindValue(u":amount"_s, d.amount);
    q.bindValue(u":saga"_s, storage::text(d.sagaId));
    if (db.exec(q) == 0)
        insertSaga(db, d, SagaSummary::StatusRunning);
    else
        fixIncomplete(db, d);
}

bool SagaLog::updateSagaRow(storage::Database &db, const SagaDelta &d, const QString &status, const QString &expected,
                            bool earlierStart)
{
    // The same UPDATE, guarded by the status it expects (empty: any).
    QString sql = u"UPDATE sagas SET status = :status,"
                  " updated_at = CASE WHEN :last > updated_at THEN :last ELSE updated_at END,"
                  " last_event_type = CASE WHEN :type <> '' THEN :type ELSE last_event_type END,"
                  " entries = entries + :entries, retries = retries + :retry, dead_letters = dead_letters + :dead,"
                  " compensations = compensations + :comp,"
                  " amount = CASE WHEN :hasAmount <> 0 THEN :amount ELSE amount END"_s;
    if (earlierStart)
        sql += u", started_at = :first"_s;
    sql += expected.isEmpty() ? u" WHERE saga_id = :saga"_s : u" WHERE saga_id = :saga AND status = :expected"_s;
    QSqlQuery &q = db.prepared(sql);
    q.bindValue(u":status"_s, status);
    q.bindValue(u":last"_s, d.lastAt);
    q.bindValue(u":type"_s, storage::text(d.publishedType));
    q.bindValue(u":entries"_s, d.entries);
    q.bindValue(u":retry"_s, d.retries);
    q.bindValue(u":dead"_s, d.deadLetters);
    q.bindValue(u":comp"_s, d.compensations);
    q.bindValue(u":hasAmount"_s, d.hasAmount ? 1 : 0);
    q.bindValue(u":amount"_s, d.amount);
    if (earlierStart)
        q.bindValue(u":first"_s, d.firstAt);
    q.bindValue(u":saga"_s, storage::text(d.sagaId));
    if (!expected.isEmpty())
        q.bindValue(u":expected"_s, expected);
    return db.exec(q) > 0;
}

void SagaLog::updateSagaStatus(storage::Database &db, const SagaDelta &d)
{
    // A status may change, and the counts with it. First as if the status were the one the
    // log last wrote for this saga (running for one it has not seen).
    const QString guess = m_hintStatus.value(d.sagaId, SagaSummary::StatusRunning);
    QString status = nextStatus(d, guess);
    if (updateSagaRow(db, d, status, guess, false)) {
        if (status != guess) {
            countStatus(db, status, 1);
            countStatus(db, guess, -1);
        }
        rememberStatus(d.sagaId, status);
        fixIncomplete(db, d);
        return;
    }

    // Not as guessed (or no row yet): read it.
    QSqlQuery &stored = db.prepared(u"SELECT status, order_id, user_id, started_at FROM sagas WHERE saga_id = ?"_s);
    stored.bindValue(0, storage::text(d.sagaId));
    db.exec(stored);
    const bool exists = stored.next();
    const QString oldStatus = exists ? stored.value(0).toString() : QString();
    const qint64 oldOrderId = exists ? stored.value(1).toLongLong() : 0;
    const qint64 oldUserId = exists ? stored.value(2).toLongLong() : 0;
    const qint64 oldStartedAt = exists ? stored.value(3).toLongLong() : 0;
    stored.finish();
    if (!exists) {
        insertSaga(db, d, nextStatus(d, SagaSummary::StatusRunning)); // counts it too
        return;
    }
    status = nextStatus(d, oldStatus);
    updateSagaRow(db, d, status, QString(), d.firstAt < oldStartedAt);
    if (status != oldStatus) {
        countStatus(db, status, 1);
        countStatus(db, oldStatus, -1);
    }
    rememberStatus(d.sagaId, status);
    // Only what is missing (naming an indexed column rewrites its entry).
    if ((oldOrderId == 0 && d.orderId != 0) || (oldUserId == 0 && d.userId != 0)) {
        QSqlQuery &q = db.prepared(u"UPDATE sagas SET order_id = ?, user_id = ? WHERE saga_id = ?"_s);
        q.bindValue(0, oldOrderId ? oldOrderId : d.orderId);
        q.bindValue(1, oldUserId ? oldUserId : d.userId);
        q.bindValue(2, storage::text(d.sagaId));
        db.exec(q);
    }
}

QList<SagaLogEntry> SagaLog::queryTimeline(storage::Database &db, const QString &sagaId)
{
    QSqlQuery &q = db.prepared(u"SELECT "_s + kEntryColumns + u" FROM saga_log WHERE saga_id = ? ORDER BY seq, id"_s);
    q.bindValue(0, sagaId);
    return readEntries(db, q);
}

QList<SagaLogEntry> SagaLog::queryEntries(storage::Database &db, const EntryQuery &query)
{
    QString sql = u"SELECT "_s + kEntryColumns + u" FROM saga_log WHERE 1 = 1"_s;
    QVariantList binds;
    appendTimeRange(sql, binds, u"at"_s, query.from, query.to);
    if (query.beforeAt > 0) {
        // Written so that SQLite sees a range on `at` (at <= ?) and seeks the index instead of
        // scanning it from the newest row: 61 ms -> < 1 ms at depth 1,000,000 (sagalog-bench).
        sql += u" AND at <= ? AND (at < ? OR id < ?)"_s;
        binds << query.beforeAt << query.beforeAt << query.beforeId;
    }
    if (!query.kinds.isEmpty()) {
        sql += u" AND kind IN ("_s;
        for (qsizetype i = 0; i < query.kinds.size(); ++i) {
            sql += i ? u", ?"_s : u"?"_s;
            binds << query.kinds.at(i);
        }
        sql += u")"_s;
    }
    sql += u" ORDER BY at DESC, id DESC"_s;
    return readEntries(db, preparePage(db, sql, binds, query.limit, query.offset));
}

SagaSearch SagaQuery::parseSearch(const QString &text)
{
    static const QRegularExpression user(u"^(?:u|user)\\s*[:#]?\\s*(\\d{1,16})$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression order(u"^(?:#|o:|order\\s*[:#]?)?\\s*(\\d{1,16})$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hexSaga(u"^(?:s:|saga\\s*:?)?\\s*\\{?([0-9a-f][0-9a-f-]{0,35})\\}?$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namedSaga(u"^(?:s:|saga\\s*:)\\s*([A-Za-z0-9_.:-]{1,100})$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    SagaSearch search;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return search;
    const auto idOf = [&](const QRegularExpressionMatch &m, SagaSearch::Kind kind) {
        const qint64 id = m.captured(1).toLongLong();
        if (id < 1 || id > (qint64(1) << 53)) {
            search.error = u"\"%1\" is not a valid id."_s.arg(m.captured(1));
            return;
        }
        search.kind = kind;
        search.id = id;
    };
    if (const auto m = user.match(trimmed); m.hasMatch()) {
        idOf(m, SagaSearch::Kind::User);
    } else if (const auto m = order.match(trimmed); m.hasMatch()) {
        idOf(m, SagaSearch::Kind::Order);
    } else if (const auto m = hexSaga.match(trimmed); m.hasMatch()) {
        search.kind = SagaSearch::Kind::Saga;
        search.sagaId = m.captured(1).toLower();
    } else if (const auto m = namedSaga.match(trimmed); m.hasMatch()) {
        search.kind = SagaSearch::Kind::Saga;
        search.sagaId = m.captured(1);
    } else {
        search.error = u"Search for an order number (123 or #123), a saga id or its beginning, or a user (u:3)."_s;
    }
    return search;
}

QList<SagaSummary> SagaLog::querySagas(storage::Database &db, const SagaQuery &query)
{
    const SagaSearch search = SagaQuery::parseSearch(query.search);
    if (!search.error.isEmpty())
        throw std::invalid_argument(search.error.toStdString());
    if (!query.sagaIds.isEmpty() && query.sagaIds.size() > 1000)
        throw std::invalid_argument("at most 1000 saga ids per query");
    const qint64 now = query.now > 0 ? query.now : bus::HybridClock::nowMs();
    const qint64 stuckBefore = query.stuckAfterMs > 0 ? now - query.stuckAfterMs : 0;
    if (query.status == SagaSummary::StatusStuck && stuckBefore <= 0)
        throw std::invalid_argument("the \"stuck\" status needs a stuck threshold (stuckAfterMs)");

    // Everything but the status, as " AND ..." terms with their values in order.
    QString where;
    QVariantList binds;
    // How the page is ordered: by the index on updated_at, or (a narrow started_at window)
    // sorted after reading that window from its own index.
    QString order = u" ORDER BY updated_at DESC, saga_id DESC"_s;
    const auto countUpTo = [&db](const QString &condition, const QVariantList &values, int limit = kSparse) {
        QSqlQuery &probe = db.prepared(u"SELECT COUNT(*) FROM (SELECT 1 FROM sagas WHERE "_s + condition + u" LIMIT "_s
                                       + QString::number(limit) + u") AS probe"_s);
        for (qsizetype i = 0; i < values.size(); ++i)
            probe.bindValue(int(i), values.at(i));
        db.exec(probe);
        const qint64 n = probe.next() ? probe.value(0).toLongLong() : 0;
        probe.finish();
        return n;
    };
    switch (search.kind) {
    case SagaSearch::Kind::None:
        break;
    case SagaSearch::Kind::Order:
        where += u" AND order_id = ?"_s;
        binds << search.id;
        break;
    case SagaSearch::Kind::User:
        where += u" AND user_id = ?"_s;
        binds << search.id;
        break;
    case SagaSearch::Kind::Saga:
        // A rare prefix (or a whole id) reads its index range and sorts the few matches; a
        // common one (time-ordered ids share their first characters) reads the list in order
        // and filters, which finds a page quickly.
        if (countUpTo(u"saga_id >= ? AND saga_id < ?"_s, {search.sagaId, prefixEnd(search.sagaId)}) < kSparse) {
            where += u" AND saga_id >= ? AND saga_id < ?"_s;
            binds << search.sagaId << prefixEnd(search.sagaId);
        }
        where += u" AND substr(saga_id, 1, ?) = ?"_s;
        binds << int(search.sagaId.size()) << search.sagaId;
        break;
    }
    appendTimeRange(where, binds, u"updated_at"_s, query.from, query.to);
    // A window with an end: read it from sagas_by_started and sort it, unless it holds more
    // sagas than were updated since its end (which the scan in list order would skip).
    const auto narrowWindow = [&] {
        const qint64 inWindow =
            countUpTo(u"started_at >= ? AND started_at < ?"_s, {query.startedFrom, query.startedTo}, kWindowProbe);
        return inWindow < kWindowProbe
            && inWindow <= countUpTo(u"updated_at >= ?"_s, {query.startedTo}, kWindowProbe);
    };
    if (query.startedTo > 0 && narrowWindow()) {
        // ("+ 0" keeps SQLite off the updated_at index for the order.)
        where += u" AND started_at >= ? AND started_at < ?"_s;
        binds << query.startedFrom << query.startedTo;
        order = u" ORDER BY updated_at + 0 DESC, saga_id DESC"_s;
    } else {
        // From a start on (the admin's "last hour"), or a crowded window: read the list in
        // order; updated_at >= started_at, so the redundant bound stops the scan at `from`.
        if (query.startedFrom > 0) {
            where += u" AND +started_at >= ? AND updated_at >= ?"_s;
            binds << query.startedFrom << query.startedFrom;
        }
        if (query.startedTo > 0) {
            where += u" AND +started_at < ?"_s;
            binds << query.startedTo;
        }
    }
    if (!query.sagaIds.isEmpty()) {
        where += u" AND saga_id IN ("_s;
        for (qsizetype i = 0; i < query.sagaIds.size(); ++i) {
            where += i ? u", ?"_s : u"?"_s;
            binds << query.sagaIds.at(i);
        }
        where += u")"_s;
    }
    if (query.beforeUpdatedAt > 0) {
        // As for entries: a range on updated_at (<=) that SQLite seeks, then the exact keyset.
        where += u" AND updated_at <= ? AND (updated_at < ? OR saga_id < ?)"_s;
        binds << query.beforeUpdatedAt << query.beforeUpdatedAt << storage::text(query.beforeSagaId);
    }

    const QString select = u"SELECT "_s + kSummaryColumns + u" FROM sagas WHERE "_s;
    QString sql;
    QVariantList values;
    if (query.status == SagaSummary::StatusStuck) {
        // Running or compensating without progress: each is an ordered range of
        // sagas_by_status; merging the two first pages beats sorting every stuck saga.
        const int enough = clampLimit(query.limit) + std::max(0, query.offset);
        for (const QString &status : {SagaSummary::StatusRunning, SagaSummary::StatusCompensating}) {
            sql += sql.isEmpty() ? u"SELECT * FROM ("_s : u" UNION ALL SELECT * FROM ("_s;
            sql += select + u"status = ? AND updated_at < ?"_s + where + order + u" LIMIT "_s + QString::number(enough)
                + u") AS "_s + status;
            values << status << stuckBefore << binds;
        }
        sql += u" ORDER BY updated_at DESC, saga_id DESC"_s;
    } else {
        sql = select + u"1 = 1"_s;
        if (!query.status.isEmpty()) {
            sql += u" AND status = ?"_s;
            values << query.status;
            if (stuckBefore > 0
                && (query.status == SagaSummary::StatusRunning || query.status == SagaSummary::StatusCompensating)) {
                sql += u" AND updated_at >= ?"_s; // still making progress
                values << stuckBefore;
            }
        }
        sql += where + order;
        values << binds;
    }
    QSqlQuery &q = preparePage(db, sql, values, query.limit, query.offset);
    db.exec(q);
    QList<SagaSummary> sagas;
    while (q.next())
        sagas.append(readSummary(q, stuckBefore));
    q.finish();
    return sagas;
}

SagaStatusCounts SagaLog::queryCounts(storage::Database &db, qint64 stuckAfterMs, qint64 now)
{
    SagaStatusCounts counts;
    QSqlQuery &q = db.prepared(u"SELECT status, n FROM saga_counts"_s);
    db.exec(q);
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        counts.byStatus.insert(q.value(0).toString(), n);
        counts.total += n;
    }
    q.finish();
    // The open statuses on sagas_by_status (status, updated_at): a short index range each,
    // split at the stuck threshold.
    const qint64 stuckBefore = stuckAfterMs > 0 ? (now > 0 ? now : bus::HybridClock::nowMs()) - stuckAfterMs : 0;
    qint64 stuck = 0;
    for (const QString &status : {SagaSummary::StatusRunning, SagaSummary::StatusCompensating}) {
        QSqlQuery &c = db.prepared(u"SELECT COUNT(*), COUNT(CASE WHEN updated_at < ? THEN 1 END) FROM sagas"
                                   " WHERE status = ?"_s);
        c.bindValue(0, stuckBefore);
        c.bindValue(1, status);
        db.exec(c);
        const qint64 all = c.next() ? c.value(0).toLongLong() : 0;
        const qint64 stuckOnes = c.value(1).toLongLong();
        c.finish();
        counts.byStatus.insert(status, all - stuckOnes);
        counts.total += all;
        stuck += stuckOnes;
    }
    if (stuckAfterMs > 0)
        counts.byStatus.insert(SagaSummary::StatusStuck, stuck);
    return counts;
}

QFuture<bus::Outcome<QList<SagaLogEntry>>> SagaLog::timeline(const QString &sagaId)
{
    return read<QList<SagaLogEntry>>([sagaId](storage::Database &db) { return queryTimeline(db, sagaId); });
}

QFuture<bus::Outcome<QList<SagaLogEntry>>> SagaLog::entries(const EntryQuery &query)
{
    return read<QList<SagaLogEntry>>([query](storage::Database &db) { return queryEntries(db, query); });
}

QFuture<bus::Outcome<QList<SagaSummary>>> SagaLog::sagas(const SagaQuery &query)
{
    return read<QList<SagaSummary>>([query](storage::Database &db) { return querySagas(db, query); });
}

QFuture<bus::Outcome<SagaStatusCounts>> SagaLog::counts(qint64 stuckAfterMs)
{
    return read<SagaStatusCounts>([stuckAfterMs](storage::Database &db) { return queryCounts(db, stuckAfterMs, 0); });
}

QFuture<bus::Outcome<std::optional<SagaSummary>>> SagaLog::saga(const QString &sagaId)
{
    return read<std::optional<SagaSummary>>([sagaId](storage::Database &db) -> std::optional<SagaSummary> {
        QSqlQuery &q = db.prepared(u"SELECT "_s + kSummaryColumns + u" FROM sagas WHERE saga_id = ?"_s);
        q.bindValue(0, sagaId);
        db.exec(q);
        std::optional<SagaSummary> summary;
        if (q.next())
            summary = readSummary(q);
        q.finish();
        return summary;
    });
}

// --- admin actions --------------------------------------------------------------------------

QFuture<bus::Outcome<SagaLogEntry>> SagaLog::recordAdminAction(const QString &sagaId, const QString &admin,
                                                               const QString &action, const QJsonObject &detail,
                                                               qint64 at, qint64 sequence)
{
    return execute<SagaLogEntry>([this, sagaId, admin, action, detail, at, sequence](MessageContext &context) {
        storage::Database &db = context.database();
        SagaLogEntry e;
        e.sagaId = sagaId;
        e.at = at > 0 ? at : bus::HybridClock::nowMs();
        e.sequence = sequence;
        if (e.sequence <= 0) {
            // After everything this saga holds, and no earlier than the bus clock would be.
            QSqlQuery &last = db.prepared(u"SELECT MAX(seq) FROM saga_log WHERE saga_id = ?"_s);
            last.bindValue(0, storage::text(sagaId));
            db.exec(last);
            const qint64 maxSeq = last.next() ? last.value(0).toLongLong() : 0;
            last.finish();
            e.sequence = std::max(maxSeq + 1, e.at * 1000);
        }
        e.kind = AdminKind;
        e.service = u"admin"_s;
        e.eventId = bus::newTimeOrderedId().toString(QUuid::WithoutBraces);
        e.eventType = u"admin."_s + action;
        const qint64 orderId = detail.value(u"orderId"_s).toInteger();
        e.aggregateId = orderId > 0 ? u"order-%1"_s.arg(orderId) : QString();
        e.causationId = QString();
        e.attempt = 1;
        e.error = detail.value(u"error"_s).toString();
        e.payload = detail;
        e.payload.insert(u"admin"_s, admin);
        e.payload.insert(u"action"_s, action);

        // Only the two columns an entry always changes; a saga without a row is unknown.
        QSqlQuery &touch = db.prepared(u"UPDATE sagas SET updated_at = CASE WHEN ? > updated_at THEN ? ELSE updated_at END,"
                                       " entries = entries + 1 WHERE saga_id = ?"_s);
        touch.bindValue(0, e.at);
        touch.bindValue(1, e.at);
        touch.bindValue(2, storage::text(sagaId));
        if (db.exec(touch) < 1)
            throw std::invalid_argument(u"[not_found] The saga log has no saga \"%1\"."_s.arg(sagaId).toStdString());
        insertEntry(db, e);
        qCInfo(lcSaga).noquote() << "saga" << sagaId << ":" << admin << "did" << action << "-"
                                 << detail.value(u"outcome"_s).toString();
        return e;
    });
}

} // namespace sagashop::saga
