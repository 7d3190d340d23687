#include "HeadlessDemo.h"

#include "ConsoleOutput.h"
#include "demo/DemoRun.h"
#include "shop/Shop.h"
#include "shop/ShutdownSignals.h"
#include "storage/DataDirectory.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sagashop::app {

namespace {
QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

constexpr int kProgressEveryMs = 5'000;
constexpr int kSettleTimeoutMs = 60'000;
} // namespace

boost::signals2::scoped_connection printFiredFaults(demo::DemoRun &run, QObject *context)
{
    // Staged faults are announced on the demo's thread; print them from the context's.
    return run.connectFaultFired([context](const demo::FiredFault &f) {
        QMetaObject::invokeMethod(context, [f] {
            out() << u"[%1 s] "_s.arg(seconds(f.sinceStartMs), 5) << demo::faultTitle(f.kind)
                  << (f.detail.isEmpty() ? QString() : u": "_s + f.detail) << '\n'
                  << Qt::flush;
        }, Qt::QueuedConnection);
    });
}

int runHeadlessDemo(const HeadlessDemoOptions &options)
{
    QTemporaryDir temporary;
    const QString dir = options.shop.dataDir.isEmpty() ? temporary.path() : options.shop.dataDir;
    const storage::DataDirectory data = storage::DataDirectory::acquire(dir);
    shop::ShopConfig config = options.shop;
    config.dataDir = data.path();

    demo::DemoRun::Config demoConfig;
    demoConfig.checkoutsPerSecond = options.checkoutsPerSecond;
    const QString problem = demo::DemoRun::validate(demoConfig);
    if (!problem.isEmpty()) {
        err() << problem << '\n' << Qt::flush;
        return 2;
    }

    shop::Shop shop(config);
    shop.start();
    int exitCode = 1;
    {
        demo::DemoRun run(shop, demoConfig);
        const demo::DemoScript &script = run.script();
        out() << QCoreApplication::translate("HeadlessDemo", "SagaShop demo: simulated shoppers at %1 checkouts/s, staged faults every %2 s")
                     .arg(options.checkoutsPerSecond, 0, 'g', 3)
                     .arg(script.cycleMs / 1000)
              << '\n'
              << QCoreApplication::translate("HeadlessDemo", "data directory: %1").arg(data.path()) << '\n';
        for (const demo::ScriptedFault &f : script.faults) {
            out() << u"  +%1 s  "_s.arg(seconds(f.atMs), 5) << demo::faultTitle(f.kind) << u": "_s
                  << demo::faultDescription(f.kind) << '\n';
        }
        out() << (options.durationSeconds > 0 ? QCoreApplication::translate("HeadlessDemo", "Running for %1 s (Ctrl+C ends it sooner).").arg(options.durationSeconds)
                                               : QCoreApplication::translate("HeadlessDemo", "Press Ctrl+C to stop and see the summary."))
              << '\n'
              << Qt::flush;

        QObject relay;
        const boost::signals2::scoped_connection announced = printFiredFaults(run, &relay);
        QTimer progress;
        progress.setInterval(kProgressEveryMs);
        QObject::connect(&progress, &QTimer::timeout, &relay, [&run] {
            const demo::DemoTally t = run.tally();
            out() << u"[%1 s] "_s.arg(seconds(run.elapsedMs()), 5)
                  << QCoreApplication::translate("HeadlessDemo", "checkouts %1, confirmed %2, failed %3, compensated %4, repaired %5, dead letters %6, open %7")
                         .arg(t.checkouts)
                         .arg(t.confirmed)
                         .arg(t.failed)
                         .arg(t.compensated)
                         .arg(t.repaired)
                         .arg(t.deadLetters)
                         .arg(t.open)
                  << '\n'
                  << Qt::flush;
        });
        progress.start();
        if (options.durationSeconds > 0)
            QTimer::singleShot(options.durationSeconds * 1000, &relay, [] { QCoreApplication::exit(0); });
        shop::ShutdownSignals stop([](int) { QCoreApplication::exit(0); });

        run.start();
        QCoreApplication::exec();
        progress.stop();

        out() << QCoreApplication::translate("HeadlessDemo", "Stopping the shoppers and waiting for every saga to end…") << '\n' << Qt::flush;
        const demo::DemoSummary summary = run.finish(kSettleTimeoutMs);
        out() << '\n' << summary.text() << Qt::flush;
        exitCode = summary.ok() ? 0 : 1;
    }
    shop.stop();
    return exitCode;
}

} // namespace sagashop::app
