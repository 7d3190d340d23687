// bus-bench: pushes chains of events through 7 test services (each one commit per event,
// like a checkout) and prints throughput and latency for synchronous=NORMAL and FULL, next
// to what this machine allows for serial SQLite commits and to the same row work done in
// one single transaction. A benchmark: it prints figures and never fails on timing (it exits
// non-zero only when a run could not complete at all).

#include "bus/EventBus.h"
#include "saga/SagaLog.h"
#include "selftest/ChainRun.h"
#include "selftest/ChainStageService.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;
using sagashop::selftest::ChainRunConfig;
using sagashop::selftest::ChainRunReport;
using sagashop::selftest::ChainStageService;
using sagashop::storage::Database;
using sagashop::storage::DatabaseConfig;
using sagashop::storage::StorageError;
using Sync = DatabaseConfig::Synchronous;

namespace {

constexpr int kStages = 7;
constexpr double kAim = 0.40;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString fixed(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

struct Spread
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Spread spread(std::vector<double> values)
{
    Spread s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    s.min = values.front();
    s.max = values.back();
    return s;
}

// ---------------------------------------------------------------------------------------
// Plain SQLite row work: what one stage of a chain writes, without the bus. Used for the
// calibration (one stage per transaction) and the single-transaction baseline.

const QStringList kRowSchema = {
    u"CREATE TABLE steps (chain_id TEXT NOT NULL, stage INTEGER NOT NULL, recorded_at BIGINT NOT NULL,"
    " PRIMARY KEY (chain_id, stage))"_s,
    u"CREATE TABLE inbox (event_id TEXT NOT NULL PRIMARY KEY, status TEXT NOT NULL, handled_at BIGINT NOT NULL)"_s,
    u"CREATE TABLE outbox (seq BIGINT NOT NULL, event_id TEXT NOT NULL, consumer TEXT NOT NULL,"
    " envelope TEXT NOT NULL, PRIMARY KEY (event_id, consumer))"_s,
};

/// Three small inserts per stage (the step, an inbox-like row, an outbox-like row), with
/// prepared statements reused from the Database's cache.
class RowWork
{
public:
    explicit RowWork(Database &db)
        : m_db(db)
        , m_step(db.prepared(u"INSERT INTO steps (chain_id, stage, recorded_at) VALUES (?, ?, ?)"_s))
        , m_inbox(db.prepared(u"INSERT INTO inbox (event_id, status, handled_at) VALUES (?, ?, ?)"_s))
        , m_outbox(db.prepared(u"INSERT INTO outbox (seq, event_id, consumer, envelope) VALUES (?, ?, ?, ?)"_s))
    {
    }

    void stage(const QString &chainId, int stage)
    {
        const QString eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_step.bindValue(0, chainId);
        m_step.bindValue(1, stage);
        m_step.bindValue(2, now);
        m_db.exec(m_step);
        m_inbox.bindValue(0, eventId);
        m_inbox.bindValue(1, u"handled"_s);
        m_inbox.bindValue(2, now);
        m_db.exec(m_inbox);
        m_outbox.bindValue(0, ++m_seq);
        m_outbox.bindValue(1, eventId);
        m_outbox.bindValue(2, u"stage-%1"_s.arg(stage + 1));
        m_outbox.bindValue(3, QString(u"{\"type\":\"ChainStepCompleted\",\"aggregateId\":\""_s + chainId
                                      + u"\",\"eventId\":\""_s + eventId
                                      + u"\",\"payload\":{\"chainId\":\""_s + chainId + u"\",\"stage\":"_s
                                      + QString::number(stage) + u"}}"_s));
        m_db.exec(m_outbox);
    }

private:
    Database &m_db;
    QSqlQuery &m_step;
    QSqlQuery &m_inbox;
    QSqlQuery &m_outbox;
    qint64 m_seq = 0;
};

std::unique_ptr<Database> openRowDatabase(const QTemporaryDir &dir, Sync sync)
{
    DatabaseConfig config;
    config.location = dir.filePath(u"rows.db"_s);
    config.synchronous = sync;
    auto db = Database::open(config);
    for (const QString &sql : kRowSchema)
        db->execDirect(sql);
    return db;
}

/// Serial commits per second: one thread, one WAL database, one transaction of three
/// inserts after the other, for `seconds`.
double calibrate(const QString &parent, Sync sync, double seconds)
{
    QTemporaryDir dir(parent + u"/bus-bench-cal-XXXXXX"_s);
    auto db = openRowDatabase(dir, sync);
    RowWork work(*db);
    const qint64 limit = qint64(seconds * 1e9);
    qint64 transactions = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.nsecsElapsed() < limit) {
        db->begin();
        work.stage(u"chain-%1"_s.arg(transactions), 1);
        db->commit();
        ++transactions;
    }
    return double(transactions) / (double(timer.nsecsElapsed()) / 1e9);
}

/// The row work of `chains` chains (kStages × 3 inserts each) in ONE transaction.
double singleTransaction(const QString &parent, Sync sync, int chains)
{
    QTemporaryDir dir(parent + u"/bus-bench-1tx-XXXXXX"_s);
    auto db = openRowDatabase(dir, sync);
    RowWork work(*db);
    QElapsedTimer timer;
    timer.start();
    db->begin();
    for (int c = 0; c < chains; ++c) {
        const QString chainId = u"chain-%1"_s.arg(c);
        for (int s = 1; s <= kStages; ++s)
            work.stage(chainId, s);
    }
    db->commit();
    return double(chains) / (double(timer.nsecsElapsed()) / 1e9);
}

// ---------------------------------------------------------------------------------------
// Watchdog: runChains() blocks until every chain completed; a stuck bus would hang the
// benchmark forever. No completed chain for `stallSeconds` ends the process with a message.

std::atomic<bool> g_runActive{false};
std::atomic<qint64> g_lastProgressNs{0};
std::atomic<int> g_completed{0};
std::atomic<int> g_expected{0};

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void startWatchdog(int stallSeconds)
{
    std::thread([stallSeconds] {
        for (;;) {
            std::this_thread::sleep_for(std::chrono::seconds(1));
            if (!g_runActive.load())
                continue;
            const qint64 idle = steadyNs() - g_lastProgressNs.load();
            if (idle > qint64(stallSeconds) * 1'000'000'000) {
                std::fprintf(stderr,
                             "bus-bench: no chain completed for %d s (%d of %d done): the bus looks stuck; "
                             "giving up\n",
                             stallSeconds, g_completed.load(), g_expected.load());
                std::fflush(stderr);
                std::_Exit(3);
            }
        }
    }).detach();
}

struct BusRun
{
    ChainRunReport report;
    double unitsPerCommit = 0;
};

BusRun runBus(const QString &parent, Sync sync, int maxBatch, int chains, int window, bool sagaLog)
{
    QTemporaryDir dir(parent + u"/bus-bench-run-XXXXXX"_s);
    ChainRunConfig config;
    config.dataDir = dir.path();
    config.stages = kStages;
    config.chains = chains;
    config.window = window;
    config.maxBatch = maxBatch;
    config.synchronous = sync;
    config.withSagaLog = sagaLog;
    config.progressEvery = 1;
    config.progress = [](int completed) {
        g_completed.store(completed);
        g_lastProgressNs.store(steadyNs());
    };
    g_completed.store(0);
    g_expected.store(chains);
    g_lastProgressNs.store(steadyNs());
    g_runActive.store(true);
    BusRun run;
    run.report = sagashop::selftest::runChains(config);
    g_runActive.store(false);
    // Units of work per transaction: every delivery handled plus the chain-starting commands.
    if (run.report.commits > 0)
        run.unitsPerCommit = double(run.report.eventsHandled + run.report.started) / double(run.report.commits);
    return run;
}

/// Raw disk flushes per second: rewrite one 4 KiB block and fdatasync it, for `seconds`.
double flushesPerSecond(const QString &parent, double seconds)
{
    QTemporaryDir dir(parent + u"/bus-bench-flush-XXXXXX"_s);
    QFile file(dir.filePath(u"flush"_s));
    if (!file.open(QIODevice::ReadWrite))
        return 0;
    const QByteArray block(4096, 'x');
    const qint64 limit = qint64(seconds * 1e9);
    qint64 flushes = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.nsecsElapsed() < limit) {
        file.seek(0);
        file.write(block);
        file.flush();
        if (::fdatasync(file.handle()) != 0)
            return 0;
        ++flushes;
    }
    return double(flushes) / (double(timer.nsecsElapsed()) / 1e9);
}

