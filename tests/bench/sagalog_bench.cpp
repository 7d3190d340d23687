// sagalog-bench: builds a saga log of 1,000,000 entries (about 125,000 sagas over 30 days)
// with the schema of saga::SagaLog, then times SagaLog's own queries (timeline by saga,
// entries by time range and kind with paging, sagas by status and time range) and prints
// their plans. A benchmark: it prints figures and verdicts against the 50 ms aim and never
// fails on timing.

#include "saga/SagaLog.h"
#include "saga/SagaLogEntry.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <tuple>
#include <vector>

#ifdef SAGALOG_BENCH_HAVE_SQLITE3
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;
using sagashop::saga::EntryQuery;
using sagashop::saga::SagaLog;
using sagashop::saga::SagaLogEntry;
using sagashop::saga::SagaQuery;
using sagashop::saga::SagaSummary;
using sagashop::storage::Database;
using sagashop::storage::DatabaseConfig;
using sagashop::storage::StorageError;

namespace {

constexpr double kAimMs = 50.0;
constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kSpanMs = 30 * kDayMs;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString fixed(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s);
}

// ---------------------------------------------------------------------------------------
// Data: sagas of 8 entries each, in realistic proportions.

// Kinds (SagaLogEntry::Kind* and bus::SagaLogEvents values).
const QString kPublished = u"published"_s;
const QString kHandled = u"handled"_s;
const QString kRetried = u"retried"_s;
const QString kDeadLettered = u"dead-lettered"_s;
const QString kCompensation = u"compensation"_s;

struct Pattern
{
    QString status;
    int weight; ///< per thousand sagas
    const char *kinds; ///< P published, H handled, R retried, D dead-lettered, C compensation
};

// Every pattern has 8 entries. Over all sagas: ~43% published, ~42% handled, ~5% retried,
// ~1.5% dead-lettered, ~2% compensation.
const Pattern kPatterns[] = {
    {u"completed"_s, 600, "PHPHPHPH"},
    {u"completed"_s, 200, "PHPRHPHP"},   // one retry on the way
    {u"running"_s, 80, "PHPHPHPR"},      // still in retry
    {u"failed"_s, 40, "PHPRRDPH"},       // dead-lettered, failure published
    {u"compensated"_s, 60, "PHPRDCHC"},  // dead-lettered, compensated
    {u"compensating"_s, 20, "PHPHPDCH"}, // compensation under way
};

const QString kStatuses[] = {u"running"_s, u"completed"_s, u"failed"_s, u"compensated"_s, u"compensating"_s};

// The saga's published events, in order: (type, producer).
const std::pair<QString, QString> kSteps[] = {
    {u"OrderPlaced"_s, u"orders"_s},
    {u"PaymentAuthorized"_s, u"payments"_s},
    {u"StockReserved"_s, u"inventory"_s},
    {u"ShipmentScheduled"_s, u"shipping"_s},
    {u"OrderCompleted"_s, u"orders"_s},
    {u"NotificationSent"_s, u"notifications"_s},
};
// Who consumes the event published at step k.
const QString kConsumers[] = {u"payments"_s, u"inventory"_s, u"shipping"_s, u"orders"_s, u"notifications"_s,
                              u"analytics"_s};
const std::pair<QString, QString> kCompensations[] = {
    {u"PaymentRefunded"_s, u"payments"_s},
    {u"StockReleased"_s, u"inventory"_s},
};
const QString kFailureType = u"OrderFailed"_s;
const QString kErrors[] = {u"timeout talking to the payment gateway"_s, u"stock service unavailable"_s,
                           u"database is locked"_s};

QString randomUuid(QRandomGenerator &rng)
{
    const quint64 hi = rng.generate64();
    const quint64 lo = rng.generate64();
    const QUuid id(uint(hi >> 32), ushort(hi >> 16), ushort((hi & 0x0fff) | 0x4000), uchar(((lo >> 56) & 0x3f) | 0x80),
                   uchar(lo >> 48), uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8),
                   uchar(lo));
    return id.toString(QUuid::WithoutBraces);
}

