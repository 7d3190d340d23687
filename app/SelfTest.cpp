#include "SelfTest.h"

#include "ConsoleOutput.h"
#include "saga/SagaLogEntry.h"
#include "selftest/ChainRun.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sagashop::app {

namespace {
void printTimeline(const QList<saga::SagaLogEntry> &timeline)
{
    if (timeline.isEmpty())
        return;
    out() << QCoreApplication::translate("main", "timeline of saga %1, from the saga log:").arg(timeline.first().sagaId)
          << '\n';
    const qint64 start = timeline.first().at;
    for (const saga::SagaLogEntry &e : timeline) {
        out() << u"  +%1 ms  %2  %3  %4"_s.arg(e.at - start, 4).arg(e.service, -9).arg(e.kind, -13).arg(e.eventType)
              << (e.attempt > 1 ? QCoreApplication::translate("main", " (attempt %1)").arg(e.attempt) : QString())
              << '\n';
    }
}
} // namespace

int runSelfTest(const QString &dataDir, int chains)
{
    out() << QCoreApplication::translate("main",
                                         "SagaShop bus self-test: %1 sagas through a chain of 7 stand-in services")
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
        err() << r.error << '\n' << Qt::flush;
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

} // namespace sagashop::app