// ---------------------------------------------------------------------------------------
// Per-service profile: one extra run, outside the medians, with the same services as
// runChains(), reading each service's counters (group-commit batch sizes) and how long the
// saga log needs to catch up after the last chain completed.

struct ServiceProfile
{
    QString name;
    qint64 handled = 0;
    qint64 commands = 0;
    qint64 commits = 0;
};

struct Profile
{
    QList<ServiceProfile> services;
    int completed = 0;
    double chainsSeconds = 0;
    double drainSeconds = -1; ///< saga log caught up this long after the last chain; -1: not within the limit
    qint64 logExpected = 0;
    qint64 logHandledAtEnd = 0; ///< saga log deliveries handled when the last chain completed
    qint64 logHandledInDrain = 0;
    qint64 logCommitsInDrain = 0;
    QString error;
};

Profile profileRun(const QString &parent, Sync sync, int maxBatch, int chains, int window, bool withSagaLog)
{
    namespace bus = sagashop::bus;
    namespace saga = sagashop::saga;
    Profile profile;
    QTemporaryDir dir(parent + u"/bus-bench-profile-XXXXXX"_s);
    const auto serviceConfig = [&](const QString &name) {
        bus::ServiceConfig c;
        c.name = name;
        c.database.location = dir.filePath(name + u".db"_s);
        c.database.synchronous = sync;
        c.maxBatch = maxBatch;
        return c;
    };
    std::vector<std::unique_ptr<ChainStageService>> stages;
    for (int k = 1; k <= kStages; ++k)
        stages.push_back(std::make_unique<ChainStageService>(serviceConfig(ChainStageService::stageName(k)), k, kStages));
    std::unique_ptr<saga::SagaLog> sagaLog;
    if (withSagaLog) {
        sagaLog = std::make_unique<saga::SagaLog>(serviceConfig(saga::SagaLog::ServiceName),
                                                  saga::SagaLogConfig{{}, {{ChainStageService::ChainCompleted, u"completed"_s}}, {}});
    }
    bus::EventBus eventBus;
    for (auto &stage : stages)
        eventBus.addService(*stage);
    if (sagaLog)
        eventBus.addService(*sagaLog);

    QEventLoop loop;
    int next = 0;
    std::function<void()> startOne = [&] {
        if (next >= chains)
            return;
        stages.front()->startChain(u"chain-%1"_s.arg(next++)).then(&loop, [&](const bus::Outcome<QString> &outcome) {
            if (!outcome.ok()) {
                profile.error = outcome.error;
                loop.quit();
            }
        });
    };
    bus::EventBus::Connection connection = eventBus.connectEventPublished([&](const bus::EventPublished &published) {
        if (published.event.type != ChainStageService::ChainCompleted)
            return;
        QMetaObject::invokeMethod(
            &loop,
            [&] {
                ++profile.completed;
                g_completed.store(profile.completed);
                g_lastProgressNs.store(steadyNs());
                if (profile.completed == chains)
                    loop.quit();
                else
                    startOne();
            },
            Qt::QueuedConnection);
    });
    try {
        eventBus.start();
    } catch (const std::exception &e) {
        profile.error = QString::fromUtf8(e.what());
        return profile;
    }
    QList<bus::ServiceStats> before;
    for (bus::Service *s : eventBus.services())
        before.append(s->stats());

    g_completed.store(0);
    g_expected.store(chains);
    g_lastProgressNs.store(steadyNs());
    g_runActive.store(true);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < std::min(window, chains); ++i)
        startOne();
    loop.exec();
    profile.chainsSeconds = double(clock.nsecsElapsed()) / 1e9;
    g_runActive.store(false);
    connection.disconnect();

    // Counters when the last chain completed: what the rates in the table are about.
    const QList<bus::Service *> services = eventBus.services();
    for (qsizetype i = 0; i < services.size(); ++i) {
        const bus::ServiceStats s = services.at(i)->stats();
        profile.services.append({services.at(i)->name(), s.handled - before.at(i).handled,
                                 s.commands - before.at(i).commands, s.commits - before.at(i).commits});
    }
    if (sagaLog) {
        // Every chain gives the saga log kStages published events and kStages - 1 handling
        // records (stages 2..n record what they handled; ChainCompleted has no other consumer).
        const bus::ServiceStats atEnd = sagaLog->stats();
        const qint64 logBefore = before.constLast().handled;
        profile.logExpected = qint64(profile.completed) * (2 * kStages - 1);
        profile.logHandledAtEnd = atEnd.handled - logBefore;
        QElapsedTimer drain;
        drain.start();
        while (drain.elapsed() < 60'000) {
            if (sagaLog->stats().handled - logBefore >= profile.logExpected) {
                profile.drainSeconds = double(drain.nsecsElapsed()) / 1e9;
                break;
            }
            QThread::msleep(2);
        }
        const bus::ServiceStats drained = sagaLog->stats();
        profile.logHandledInDrain = drained.handled - atEnd.handled;
        profile.logCommitsInDrain = drained.commits - atEnd.commits;
    }
    eventBus.stop();
    return profile;
}