struct LoadStats
{
    qint64 rows = 0;
    qint64 sagas = 0;
    double seconds = 0;
    QHash<QString, qint64> kinds;
    QHash<QString, qint64> statuses;
};

const QString kInsertEntry = u"INSERT INTO saga_log (seq, saga_id, at, kind, service, event_id, event_type,"
                             " aggregate_id, causation_id, attempt, error, payload)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString kInsertSaga = u"INSERT INTO sagas (saga_id, status, started_at, updated_at, last_event_type, entries,"
                            " retries, dead_letters, compensations) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

/// Fills an empty saga log with `rows` entries, `perTransaction` rows per transaction.
LoadStats load(Database &db, qint64 rows, qint64 base, quint32 seed, qint64 perTransaction)
{
    LoadStats stats;
    QRandomGenerator rng(seed);
    const qint64 sagaCount = (rows + 7) / 8;
    QSqlQuery &entryInsert = db.prepared(kInsertEntry);
    QSqlQuery &sagaInsert = db.prepared(kInsertSaga);

    int patternTotal = 0;
    for (const Pattern &p : kPatterns)
        patternTotal += p.weight;

    QElapsedTimer timer;
    timer.start();
    qint64 seq = 0;
    qint64 inTransaction = 0;
    db.begin();
    for (qint64 s = 0; s < sagaCount && stats.rows < rows; ++s) {
        int pick = int(rng.bounded(patternTotal));
        const Pattern *pattern = &kPatterns[0];
        for (const Pattern &p : kPatterns) {
            if (pick < p.weight) {
                pattern = &p;
                break;
            }
            pick -= p.weight;
        }
        const QString sagaId = randomUuid(rng);
        const QString orderId = u"order-%1"_s.arg(s + 1);
        // Sagas start evenly spread over the 30 days (sorted), entries follow within seconds.
        qint64 at = base + qint64((double(s) + rng.generateDouble()) * double(kSpanMs) / double(sagaCount));
        const qint64 startedAt = at;
        int step = 0;
        int compensationStep = 0;
        int attempt = 1;
        QString lastEventId, lastEventType, lastPublishedType, lastProducer;
        int retries = 0, deadLetters = 0, compensations = 0, entries = 0;

        for (const char *k = pattern->kinds; *k && stats.rows < rows; ++k) {
            QString kind, service, eventId, eventType, causation, error, payload;
            int entryAttempt = 1;
            switch (*k) {
            case 'P':
            case 'C': {
                const bool compensation = *k == 'C';
                const bool failure = !compensation
                    && std::string_view(pattern->kinds, size_t(k - pattern->kinds)).find('D') != std::string_view::npos;
                const auto &[type, producer] = compensation ? kCompensations[compensationStep++ % 2]
                                                            : kSteps[std::min(step, 5)];
                kind = compensation ? kCompensation : kPublished;
                eventType = failure ? kFailureType : type;
                service = failure ? u"orders"_s : producer;
                eventId = randomUuid(rng);
                causation = lastEventId;
                payload = u"{\"orderId\":\"%1\",\"amount\":%2,\"currency\":\"EUR\"}"_s.arg(orderId).arg(
                    rng.bounded(500, 50000));
                lastEventId = eventId;
                lastEventType = eventType;
                lastPublishedType = eventType;
                lastProducer = service;
                attempt = 1;
                if (!compensation && !failure)
                    ++step;
                if (compensation)
                    ++compensations;
                at += rng.bounded(2, 40);
                break;
            }
            case 'H':
            case 'R':
            case 'D': {
                kind = *k == 'H' ? kHandled : *k == 'R' ? kRetried : kDeadLettered;
                service = kConsumers[std::max(0, step - 1) % 6];
                eventId = lastEventId;
                eventType = lastEventType;
                causation = lastEventId;
                entryAttempt = attempt;
                if (*k == 'R') {
                    error = kErrors[rng.bounded(3)];
                    ++retries;
                    ++attempt;
                    at += rng.bounded(200, 5000); // backoff
                } else if (*k == 'D') {
                    error = kErrors[rng.bounded(3)];
                    ++deadLetters;
                    at += rng.bounded(200, 5000);
                } else {
                    at += rng.bounded(1, 25);
                }
                break;
            }
            default:
                break;
            }
            entryInsert.bindValue(0, ++seq);
            entryInsert.bindValue(1, sagaId);
            entryInsert.bindValue(2, at);
            entryInsert.bindValue(3, kind);
            entryInsert.bindValue(4, service);
            entryInsert.bindValue(5, eventId);
            entryInsert.bindValue(6, eventType);
            entryInsert.bindValue(7, orderId);
            entryInsert.bindValue(8, causation.isNull() ? u""_s : causation);
            entryInsert.bindValue(9, entryAttempt);
            entryInsert.bindValue(10, error.isNull() ? u""_s : error);
            entryInsert.bindValue(11, payload.isNull() ? u""_s : payload);
            db.exec(entryInsert);
            ++stats.rows;
            ++entries;
            ++stats.kinds[kind];
            if (++inTransaction >= perTransaction) {
                db.commit();
                db.begin();
                inTransaction = 0;
            }
        }
        sagaInsert.bindValue(0, sagaId);
        sagaInsert.bindValue(1, pattern->status);
        sagaInsert.bindValue(2, startedAt);
        sagaInsert.bindValue(3, at);
        sagaInsert.bindValue(4, lastPublishedType);
        sagaInsert.bindValue(5, entries);
        sagaInsert.bindValue(6, retries);
        sagaInsert.bindValue(7, deadLetters);
        sagaInsert.bindValue(8, compensations);
        db.exec(sagaInsert);
        ++stats.sagas;
        ++stats.statuses[pattern->status];
        if (stats.rows / 250'000 != (stats.rows - entries) / 250'000) {
            out() << "  " << stats.rows << " rows after " << fixed(double(timer.nsecsElapsed()) / 1e9, 1) << " s"
                  << Qt::endl;
        }
    }
    db.commit();
    stats.seconds = double(timer.nsecsElapsed()) / 1e9;
    return stats;
}

// ---------------------------------------------------------------------------------------
// Query plans. With the SQLite headers, the exact statement SagaLog ran is captured from the
// connection (sqlite3_trace_v2); otherwise a copy of SagaLog's SQL construction is used.

struct CapturedSql
{
    QString sql;        ///< as prepared, with its placeholders (each bind its own parameter)
    QVariantList binds; ///< values for the copied SQL (the captured statement needs none)
};

#ifdef SAGALOG_BENCH_HAVE_SQLITE3
int traceStatement(unsigned type, void *context, void *statement, void *)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    if (sql && qstrnicmp(sql, "SELECT", 6) == 0)
        static_cast<CapturedSql *>(context)->sql = QString::fromUtf8(sql);
    return 0;
}

