// The saga log: every publish, handle, retry, dead-letter and compensation recorded through
// the bus, queryable by saga (causal order), by time range and kind with paging, and sagas
// by status (stuck included), search (order, saga id, user), start time and keyset pages,
// with per-status counts; an older saga log is migrated and filled in.

#include "bus/EventBus.h"
#include "bus/EventEnvelope.h"
#include "bus/HybridClock.h"
#include "bus/SagaLogEvents.h"
#include "common/ScriptService.h"
#include "common/TestServices.h"
#include "common/TestSupport.h"
#include "saga/SagaLog.h"
#include "selftest/ChainStageService.h"
#include "storage/Database.h"

#include <QDir>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::saga::SagaLogEntry;
using sagashop::saga::SagaQuery;
using sagashop::saga::SagaSummary;
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
        script = std::make_unique<test::ScriptService>(test::serviceConfig(dir, u"script"_s), bus);
        bus.addService(*producer);
        bus.addService(*consumer);
        bus.addService(*log);
        bus.addService(*script);
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
    std::unique_ptr<test::ScriptService> script;
    bus::EventBus bus;

    /// Publishes `type` for order `orderId` (aggregate "order-<id>") in saga `sagaId`.
    void publish(const QString &sagaId, const QString &type, qint64 orderId, QJsonObject payload)
    {
        payload.insert(u"orderId"_s, orderId);
        const auto outcome =
            await(script->publish(bus::DomainEvent{type, u"order-%1"_s.arg(orderId), payload, sagaId}));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    }
    std::optional<SagaSummary> summary(const QString &sagaId)
    {
        const auto outcome = await(log->saga(sagaId));
        return outcome.ok() ? *outcome.value : std::nullopt;
    }
    QList<SagaSummary> sagas(const SagaQuery &query)
    {
        const auto outcome = await(log->sagas(query));
        return outcome.ok() ? *outcome.value : QList<SagaSummary>{};
    }
};

/// A saga log database without the service, for query semantics on rows written directly.
struct SummaryDb
{
    SummaryDb()
    {
        storage::DatabaseConfig config;
        config.location = dir.filePath(u"saga-log.db"_s);
        db = storage::Database::open(config);
        db->migrate(saga::SagaLog::schema());
    }
    void add(const QString &sagaId, const QString &status, qint64 startedAt, qint64 updatedAt, qint64 orderId = 0,
             qint64 userId = 0)
    {
        QSqlQuery &q = db->prepared(u"INSERT INTO sagas (saga_id, status, started_at, updated_at, last_event_type,"
                                    " entries, retries, dead_letters, compensations, order_id, user_id, amount)"
                                    " VALUES (?, ?, ?, ?, 'X', 1, 0, 0, 0, ?, ?, 0)"_s);
        q.bindValue(0, sagaId);
        q.bindValue(1, status);
        q.bindValue(2, startedAt);
        q.bindValue(3, updatedAt);
        q.bindValue(4, orderId);
        q.bindValue(5, userId);
        db->exec(q);
    }
    QStringList ids(const SagaQuery &query)
    {
        QStringList ids;
        for (const SagaSummary &s : saga::SagaLog::querySagas(*db, query))
            ids.append(s.sagaId);
        return ids;
    }