void printProfile(const Profile &profile, int maxBatch, int chains)
{
    out() << "  per service (extra run, batch=" << maxBatch << ", " << chains << " chains";
    if (!profile.error.isEmpty() || profile.completed != chains) {
        out() << "): FAILED (" << profile.completed << " chains" << (profile.error.isEmpty() ? QString() : u": "_s + profile.error)
              << ")" << Qt::endl;
        return;
    }
    out() << " in " << fixed(profile.chainsSeconds, 2) << " s = " << fixed(chains / profile.chainsSeconds)
          << " chains/s):" << Qt::endl;
    for (const ServiceProfile &s : profile.services) {
        const qint64 units = s.handled + s.commands;
        out() << "    " << s.name.leftJustified(9) << " units " << QString::number(units).rightJustified(6) << "  commits "
              << QString::number(s.commits).rightJustified(6) << "  units/commit "
              << fixed(s.commits ? double(units) / double(s.commits) : 0, 2).rightJustified(6) << "  commits/s "
              << fixed(double(s.commits) / profile.chainsSeconds).rightJustified(5) << Qt::endl;
    }
    if (profile.logExpected > 0) {
        out() << "    saga log: " << profile.logHandledAtEnd << " of " << profile.logExpected << " entries ("
              << fixed(100.0 * double(profile.logHandledAtEnd) / double(profile.logExpected)) << "%) logged when the last chain completed; ";
        if (profile.drainSeconds >= 0) {
            out() << "caught up " << fixed(profile.drainSeconds * 1000) << " ms later" << Qt::endl
                  << "      (alone: " << profile.logHandledInDrain << " entries in " << profile.logCommitsInDrain
                  << " commits = " << fixed(double(profile.logHandledInDrain) / std::max(1e-9, profile.drainSeconds))
                  << " entries/s, "
                  << fixed(double(profile.logHandledInDrain) / double(std::max<qint64>(1, profile.logCommitsInDrain)), 1)
                  << " per commit; end-to-end incl. the log: "
                  << fixed(chains / (profile.chainsSeconds + profile.drainSeconds)) << " chains/s)" << Qt::endl;
        } else {
            out() << "NOT caught up within 60 s" << Qt::endl;
        }
    }
}