sqlite3 *sqliteHandle(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}
#endif

/// Runs `query` once and returns the SELECT it executed.
CapturedSql captureSql([[maybe_unused]] Database &db, const std::function<void()> &query,
                       const std::function<CapturedSql()> &copy)
{
#ifdef SAGALOG_BENCH_HAVE_SQLITE3
    if (sqlite3 *handle = sqliteHandle(db)) {
        CapturedSql captured;
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &traceStatement, &captured);
        query();
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        if (!captured.sql.isEmpty())
            return captured;
    }
#endif
    query();
    return copy();
}

/// The SQL SagaLog builds (copied from SagaLog.cpp; used only without the SQLite headers).
const QString kEntryColumns = u"id, seq, saga_id, at, kind, service, event_id, event_type, aggregate_id,"
                              " causation_id, attempt, error, payload"_s;

CapturedSql copiedTimelineSql(const QString &sagaId)
{
    return {u"SELECT "_s + kEntryColumns + u" FROM saga_log WHERE saga_id = ? ORDER BY seq, id"_s, {sagaId}};
}

CapturedSql copiedEntriesSql(const EntryQuery &query)
{
    CapturedSql c;
    c.sql = u"SELECT "_s + kEntryColumns + u" FROM saga_log WHERE 1 = 1"_s;
    if (query.from > 0) {
        c.sql += u" AND at >= ?"_s;
        c.binds << query.from;
    }
    if (query.to > 0) {
        c.sql += u" AND at < ?"_s;
        c.binds << query.to;
    }
    if (query.beforeAt > 0) {
        c.sql += u" AND (at < ? OR (at = ? AND id < ?))"_s;
        c.binds << query.beforeAt << query.beforeAt << query.beforeId;
    }
    if (!query.kinds.isEmpty()) {
        c.sql += u" AND kind IN ("_s;
        for (qsizetype i = 0; i < query.kinds.size(); ++i) {
            c.sql += i ? u", ?"_s : u"?"_s;
            c.binds << query.kinds.at(i);
        }
        c.sql += u")"_s;
    }
    c.sql += u" ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"_s;
    c.binds << std::clamp(query.limit, 1, 1000) << std::max(0, query.offset);
    return c;
}

