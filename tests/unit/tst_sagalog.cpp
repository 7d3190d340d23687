// The saga log: every publish, handle, retry, dead-letter and compensation recorded through
// the bus, queryable by saga (causal order), by time range and kind with paging, and sagas
// by status.

#include "bus/EventBus.h"
#include "bus/EventEnvelope.h"
#include "bus/HybridClock.h"
#include "bus/SagaLogEvents.h"
#include "common/TestServices.h"
#include "common/TestSupport.h"
#include "saga/SagaLog.h"
#include "selftest/ChainStageService.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::saga::SagaLogEntry;
using sagashop::test::await;
using sagashop::test::countRows;

namespace {

const QString kCompensated = u"TestCompensated"_s;
const QString kFinished = u"TestFinished"_s;

struct LoggedShop
{
    explicit LoggedShop(const QString &dir)
    {
        producer = std::make_unique<test::ProducerService>(test::serviceConfig(dir, u"producer"_s));
        consumer = std::make_unique<test::RecordingService>(test::serviceConfig(dir, u"consumer"_s));
        saga::SagaLogConfig config;
        config.compensationTypes = {kCompensated};
        config.statusByEventType = {{kFinished, u"completed"_s}, {kCompensated, u"compensated"_s}};
        log = std::make_unique<saga::SagaLog>(test::serviceConfig(dir, saga::SagaLog::ServiceName), config);
        bus.addService(*producer);
        bus.addService(*consumer);
        bus.addService(*log);
        bus.start();
    }
    ~LoggedShop() { bus.stop(); }

    QList<SagaLogEntry> timeline(const QString &sagaId)
    {
        const auto outcome = await(log->timeline(sagaId));
        return outcome.ok() ? *outcome.value : QList<SagaLogEntry>{};
    }

    std::unique_ptr<test::ProducerService> producer;
    std::unique_ptr<test::RecordingService> consumer;
    std::unique_ptr<saga::SagaLog> log;
    bus::EventBus bus;
};

QStringList kindsOf(const QList<SagaLogEntry> &entries)
{
    QStringList kinds;
    for (const SagaLogEntry &e : entries)
        kinds.append(e.kind + u'@' + e.service);
    return kinds;
}

} // namespace

class TestSagaLog : public QObject
{
    Q_OBJECT

private slots:
    void timelineIsCausal();
    void handlingPrecedesTheEventsItCauses();
    void retriesAndDeadLettersAreLogged();
    void sagaStatusFollowsEvents();
    void entriesByTimeAndKindWithPaging();
    void aMalformedHandlingRecordDeadLettersItsWholeBatch();
};

void TestSagaLog::timelineIsCausal()
{
    test::TempDataDir dir;
    LoggedShop shop(dir.path());
    const QString saga = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 2, saga)).ok());
    QTRY_COMPARE(shop.timeline(saga).size(), 4);

    const QList<SagaLogEntry> entries = shop.timeline(saga);
    // Each publish precedes its handling.
    QCOMPARE(entries.at(0).kind, SagaLogEntry::KindPublished);
    QCOMPARE(entries.at(0).service, u"producer"_s);
    QCOMPARE(entries.at(0).eventType, test::ProducerService::EventType);
    QCOMPARE(entries.at(0).payload.value(u"n"_s).toInt(), 1);
    QStringList kinds = kindsOf(entries);
    QVERIFY2(kinds.indexOf(u"handled@consumer"_s) > 0, qPrintable(kinds.join(u", "_s)));
    for (const SagaLogEntry &handled : entries) {
        if (handled.kind != bus::SagaLogEvents::Handled)
            continue;
        QCOMPARE(handled.causationId, handled.eventId);
        const auto published = std::find_if(entries.cbegin(), entries.cend(), [&](const SagaLogEntry &e) {
            return e.kind == SagaLogEntry::KindPublished && e.eventId == handled.eventId;
        });
        QVERIFY(published != entries.cend());
        QVERIFY(published->sequence < handled.sequence);
        QCOMPARE(handled.attempt, 1);
        QVERIFY(handled.at >= published->at);
    }
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).sequence < entries.at(i).sequence);
    // Exactly once, even though the log is just another consumer.
    QCOMPARE(countRows(*shop.log, u"saga_log"_s), 4);
}