struct ConfigResult
{
    int maxBatch = 1;
    Spread chainsPerS, eventsPerS, commitsPerS, p50, p99, unitsPerCommit;
    qint64 retries = 0;
    qint64 deadLetters = 0;
    int failedRuns = 0;
};

struct SyncPlan
{
    Sync sync;
    int chains;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bus-bench"_s);
    QLoggingCategory::setFilterRules(u"sagashop.*.debug=false\nsagashop.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Pushes chains of events through 7 test services (one commit per event per service) "
        u"and prints throughput and latency for synchronous=NORMAL and FULL, against the serial "
        u"SQLite commit rate of this machine and a single-transaction baseline. Prints figures only."_s);
    parser.addHelpOption();
    const QCommandLineOption chainsOption(u"chains"_s, u"Chains per run (default 3000 NORMAL, 1500 FULL)."_s,
                                          u"n"_s);
    const QCommandLineOption windowOption(u"window"_s, u"Chains in flight at once (default 64)."_s, u"n"_s,
                                          u"64"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Runs per configuration; the median is reported (default 3)."_s,
                                          u"n"_s, u"3"_s);
    const QCommandLineOption onlyOption(u"only"_s, u"Measure only synchronous=normal or full."_s, u"normal|full"_s);
    const QCommandLineOption noSagaLogOption(u"no-saga-log"_s, u"Run the bus without the saga log service."_s);
    const QCommandLineOption batchOption(u"batch"_s, u"Group-commit size of the second bus configuration (default 128)."_s,
                                         u"n"_s, u"128"_s);
    const QCommandLineOption calibrateOption(u"calibrate-seconds"_s,
                                             u"Duration of each serial-commit calibration (default 2)."_s, u"s"_s,
                                             u"2"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Folder for the temporary databases (default: the system temp folder)."_s,
                                       u"path"_s, QDir::tempPath());
    const QCommandLineOption stallOption(u"stall-timeout"_s,
                                         u"Give up when no chain completes for this many seconds (default 60)."_s,
                                         u"s"_s, u"60"_s);
    const QCommandLineOption noProfileOption(u"no-profile"_s,
                                             u"Skip the extra per-service run (group-commit sizes, saga log lag)."_s);
    parser.addOptions({chainsOption, windowOption, repeatOption, onlyOption, noSagaLogOption, batchOption,
                       calibrateOption, dirOption, stallOption, noProfileOption});
    parser.process(app);