CapturedSql copiedSagasSql(const SagaQuery &query)
{
    CapturedSql c;
    c.sql = u"SELECT saga_id, status, started_at, updated_at, last_event_type, entries, retries,"
            " dead_letters, compensations FROM sagas WHERE 1 = 1"_s;
    if (!query.status.isEmpty()) {
        c.sql += u" AND status = ?"_s;
        c.binds << query.status;
    }
    if (query.from > 0) {
        c.sql += u" AND updated_at >= ?"_s;
        c.binds << query.from;
    }
    if (query.to > 0) {
        c.sql += u" AND updated_at < ?"_s;
        c.binds << query.to;
    }
    c.sql += u" ORDER BY updated_at DESC, saga_id DESC LIMIT ? OFFSET ?"_s;
    c.binds << std::clamp(query.limit, 1, 1000) << std::max(0, query.offset);
    return c;
}

struct PlanLine
{
    int depth = 0;
    QString detail;
};

/// EXPLAIN QUERY PLAN of the parameterized statement: the plan SQLite makes when the
/// statement is prepared, before values are bound (it does not see that two parameters hold
/// the same value). Explaining the statement with its values written in as literals can show
/// a better plan than the one actually used.
QList<PlanLine> explain(Database &db, const CapturedSql &captured)
{
    QList<PlanLine> lines;
    QHash<int, int> depthOf;
    const auto add = [&](int id, int parent, const QString &detail) {
        const int depth = parent == 0 ? 0 : depthOf.value(parent, 0) + 1;
        depthOf.insert(id, depth);
        lines.append({depth, detail});
    };
#ifdef SAGALOG_BENCH_HAVE_SQLITE3
    if (captured.binds.isEmpty()) {
        if (sqlite3 *handle = sqliteHandle(db)) {
            const QByteArray text = (u"EXPLAIN QUERY PLAN "_s + captured.sql).toUtf8();
            sqlite3_stmt *stmt = nullptr;
            if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK) {
                lines.append({0, u"(EXPLAIN QUERY PLAN failed: %1)"_s.arg(QString::fromUtf8(sqlite3_errmsg(handle)))});
                sqlite3_finalize(stmt);
                return lines;
            }
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                add(sqlite3_column_int(stmt, 0), sqlite3_column_int(stmt, 1),
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3))));
            }
            sqlite3_finalize(stmt);
            return lines;
        }
    }
#endif
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    bool ok = q.prepare(u"EXPLAIN QUERY PLAN "_s + captured.sql);
    if (ok) {
        for (qsizetype i = 0; i < captured.binds.size(); ++i)
            q.bindValue(int(i), captured.binds.at(i));
        ok = q.exec();
    }
    if (!ok) {
        lines.append({0, u"(EXPLAIN QUERY PLAN failed: %1)"_s.arg(q.lastError().text())});
        return lines;
    }
    while (q.next())
        add(q.value(0).toInt(), q.value(1).toInt(), q.value(3).toString());
    q.finish();
    return lines;
}

// ---------------------------------------------------------------------------------------
// Timing

struct Timing
{
    double medianMs = 0;
    double p90Ms = 0;
    double maxMs = 0;
    double meanRows = 0;
};

