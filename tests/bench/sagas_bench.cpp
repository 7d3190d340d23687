// sagas-bench: the admin client's saga list over 1,000,000 sagas. Fills a saga-log database
// (SagaLog's schema, summaries only: one row per saga, no entries) in one transaction with a
// realistic mix of statuses spread over 3 days, then times SagaLog's list queries as the
// admin client runs them: the first page, keyset pages deep down, every status filter (stuck
// included), searches by order id, saga id (whole and prefix) and user, time ranges, and the
// per-status counts of the filter chips. Prints a table of medians (default 15 runs), the
// query plans and the database size. A benchmark: it never fails on timing.

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
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

#ifdef SAGAS_BENCH_HAVE_SQLITE3
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;
using sagashop::saga::SagaLog;
using sagashop::saga::SagaQuery;
using sagashop::saga::SagaSummary;
using sagashop::storage::Database;
using sagashop::storage::DatabaseConfig;
using sagashop::storage::StorageError;

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kSpanMs = 3 * kDayMs;
constexpr qint64 kStuckAfterMs = 10'000; // ShopConfig::stuckAfterMs
constexpr int kUsers = 5'000;
constexpr int kPage = 100; // the list model's page

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString fixed(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

/// A time-ordered id like bus::newTimeOrderedId() (UUID v7 text: 48 bits of ms first).
QString timeOrderedId(qint64 ms, QRandomGenerator &rng)
{
    const quint64 r1 = rng.generate64();
    const quint64 r2 = rng.generate64();
    return u"%1-%2-7%3-%4-%5"_s.arg(quint64(ms) >> 16, 8, 16, QLatin1Char('0'))
        .arg(quint64(ms) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(r1 & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(0x8000 | ((r1 >> 12) & 0x3fff), 4, 16, QLatin1Char('0'))
        .arg(r2 & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

struct Outcome
{
    const char *status;
    int perMille; ///< of the sagas older than the last minute
    qint64 minMs, maxMs; ///< duration from start to the last update
    const char *lastEvent;
};

// Checkouts mostly succeed; failures are balance or stock shortfalls (failed, then
// compensated once the restores are back); a few end abnormal or stay stuck.
const Outcome kOutcomes[] = {
    {"completed", 880, 40, 400, "OrderCompleted"},
    {"failed", 50, 20, 200, "OrderFailed"},
    {"compensated", 60, 60, 900, "OrderCompensated"},
    {"abnormal", 5, 10'000, 60'000, "OrderMarkedAbnormal"},
    {"running", 3, 5, 2'000, "InventoryDeducted"},          // stuck: no progress since
    {"compensating", 2, 100, 3'000, "OrderConfirmationFailed"}, // stuck while compensating
};

struct LoadStats
{
    qint64 sagas = 0;
    double seconds = 0;
    QHash<QString, qint64> statuses;
};

/// Fills an empty saga log with `count` sagas started over kSpanMs before `end`, in one
/// transaction. The last minute is busy: its sagas are still running or compensating.
LoadStats load(Database &db, qint64 count, qint64 end, quint32 seed)
{
    LoadStats stats;
    QRandomGenerator rng(seed);
    QSqlQuery &insert = db.prepared(u"INSERT INTO sagas (saga_id, status, started_at, updated_at, last_event_type,"
                                    " entries, retries, dead_letters, compensations, order_id, user_id, amount)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QElapsedTimer timer;
    timer.start();
    const qint64 begin = end - kSpanMs;
    db.begin();
    for (qint64 i = 0; i < count; ++i) {
        const qint64 started = begin + qint64((double(i) + rng.generateDouble()) * double(kSpanMs) / double(count));
        const Outcome *outcome = &kOutcomes[0];
        qint64 updated = 0;
        if (started > end - kMinuteMs) {
            // In flight: running, a few compensating, updated moments ago.
            outcome = rng.bounded(20) == 0 ? &kOutcomes[5] : &kOutcomes[4];
            updated = std::min(end, started + qint64(rng.bounded(800)));
        } else {
            int pick = int(rng.bounded(1000));
            for (const Outcome &o : kOutcomes) {
                if (pick < o.perMille) {
                    outcome = &o;
                    break;
                }
                pick -= o.perMille;
            }
            updated = started + outcome->minMs + qint64(rng.bounded(quint32(outcome->maxMs - outcome->minMs)));
        }
        const QString status = QString::fromLatin1(outcome->status);
        const bool compensated = status == u"compensated"_s || status == u"compensating"_s;
        insert.bindValue(0, timeOrderedId(started, rng));
        insert.bindValue(1, status);
        insert.bindValue(2, started);
        insert.bindValue(3, updated);
        insert.bindValue(4, QString::fromLatin1(outcome->lastEvent));
        insert.bindValue(5, 8 + int(rng.bounded(6)));
        insert.bindValue(6, rng.bounded(10) == 0 ? 1 : 0);
        insert.bindValue(7, status == u"abnormal"_s ? 1 : 0);
        insert.bindValue(8, compensated ? 3 : 0);
        insert.bindValue(9, i + 1);
        insert.bindValue(10, 1 + qint64(rng.bounded(kUsers)));
        insert.bindValue(11, 1'000 * (5 + qint64(rng.bounded(200))));
        db.exec(insert);
        ++stats.statuses[status];
    }
    // The counts as the saga log keeps them (in the same transaction as the summaries).
    db.execDirect(u"INSERT INTO saga_counts (status, n) SELECT status, COUNT(*) FROM sagas"
                  " WHERE status NOT IN ('running', 'compensating') GROUP BY status"
                  " ON CONFLICT (status) DO UPDATE SET n = excluded.n"_s);
    db.commit();
    stats.sagas = count;
    stats.seconds = double(timer.nsecsElapsed()) / 1e9;
    return stats;
}

// ---------------------------------------------------------------------------------------
// Query plans: the statement SagaLog ran, captured from the connection (SQLite headers).

#ifdef SAGAS_BENCH_HAVE_SQLITE3
int traceStatement(unsigned type, void *context, void *statement, void *)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    if (sql && qstrnicmp(sql, "SELECT", 6) == 0)
        *static_cast<QString *>(context) = QString::fromUtf8(sql); // the last SELECT: the list's
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

/// Runs `query` once; returns the last SELECT it ran and its plan (empty without SQLite headers).
std::pair<QString, QStringList> captureAndExplain([[maybe_unused]] Database &db, const std::function<void()> &query)
{
#ifdef SAGAS_BENCH_HAVE_SQLITE3
    if (sqlite3 *handle = sqliteHandle(db)) {
        QString sql;
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &traceStatement, &sql);
        query();
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        QStringList plan;
        const QByteArray text = (u"EXPLAIN QUERY PLAN "_s + sql).toUtf8();
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW)
                plan.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3))));
        }
        sqlite3_finalize(stmt);
        return {sql, plan};
    }
#endif
    query();
    return {};
}

struct Timing
{
    double medianMs = 0;
    double p90Ms = 0;
    double maxMs = 0;
    double rows = 0;
};

struct Case
{
    QString name;
    std::function<qsizetype(int iteration)> run; ///< returns the rows it got
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sagas-bench"_s);
    QLoggingCategory::setFilterRules(u"sagashop.*.debug=false\nsagashop.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the admin saga list's queries (SagaLog::querySagas, queryCounts) over "
                                     u"--sagas sagas; prints medians, plans and the database size. Figures only."_s);
    parser.addHelpOption();
    const QCommandLineOption sagasOption(u"sagas"_s, u"Sagas to load (default 1000000)."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption iterationsOption(u"iterations"_s, u"Timed runs per query (default 15)."_s, u"n"_s, u"15"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed (default 7)."_s, u"n"_s, u"7"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Folder for the temporary database (default: the system temp folder)."_s,
                                       u"path"_s, QDir::tempPath());
    const QCommandLineOption dbOption(u"db"_s, u"Use (and keep) this database file; loaded only when it has no sagas."_s,
                                      u"file"_s);
    const QCommandLineOption noPlansOption(u"no-plans"_s, u"Do not print the query plans."_s);
    parser.addOptions({sagasOption, iterationsOption, seedOption, dirOption, dbOption, noPlansOption});
    parser.process(app);

    bool ok = false;
    const qint64 count = parser.value(sagasOption).toLongLong(&ok);
    if (!ok || count < 1000) {
        std::fprintf(stderr, "sagas-bench: --sagas needs an integer >= 1000\n");
        return 2;
    }
    const int iterations = parser.value(iterationsOption).toInt(&ok);
    if (!ok || iterations < 1) {
        std::fprintf(stderr, "sagas-bench: --iterations needs a positive integer\n");
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
        tempDir = std::make_unique<QTemporaryDir>(parent + u"/sagas-bench-XXXXXX"_s);
        if (!tempDir->isValid()) {
            std::fprintf(stderr, "sagas-bench: cannot create a temporary folder in %s\n", qPrintable(parent));
            return 2;
        }
        path = tempDir->filePath(u"saga-log.db"_s);
    }

    struct Row
    {
        QString name;
        Timing timing;
    };
    QList<Row> rows;
    try {
        DatabaseConfig config;
        config.location = path;
        config.synchronous = DatabaseConfig::Synchronous::Normal;
        {
            auto db = Database::open(config);
            db->migrate(SagaLog::schema());
            QSqlQuery existing = db->execDirect(u"SELECT COUNT(*) FROM sagas"_s);
            const qint64 have = existing.next() ? existing.value(0).toLongLong() : 0;
            existing.finish();
            if (have > 0) {
                out() << "using the existing " << have << " sagas in " << path << Qt::endl;
            } else {
                const qint64 end = QDateTime::currentMSecsSinceEpoch();
                out() << "loading " << count << " sagas (3 days up to now, one transaction) into " << path << Qt::endl;
                db->execDirect(u"PRAGMA cache_size = -262144"_s).finish();
                const LoadStats stats = load(*db, count, end, seed);
                out() << "loaded " << stats.sagas << " sagas in " << fixed(stats.seconds, 1) << " s ("
                      << fixed(double(stats.sagas) / stats.seconds) << " rows/s with the schema's indexes)" << Qt::endl
                      << "  statuses:";
                for (const Outcome &o : kOutcomes)
                    out() << " " << o.status << "=" << stats.statuses.value(QString::fromLatin1(o.status));
                out() << Qt::endl;
                db->execDirect(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).finish();
            }
        }
        out() << "database size: " << fixed(double(QFileInfo(path).size()) / 1048576.0, 1) << " MiB" << Qt::endl;

        // Query through a fresh connection with the service's settings.
        auto db = Database::open(config);
        db->migrate(SagaLog::schema()); // a no-op, as when the service starts

        // "Now" is just after the last activity in the file, so stuck means the same on a
        // reused --db file; parameters are drawn from the data.
        qint64 now = 0, total = 0, maxOrder = 0;
        {
            QSqlQuery q = db->execDirect(u"SELECT MAX(updated_at), COUNT(*), MAX(order_id) FROM sagas"_s);
            q.next();
            now = q.value(0).toLongLong() + 1'000;
            total = q.value(1).toLongLong();
            maxOrder = q.value(2).toLongLong();
            q.finish();
        }
        const auto sagaAtDepth = [&](qint64 depth) {
            QSqlQuery q = db->execDirect(u"SELECT updated_at, saga_id FROM sagas ORDER BY updated_at DESC, saga_id DESC"
                                         " LIMIT 1 OFFSET %1"_s.arg(depth));
            q.next();
            const std::pair<qint64, QString> key{q.value(0).toLongLong(), q.value(1).toString()};
            q.finish();
            return key;
        };
        const auto randomSagaId = [&](QRandomGenerator &rng) {
            QSqlQuery &q = db->prepared(u"SELECT saga_id FROM sagas WHERE order_id = ?"_s);
            q.bindValue(0, 1 + qint64(rng.bounded(quint32(maxOrder))));
            db->exec(q);
            const QString id = q.next() ? q.value(0).toString() : QString();
            q.finish();
            return id;
        };
        out() << "sagas: " << total << "; now = the last update + 1 s; stuck after " << kStuckAfterMs / 1000
              << " s; pages of " << kPage << Qt::endl;

        QRandomGenerator rng(seed + 1);
        std::vector<Case> cases;
        const auto list = [&](const QString &name, std::function<SagaQuery(int)> make) {
            cases.push_back({name, [&db, make, now](int i) {
                                 SagaQuery q = make(i);
                                 q.limit = q.limit == 50 ? kPage : q.limit;
                                 q.stuckAfterMs = kStuckAfterMs;
                                 q.now = now;
                                 return SagaLog::querySagas(*db, q).size();
                             }});
        };
        list(u"first page"_s, [](int) { return SagaQuery{}; });
        for (const qint64 depth : {qint64(10'000), total / 2, total - kPage}) {
            const auto [updated, sagaId] = sagaAtDepth(depth);
            list(u"keyset page at depth %1"_s.arg(depth), [updated, sagaId](int) {
                SagaQuery q;
                q.beforeUpdatedAt = updated;
                q.beforeSagaId = sagaId;
                return q;
            });
        }
        list(u"offset 10,000 (API compatibility)"_s, [](int) {
            SagaQuery q;
            q.offset = 10'000;
            return q;
        });
        for (const char *status : {"running", "completed", "compensating", "compensated", "failed", "abnormal", "stuck"}) {
            list(u"status=%1, first page"_s.arg(QString::fromLatin1(status)), [status](int) {
                SagaQuery q;
                q.status = QString::fromLatin1(status);
                return q;
            });
        }
        {
            // A deep keyset page of one status: the cursor is a completed saga half way down.
            QSqlQuery q = db->execDirect(u"SELECT updated_at, saga_id FROM sagas WHERE status = 'completed'"
                                         " ORDER BY updated_at DESC, saga_id DESC LIMIT 1 OFFSET %1"_s.arg(total / 3));
            q.next();
            const qint64 updated = q.value(0).toLongLong();
            const QString sagaId = q.value(1).toString();
            q.finish();
            list(u"status=completed, keyset page at depth %1"_s.arg(total / 3), [updated, sagaId](int) {
                SagaQuery q;
                q.status = u"completed"_s;
                q.beforeUpdatedAt = updated;
                q.beforeSagaId = sagaId;
                return q;
            });
        }
        list(u"search order id (random)"_s, [&](int) {
            SagaQuery q;
            q.search = QString::number(1 + rng.bounded(quint32(maxOrder)));
            return q;
        });
        list(u"search saga id, whole (random)"_s, [&](int) {
            SagaQuery q;
            q.search = randomSagaId(rng);
            return q;
        });
        list(u"search saga id, first 13 chars (random)"_s, [&](int) {
            SagaQuery q;
            q.search = randomSagaId(rng).left(13);
            return q;
        });
        list(u"search saga id, first 8 chars (random)"_s, [&](int) {
            SagaQuery q;
            q.search = randomSagaId(rng).left(8);
            return q;
        });
        list(u"search saga id, first 4 chars (common)"_s, [&](int) {
            SagaQuery q;
            q.search = randomSagaId(rng).left(4);
            return q;
        });
        list(u"search user u:N (random, ~%1 sagas each)"_s.arg(total / kUsers), [&](int) {
            SagaQuery q;
            q.search = u"u:%1"_s.arg(1 + rng.bounded(kUsers));
            return q;
        });
        for (const auto &[label, span] : {std::pair{u"last 5 min"_s, 5 * kMinuteMs}, std::pair{u"last hour"_s, kHourMs},
                                          std::pair{u"last day"_s, kDayMs}}) {
            list(u"started in the %1"_s.arg(label), [now, span](int) {
                SagaQuery q;
                q.startedFrom = now - span;
                return q;
            });
        }
        list(u"started in a past hour (random, from and to)"_s, [&](int) {
            SagaQuery q;
            q.startedFrom = now - kSpanMs + qint64(rng.generateDouble() * double(kSpanMs - kHourMs));
            q.startedTo = q.startedFrom + kHourMs;
            return q;
        });
        list(u"started in a past day (random, from and to)"_s, [&](int) {
            SagaQuery q;
            q.startedFrom = now - kSpanMs + qint64(rng.generateDouble() * double(kSpanMs - 2 * kDayMs));
            q.startedTo = q.startedFrom + kDayMs;
            return q;
        });
        list(u"status=failed, started in the last day"_s, [now](int) {
            SagaQuery q;
            q.status = u"failed"_s;
            q.startedFrom = now - kDayMs;
            return q;
        });
        cases.push_back({u"counts per status (incl. stuck)"_s, [&db, now](int) {
                             return qsizetype(SagaLog::queryCounts(*db, kStuckAfterMs, now).byStatus.size());
                         }});

        const bool plans = !parser.isSet(noPlansOption);
        for (Case &c : cases) {
            const auto [sql, plan] = captureAndExplain(*db, [&] { c.run(-1); }); // warm, untimed
            if (plans && !sql.isEmpty()) {
                out() << Qt::endl << "--- " << c.name << Qt::endl << "  sql: " << sql << Qt::endl;
                for (const QString &line : plan)
                    out() << "    " << line << Qt::endl;
            }
            std::vector<double> ms;
            qint64 got = 0;
            for (int i = 0; i < iterations; ++i) {
                QElapsedTimer timer;
                timer.start();
                got += c.run(i);
                ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            std::sort(ms.begin(), ms.end());
            Timing t;
            t.medianMs = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
            t.p90Ms = ms[std::min(ms.size() - 1, size_t(std::ceil(0.9 * double(ms.size()))) - 1)];
            t.maxMs = ms.back();
            t.rows = double(got) / iterations;
            rows.append({c.name, t});
        }
    } catch (const StorageError &e) {
        std::fprintf(stderr, "sagas-bench: %s\n", qPrintable(e.message()));
        return 1;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "sagas-bench: %s\n", e.what());
        return 1;
    }

    out() << Qt::endl
          << "=== " << iterations << " runs each (after one warm run); times include reading the rows ===" << Qt::endl
          << "  " << u"query"_s.leftJustified(52) << u"median ms"_s.rightJustified(10) << u"p90 ms"_s.rightJustified(10)
          << u"max ms"_s.rightJustified(10) << u"rows"_s.rightJustified(8) << Qt::endl;
    double worst = 0;
    for (const Row &r : std::as_const(rows)) {
        out() << "  " << r.name.leftJustified(52, u'.') << fixed(r.timing.medianMs, 3).rightJustified(10)
              << fixed(r.timing.p90Ms, 3).rightJustified(10) << fixed(r.timing.maxMs, 3).rightJustified(10)
              << fixed(r.timing.rows, 1).rightJustified(8) << Qt::endl;
        worst = std::max(worst, r.timing.medianMs);
    }
    out() << "RESULT queries=" << rows.size() << " worst_median_ms=" << fixed(worst, 3) << Qt::endl;
    return 0;
}