    const auto positive = [&](const QCommandLineOption &option) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 1) {
            std::fprintf(stderr, "bus-bench: --%s needs a positive integer\n", qPrintable(option.names().constFirst()));
            std::exit(2);
        }
        return value;
    };
    const int window = positive(windowOption);
    const int repeat = positive(repeatOption);
    const int groupBatch = positive(batchOption);
    const int stallSeconds = positive(stallOption);
    const double calibrateSeconds = std::max(0.1, parser.value(calibrateOption).toDouble());
    const bool sagaLog = !parser.isSet(noSagaLogOption);
    const bool profiles = !parser.isSet(noProfileOption);
    const QString parent = QDir(parser.value(dirOption)).absolutePath();
    if (!QDir().mkpath(parent)) {
        std::fprintf(stderr, "bus-bench: cannot create %s\n", qPrintable(parent));
        return 2;
    }

    std::vector<SyncPlan> plans = {{Sync::Normal, 3000}, {Sync::Full, 1500}};
    if (parser.isSet(chainsOption)) {
        const int chains = positive(chainsOption);
        for (SyncPlan &p : plans)
            p.chains = chains;
    }
    if (parser.isSet(onlyOption)) {
        const QString only = parser.value(onlyOption).toLower();
        if (only != "normal"_L1 && only != "full"_L1) {
            std::fprintf(stderr, "bus-bench: --only takes normal or full\n");
            return 2;
        }
        std::erase_if(plans, [&](const SyncPlan &p) {
            return (p.sync == Sync::Normal) != (only == "normal"_L1);
        });
    }

    startWatchdog(stallSeconds);
    QElapsedTimer total;
    total.start();
    bool anyFailure = false;
    QStringList resultLines;

    out() << "bus-bench: " << kStages << " chain stages (one commit per event each)"
          << (sagaLog ? " + saga log" : " (no saga log)") << ", window " << window << ", " << repeat
          << " run(s) per configuration, databases in " << parent << Qt::endl;
    out() << "  figures are medians over the runs, [min-max] for chains/s; the machine is shared, expect noise"
          << Qt::endl;

    for (const SyncPlan &plan : plans) {
        const QString syncName = DatabaseConfig::synchronousName(plan.sync);
        out() << Qt::endl
              << "=== synchronous=" << syncName << ": " << plan.chains << " chains per run ===" << Qt::endl;

        try {
            // a) calibration, before and after the bus runs (drift shows up as a difference).
            const double calBefore = calibrate(parent, plan.sync, calibrateSeconds);
            out() << "calibration (1 thread, 1 WAL db, 3 inserts/tx, reused statements): " << fixed(calBefore)
                  << " tx/s; disk: " << fixed(flushesPerSecond(parent, 1.0)) << " fdatasync/s" << Qt::endl;

            // b) the bus, batch=1 and group commit interleaved so that noise hits both alike.
            std::vector<int> batches = {1, groupBatch};
            std::vector<std::vector<BusRun>> runs(batches.size());
            for (int r = 0; r < repeat; ++r) {
                for (size_t b = 0; b < batches.size(); ++b) {
                    BusRun run = runBus(parent, plan.sync, batches[b], plan.chains, window, sagaLog);
                    const ChainRunReport &rep = run.report;
                    out() << "  run " << (r + 1) << "/" << repeat << " batch=" << batches[b] << ": ";
                    if (!rep.error.isEmpty() || rep.completed != plan.chains) {
                        out() << "FAILED (" << rep.completed << "/" << plan.chains << " chains"
                              << (rep.error.isEmpty() ? QString() : u": "_s + rep.error) << ")" << Qt::endl;
                        anyFailure = true;
                    } else {
                        out() << rep.completed << " chains in " << fixed(rep.seconds, 2) << " s, "
                              << fixed(rep.chainsPerSecond) << " chains/s, " << fixed(rep.eventsPerSecond)
                              << " events/s, " << fixed(rep.commitsPerSecond) << " commits/s, p50 "
                              << fixed(rep.p50Ms, 1) << " ms, p99 " << fixed(rep.p99Ms, 1) << " ms, "
                              << fixed(run.unitsPerCommit, 2) << " units/commit" << Qt::endl;
                    }
                    runs[b].push_back(std::move(run));
                }
            }

            // c) single-transaction baseline (cheap: repeated as often as the bus runs).
            std::vector<double> oneTx;
            for (int r = 0; r < repeat; ++r)
                oneTx.push_back(singleTransaction(parent, plan.sync, plan.chains));
            const Spread baseline = spread(oneTx);

            const double calAfter = calibrate(parent, plan.sync, calibrateSeconds);
            const double serialTx = (calBefore + calAfter) / 2;
            const double bound = serialTx / kStages;
            out() << "calibration after the runs: " << fixed(calAfter) << " tx/s; used: mean " << fixed(serialTx)
                  << " tx/s" << Qt::endl;
            out() << "serial bound (" << kStages << " serial commits per chain): " << fixed(bound)
                  << " chains/s; 40% aim: " << fixed(bound * kAim) << " chains/s" << Qt::endl;
            out() << "single-transaction baseline (" << plan.chains << " chains x " << kStages
                  << " stages x 3 inserts in ONE transaction): " << fixed(baseline.median) << " chains/s ["
                  << fixed(baseline.min) << "-" << fixed(baseline.max) << "]" << Qt::endl;

            std::vector<ConfigResult> results;
            for (size_t b = 0; b < batches.size(); ++b) {
                ConfigResult res;
                res.maxBatch = batches[b];
                std::vector<double> cps, eps, commits, p50, p99, upc;
                for (const BusRun &run : runs[b]) {
                    const ChainRunReport &rep = run.report;
                    if (!rep.error.isEmpty() || rep.completed != plan.chains) {
                        ++res.failedRuns;
                        continue;
                    }
                    cps.push_back(rep.chainsPerSecond);
                    eps.push_back(rep.eventsPerSecond);
                    commits.push_back(rep.commitsPerSecond);
                    p50.push_back(rep.p50Ms);
                    p99.push_back(rep.p99Ms);
                    upc.push_back(run.unitsPerCommit);
                    res.retries += rep.retries;
                    res.deadLetters += rep.deadLetters;
                }
                res.chainsPerS = spread(cps);
                res.eventsPerS = spread(eps);
                res.commitsPerS = spread(commits);
                res.p50 = spread(p50);
                res.p99 = spread(p99);
                res.unitsPerCommit = spread(upc);
                results.push_back(res);
            }

            if (profiles) {
                for (int batch : batches)
                    printProfile(profileRun(parent, plan.sync, batch, plan.chains, window, sagaLog), batch, plan.chains);
            }

            out() << Qt::endl;
            const auto row = [](const QStringList &cells) {
                static const int widths[] = {11, 22, 10, 10, 8, 8, 11, 9, 7, 8};
                QString line;
                for (qsizetype i = 0; i < cells.size(); ++i)
                    line += i == 0 ? cells.at(i).leftJustified(widths[i]) : u"  "_s + cells.at(i).rightJustified(widths[i]);
                out() << line << Qt::endl;
            };
            row({u"config"_s, u"chains/s [min-max]"_s, u"events/s"_s, u"commits/s"_s, u"p50 ms"_s, u"p99 ms"_s,
                 u"units/commit"_s, u"/serial"_s, u"aim40"_s, u"/1-tx"_s});
            for (const ConfigResult &res : results) {
                const double ratioSerial = bound > 0 ? res.chainsPerS.median / bound : 0;
                const double ratioOneTx = baseline.median > 0 ? res.chainsPerS.median / baseline.median : 0;
                const QString verdict = res.failedRuns == repeat ? u"n/a"_s : ratioSerial >= kAim ? u"PASS"_s : u"BELOW"_s;
                row({u"batch=%1"_s.arg(res.maxBatch),
                     u"%1 [%2-%3]"_s.arg(fixed(res.chainsPerS.median), fixed(res.chainsPerS.min),
                                          fixed(res.chainsPerS.max)),
                     fixed(res.eventsPerS.median), fixed(res.commitsPerS.median), fixed(res.p50.median, 1),
                     fixed(res.p99.median, 1), fixed(res.unitsPerCommit.median, 2), fixed(ratioSerial, 2),
                     verdict, fixed(ratioOneTx, 3)});
                if (res.retries || res.deadLetters || res.failedRuns) {
                    out() << "  batch=" << res.maxBatch << ": " << res.retries << " retries, " << res.deadLetters
                          << " dead letters, " << res.failedRuns << " failed run(s) over all runs" << Qt::endl;
                }
                resultLines << u"RESULT sync=%1 batch=%2 chains=%3 window=%4 runs=%5 saga_log=%6 chains_per_s=%7 "
                               u"chains_per_s_min=%8 chains_per_s_max=%9 p50_ms=%10 p99_ms=%11 commits_per_s=%12 "
                               u"events_per_s=%13 units_per_commit=%14 serial_tx_per_s=%15 serial_bound_chains_per_s=%16 "
                               u"ratio_serial=%17 aim40=%18 single_tx_chains_per_s=%19 ratio_single_tx=%20"_s
                                   .arg(syncName, QString::number(res.maxBatch), QString::number(plan.chains),
                                        QString::number(window), QString::number(repeat - res.failedRuns),
                                        sagaLog ? u"on"_s : u"off"_s, fixed(res.chainsPerS.median, 1),
                                        fixed(res.chainsPerS.min, 1), fixed(res.chainsPerS.max, 1))
                                   .arg(fixed(res.p50.median, 2), fixed(res.p99.median, 2),
                                        fixed(res.commitsPerS.median, 1), fixed(res.eventsPerS.median, 1),
                                        fixed(res.unitsPerCommit.median, 2), fixed(serialTx, 1), fixed(bound, 1),
                                        fixed(ratioSerial, 3), verdict)
                                   .arg(fixed(baseline.median, 1), fixed(ratioOneTx, 4));
            }
        } catch (const StorageError &e) {
            out() << "storage error: " << e.message() << Qt::endl;
            anyFailure = true;
        }
    }

    out() << Qt::endl;
    for (const QString &line : std::as_const(resultLines))
        out() << line << Qt::endl;
    out() << "total time " << fixed(double(total.nsecsElapsed()) / 1e9, 1) << " s" << Qt::endl;
    return anyFailure ? 1 : 0;
}