Timing summarize(std::vector<double> ms, qint64 totalRows)
{
    Timing t;
    if (ms.empty())
        return t;
    std::sort(ms.begin(), ms.end());
    const size_t n = ms.size();
    t.medianMs = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    t.p90Ms = ms[std::min(n - 1, size_t(std::ceil(0.9 * double(n))) - 1)];
    t.maxMs = ms.back();
    t.meanRows = double(totalRows) / double(n);
    return t;
}

struct QueryType
{
    QString name;
    /// Runs iteration `i` and returns the number of rows it got.
    std::function<qsizetype(int i)> run;
    /// The copied SQL for iteration 0 (plan fallback).
    std::function<CapturedSql()> copiedSql;
};

struct Result
{
    QString name;
    Timing timing;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sagalog-bench"_s);
    QLoggingCategory::setFilterRules(u"sagashop.*.debug=false\nsagashop.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Builds a saga log of --rows entries with SagaLog's schema and times SagaLog's queries "
        u"(median, p90, max over --iterations runs each), with their query plans. Prints figures only."_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Saga log entries to load (default 1000000; 8 per saga)."_s,
                                        u"n"_s, u"1000000"_s);
    const QCommandLineOption iterationsOption(u"iterations"_s, u"Timed runs per query type (default 50)."_s, u"n"_s,
                                              u"50"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed for data and parameters (default 42)."_s, u"n"_s,
                                        u"42"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Folder for the temporary database (default: the system temp folder)."_s,
                                       u"path"_s, QDir::tempPath());
    const QCommandLineOption dbOption(u"db"_s,
                                      u"Use (and keep) this database file; when it already holds saga log rows, "
                                      u"loading is skipped (parameters are then drawn from its contents)."_s,
                                      u"file"_s);
    const QCommandLineOption noPlansOption(u"no-plans"_s, u"Do not print EXPLAIN QUERY PLAN."_s);
    parser.addOptions({rowsOption, iterationsOption, seedOption, dirOption, dbOption, noPlansOption});
    parser.process(app);

    bool ok = false;
    const qint64 rows = parser.value(rowsOption).toLongLong(&ok);
    if (!ok || rows < 8) {
        std::fprintf(stderr, "sagalog-bench: --rows needs an integer >= 8\n");
        return 2;
    }
    const int iterations = parser.value(iterationsOption).toInt(&ok);
    if (!ok || iterations < 1) {
        std::fprintf(stderr, "sagalog-bench: --iterations needs a positive integer\n");
        return 2;
    }
    const quint32 seed = parser.value(seedOption).toUInt();

    std::unique_ptr<QTemporaryDir> tempDir;
    QString path;
    if (parser.isSet(dbOption)) {
        path = QFileInfo(parser.value(dbOption)).absoluteFilePath();
    } else {
        const QString parent = QDir(parser.value(dirOption)).absolutePath();
        QDir().mkpath(parent);
        tempDir = std::make_unique<QTemporaryDir>(parent + u"/sagalog-bench-XXXXXX"_s);
        if (!tempDir->isValid()) {
            std::fprintf(stderr, "sagalog-bench: cannot create a temporary folder in %s\n", qPrintable(parent));
            return 2;
        }
        path = tempDir->filePath(u"saga-log.db"_s);
    }

    const qint64 base = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QList<Result> results;

