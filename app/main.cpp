// SagaShop composition root: parses the command line, picks the data directory, builds
// the backend and runs it. Everything it calls lives in backend/ (and later ui/).

#include "saga/SagaLog.h"
#include "selftest/ChainRun.h"
#include "storage/DataDirectory.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sagashop;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printTimeline(const QList<saga::SagaLogEntry> &timeline)
{
    if (timeline.isEmpty())
        return;
    out() << QCoreApplication::translate("main", "timeline of saga %1, from the saga log:").arg(timeline.first().sagaId)
          << '\n';
    const qint64 start = timeline.first().at;
    for (const saga::SagaLogEntry &e : timeline) {
        out() << u"  +%1 ms  %2  %3  %4"_s.arg(e.at - start, 4)
                     .arg(e.service, -9)
                     .arg(e.kind, -13)
                     .arg(e.eventType)
              << (e.attempt > 1 ? QCoreApplication::translate("main", " (attempt %1)").arg(e.attempt) : QString())
              << '\n';
    }
}

int runSelfTestDemo(const QString &dataDir, int chains)
{
    out() << QCoreApplication::translate("main",
                                         "SagaShop bus self-test: %1 sagas through a chain of 7 stand-in services "
                                         "(the shop's domain services arrive with the next milestone)")
                 .arg(chains)
          << '\n'
          << QCoreApplication::translate("main", "data directory: %1").arg(dataDir) << '\n'
          << Qt::flush;

    selftest::ChainRunConfig config;
    config.dataDir = dataDir;
    config.chains = chains;
    config.progressEvery = std::max(1, chains / 5);
    config.progress = [chains](int completed) {
        out() << QCoreApplication::translate("main", "  %1 of %2 sagas completed").arg(completed).arg(chains) << '\n'
              << Qt::flush;
    };
    const selftest::ChainRunReport r = selftest::runChains(config);
    if (!r.error.isEmpty()) {
        QTextStream(stderr) << r.error << '\n';
        return 1;
    }
    out() << QCoreApplication::translate("main",
                                         "completed %1 of %2 sagas in %3 s: %4 sagas/s, %5 events/s, %6 commits/s, "
                                         "latency p50 %7 ms, p99 %8 ms; retries %9, dead letters %10")
                 .arg(r.completed)
                 .arg(r.started)
                 .arg(r.seconds, 0, 'f', 2)
                 .arg(r.chainsPerSecond, 0, 'f', 0)
                 .arg(r.eventsPerSecond, 0, 'f', 0)
                 .arg(r.commitsPerSecond, 0, 'f', 0)
                 .arg(r.p50Ms, 0, 'f', 1)
                 .arg(r.p99Ms, 0, 'f', 1)
                 .arg(r.retries)
                 .arg(r.deadLetters)
          << '\n'
          << QCoreApplication::translate("main", "the saga log caught up %1 s later: %2 sagas/s end to end")
                 .arg(r.logCatchUpSeconds, 0, 'f', 2)
                 .arg(r.endToEndChainsPerSecond, 0, 'f', 0)
          << '\n';
    printTimeline(r.sampleTimeline);
    out() << Qt::flush;
    return r.completed == r.started ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sagashop"_s);
    QCoreApplication::setOrganizationName(u"SagaShop"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SAGASHOP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "SagaShop: a storefront and admin client over an event-driven saga backend."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(u"headless"_s, QCoreApplication::translate("main", "Run without a window."));
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("main", "Run the demo."));
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     QCoreApplication::translate("main", "Keep the databases in <dir>."), u"dir"_s);
    const QCommandLineOption chains(u"chains"_s,
                                    QCoreApplication::translate("main", "Number of demo checkouts (default 2000)."),
                                    u"n"_s, u"2000"_s);
    const QCommandLineOption verbose(u"verbose"_s, QCoreApplication::translate("main", "Log what every service does."));
    parser.addOptions({headless, demo, dataDir, chains, verbose});
    parser.process(app);
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(u"sagashop.*.debug=false\nsagashop.*.info=false"_s);

    bool chainsOk = false;
    const int chainCount = parser.value(chains).toInt(&chainsOk);
    if (!chainsOk || chainCount < 1 || chainCount > 10'000'000) {
        QTextStream(stderr) << QCoreApplication::translate("main", "--chains must be a whole number from 1 to 10000000")
                            << '\n';
        return 2;
    }

    // The self-test runs on a fresh temporary directory unless told otherwise, so it never
    // mixes with a shopper's data (the storefront will use DataDirectory::defaultPath()).
    QTemporaryDir demoDir;
    QString dir = parser.value(dataDir);
    if (dir.isEmpty())
        dir = demoDir.path();

    try {
        const storage::DataDirectory data = storage::DataDirectory::acquire(dir);
        if (!parser.isSet(headless) && !parser.isSet(demo)) {
            out() << QCoreApplication::translate(
                         "main", "The storefront window is not built yet; running the bus self-test instead.")
                  << '\n';
        }
        return runSelfTestDemo(data.path(), chainCount);
    } catch (const storage::StorageError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
}