void TestSagaLog::handlingPrecedesTheEventsItCauses()
{
    using selftest::ChainStageService;
    test::TempDataDir dir;
    std::vector<std::unique_ptr<ChainStageService>> stages;
    bus::EventBus bus;
    for (int k = 1; k <= 3; ++k) {
        stages.push_back(
            std::make_unique<ChainStageService>(test::serviceConfig(dir.path(), ChainStageService::stageName(k)), k, 3));
        bus.addService(*stages.back());
    }
    saga::SagaLog log(test::serviceConfig(dir.path(), saga::SagaLog::ServiceName), {});
    bus.addService(log);
    bus.start();

    const auto started = await(stages.front()->startChain(u"chain-1"_s));
    QVERIFY(started.ok());
    const QString saga = *started.value;
    QTRY_COMPARE(await(log.timeline(saga)).value->size(), 5);
    QStringList steps;
    const auto timeline = await(log.timeline(saga));
    for (const SagaLogEntry &e : *timeline.value)
        steps.append(e.kind + u' ' + e.service + u' ' + e.eventType);
    QCOMPARE(steps, (QStringList{u"published stage-1 ChainStep1Completed"_s,
                                 u"handled stage-2 ChainStep1Completed"_s,
                                 u"published stage-2 ChainStep2Completed"_s,
                                 u"handled stage-3 ChainStep2Completed"_s,
                                 u"published stage-3 ChainCompleted"_s}));
    bus.stop();
}

void TestSagaLog::retriesAndDeadLettersAreLogged()
{
    test::TempDataDir dir;
    LoggedShop shop(dir.path());
    shop.consumer->failNext(u"k"_s, 1, 1);
    shop.consumer->failAlways(u"k"_s, 2);
    const QString saga = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 2, saga)).ok());
    // published ×2, retried (k#1), handled (k#1), retried ×2 (k#2), dead-lettered (k#2)
    QTRY_COMPARE(shop.timeline(saga).size(), 7);

    const QList<SagaLogEntry> entries = shop.timeline(saga);
    QStringList kinds;
    for (const SagaLogEntry &e : entries)
        kinds.append(e.kind);
    QCOMPARE(kinds.count(bus::SagaLogEvents::Retried), 3);
    QCOMPARE(kinds.count(bus::SagaLogEvents::DeadLettered), 1);
    const auto dead = std::find_if(entries.cbegin(), entries.cend(),
                                   [](const SagaLogEntry &e) { return e.kind == bus::SagaLogEvents::DeadLettered; });
    QCOMPARE(dead->attempt, 3);
    QVERIFY(dead->error.contains(u"injected permanent failure"_s));
    QCOMPARE(dead->service, u"consumer"_s);
    const auto handled = std::find_if(entries.cbegin(), entries.cend(),
                                      [](const SagaLogEntry &e) { return e.kind == bus::SagaLogEvents::Handled; });
    QCOMPARE(handled->attempt, 2);

    const auto summary = await(shop.log->saga(saga));
    QVERIFY(summary.ok() && summary.value->has_value());
    QCOMPARE((*summary.value)->retries, 3);
    QCOMPARE((*summary.value)->deadLetters, 1);
    QCOMPARE((*summary.value)->entries, 7);
}

void TestSagaLog::sagaStatusFollowsEvents()
{
    test::TempDataDir dir;
    LoggedShop shop(dir.path());
    const QString done = u"saga-done"_s;
    const QString undone = u"saga-undone"_s;
    const QString running = u"saga-running"_s;
    QVERIFY(await(shop.producer->publishEvent(u"TestStarted"_s, u"a"_s, done)).ok());
    QVERIFY(await(shop.producer->publishEvent(kFinished, u"a"_s, done)).ok());
    QVERIFY(await(shop.producer->publishEvent(u"TestStarted"_s, u"b"_s, undone)).ok());
    QVERIFY(await(shop.producer->publishEvent(kCompensated, u"b"_s, undone)).ok());
    QVERIFY(await(shop.producer->publishEvent(u"TestStarted"_s, u"c"_s, running)).ok());
    QTRY_COMPARE(countRows(*shop.log, u"saga_log"_s), 5);

    const auto statusOf = [&](const QString &id) {
        const auto s = await(shop.log->saga(id));
        return s.ok() && s.value->has_value() ? (*s.value)->status : QString();
    };
    QCOMPARE(statusOf(done), u"completed"_s);
    QCOMPARE(statusOf(undone), u"compensated"_s);
    QCOMPARE(statusOf(running), u"running"_s);
    QCOMPARE(statusOf(u"no-such-saga"_s), QString());
    QCOMPARE(shop.timeline(undone).last().kind, SagaLogEntry::KindCompensation);

    saga::SagaQuery query;
    query.status = u"completed"_s;
    auto page = await(shop.log->sagas(query));
    QVERIFY(page.ok());
    QCOMPARE(page.value->size(), 1);
    QCOMPARE(page.value->first().sagaId, done);
    QCOMPARE(page.value->first().lastEventType, kFinished);
    query.status.clear();
    page = await(shop.log->sagas(query));
    QCOMPARE(page.value->size(), 3);
    for (qsizetype i = 1; i < page.value->size(); ++i) // most recently updated first
        QVERIFY(page.value->at(i - 1).updatedAt >= page.value->at(i).updatedAt);
}