    try {
        DatabaseConfig config;
        config.location = path;
        config.synchronous = DatabaseConfig::Synchronous::Normal;

        // Load with its own connection (and a bigger page cache), then query through a fresh
        // connection with the settings the saga log service uses.
        {
            auto db = Database::open(config);
            db->migrate(SagaLog::schema());
            QSqlQuery count = db->execDirect(u"SELECT count(*) FROM saga_log"_s);
            const qint64 existing = count.next() ? count.value(0).toLongLong() : 0;
            count.finish();
            if (existing > 0) {
                out() << "using the existing " << existing << " saga log rows in " << path << Qt::endl;
            } else {
                out() << "loading " << rows << " saga log rows (" << (rows + 7) / 8 << " sagas, 30 days from "
                      << utc(base) << " UTC) into " << path << Qt::endl;
                QSqlQuery cache = db->execDirect(u"PRAGMA cache_size = -262144"_s);
                cache.finish();
                const LoadStats stats = load(*db, rows, base, seed, 100'000);
                out() << "loaded " << stats.rows << " entries and " << stats.sagas << " sagas in "
                      << fixed(stats.seconds, 1) << " s (" << fixed(double(stats.rows) / stats.seconds)
                      << " rows/s, 100,000 rows per transaction, with the schema's indexes)" << Qt::endl;
                out() << "  kinds:";
                for (const QString &kind : {kPublished, kHandled, kRetried, kDeadLettered, kCompensation})
                    out() << " " << kind << "=" << stats.kinds.value(kind);
                out() << Qt::endl << "  statuses:";
                for (const QString &status : kStatuses)
                    out() << " " << status << "=" << stats.statuses.value(status);
                out() << Qt::endl;
                const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
                QSqlQuery checkpoint = db->execDirect(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
                checkpoint.finish();
                out() << "  WAL checkpoint " << (QDateTime::currentMSecsSinceEpoch() - t0) << " ms; file size "
                      << fixed(double(QFileInfo(path).size()) / 1048576.0, 1) << " MiB" << Qt::endl;
            }
        }

        auto db = Database::open(config);
        db->migrate(SagaLog::schema()); // a no-op, as when the service starts

        // Parameters are drawn from the data itself (works for --db files too).
        QStringList sagaIds;
        qint64 minAt = 0, maxAt = 0, maxId = 0;
        {
            QSqlQuery q = db->execDirect(u"SELECT saga_id FROM sagas"_s);
            while (q.next())
                sagaIds << q.value(0).toString();
            q.finish();
            QSqlQuery range = db->execDirect(u"SELECT min(at), max(at), count(*), max(id) FROM saga_log"_s);
            range.next();
            minAt = range.value(0).toLongLong();
            maxAt = range.value(1).toLongLong();
            maxId = range.value(3).toLongLong();
            out() << "saga log: " << range.value(2).toLongLong() << " entries, " << sagaIds.size() << " sagas, "
                  << utc(minAt) << " .. " << utc(maxAt) << " UTC" << Qt::endl;
            range.finish();
        }
        if (sagaIds.isEmpty()) {
            std::fprintf(stderr, "sagalog-bench: the saga log is empty\n");
            return 2;
        }

        QRandomGenerator rng(seed + 1);
        const auto randomSaga = [&] { return sagaIds.at(qsizetype(rng.bounded(quint32(sagaIds.size())))); };
        // A window of `length` ms starting at a random time inside the log.
        const auto randomWindow = [&](qint64 length) {
            const qint64 room = std::max<qint64>(1, maxAt - minAt - length);
            const qint64 from = minAt + qint64(rng.generateDouble() * double(room));
            return std::pair<qint64, qint64>(from, from + length);
        };

        std::vector<QueryType> types;
        const auto entries = [&](const QString &name, std::function<EntryQuery()> make) {
            auto last = std::make_shared<EntryQuery>();
            types.push_back({name,
                             [&db, make, last](int) {
                                 *last = make();
                                 return SagaLog::queryEntries(*db, *last).size();
                             },
                             [last] { return copiedEntriesSql(*last); }});
        };
        const auto sagas = [&](const QString &name, std::function<SagaQuery()> make) {
            auto last = std::make_shared<SagaQuery>();
            types.push_back({name,
                             [&db, make, last](int) {
                                 *last = make();
                                 return SagaLog::querySagas(*db, *last).size();
                             },
                             [last] { return copiedSagasSql(*last); }});
        };

        {
            auto last = std::make_shared<QString>();
            types.push_back({u"timeline(random saga)"_s,
                             [&, last](int) {
                                 *last = randomSaga();
                                 return SagaLog::queryTimeline(*db, *last).size();
                             },
                             [last] { return copiedTimelineSql(*last); }});
        }
        entries(u"entries, no filter, page 1"_s, [] { return EntryQuery{}; });
        entries(u"entries, 1-hour window, page 1"_s, [&] {
            EntryQuery q;
            std::tie(q.from, q.to) = randomWindow(kHourMs);
            return q;
        });
        entries(u"entries, 1-day window, page 1"_s, [&] {
            EntryQuery q;
            std::tie(q.from, q.to) = randomWindow(kDayMs);
            return q;
        });
        entries(u"entries, kind=dead-lettered, page 1"_s, [] {
            EntryQuery q;
            q.kinds = QStringList{kDeadLettered};
            return q;
        });
        entries(u"entries, kinds=[retried,dead-lettered], 7-day window, page 1"_s, [&] {
            EntryQuery q;
            std::tie(q.from, q.to) = randomWindow(7 * kDayMs);
            q.kinds = QStringList{kRetried, kDeadLettered};
            return q;
        });
        entries(u"entries, kinds=[retried,dead-lettered], no window, page 1"_s, [] {
            EntryQuery q;
            q.kinds = QStringList{kRetried, kDeadLettered};
            return q;
        });
        {
            // Keyset: walk 20 pages from the newest, then each timed run fetches the next page
            // (pages 21, 22, ...).
            auto cursor = std::make_shared<std::pair<qint64, qint64>>(0, 0);
            auto last = std::make_shared<EntryQuery>();
            auto advance = [&db, cursor, last](bool record) {
                EntryQuery q;
                q.beforeAt = cursor->first;
                q.beforeId = cursor->second;
                if (record)
                    *last = q;
                const QList<SagaLogEntry> page = SagaLog::queryEntries(*db, q);
                if (!page.isEmpty())
                    *cursor = {page.constLast().at, page.constLast().id};
                return page.size();
            };
            for (int p = 0; p < 20; ++p)
                advance(false);
            types.push_back({u"entries, keyset page 21+ (beforeAt/beforeId)"_s,
                             [advance](int) { return advance(true); },
                             [last] { return copiedEntriesSql(*last); }});
        }
        // Keyset at any depth: the cursor is a random entry of the log (a page further down a
        // long list, e.g. after jumping to a date), optionally with a kind filter.
        const auto keysetAtRandomDepth = [&](const QString &name, const QStringList &kinds) {
            auto last = std::make_shared<EntryQuery>();
            types.push_back({name,
                             [&, last, kinds](int) {
                                 QSqlQuery &pick = db->prepared(u"SELECT at, id FROM saga_log WHERE id = ?"_s);
                                 pick.bindValue(0, 1 + qint64(rng.bounded(quint32(std::max<qint64>(1, maxId)))));
                                 db->exec(pick);
                                 EntryQuery q;
                                 q.kinds = kinds;
                                 if (pick.next()) {
                                     q.beforeAt = pick.value(0).toLongLong();
                                     q.beforeId = pick.value(1).toLongLong();
                                 } else {
                                     q.beforeAt = maxAt;
                                     q.beforeId = maxId;
                                 }
                                 pick.finish();
                                 *last = q;
                                 return SagaLog::queryEntries(*db, q).size();
                             },
                             [last] { return copiedEntriesSql(*last); }});
        };
        keysetAtRandomDepth(u"entries, keyset page at a random depth"_s, {});
        {
            // The deepest page: the cursor 60 entries from the oldest end (the last page of a
            // walk through the whole log).
            auto last = std::make_shared<EntryQuery>();
            EntryQuery deepest;
            {
                QSqlQuery q = db->execDirect(u"SELECT at, id FROM saga_log ORDER BY at, id LIMIT 1 OFFSET 60"_s);
                if (q.next()) {
                    deepest.beforeAt = q.value(0).toLongLong();
                    deepest.beforeId = q.value(1).toLongLong();
                }
                q.finish();
            }
            types.push_back({u"entries, keyset page at the deepest position (oldest)"_s,
                             [&db, last, deepest](int) {
                                 *last = deepest;
                                 return SagaLog::queryEntries(*db, deepest).size();
                             },
                             [last] { return copiedEntriesSql(*last); }});
        }
        keysetAtRandomDepth(u"entries, kind=retried, keyset page at a random depth"_s, {kRetried});
        entries(u"entries, offset 10,000"_s, [] {
            EntryQuery q;
            q.offset = 10'000;
            return q;
        });
        sagas(u"sagas, no filter, page 1"_s, [] { return SagaQuery{}; });
        for (const QString &status : kStatuses) {
            sagas(u"sagas, status=%1, page 1"_s.arg(status), [status] {
                SagaQuery q;
                q.status = status;
                return q;
            });
            sagas(u"sagas, status=%1, offset 1,000"_s.arg(status), [status] {
                SagaQuery q;
                q.status = status;
                q.offset = 1000;
                return q;
            });
        }
        sagas(u"sagas, 1-day window, page 1"_s, [&] {
            SagaQuery q;
            std::tie(q.from, q.to) = randomWindow(kDayMs);
            return q;
        });
        sagas(u"sagas, 1-day window, offset 1,000"_s, [&] {
            SagaQuery q;
            std::tie(q.from, q.to) = randomWindow(kDayMs);
            q.offset = 1000;
            return q;
        });

        const bool plans = !parser.isSet(noPlansOption);
#ifdef SAGALOG_BENCH_HAVE_SQLITE3
        const QString planSource =
            u"the statements SagaLog ran (captured from the connection), explained as prepared, with parameters"_s;
#else
        const QString planSource =
            u"a copy of SagaLog's SQL (built without the SQLite headers), explained as prepared, with parameters"_s;
#endif
        out() << Qt::endl
              << iterations << " timed runs per query type (warm: one untimed run first); times include reading the "
              << "rows into SagaLogEntry/SagaSummary" << Qt::endl;
        if (plans)
            out() << "query plans: " << planSource << Qt::endl;

        QHash<QString, QString> planSeen; // SQL -> first query type with it
        for (QueryType &type : types) {
            out() << Qt::endl << "--- " << type.name << Qt::endl;
            // One untimed run, which also captures the SQL for the plan.
            const CapturedSql captured = captureSql(*db, [&] { type.run(-1); }, type.copiedSql);
            if (plans) {
                out() << "  sql: " << captured.sql << Qt::endl;
                if (planSeen.contains(captured.sql)) {
                    out() << "  plan: as for \"" << planSeen.value(captured.sql) << "\"" << Qt::endl;
                } else {
                    planSeen.insert(captured.sql, type.name);
                    out() << "  plan:" << Qt::endl;
                    for (const PlanLine &line : explain(*db, captured))
                        out() << "    " << QString(line.depth * 2, u' ') << line.detail << Qt::endl;
                }
            }
            std::vector<double> ms;
            ms.reserve(size_t(iterations));
            qint64 totalRows = 0;
            for (int i = 0; i < iterations; ++i) {
                QElapsedTimer timer;
                timer.start();
                const qsizetype got = type.run(i);
                ms.push_back(double(timer.nsecsElapsed()) / 1e6);
                totalRows += got;
            }
            const Timing t = summarize(std::move(ms), totalRows);
            out() << "  median " << fixed(t.medianMs, 3) << " ms, p90 " << fixed(t.p90Ms, 3) << " ms, max "
                  << fixed(t.maxMs, 3) << " ms, " << fixed(t.meanRows, 1) << " rows/run" << Qt::endl;
            results.append({type.name, t});
        }
    } catch (const StorageError &e) {
        std::fprintf(stderr, "sagalog-bench: %s\n", qPrintable(e.message()));
        return 1;
    }

    out() << Qt::endl << "=== verdicts (aim: a page in < " << kAimMs << " ms over " << rows << " rows; information only) ==="
          << Qt::endl;
    int slow = 0;
    for (const Result &r : std::as_const(results)) {
        const bool fast = r.timing.medianMs < kAimMs;
        slow += fast ? 0 : 1;
        out() << "  " << r.name.leftJustified(62, u'.') << " median " << fixed(r.timing.medianMs, 3).rightJustified(8)
              << " ms (< 50 ms: " << (fast ? "yes" : "no") << "), p90 " << fixed(r.timing.p90Ms, 3) << ", max "
              << fixed(r.timing.maxMs, 3) << (fast && r.timing.p90Ms >= kAimMs ? "  <- p90 over 50 ms" : "")
              << Qt::endl;
    }
    out() << "RESULT query_types=" << results.size() << " below_50ms=" << (results.size() - slow)
          << " over_50ms=" << slow << Qt::endl;
    return 0;
}
