// sagalog-write-bench: the saga log's write path, alone. A producer service publishes the
// published events of N checkout sagas (PaymentRequested, InventoryDeducted, CouponSkipped,
// BalanceDeducted, OrderConfirmed, OrderCompleted, with the checkout's payload fields), in
// commands of 50 sagas, as fast as it can; the saga log (the only subscriber) records each
// one: its entry, its saga's summary and, since schema 2, the status counts. Prints how many
// entries per second the log keeps up with, the process's CPU time per entry (producer, bus
// and log) and the saga log thread's own CPU time per entry (its write path: inbox, entry,
// summary, commit; the steadiest figure on a shared machine), medians of --repeat runs. Only uses the saga
// log's public constructor, so the same file measures an older SagaLog for a before/after.
// A benchmark: prints figures, never fails on timing.

#include "bus/EventBus.h"
#include "bus/Service.h"
#include "saga/SagaLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sagashop;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// CPU seconds used by the whole process so far (user + system, every thread).
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// The CPU time (ns) of this process's thread named `name` so far (Linux schedstat), -1 if none.
/// QThread names the OS thread after its objectName, which EventBus sets to the service name.
qint64 threadCpuNs(const QString &name)
{
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        if (!comm.open(QIODevice::ReadOnly) || QString::fromUtf8(comm.readAll()).trimmed() != name)
            continue;
        QFile schedstat(tasks.filePath(tid + u"/schedstat"_s));
        if (!schedstat.open(QIODevice::ReadOnly))
            return -1;
        return schedstat.readAll().split(' ').value(0).toLongLong();
    }
    return -1;
}

constexpr int kEventsPerSaga = 6;
constexpr int kSagasPerCommand = 50;

/// Publishes the published events of whole checkout sagas, one command per batch of sagas.
class CheckoutProducer : public bus::Service
{
public:
    explicit CheckoutProducer(bus::ServiceConfig config) : Service(std::move(config)) { }

    QFuture<bus::Outcome<int>> publishSagas(int first, int count)
    {
        return execute<int>([first, count](bus::MessageContext &context) {
            for (int n = first; n < first + count; ++n) {
                const QString sagaId = u"%1-0000-7000-8000-000000000000"_s.arg(n, 8, 16, QLatin1Char('0'));
                const QString aggregate = u"order-%1"_s.arg(n);
                const qint64 userId = 1 + n % 200;
                const qint64 amount = 10'000 + (n % 17) * 1'000;
                const auto event = [&](const QString &type, QJsonObject payload) {
                    payload.insert(u"orderId"_s, n);
                    context.publish(bus::DomainEvent{type, aggregate, payload, sagaId});
                };
                event(u"PaymentRequested"_s,
                      {{u"userId"_s, userId},
                       {u"items"_s, QJsonArray{QJsonObject{{u"productId"_s, u"p01"_s}, {u"quantity"_s, 1}}}},
                       {u"userCouponId"_s, 0}});
                event(u"InventoryDeducted"_s,
                      {{u"userId"_s, userId},
                       {u"items"_s, QJsonArray{QJsonObject{{u"productId"_s, u"p01"_s}, {u"quantity"_s, 1},
                                                           {u"unitPrice"_s, amount}}}},
                       {u"amount"_s, amount},
                       {u"userCouponId"_s, 0}});
                event(u"CouponSkipped"_s, {{u"userId"_s, userId}, {u"amount"_s, amount}, {u"discount"_s, 0},
                                           {u"finalAmount"_s, amount}});
                event(u"BalanceDeducted"_s, {{u"userId"_s, userId}, {u"amount"_s, amount}, {u"balanceAfter"_s, 1'000'000}});
                event(u"OrderConfirmed"_s, {{u"paymentId"_s, n}, {u"amount"_s, amount}});
                event(u"OrderCompleted"_s, {{u"userId"_s, userId}, {u"finalAmount"_s, amount}});
            }
            return count * kEventsPerSaga;
        });
    }
};

struct Run
{
    double seconds = 0;
    double cpuSeconds = 0; ///< the process's CPU time (producer + log + bus) during the run
    double logCpuSeconds = -1; ///< the saga log thread's CPU time (its write path alone)
    qint64 entries = 0;
    qint64 commits = 0;
    QString error;
};