void TestSagaLog::entriesByTimeAndKindWithPaging()
{
    test::TempDataDir dir;
    LoggedShop shop(dir.path());
    const qint64 start = bus::HybridClock::nowMs();
    for (int i = 0; i < 30; ++i)
        QVERIFY(await(shop.producer->publish(u"k%1"_s.arg(i), 1, 1, u"s%1"_s.arg(i))).ok());
    QTRY_COMPARE(countRows(*shop.log, u"saga_log"_s), 60);

    saga::EntryQuery query;
    query.kinds = {SagaLogEntry::KindPublished};
    query.from = start;
    query.limit = 12;
    QList<SagaLogEntry> all;
    for (int page = 0; page < 5; ++page) {
        const auto result = await(shop.log->entries(query));
        QVERIFY(result.ok());
        if (result.value->isEmpty())
            break;
        for (const SagaLogEntry &e : *result.value) {
            QCOMPARE(e.kind, SagaLogEntry::KindPublished);
            if (!all.isEmpty())
                QVERIFY(std::pair(e.at, e.id) < std::pair(all.last().at, all.last().id)); // newest first
            all.append(e);
        }
        query.beforeAt = all.last().at;
        query.beforeId = all.last().id;
    }
    QCOMPARE(all.size(), 30);

    saga::EntryQuery future;
    future.from = bus::HybridClock::nowMs() + 60'000;
    QCOMPARE(await(shop.log->entries(future)).value->size(), 0);

    saga::EntryQuery offsetQuery;
    offsetQuery.kinds = {bus::SagaLogEvents::Handled};
    offsetQuery.limit = 10;
    offsetQuery.offset = 25;
    QCOMPARE(await(shop.log->entries(offsetQuery)).value->size(), 5);
}


void TestSagaLog::aMalformedHandlingRecordDeadLettersItsWholeBatch()
{
    test::TempDataDir dir;
    LoggedShop shop(dir.path());
    const QString saga = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bus::EventEnvelope handled;
    handled.eventId = QUuid::createUuid();
    handled.type = u"TestStep"_s;
    handled.aggregateId = u"k"_s;
    handled.sagaId = saga;
    handled.producer = u"producer"_s;
    QJsonObject good = bus::SagaLogEvents::handlingRecord(bus::SagaLogEvents::Handled, handled, u"consumer"_s, 1, {},
                                                          0, shop.bus.clock().next());
    QJsonObject bad = good;
    bad.remove(u"seq"_s);

    bus::EventEnvelope batch;
    batch.eventId = QUuid::createUuid();
    batch.type = bus::SagaLogEvents::HandlingRecorded;
    batch.aggregateId = u"handling:consumer"_s;
    batch.occurredAt = bus::HybridClock::nowMs();
    batch.producer = u"consumer"_s;
    batch.attempt = 1;
    batch.payload = QJsonObject{{u"records"_s, QJsonArray{good, bad}}};
    shop.bus.deliverRaw(saga::SagaLog::ServiceName, bus::EnvelopeCodec::encode(batch));

    QList<bus::DeadLetter> letters;
    QTRY_VERIFY_WITH_TIMEOUT((letters = await(shop.bus.deadLetters())).size() == 1, 20000);
    QCOMPARE(letters.first().consumer, saga::SagaLog::ServiceName);
    QVERIFY2(letters.first().error.contains(u"\"seq\""_s), qPrintable(letters.first().error));
    // All or nothing: the good record of the batch is not in the log either.
    QCOMPARE(shop.timeline(saga).size(), 0);
}

QTEST_GUILESS_MAIN(TestSagaLog)
#include "tst_sagalog.moc"
