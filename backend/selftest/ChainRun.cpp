#include "selftest/ChainRun.h"

#include "bus/EventBus.h"
#include "bus/SagaLogEvents.h"
#include "saga/SagaLog.h"
#include "selftest/ChainStageService.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>

#include <boost/signals2/connection.hpp>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace sagashop::selftest {

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1)));
    return values[index];
}

} // namespace

ChainRunReport runChains(const ChainRunConfig &config)
{
    ChainRunReport report;
    const auto serviceConfig = [&](const QString &name) {
        bus::ServiceConfig c;
        c.name = name;
        c.database.location = QDir(config.dataDir).filePath(name + u".db"_s);
        c.database.synchronous = config.synchronous;
        c.maxBatch = config.maxBatch;
        return c;
    };

    std::vector<std::unique_ptr<ChainStageService>> stages;
    for (int k = 1; k <= config.stages; ++k)
        stages.push_back(std::make_unique<ChainStageService>(serviceConfig(ChainStageService::stageName(k)), k,
                                                             config.stages));
    std::unique_ptr<saga::SagaLog> sagaLog;
    if (config.withSagaLog)
        sagaLog = std::make_unique<saga::SagaLog>(serviceConfig(saga::SagaLog::ServiceName),
                                                  saga::SagaLogConfig{{}, {{ChainStageService::ChainCompleted, u"completed"_s}}, {}});

    bus::EventBus bus;
    for (auto &stage : stages)
        bus.addService(*stage);
    if (sagaLog)
        bus.addService(*sagaLog);

    QEventLoop loop;
    QHash<QString, qint64> startedAt;
    std::vector<double> latencies;
    latencies.reserve(size_t(config.chains));
    QElapsedTimer clock;
    int nextChain = 0;
    QString lastSagaId;
    std::atomic<qint64> logged{0};
    std::atomic<qint64> logTarget{-1};

    std::function<void()> startOne = [&] {
        if (nextChain >= config.chains)
            return;
        const QString chainId = u"chain-%1"_s.arg(nextChain++);
        startedAt.insert(chainId, clock.nsecsElapsed());
        ++report.started;
        stages.front()->startChain(chainId).then(&loop, [&, chainId](const bus::Outcome<QString> &outcome) {
            if (!outcome.ok()) {
                report.error = outcome.error;
                loop.quit();
                return;
            }
            lastSagaId = *outcome.value;
        });
    };

    boost::signals2::scoped_connection completed = bus.connectEventPublished([&](const bus::EventPublished &published) {
        if (published.event.type != ChainStageService::ChainCompleted)
            return;
        const QString chainId = published.event.aggregateId;
        QMetaObject::invokeMethod(
            &loop,
            [&, chainId] {
                latencies.push_back(double(clock.nsecsElapsed() - startedAt.take(chainId)) / 1e6);
                ++report.completed;
                if (config.progress && config.progressEvery > 0 && report.completed % config.progressEvery == 0)
                    config.progress(report.completed);
                if (report.completed == config.chains)
                    loop.quit();
                else
                    startOne();
            },
            Qt::QueuedConnection);
    });

    // Every step of every chain becomes one saga-log entry: a publish per stage and a
    // handling per stage after the first. The handlings reach the saga log in batches (one
    // HandlingRecorded event per group commit, one record per handling).
    boost::signals2::scoped_connection logging = bus.connectEventHandled([&](const bus::EventHandled &handled) {
        if (handled.consumer != saga::SagaLog::ServiceName || handled.duplicate)
            return;
        const qint64 entries = handled.event.type == bus::SagaLogEvents::HandlingRecorded
                ? handled.event.payload.value(u"records"_s).toArray().size()
                : 1;
        const qint64 before = logged.fetch_add(entries);
        const qint64 target = logTarget.load();
        if (target >= 0 && before < target && before + entries >= target)
            QMetaObject::invokeMethod(&loop, [&] { loop.quit(); }, Qt::QueuedConnection);
    });

    try {
        bus.start();
    } catch (const storage::StorageError &e) {
        report.error = e.message();
        return report;
    } catch (const std::exception &e) {
        report.error = QString::fromUtf8(e.what());
        return report;
    }

    QList<bus::ServiceStats> before;
    for (bus::Service *s : bus.services())
        before.append(s->stats());

    clock.start();
    for (int i = 0; i < std::min(config.window, config.chains); ++i)
        startOne();
    if (config.chains > 0)
        loop.exec();
    report.seconds = double(clock.nsecsElapsed()) / 1e9;
    completed.disconnect();

    if (sagaLog && report.error.isEmpty()) {
        logTarget.store(qint64(report.completed) * (2 * config.stages - 1));
        if (logged.load() < logTarget.load())
            loop.exec();
        report.logCatchUpSeconds = std::max(0.0, double(clock.nsecsElapsed()) / 1e9 - report.seconds);
        report.endToEndChainsPerSecond = report.completed / (report.seconds + report.logCatchUpSeconds);
        if (!lastSagaId.isEmpty()) {
            auto timeline = sagaLog->timeline(lastSagaId);
            timeline.waitForFinished();
            if (timeline.result().ok())
                report.sampleTimeline = *timeline.result().value;
        }
    }
    logging.disconnect();

    const QList<bus::Service *> services = bus.services();
    for (qsizetype i = 0; i < services.size(); ++i) {
        const bus::ServiceStats s = services.at(i)->stats();
        report.commits += s.commits - before.at(i).commits;
        report.eventsHandled += s.handled - before.at(i).handled;
        report.deadLetters += s.deadLettered - before.at(i).deadLettered;
        report.retries += s.retried - before.at(i).retried;
    }
    bus.stop();

    report.chainsPerSecond = report.seconds > 0 ? report.completed / report.seconds : 0;
    report.eventsPerSecond = report.seconds > 0 ? double(report.eventsHandled) / report.seconds : 0;
    report.commitsPerSecond = report.seconds > 0 ? double(report.commits) / report.seconds : 0;
    report.p50Ms = percentile(latencies, 0.50);
    report.p99Ms = percentile(latencies, 0.99);
    return report;
}

} // namespace sagashop::selftest