    test::TempDataDir dir;
    std::unique_ptr<storage::Database> db;
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
    void summaryNamesOrderUserAndAmount();
    void searchParsesOrderSagaAndUser();
    void searchFindsByOrderSagaAndUser();
    void aSagaIdPrefixIsFoundWhetherRareOrCommon();
    void stuckSagasAreFoundShownAndCounted();
    void startedTimeRange();
    void keysetPagesHaveNoGapsOrDuplicatesWhileSagasArrive();
    void countsFollowEveryStatusChange();
    void anOlderSagaLogIsMigratedAndFilledIn();
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

void TestSagaLog::summaryNamesOrderUserAndAmount()
{
    test::TempDataDir dir;
    LoggedShop shop(dir.path());
    const QString saga = u"0192aaaa-0000-7000-8000-000000000001"_s;
    const auto fact = [&](const QString &id, qint64 SagaSummary::*field) {
        const auto s = shop.summary(id);
        return s ? (*s).*field : qint64(-1);
    };
    shop.publish(saga, u"PaymentRequested"_s, 7, {{u"userId"_s, 3}, {u"userCouponId"_s, 0}});
    QTRY_COMPARE(fact(saga, &SagaSummary::orderId), 7);
    QCOMPARE(fact(saga, &SagaSummary::userId), 3);
    QCOMPARE(fact(saga, &SagaSummary::amount), 0);
    // The subtotal first, then the amount to pay once the coupon step knows it.
    shop.publish(saga, u"InventoryDeducted"_s, 7, {{u"userId"_s, 3}, {u"amount"_s, 20'000}});
    QTRY_COMPARE(fact(saga, &SagaSummary::amount), 20'000);
    shop.publish(saga, u"CouponUsed"_s, 7,
                 {{u"userId"_s, 3}, {u"amount"_s, 20'000}, {u"discount"_s, 2'000}, {u"finalAmount"_s, 18'000}});
    QTRY_COMPARE(fact(saga, &SagaSummary::amount), 18'000);
    QTRY_COMPARE(shop.summary(saga)->entries, 3);
    QCOMPARE(fact(saga, &SagaSummary::orderId), 7);
    QCOMPARE(fact(saga, &SagaSummary::userId), 3);
    const QList<SagaSummary> listed = shop.sagas(SagaQuery{});
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().orderId, 7);
    QCOMPARE(listed.first().userId, 3);
    QCOMPARE(listed.first().amount, 18'000);

    // An event without an orderId field still names its order through its aggregate.
    const QString other = u"saga-aggregate-only"_s;
    QVERIFY(await(shop.script->publish(bus::DomainEvent{u"Something"_s, u"order-9"_s, {}, other})).ok());
    QTRY_COMPARE(fact(other, &SagaSummary::orderId), 9);
    QCOMPARE(fact(other, &SagaSummary::userId), 0);

    // A later step that comes before the saga's first event (their order is not kept across
    // producers): the first event still names the user.
    const QString reversed = u"saga-reversed"_s;
    shop.publish(reversed, u"InventoryFailed"_s, 12, {{u"reason"_s, u"out of stock"_s}});
    QTRY_COMPARE(fact(reversed, &SagaSummary::orderId), 12);
    QCOMPARE(fact(reversed, &SagaSummary::userId), 0);
    shop.publish(reversed, u"PaymentRequested"_s, 12, {{u"userId"_s, 6}, {u"userCouponId"_s, 0}});
    QTRY_COMPARE(fact(reversed, &SagaSummary::userId), 6);

    // A handling logged before the event itself makes the row (order from the aggregate, no
    // user yet); the event fills the user in when it comes.
    const QString early = u"saga-handled-first"_s;
    bus::EventEnvelope handled;
    handled.eventId = QUuid::createUuid();
    handled.type = u"PaymentRequested"_s;
    handled.aggregateId = u"order-11"_s;
    handled.sagaId = early;
    handled.producer = u"script"_s;
    bus::EventEnvelope batch;
    batch.eventId = QUuid::createUuid();
    batch.type = bus::SagaLogEvents::HandlingRecorded;
    batch.aggregateId = u"handling:consumer"_s;
    batch.occurredAt = bus::HybridClock::nowMs();
    batch.producer = u"consumer"_s;
    batch.attempt = 1;
    QJsonObject record = bus::SagaLogEvents::handlingRecord(bus::SagaLogEvents::Handled, handled, u"consumer"_s, 1, {}, 0,
                                                            shop.bus.clock().next());
    const qint64 handledAt = bus::HybridClock::nowMs() + 60'000; // later than the event, whenever it comes
    record.insert(u"at"_s, double(handledAt));
    batch.payload = QJsonObject{{u"records"_s, QJsonArray{record}}};
    shop.bus.deliverRaw(saga::SagaLog::ServiceName, bus::EnvelopeCodec::encode(batch));
    QTRY_COMPARE(fact(early, &SagaSummary::orderId), 11);
    QCOMPARE(fact(early, &SagaSummary::userId), 0);
    shop.publish(early, u"PaymentRequested"_s, 11, {{u"userId"_s, 5}, {u"userCouponId"_s, 0}});
    QTRY_COMPARE(shop.summary(early)->entries, 2);
    QCOMPARE(fact(early, &SagaSummary::userId), 5);
    QCOMPARE(fact(early, &SagaSummary::orderId), 11);
    // ... and its start moves back to the event's time.
    const QList<SagaLogEntry> entries = shop.timeline(early);
    const auto firstAt = std::min_element(entries.cbegin(), entries.cend(), [](const auto &a, const auto &b) {
                             return a.at < b.at;
                         })->at;
    QCOMPARE(fact(early, &SagaSummary::startedAt), firstAt);
    QVERIFY(fact(early, &SagaSummary::startedAt) < handledAt);
    QCOMPARE(fact(early, &SagaSummary::updatedAt), handledAt);
}

void TestSagaLog::searchParsesOrderSagaAndUser()
{
    using Kind = saga::SagaSearch::Kind;
    const auto kindOf = [](const QString &text) { return SagaQuery::parseSearch(text).kind; };
    for (const QString &text : {u"123"_s, u"#123"_s, u" order 123 "_s, u"Order #123"_s, u"o:123"_s}) {
        QCOMPARE(kindOf(text), Kind::Order);
        QCOMPARE(SagaQuery::parseSearch(text).id, 123);
    }
    for (const QString &text : {u"u:3"_s, u"U3"_s, u"user 3"_s, u"user:3"_s, u"u #3"_s}) {
        QCOMPARE(kindOf(text), Kind::User);
        QCOMPARE(SagaQuery::parseSearch(text).id, 3);
    }
    QCOMPARE(SagaQuery::parseSearch(u"0192F3A1-7c2e"_s).sagaId, u"0192f3a1-7c2e"_s);
    QCOMPARE(kindOf(u"0192F3A1-7c2e"_s), Kind::Saga);
    QCOMPARE(SagaQuery::parseSearch(u"{0192f3a1-7c2e-7abc-8def-0123456789ab}"_s).sagaId,
             u"0192f3a1-7c2e-7abc-8def-0123456789ab"_s);
    QCOMPARE(SagaQuery::parseSearch(u"saga:chain-1"_s).sagaId, u"chain-1"_s);
    QCOMPARE(SagaQuery::parseSearch(u"s:0192"_s).sagaId, u"0192"_s); // digits, said to be a saga id
    QCOMPARE(kindOf(QString()), Kind::None);
    QCOMPARE(kindOf(u"   "_s), Kind::None);
    for (const QString &text : {u"hello world"_s, u"u:"_s, u"u:0"_s, u"0"_s, u"order -1"_s}) {
        const saga::SagaSearch search = SagaQuery::parseSearch(text);
        QVERIFY2(!search.error.isEmpty(), qPrintable(text));
        QCOMPARE(search.kind, Kind::None);
    }
    QVERIFY(SagaQuery::parseSearch(u"hello"_s).error.contains(u"u:3"_s));
}

void TestSagaLog::searchFindsByOrderSagaAndUser()
{
    SummaryDb db;
    // saga n: order n, user 3 for odd n and 4 for even n, updated in order
    for (int n = 1; n <= 6; ++n)
        db.add(u"0192aaaa-000%1-7000-8000-000000000000"_s.arg(n), u"completed"_s, 1000 + n, 2000 + n, n, n % 2 ? 3 : 4);
    const auto search = [&](const QString &text) {
        SagaQuery q;
        q.search = text;
        return db.ids(q);
    };
    QCOMPARE(search(u"2"_s), QStringList{u"0192aaaa-0002-7000-8000-000000000000"_s});
    QCOMPARE(search(u"#5"_s), QStringList{u"0192aaaa-0005-7000-8000-000000000000"_s});
    QCOMPARE(search(u"77"_s), QStringList{});
    QCOMPARE(search(u"u:3"_s), (QStringList{u"0192aaaa-0005-7000-8000-000000000000"_s,
                                            u"0192aaaa-0003-7000-8000-000000000000"_s,
                                            u"0192aaaa-0001-7000-8000-000000000000"_s}));
    QCOMPARE(search(u"user 4"_s).size(), 3);
    QCOMPARE(search(u"0192aaaa-0004-7000-8000-000000000000"_s), QStringList{u"0192aaaa-0004-7000-8000-000000000000"_s});
    QCOMPARE(search(u"0192AAAA-0004"_s), QStringList{u"0192aaaa-0004-7000-8000-000000000000"_s});
    QCOMPARE(search(u"0192aaaa"_s).size(), 6);
    QCOMPARE(search(u"0192aaab"_s), QStringList{});
    // With a status filter and paging.
    SagaQuery q;
    q.search = u"u:4"_s;
    q.status = u"failed"_s;
    QCOMPARE(db.ids(q), QStringList{});
    q.status = u"completed"_s;
    q.limit = 2;
    QCOMPARE(db.ids(q), (QStringList{u"0192aaaa-0006-7000-8000-000000000000"_s, u"0192aaaa-0004-7000-8000-000000000000"_s}));
    q.beforeUpdatedAt = 2004;
    q.beforeSagaId = u"0192aaaa-0004-7000-8000-000000000000"_s;
    QCOMPARE(db.ids(q), QStringList{u"0192aaaa-0002-7000-8000-000000000000"_s});

    // A search the log does not understand fails with a sentence that says what it takes.
    SagaQuery bad;
    bad.search = u"hello world"_s;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, saga::SagaLog::querySagas(*db.db, bad));
    test::TempDataDir dir;
    LoggedShop shop(dir.path());
    const auto outcome = await(shop.log->sagas(bad));
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.contains(u"order number"_s), qPrintable(outcome.error));
}

void TestSagaLog::aSagaIdPrefixIsFoundWhetherRareOrCommon()
{
    // Time-ordered ids share their first characters: a short prefix can match thousands of
    // sagas (read in list order and filtered), a longer one a few (read by id and sorted).
    SummaryDb db;
    db.db->begin();
    QList<std::pair<qint64, QString>> common; // (updatedAt, id)
    for (int n = 0; n < 2500; ++n) {
        const QString id = u"0192bb%1-0000-7000-8000-000000000000"_s.arg(n, 4, 16, QLatin1Char('0'));
        const qint64 updated = 10'000 + (n * 7919) % 3000; // shuffled, with ties
        db.add(id, u"completed"_s, 1000, updated);
        common.append({updated, id});
    }
    for (int n = 0; n < 3; ++n)
        db.add(u"0192cc0%1-0000-7000-8000-000000000000"_s.arg(n), u"failed"_s, 1000, 20'000 + n);
    db.db->commit();
    std::sort(common.begin(), common.end(), std::greater<>());

    SagaQuery q;
    q.search = u"0192bb"_s;
    q.limit = 40;
    QStringList walked;
    for (int page = 0; page < 100; ++page) {
        const QList<SagaSummary> sagas = saga::SagaLog::querySagas(*db.db, q);
        for (const SagaSummary &s : sagas)
            walked.append(s.sagaId);
        if (sagas.size() < q.limit)
            break;
        q.beforeUpdatedAt = sagas.constLast().updatedAt;
        q.beforeSagaId = sagas.constLast().sagaId;
    }
    QStringList expected;
    for (const auto &[updated, id] : std::as_const(common))
        expected.append(id);
    QCOMPARE(walked, expected);

    SagaQuery rare;
    rare.search = u"0192cc"_s;
    QCOMPARE(db.ids(rare), (QStringList{u"0192cc02-0000-7000-8000-000000000000"_s, u"0192cc01-0000-7000-8000-000000000000"_s,
                                        u"0192cc00-0000-7000-8000-000000000000"_s}));
    rare.search = u"0192bb01"_s; // 256 of them: the sparse way
    QCOMPARE(db.ids(rare).size(), 50);
    rare.limit = 1000;
    QCOMPARE(db.ids(rare).size(), 256);
}

void TestSagaLog::stuckSagasAreFoundShownAndCounted()
{
    SummaryDb db;
    const qint64 now = 1'000'000'000;
    db.add(u"a"_s, u"running"_s, now - 25'000, now - 20'000);     // stuck
    db.add(u"b"_s, u"running"_s, now - 2'000, now - 1'000);       // making progress
    db.add(u"c"_s, u"compensating"_s, now - 40'000, now - 30'000); // stuck
    db.add(u"d"_s, u"completed"_s, now - 60'000, now - 50'000);
    db.add(u"e"_s, u"compensating"_s, now - 9'000, now - 500);
    // As the log keeps it: the finished statuses (the open ones are counted on the index).
    db.db->execDirect(u"INSERT INTO saga_counts (status, n) SELECT status, COUNT(*) FROM sagas"
                      " WHERE status NOT IN ('running', 'compensating') GROUP BY status"_s);

    SagaQuery q;
    q.stuckAfterMs = 10'000;
    q.now = now;
    q.status = u"stuck"_s;
    const QList<SagaSummary> stuck = saga::SagaLog::querySagas(*db.db, q);
    QCOMPARE(stuck.size(), 2);
    QCOMPARE(stuck.at(0).sagaId, u"a"_s);
    QCOMPARE(stuck.at(1).sagaId, u"c"_s);
    for (const SagaSummary &s : stuck) {
        QVERIFY(s.stuck);
        QCOMPARE(s.shownStatus(), u"stuck"_s);
    }
    QCOMPARE(stuck.at(0).status, u"running"_s); // what the log recorded
    QCOMPARE(stuck.at(1).status, u"compensating"_s);
    q.status = u"running"_s;
    QCOMPARE(db.ids(q), QStringList{u"b"_s});
    q.status = u"compensating"_s;
    QCOMPARE(db.ids(q), QStringList{u"e"_s});
    q.status.clear();
    QStringList shown;
    for (const SagaSummary &s : saga::SagaLog::querySagas(*db.db, q))
        shown.append(s.sagaId + u'=' + s.shownStatus());
    QCOMPARE(shown, (QStringList{u"e=compensating"_s, u"b=running"_s, u"a=stuck"_s, u"c=stuck"_s, u"d=completed"_s}));

    // Without a threshold the statuses are the recorded ones (the reconciler's view).
    SagaQuery raw;
    raw.status = u"running"_s;
    QCOMPARE(db.ids(raw), (QStringList{u"b"_s, u"a"_s}));
    raw.status = u"stuck"_s;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, saga::SagaLog::querySagas(*db.db, raw));

    const saga::SagaStatusCounts counts = saga::SagaLog::queryCounts(*db.db, 10'000, now);
    QCOMPARE(counts.total, 5);
    QCOMPARE(counts.byStatus.value(u"running"_s), 1);
    QCOMPARE(counts.byStatus.value(u"compensating"_s), 1);
    QCOMPARE(counts.byStatus.value(u"stuck"_s), 2);
    QCOMPARE(counts.byStatus.value(u"completed"_s), 1);
    const saga::SagaStatusCounts rawCounts = saga::SagaLog::queryCounts(*db.db, 0, now);
    QCOMPARE(rawCounts.byStatus.value(u"running"_s), 2);
    QVERIFY(!rawCounts.byStatus.contains(u"stuck"_s));
}

void TestSagaLog::startedTimeRange()
{
    SummaryDb db;
    // Started at 100, 200, 300, 400; updated much later, in the opposite order.
    for (int n = 1; n <= 4; ++n)
        db.add(u"s%1"_s.arg(n), u"completed"_s, n * 100, 10'000 - n);
    SagaQuery q;
    q.startedFrom = 200;
    q.startedTo = 400; // [from, to)
    QCOMPARE(db.ids(q), (QStringList{u"s2"_s, u"s3"_s}));
    q.startedTo = 0;
    QCOMPARE(db.ids(q), (QStringList{u"s2"_s, u"s3"_s, u"s4"_s}));
    q.startedFrom = 0;
    q.startedTo = 300;
    QCOMPARE(db.ids(q), (QStringList{u"s1"_s, u"s2"_s}));
    q.startedFrom = 401;
    q.startedTo = 0;
    QCOMPARE(db.ids(q), QStringList{});
}

void TestSagaLog::keysetPagesHaveNoGapsOrDuplicatesWhileSagasArrive()
{
    SummaryDb db;
    db.db->begin();
    QStringList before;
    for (int n = 0; n < 300; ++n) {
        const QString id = u"s%1"_s.arg(n, 3, 10, QLatin1Char('0'));
        db.add(id, n % 3 ? u"completed"_s : u"failed"_s, 1000 + n / 7, 1000 + n / 7); // runs of equal times
        before.append(id);
    }
    db.db->commit();

    SagaQuery q;
    q.limit = 23;
    QStringList walked;
    std::pair<qint64, QString> last{std::numeric_limits<qint64>::max(), QString()};
    for (int page = 0; page < 100; ++page) {
        const QList<SagaSummary> sagas = saga::SagaLog::querySagas(*db.db, q);
        for (const SagaSummary &s : sagas) {
            const std::pair<qint64, QString> key{s.updatedAt, s.sagaId};
            QVERIFY2(key < last, qPrintable(s.sagaId)); // strictly descending: no repeats
            last = key;
            walked.append(s.sagaId);
        }
        if (sagas.size() < q.limit)
            break;
        q.beforeUpdatedAt = sagas.constLast().updatedAt;
        q.beforeSagaId = sagas.constLast().sagaId;
        // New sagas arrive between pages (newer than every page read so far).
        for (int k = 0; k < 5; ++k)
            db.add(u"new-%1-%2"_s.arg(page).arg(k), u"running"_s, 5000 + page, 5000 + page);
    }
    QCOMPARE(walked.size(), before.size());
    QCOMPARE(QSet<QString>(walked.cbegin(), walked.cend()), QSet<QString>(before.cbegin(), before.cend()));

    // Offset paging still works (the API keeps it).
    SagaQuery offset;
    offset.status = u"failed"_s;
    offset.limit = 1000;
    const QStringList failed = db.ids(offset);
    QCOMPARE(failed.size(), 100);
    offset.limit = 30;
    offset.offset = 90;
    QCOMPARE(db.ids(offset), failed.mid(90));
}

void TestSagaLog::countsFollowEveryStatusChange()
{
    test::TempDataDir dir;
    LoggedShop shop(dir.path());
    const auto counts = [&](qint64 stuckAfterMs = 0) {
        const auto outcome = await(shop.log->counts(stuckAfterMs));
        return outcome.ok() ? *outcome.value : saga::SagaStatusCounts{};
    };
    QCOMPARE(counts().total, 0);
    QVERIFY(await(shop.producer->publishEvent(u"TestStarted"_s, u"a"_s, u"done"_s)).ok());
    QVERIFY(await(shop.producer->publishEvent(kFinished, u"a"_s, u"done"_s)).ok());
    QVERIFY(await(shop.producer->publishEvent(u"TestStarted"_s, u"b"_s, u"undone"_s)).ok());
    QVERIFY(await(shop.producer->publishEvent(kCompensated, u"b"_s, u"undone"_s)).ok());
    QVERIFY(await(shop.producer->publishEvent(u"TestStarted"_s, u"c"_s, u"open"_s)).ok());
    QTRY_COMPARE(countRows(*shop.log, u"saga_log"_s), 5);
    // Handlings of these events may still come in: they change no status.
    QTRY_COMPARE(counts().byStatus.value(u"completed"_s), 1);
    QCOMPARE(counts().byStatus.value(u"compensated"_s), 1);
    QCOMPARE(counts().byStatus.value(u"running"_s), 1);
    QCOMPARE(counts().total, 3);

    QVERIFY(await(shop.producer->publishEvent(kFinished, u"c"_s, u"open"_s)).ok());
    QTRY_COMPARE(counts().byStatus.value(u"completed"_s), 2);
    QCOMPARE(counts().byStatus.value(u"running"_s), 0);
    QCOMPARE(counts().total, 3);
    // The table agrees with the summaries.
    for (const QString &status : {u"completed"_s, u"compensated"_s, u"running"_s})
        QCOMPARE(counts().byStatus.value(status), countRows(*shop.log, u"sagas"_s, u"status = '%1'"_s.arg(status)));

    // Stuck: running without progress for the threshold.
    QVERIFY(await(shop.producer->publishEvent(u"TestStarted"_s, u"d"_s, u"slow"_s)).ok());
    QTRY_COMPARE(counts().byStatus.value(u"running"_s), 1);
    QCOMPARE(counts(3'600'000).byStatus.value(u"stuck"_s), 0);
    QTRY_COMPARE(counts(1).byStatus.value(u"stuck"_s), 1);
    QCOMPARE(counts(1).byStatus.value(u"running"_s), 0);
    QCOMPARE(counts(1).total, 4);
}

void TestSagaLog::anOlderSagaLogIsMigratedAndFilledIn()
{
    test::TempDataDir dir;
    {
        // A saga log written by the version before order, user and amount were summarised.
        storage::DatabaseConfig config;
        config.location = QDir(dir.path()).filePath(saga::SagaLog::ServiceName + u".db"_s);
        auto db = storage::Database::open(config);
        storage::Schema old = saga::SagaLog::schema();
        old.migrations = {old.migrations.first()};
        db->migrate(old);
        QCOMPARE(db->schemaVersion(u"saga-log"_s), 1);
        const auto entry = [&](qint64 seq, const QString &saga, const QString &kind, const QString &type,
                               const QString &aggregate, const QString &payload) {
            QSqlQuery &q = db->prepared(u"INSERT INTO saga_log (seq, saga_id, at, kind, service, event_id, event_type,"
                                        " aggregate_id, causation_id, attempt, error, payload)"
                                        " VALUES (?, ?, ?, ?, 'order', ?, ?, ?, '', 1, '', ?)"_s);
            q.bindValue(0, seq);
            q.bindValue(1, saga);
            q.bindValue(2, 1000 + seq);
            q.bindValue(3, kind);
            q.bindValue(4, u"e%1"_s.arg(seq));
            q.bindValue(5, type);
            q.bindValue(6, aggregate);
            q.bindValue(7, payload);
            db->exec(q);
        };
        entry(1, u"old-1"_s, u"published"_s, u"PaymentRequested"_s, u"order-5"_s,
              uR"({"orderId":5,"userId":2,"userCouponId":0})"_s);
        entry(2, u"old-1"_s, u"handled"_s, u"PaymentRequested"_s, u"order-5"_s, QString(u""_s));
        entry(3, u"old-1"_s, u"published"_s, u"CouponSkipped"_s, u"order-5"_s,
              uR"({"orderId":5,"userId":2,"amount":9000,"discount":0,"finalAmount":9000})"_s);
        entry(4, u"old-2"_s, u"handled"_s, u"PaymentRequested"_s, u"order-6"_s, QString(u""_s));
        db->execDirect(u"INSERT INTO sagas (saga_id, status, started_at, updated_at, last_event_type, entries, retries,"
                       " dead_letters, compensations) VALUES ('old-1', 'completed', 1001, 1003, 'CouponSkipped', 3, 0, 0, 0),"
                       " ('old-2', 'running', 1004, 1004, '', 1, 0, 0, 0)"_s);
    }

    LoggedShop shop(dir.path());
    const auto version = await(shop.log->read<int>([](storage::Database &db) { return db.schemaVersion(u"saga-log"_s); }));
    QCOMPARE(version.value.value_or(-1), 2);
    const auto first = shop.summary(u"old-1"_s);
    QVERIFY(first.has_value());
    QCOMPARE(first->orderId, 5);
    QCOMPARE(first->userId, 2);
    QCOMPARE(first->amount, 9000);
    QCOMPARE(first->status, u"completed"_s);
    QCOMPARE(first->entries, 3);
    QCOMPARE(shop.summary(u"old-2"_s)->orderId, 6);
    QCOMPARE(shop.timeline(u"old-1"_s).size(), 3);
    QCOMPARE(countRows(*shop.log, u"saga_backfill"_s), 0);
    SagaQuery bySearch;
    bySearch.search = u"#5"_s;
    QCOMPARE(shop.sagas(bySearch).size(), 1);
    auto counts = await(shop.log->counts(0));
    QCOMPARE(counts.value->byStatus.value(u"completed"_s), 1);
    QCOMPARE(counts.value->byStatus.value(u"running"_s), 1);

    // And it goes on logging as before.
    QVERIFY(await(shop.producer->publishEvent(kFinished, u"k"_s, u"old-2"_s)).ok());
    QTRY_COMPARE(shop.summary(u"old-2"_s)->status, u"completed"_s);
    counts = await(shop.log->counts(0));
    QCOMPARE(counts.value->byStatus.value(u"completed"_s), 2);
    QCOMPARE(counts.value->byStatus.value(u"running"_s), 0);
    QCOMPARE(shop.summary(u"old-2"_s)->entries, 2);
    // A status the log has not written since it started (it guesses "running", then reads).
    QVERIFY(await(shop.producer->publishEvent(kCompensated, u"k"_s, u"old-1"_s)).ok());
    QTRY_COMPARE(shop.summary(u"old-1"_s)->status, u"compensated"_s);
    counts = await(shop.log->counts(0));
    QCOMPARE(counts.value->byStatus.value(u"completed"_s), 1);
    QCOMPARE(counts.value->byStatus.value(u"compensated"_s), 1);
    QCOMPARE(counts.value->total, 2);
    QCOMPARE(shop.summary(u"old-1"_s)->compensations, 1);
}

QTEST_GUILESS_MAIN(TestSagaLog)
#include "tst_sagalog.moc"