Run runOnce(const QString &parent, storage::DatabaseConfig::Synchronous sync, int sagas)
{
    Run run;
    QTemporaryDir dir(parent + u"/sagalog-write-bench-XXXXXX"_s);
    const auto config = [&](const QString &name) {
        bus::ServiceConfig c;
        c.name = name;
        c.database.location = dir.filePath(name + u".db"_s);
        c.database.synchronous = sync;
        return c;
    };
    saga::SagaLogConfig statuses;
    statuses.statusByEventType = {{u"OrderCompleted"_s, u"completed"_s}, {u"OrderFailed"_s, u"failed"_s}};
    CheckoutProducer producer(config(u"producer"_s));
    saga::SagaLog log(config(saga::SagaLog::ServiceName), statuses);
    bus::EventBus bus;
    bus.addService(producer);
    bus.addService(log);
    try {
        bus.start();
    } catch (const std::exception &e) {
        run.error = QString::fromUtf8(e.what());
        return run;
    }
    const qint64 expected = qint64(sagas) * kEventsPerSaga;
    const bus::ServiceStats before = log.stats();
    const double cpuBefore = processCpuSeconds();
    const qint64 logCpuBefore = threadCpuNs(saga::SagaLog::ServiceName);
    QElapsedTimer clock;
    clock.start();
    std::vector<QFuture<bus::Outcome<int>>> commands;
    for (int first = 0; first < sagas; first += kSagasPerCommand)
        commands.push_back(producer.publishSagas(first, std::min(kSagasPerCommand, sagas - first)));
    for (auto &command : commands) {
        command.waitForFinished();
        if (!command.result().ok()) {
            run.error = command.result().error;
            bus.stop();
            return run;
        }
    }
    while (log.stats().handled - before.handled < expected) {
        if (clock.elapsed() > 600'000) {
            run.error = u"the saga log did not catch up within 10 minutes"_s;
            break;
        }
        QThread::usleep(500);
    }
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.cpuSeconds = processCpuSeconds() - cpuBefore;
    if (const qint64 logCpu = threadCpuNs(saga::SagaLog::ServiceName); logCpu >= 0 && logCpuBefore >= 0)
        run.logCpuSeconds = double(logCpu - logCpuBefore) / 1e9;
    run.entries = log.stats().handled - before.handled;
    run.commits = log.stats().commits - before.commits;
    bus.stop();
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sagalog-write-bench"_s);
    QLoggingCategory::setFilterRules(u"sagashop.*.debug=false\nsagashop.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the saga log's write path alone: how many published checkout events per "
                                     u"second it records (entry + saga summary). Prints figures only."_s);
    parser.addHelpOption();
    const QCommandLineOption sagasOption(u"sagas"_s, u"Checkout sagas per run, 6 events each (default 5000)."_s,
                                         u"n"_s, u"5000"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Runs per configuration; the median is printed (default 5)."_s,
                                          u"n"_s, u"5"_s);
    const QCommandLineOption dirOption(u"dir"_s,
                                       u"Folder for the databases (default: the system temp folder; /dev/shm takes the "
                                       u"disk out and leaves the CPU cost)."_s,
                                       u"path"_s, QDir::tempPath());
    const QCommandLineOption onlyOption(u"only"_s, u"Measure only synchronous=normal or full."_s, u"normal|full"_s);
    parser.addOptions({sagasOption, repeatOption, dirOption, onlyOption});
    parser.process(app);
    const int sagas = parser.value(sagasOption).toInt();
    const int repeat = parser.value(repeatOption).toInt();
    if (sagas < 1 || repeat < 1) {
        std::fprintf(stderr, "sagalog-write-bench: --sagas and --repeat need positive integers\n");
        return 2;
    }
    const QString dir = QDir(parser.value(dirOption)).absolutePath();
    out() << "sagalog-write-bench: " << sagas << " sagas x " << kEventsPerSaga << " published events per run, "
          << repeat << " runs, databases in " << dir << Qt::endl;
    using Sync = storage::DatabaseConfig::Synchronous;
    for (const auto &[name, sync] : {std::pair{u"normal"_s, Sync::Normal}, std::pair{u"full"_s, Sync::Full}}) {
        if (parser.isSet(onlyOption) && parser.value(onlyOption) != name)
            continue;
        std::vector<double> rates;
        std::vector<double> cpuPerEntry;
        std::vector<double> logCpuPerEntry;
        double unitsPerCommit = 0;
        for (int r = 0; r < repeat; ++r) {
            const Run run = runOnce(dir, sync, sagas);
            if (!run.error.isEmpty()) {
                out() << "  run " << r + 1 << ": FAILED: " << run.error << Qt::endl;
                continue;
            }
            const double rate = double(run.entries) / run.seconds;
            rates.push_back(rate);
            cpuPerEntry.push_back(run.cpuSeconds * 1e6 / double(run.entries));
            logCpuPerEntry.push_back(run.logCpuSeconds * 1e6 / double(run.entries));
            unitsPerCommit = double(run.entries) / double(std::max<qint64>(1, run.commits));
            out() << "  synchronous=" << name << " run " << r + 1 << ": " << run.entries << " entries in "
                  << QString::number(run.seconds, 'f', 2) << " s = " << QString::number(rate, 'f', 0)
                  << " entries/s (" << QString::number(unitsPerCommit, 'f', 1) << " per commit), CPU "
                  << QString::number(cpuPerEntry.back(), 'f', 1) << " us per entry (saga log thread "
                  << QString::number(logCpuPerEntry.back(), 'f', 1) << " us)" << Qt::endl;
        }
        if (rates.empty())
            continue;
        std::sort(rates.begin(), rates.end());
        std::sort(cpuPerEntry.begin(), cpuPerEntry.end());
        std::sort(logCpuPerEntry.begin(), logCpuPerEntry.end());
        const double median = rates[rates.size() / 2];
        out() << "RESULT sync=" << name << " entries_per_s_median=" << QString::number(median, 'f', 0)
              << " sagas_per_s_median=" << QString::number(median / kEventsPerSaga, 'f', 0) << " min="
              << QString::number(rates.front(), 'f', 0) << " max=" << QString::number(rates.back(), 'f', 0)
              << " cpu_us_per_entry_median=" << QString::number(cpuPerEntry[cpuPerEntry.size() / 2], 'f', 1)
              << " log_thread_cpu_us_per_entry_median=" << QString::number(logCpuPerEntry[logCpuPerEntry.size() / 2], 'f', 1)
              << Qt::endl;
    }
    return 0;
}
