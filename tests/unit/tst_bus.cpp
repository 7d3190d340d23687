// Integration tests of the event bus's guarantees, through real services on real threads
// with real SQLite databases in a fresh directory per test.

#include "bus/EventBus.h"
#include "bus/HybridClock.h"
#include "common/TestServices.h"
#include "common/TestSupport.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <boost/signals2/shared_connection_block.hpp>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::test::await;
using sagashop::test::countRows;
using sagashop::test::ProducerService;
using sagashop::test::RecordingService;

namespace {

/// A producer, one or two recording consumers and the bus, in one data directory.
struct Shop
{
    explicit Shop(const QString &dir, int maxAttempts = 3, int consumers = 1,
                  std::function<void(bus::ServiceConfig &)> tweak = {})
    {
        auto config = [&](const QString &name) {
            bus::ServiceConfig c = test::serviceConfig(dir, name, maxAttempts);
            if (tweak)
                tweak(c);
            return c;
        };
        producer = std::make_unique<ProducerService>(config(u"producer"_s));
        consumer = std::make_unique<RecordingService>(config(u"consumer"_s));
        bus.addService(*producer);
        bus.addService(*consumer);
        if (consumers > 1) {
            consumer2 = std::make_unique<RecordingService>(config(u"consumer2"_s));
            bus.addService(*consumer2);
        }
    }
    ~Shop() { bus.stop(); }

    std::unique_ptr<ProducerService> producer;
    std::unique_ptr<RecordingService> consumer;
    std::unique_ptr<RecordingService> consumer2;
    bus::EventBus bus; // declared last: stopped (by its destructor) before the services go
};

QList<int> range(int first, int last)
{
    QList<int> ns;
    for (int n = first; n <= last; ++n)
        ns.append(n);
    return ns;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// Records every event published on a bus (from any service thread).
class PublishedEvents
{
public:
    explicit PublishedEvents(bus::EventBus &bus)
        : m_connection(bus.connectEventPublished([this](const bus::EventPublished &e) {
              QMutexLocker lock(&m_mutex);
              m_events.append(e.event);
          }))
    {
    }
    QList<bus::EventEnvelope> events() const
    {
        QMutexLocker lock(&m_mutex);
        return m_events;
    }

private:
    mutable QMutex m_mutex;
    QList<bus::EventEnvelope> m_events;
    boost::signals2::scoped_connection m_connection;
};

/// Holds SQLite's write lock on a database file from outside the service, like another
/// program would.
class ExternalWriteLock
{
public:
    explicit ExternalWriteLock(const QString &path)
    {
        storage::DatabaseConfig config;
        config.location = path;
        m_db = storage::Database::open(config);
        m_db->begin();
        m_db->execDirect(u"CREATE TABLE IF NOT EXISTS lock_holder (x INTEGER)"_s);
    }
    void release() { m_db->rollback(); }

private:
    std::unique_ptr<storage::Database> m_db;
};

} // namespace

class TestBus : public QObject
{
    Q_OBJECT

private slots:
    void deliversCommittedEventsInOrder();
    void rolledBackCommandPublishesNothing();
    void everySubscriberGetsItsOwnCopy();
    void redeliveryIsSkippedByTheInbox();
    void keyInRetryHoldsBackOnlyItsOwnEvents();
    void groupCommitIsolatesAFailingEvent();
    void deadLettersAfterMaxAttempts();
    void deadLetterRetryAndDiscard();
    void malformedReceivedEventIsDeadLettered();
    void malformedStoredEventIsDeadLetteredAtRestart();
    void eventWithoutHandlerIsDeadLettered();
    void lockedDatabasePausesAndRecovers();
    void restartRedeliversWhatWasNotAcknowledged();
    void fullDatabaseLosesNothing();
    void corruptDatabaseFailsStartClearly();
    void notificationsStopWithTheirConnection();
    void injectedFailuresAreRetried();
    void injectedFailureProbabilityOneDeadLetters();
    void injectedDuplicatesAreAbsorbed();
    void injectedDropsLoseDeliveriesUntilRedelivered();
    void injectedDelayStillHandles();
    void faultPlansAreValidated();
    void commandsWaitWhileAConsumerIsBacklogged();
    void aCommandThatWaitsTooLongFailsAsOverloaded();
};

void TestBus::deliversCommittedEventsInOrder()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    shop.bus.start();

    const auto outcome = await(shop.producer->publish(u"k"_s, 1, 20));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QTRY_COMPARE(shop.consumer->handledCount(), 20);
    QCOMPARE(shop.consumer->order(u"k"_s), range(1, 20));
    // Every consumer acknowledged: the outbox empties.
    QTRY_COMPARE(countRows(*shop.producer, u"outbox"_s), 0);
    QCOMPARE(countRows(*shop.consumer, u"handled"_s, u"times = 1"_s), 20);
    QCOMPARE(countRows(*shop.consumer, u"inbox"_s), 20);
}

void TestBus::rolledBackCommandPublishesNothing()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    shop.bus.start();

    const auto failed = await(shop.producer->publishThenFail(u"k"_s, 1));
    QVERIFY(!failed.ok());
    QVERIFY(failed.error.contains(u"failed after publishing"_s));
    QVERIFY(!failed.storageFailure);

    QVERIFY(await(shop.producer->publish(u"k"_s, 2, 1)).ok());
    QTRY_COMPARE(shop.consumer->handledCount(), 1);
    QCOMPARE(shop.consumer->order(u"k"_s), QList<int>{2});
    QCOMPARE(countRows(*shop.producer, u"produced"_s, u"n = 1"_s), 0);
    QCOMPARE(countRows(*shop.producer, u"produced"_s, u"n = 2"_s), 1);
    QTRY_COMPARE(countRows(*shop.producer, u"outbox"_s), 0);
}

void TestBus::everySubscriberGetsItsOwnCopy()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), 3, 2);
    shop.bus.start();
    QCOMPARE(shop.bus.subscribersOf(ProducerService::EventType), (QStringList{u"consumer"_s, u"consumer2"_s}));

    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 10)).ok());
    QTRY_COMPARE(shop.consumer->handledCount(), 10);
    QTRY_COMPARE(shop.consumer2->handledCount(), 10);
    QTRY_COMPARE(countRows(*shop.producer, u"outbox"_s), 0);
}

void TestBus::redeliveryIsSkippedByTheInbox()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    PublishedEvents published(shop.bus);
    shop.bus.start();

    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 3)).ok());
    QTRY_COMPARE(shop.consumer->handledCount(), 3);

    const QList<bus::EventEnvelope> copies = published.events();
    QCOMPARE(copies.size(), 3);
    for (const bus::EventEnvelope &e : std::as_const(copies)) {
        shop.bus.deliverRaw(u"consumer"_s, bus::EnvelopeCodec::encode(e));
        shop.bus.deliverRaw(u"consumer"_s, bus::EnvelopeCodec::encode(e));
    }
    QTRY_COMPARE(shop.consumer->stats().duplicates, 6);
    QCOMPARE(shop.consumer->handledCount(), 3);
    QCOMPARE(countRows(*shop.consumer, u"handled"_s, u"times = 1"_s), 3);
    QCOMPARE(countRows(*shop.consumer, u"handled"_s, u"times > 1"_s), 0);
}

void TestBus::keyInRetryHoldsBackOnlyItsOwnEvents()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), 1000);
    shop.bus.start();
    shop.consumer->failAlways(u"a"_s, 1);

    QVERIFY(await(shop.producer->publish(u"a"_s, 1, 5)).ok());
    QVERIFY(await(shop.producer->publish(u"b"_s, 1, 5)).ok());

    // b goes on while a#1 keeps failing ...
    QTRY_COMPARE(shop.consumer->order(u"b"_s), range(1, 5));
    QTRY_VERIFY(shop.consumer->stats().retried >= 3);
    // ... and nothing after a#1 overtakes it.
    QCOMPARE(shop.consumer->order(u"a"_s), QList<int>{});

    shop.consumer->failAlways(u"a"_s, 1, false);
    QTRY_COMPARE(shop.consumer->order(u"a"_s), range(1, 5));
    QCOMPARE(shop.consumer->stats().deadLettered, 0);
    const auto records = shop.consumer->records();
    const auto first = std::find_if(records.cbegin(), records.cend(),
                                    [](const RecordingService::Record &r) { return r.key == u"a"_s; });
    QVERIFY(first != records.cend());
    QVERIFY2(first->attempt > 3, "a#1 succeeded only after its retries");
}

void TestBus::groupCommitIsolatesAFailingEvent()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), 5);
    shop.bus.start();
    shop.consumer->failNext(u"k"_s, 25, 1);
    for (int key = 0; key < 50; ++key)
        shop.consumer->failNext(u"key%1"_s.arg(key), 1, key == 7 ? 1 : 0);

    QList<QFuture<bus::Outcome<int>>> futures;
    for (int key = 0; key < 50; ++key)
        futures.append(shop.producer->publish(u"key%1"_s.arg(key), 1, 4));
    for (auto &f : futures)
        QVERIFY(await(f).ok());

    QTRY_COMPARE(shop.consumer->handledCount(), 200);
    // One event failing inside a batch did not undo the others committed with it.
    QCOMPARE(countRows(*shop.consumer, u"handled"_s, u"times = 1"_s), 200);
    QCOMPARE(shop.consumer->stats().retried, 1);
    QCOMPARE(shop.consumer->order(u"key7"_s), range(1, 4));
    // Group commit: far fewer transactions than events.
    QVERIFY2(shop.consumer->stats().commits < 200,
             qPrintable(u"%1 commits for 200 events"_s.arg(shop.consumer->stats().commits)));
}

void TestBus::deadLettersAfterMaxAttempts()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), 3);
    QMutex mutex;
    QList<bus::EventFailed> failures;
    bus::EventBus::Connection c = shop.bus.connectEventFailed([&](const bus::EventFailed &f) {
        QMutexLocker lock(&mutex);
        failures.append(f);
    });
    shop.bus.start();
    shop.consumer->failAlways(u"k"_s, 2);

    const qint64 before = bus::HybridClock::nowMs();
    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 3)).ok());
    // k#3 is not blocked forever by k#2: it goes on once k#2 is dead-lettered.
    QTRY_COMPARE(shop.consumer->order(u"k"_s), (QList<int>{1, 3}));
    QCOMPARE(shop.consumer->stats().deadLettered, 1);
    QCOMPARE(shop.consumer->stats().retried, 2);

    const QList<bus::DeadLetter> letters = await(shop.bus.deadLetters());
    QCOMPARE(letters.size(), 1);
    const bus::DeadLetter &letter = letters.first();
    QCOMPARE(letter.consumer, u"consumer"_s);
    QCOMPARE(letter.eventType, ProducerService::EventType);
    QCOMPARE(letter.aggregateId, u"k"_s);
    QCOMPARE(letter.attempts, 3);
    QVERIFY(letter.error.contains(u"injected permanent failure"_s));
    QVERIFY(letter.firstFailureAt >= before);
    QVERIFY(letter.lastFailureAt > letter.firstFailureAt);
    const auto decoded = bus::EnvelopeCodec::decode(letter.envelope);
    QVERIFY2(decoded.envelope, qPrintable(decoded.error));
    QCOMPARE(decoded.envelope->payload.value(u"n"_s).toInt(), 2);
    QCOMPARE(decoded.envelope->eventId, letter.eventId);
    // Acknowledged although not handled: it is accounted for in the DLQ.
    QTRY_COMPARE(countRows(*shop.producer, u"outbox"_s), 0);

    QMutexLocker lock(&mutex);
    QCOMPARE(failures.size(), 3);
    QCOMPARE(failures.at(0).attempt, 1);
    QVERIFY(!failures.at(0).deadLettered);
    QVERIFY(failures.at(0).retryInMs > 0);
    QCOMPARE(failures.at(2).attempt, 3);
    QVERIFY(failures.at(2).deadLettered);
    c.disconnect();
}

void TestBus::deadLetterRetryAndDiscard()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), 2);
    shop.bus.start();
    shop.consumer->failAlways(u"k"_s, 1);
    shop.consumer->failAlways(u"k"_s, 2);
    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 2)).ok());
    QTRY_COMPARE(shop.consumer->stats().deadLettered, 2);

    QList<bus::DeadLetter> letters = await(shop.bus.deadLetters());
    QCOMPARE(letters.size(), 2);
    const auto idOf = [&](int n) {
        for (const bus::DeadLetter &l : std::as_const(letters)) {
            if (bus::EnvelopeCodec::decode(l.envelope).envelope->payload.value(u"n"_s).toInt() == n)
                return l.id;
        }
        return QUuid();
    };
    const QUuid first = idOf(1);
    const QUuid second = idOf(2);
    QVERIFY(!first.isNull() && !second.isNull());

    // A retry that fails again says so, and the entry stays with one more attempt.
    bus::DeadLetterRetryResult result = await(shop.bus.retryDeadLetter(first));
    QCOMPARE(result.status, bus::DeadLetterRetryResult::Status::FailedAgain);
    QVERIFY(result.error.contains(u"injected permanent failure"_s));
    letters = await(shop.bus.deadLetters());
    QCOMPARE(letters.size(), 2);
    QCOMPARE(std::find_if(letters.cbegin(), letters.cend(), [&](const auto &l) { return l.id == first; })->attempts, 3);

    // Once the cause is fixed, the retry goes through the same idempotent path.
    shop.consumer->failAlways(u"k"_s, 1, false);
    result = await(shop.bus.retryDeadLetter(first));
    QCOMPARE(result.status, bus::DeadLetterRetryResult::Status::Handled);
    QCOMPARE(shop.consumer->order(u"k"_s), QList<int>{1});
    QCOMPARE(countRows(*shop.consumer, u"handled"_s, u"times = 1"_s), 1);
    // Retrying again: the entry is gone.
    QCOMPARE(await(shop.bus.retryDeadLetter(first)).status, bus::DeadLetterRetryResult::Status::NotFound);

    // Discard asks nothing of the handler and is final.
    QCOMPARE(await(shop.bus.discardDeadLetter(second)), true);
    QCOMPARE(await(shop.bus.discardDeadLetter(second)), false);
    QCOMPARE(await(shop.bus.deadLetters()).size(), 0);
    QCOMPARE(shop.consumer->handledCount(), 1);
    // A redelivery of the discarded event is still skipped (its inbox entry stays).
    QCOMPARE(countRows(*shop.consumer, u"inbox"_s, u"status = 'dead'"_s), 1);
}

void TestBus::malformedReceivedEventIsDeadLettered()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    shop.bus.start();

    shop.bus.deliverRaw(u"consumer"_s, "this is not json"_ba);
    shop.bus.deliverRaw(u"consumer"_s, R"({"eventId":"not-a-uuid","type":"TestEvent"})"_ba);
    bus::EventEnvelope wrongPayload;
    wrongPayload.eventId = QUuid::createUuid();
    wrongPayload.type = ProducerService::EventType;
    wrongPayload.aggregateId = u"k"_s;
    wrongPayload.occurredAt = bus::HybridClock::nowMs();
    wrongPayload.producer = u"outside"_s;
    QByteArray bytes = bus::EnvelopeCodec::encode(wrongPayload);
    bytes.replace("\"payload\":{}", "\"payload\":[1,2]");
    shop.bus.deliverRaw(u"consumer"_s, bytes);

    // Nothing is blocked: well-formed events flow.
    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 3)).ok());
    QTRY_COMPARE(shop.consumer->order(u"k"_s), range(1, 3));
    QTRY_COMPARE(shop.consumer->stats().deadLettered, 3);

    const QList<bus::DeadLetter> letters = await(shop.bus.deadLetters());
    QCOMPARE(letters.size(), 3);
    QStringList errors;
    for (const bus::DeadLetter &l : letters)
        errors.append(l.error);
    const QString all = errors.join(u'|');
    QVERIFY2(all.contains(u"malformed event: invalid JSON"_s), qPrintable(all));
    QVERIFY2(all.contains(u"malformed event: field \"aggregateId\" is missing"_s), qPrintable(all));
    QVERIFY2(all.contains(u"payload must be a JSON object"_s), qPrintable(all));
    for (const bus::DeadLetter &l : letters)
        QVERIFY(!l.envelope.isEmpty());
}

void TestBus::malformedStoredEventIsDeadLetteredAtRestart()
{
    test::TempDataDir dir;
    {
        Shop shop(dir.path());
        shop.bus.start();
        QVERIFY(await(shop.producer->publish(u"k"_s, 1, 1)).ok());
        QTRY_COMPARE(shop.consumer->handledCount(), 1);
    }
    // Damage sneaks into the producer's outbox while nothing runs.
    {
        storage::DatabaseConfig config;
        config.location = dir.filePath(u"producer.db"_s);
        auto db = storage::Database::open(config);
        db->execDirect(u"INSERT INTO outbox (seq, event_id, consumer, envelope) VALUES (1, '%1', 'consumer', '{\"eventId\": tru')"_s
                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    }
    Shop shop(dir.path());
    shop.bus.start();
    QTRY_COMPARE(shop.consumer->stats().deadLettered, 1);
    QVERIFY(await(shop.producer->publish(u"k"_s, 2, 2)).ok());
    QTRY_COMPARE(shop.consumer->order(u"k"_s), (QList<int>{2, 3}));
    // The damaged row was acknowledged (it is in the DLQ now), so it is not sent again.
    QTRY_COMPARE(countRows(*shop.producer, u"outbox"_s), 0);
    const QList<bus::DeadLetter> letters = await(shop.bus.deadLetters());
    QCOMPARE(letters.size(), 1);
    QVERIFY(letters.first().error.contains(u"malformed event"_s));
    QCOMPARE(letters.first().envelope, "{\"eventId\": tru"_ba);
}

void TestBus::eventWithoutHandlerIsDeadLettered()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    shop.bus.start();
    bus::EventEnvelope e;
    e.eventId = QUuid::createUuid();
    e.type = u"SomethingElseHappened"_s;
    e.aggregateId = u"k"_s;
    e.occurredAt = bus::HybridClock::nowMs();
    e.producer = u"outside"_s;
    shop.bus.deliverRaw(u"consumer"_s, bus::EnvelopeCodec::encode(e));
    QTRY_COMPARE(shop.consumer->stats().deadLettered, 1);
    const QList<bus::DeadLetter> letters = await(shop.bus.deadLetters());
    QCOMPARE(letters.size(), 1);
    QVERIFY(letters.first().error.contains(u"no handler"_s));
    QCOMPARE(letters.first().eventType, e.type);
}

void TestBus::lockedDatabasePausesAndRecovers()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QMutex mutex;
    QList<storage::StorageError> storageErrors;
    bus::EventBus::Connection c = shop.bus.connectStorageFailed([&](const bus::StorageFailed &f) {
        QMutexLocker lock(&mutex);
        if (f.service == u"consumer"_s)
            storageErrors.append(f.error);
    });
    shop.bus.start();

    ExternalWriteLock lock(dir.filePath(u"consumer.db"_s));
    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 5)).ok());
    QTRY_VERIFY([&] {
        QMutexLocker l(&mutex);
        return !storageErrors.isEmpty();
    }());
    {
        QMutexLocker l(&mutex);
        QCOMPARE(storageErrors.first().kind(), storage::StorageError::Kind::Locked);
        QVERIFY(storageErrors.first().message().contains(dir.filePath(u"consumer.db"_s)));
        QVERIFY(storageErrors.first().isTransient());
    }
    QCOMPARE(shop.consumer->stats().handled, 0);
    QCOMPARE(shop.consumer->stats().deadLettered, 0); // a lock is not the event's fault

    lock.release();
    QTRY_COMPARE(shop.consumer->stats().handled, 5);
    QCOMPARE(countRows(*shop.consumer, u"handled"_s, u"times = 1"_s), 5);
    QTRY_COMPARE(countRows(*shop.producer, u"outbox"_s), 0);
    c.disconnect();
}

void TestBus::restartRedeliversWhatWasNotAcknowledged()
{
    test::TempDataDir dir;
    {
        Shop shop(dir.path());
        shop.bus.start();
        QVERIFY(await(shop.producer->publish(u"k"_s, 1, 3)).ok());
        QTRY_COMPARE(shop.consumer->handledCount(), 3);
        QTRY_COMPARE(countRows(*shop.producer, u"outbox"_s), 0);

        // The consumer cannot commit; the bus stops with the events still in the outbox.
        ExternalWriteLock lock(dir.filePath(u"consumer.db"_s));
        QVERIFY(await(shop.producer->publish(u"k"_s, 4, 5)).ok());
        QCOMPARE(countRows(*shop.producer, u"outbox"_s), 5);
        shop.bus.stop();
        lock.release();
    }
    Shop shop(dir.path());
    shop.bus.start();
    QTRY_COMPARE(shop.consumer->handledCount(), 5);
    QCOMPARE(shop.consumer->order(u"k"_s), range(4, 8));
    QCOMPARE(countRows(*shop.consumer, u"handled"_s, u"times = 1"_s), 8);
    QTRY_COMPARE(countRows(*shop.producer, u"outbox"_s), 0);
}

void TestBus::fullDatabaseLosesNothing()
{
    test::TempDataDir dir;
    const int total = 400;
    {
        Shop shop(dir.path(), 3, 1, [](bus::ServiceConfig &c) {
            if (c.name == u"consumer"_s)
                c.database.maxPageCount = 20; // 80 KiB, ~13 pages of schema: fills after ~100 events
        });
        QMutex mutex;
        QList<storage::StorageError> errors;
        bus::EventBus::Connection c = shop.bus.connectStorageFailed([&](const bus::StorageFailed &f) {
            QMutexLocker lock(&mutex);
            errors.append(f.error);
        });
        shop.bus.start();
        for (int i = 0; i < total; i += 50)
            QVERIFY(await(shop.producer->publish(u"k%1"_s.arg(i), 1, 50)).ok());
        QTRY_VERIFY([&] {
            QMutexLocker lock(&mutex);
            return !errors.isEmpty();
        }());
        {
            QMutexLocker lock(&mutex);
            QCOMPARE(errors.first().kind(), storage::StorageError::Kind::Full);
            QVERIFY(errors.first().message().contains(u"consumer.db"_s));
        }
        QVERIFY(shop.consumer->stats().handled < total);
        QCOMPARE(shop.consumer->stats().deadLettered, 0);
        c.disconnect();
    }
    // More room (the disk was cleaned up): everything arrives, once.
    Shop shop(dir.path());
    shop.bus.start();
    QTRY_COMPARE(countRows(*shop.consumer, u"handled"_s), qint64(total));
    QCOMPARE(countRows(*shop.consumer, u"handled"_s, u"times = 1"_s), qint64(total));
    QTRY_COMPARE(countRows(*shop.producer, u"outbox"_s), 0);
}

void TestBus::corruptDatabaseFailsStartClearly()
{
    test::TempDataDir dir;
    {
        Shop shop(dir.path());
        shop.bus.start();
        QVERIFY(await(shop.producer->publish(u"k"_s, 1, 1)).ok());
        QTRY_COMPARE(shop.consumer->handledCount(), 1);
    }
    const QString path = dir.filePath(u"consumer.db"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(100, 'X'));
    }
    const QByteArray consumerBefore = fileHash(path);
    const QByteArray producerBefore = fileHash(dir.filePath(u"producer.db"_s));

    Shop shop(dir.path());
    try {
        shop.bus.start();
        QFAIL("start must fail on a corrupt database");
    } catch (const storage::StorageError &e) {
        QCOMPARE(e.kind(), storage::StorageError::Kind::Corrupt);
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
    }
    QVERIFY(!shop.bus.isRunning());
    QVERIFY(!shop.producer->isRunning());
    QVERIFY(!shop.consumer->isRunning());
    QCOMPARE(fileHash(path), consumerBefore);
    QVERIFY(!producerBefore.isEmpty());
    const auto refused = await(shop.producer->publish(u"k"_s, 2, 1));
    QVERIFY(!refused.ok());
    QVERIFY(refused.storageFailure);
}

void TestBus::notificationsStopWithTheirConnection()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    std::atomic<int> seen{0};
    shop.bus.start();
    {
        boost::signals2::scoped_connection scoped =
            shop.bus.connectEventHandled([&](const bus::EventHandled &h) {
                if (h.consumer == u"consumer"_s && !h.duplicate)
                    seen.fetch_add(1);
            });
        QVERIFY(await(shop.producer->publish(u"k"_s, 1, 4)).ok());
        QTRY_COMPARE(seen.load(), 4);
    }
    QVERIFY(await(shop.producer->publish(u"k"_s, 5, 4)).ok());
    QTRY_COMPARE(shop.consumer->handledCount(), 8);
    QCOMPARE(seen.load(), 4);
}

void TestBus::injectedFailuresAreRetried()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), 5);
    shop.bus.start();
    QVERIFY(shop.consumer->faults().set({bus::FaultInjector::Mode::Fail, 2, 0, 0}).isEmpty());
    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 1)).ok());
    // Two injected failures in a row still end in success (retries default to >= 5).
    QTRY_COMPARE(shop.consumer->handledCount(), 1);
    QCOMPARE(shop.consumer->stats().retried, 2);
    QCOMPARE(shop.consumer->records().first().attempt, 3);
    QVERIFY(shop.consumer->faults().active().isEmpty()); // used up
}

void TestBus::injectedFailureProbabilityOneDeadLetters()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), 3);
    shop.bus.start();
    QVERIFY(shop.consumer->faults().set({bus::FaultInjector::Mode::Fail, 0, 1.0, 0}).isEmpty());
    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 2)).ok());
    QTRY_COMPARE(shop.consumer->stats().deadLettered, 2);
    QCOMPARE(shop.consumer->handledCount(), 0);
    const QList<bus::DeadLetter> letters = await(shop.bus.deadLetters());
    QCOMPARE(letters.size(), 2);
    QVERIFY(letters.first().error.contains(u"fault injection"_s));

    // Switched off, the dead letters can be retried successfully.
    shop.consumer->faults().clearAll();
    for (const bus::DeadLetter &l : letters)
        QCOMPARE(await(shop.bus.retryDeadLetter(l.id)).status, bus::DeadLetterRetryResult::Status::Handled);
    QCOMPARE(shop.consumer->handledCount(), 2);
}

void TestBus::injectedDuplicatesAreAbsorbed()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    shop.bus.start();
    QVERIFY(shop.consumer->faults().set({bus::FaultInjector::Mode::Duplicate, 3, 0, 0}).isEmpty());
    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 5)).ok());
    QTRY_COMPARE(shop.consumer->stats().duplicates, 3);
    QTRY_COMPARE(shop.consumer->handledCount(), 5);
    QCOMPARE(countRows(*shop.consumer, u"handled"_s, u"times = 1"_s), 5);
    QCOMPARE(shop.consumer->order(u"k"_s), range(1, 5));
}

void TestBus::injectedDropsLoseDeliveriesUntilRedelivered()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    PublishedEvents published(shop.bus);
    shop.bus.start();
    QVERIFY(shop.consumer->faults().set({bus::FaultInjector::Mode::Drop, 2, 0, 0}).isEmpty());
    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 4)).ok());
    QTRY_COMPARE(shop.consumer->stats().dropped, 2);
    QTRY_COMPARE(shop.consumer->handledCount(), 2);
    QCOMPARE(shop.consumer->order(u"k"_s), (QList<int>{3, 4}));
    // Lost for real: the producer's outbox no longer holds them.
    QTRY_COMPARE(countRows(*shop.producer, u"outbox"_s), 0);

    // What the reconciler does: deliver the same events again; the inbox skips the rest.
    const QList<bus::EventEnvelope> copies = published.events();
    for (const bus::EventEnvelope &e : std::as_const(copies))
        shop.bus.deliverRaw(u"consumer"_s, bus::EnvelopeCodec::encode(e));
    QTRY_COMPARE(shop.consumer->handledCount(), 4);
    QCOMPARE(countRows(*shop.consumer, u"handled"_s, u"times = 1"_s), 4);
}

void TestBus::injectedDelayStillHandles()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    shop.bus.start();
    QVERIFY(shop.consumer->faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 20}).isEmpty());
    QCOMPARE(shop.consumer->faults().delayMs(), 20);
    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 3)).ok());
    QTRY_COMPARE(shop.consumer->handledCount(), 3);
    shop.consumer->faults().clear(bus::FaultInjector::Mode::Delay);
    QCOMPARE(shop.consumer->faults().delayMs(), 0);
}

void TestBus::faultPlansAreValidated()
{
    bus::FaultInjector faults;
    using Mode = bus::FaultInjector::Mode;
    QVERIFY(!faults.set({Mode::Fail, 0, 0, 0}).isEmpty());
    QVERIFY(!faults.set({Mode::Fail, 0, 1.5, 0}).isEmpty());
    QVERIFY(!faults.set({Mode::Fail, -1, 0, 0}).isEmpty());
    QVERIFY(!faults.set({Mode::Delay, 0, 0, 0}).isEmpty());
    QVERIFY(!faults.set({Mode::Delay, 0, 0, 60'001}).isEmpty());
    QVERIFY(!faults.set({Mode::Drop, 0, 0, 0}).isEmpty());
    QVERIFY(!faults.set({Mode::Duplicate, 2'000'000, 0, 0}).isEmpty());
    QVERIFY(faults.active().isEmpty());
    QVERIFY(faults.set({Mode::Drop, 1, 0, 0}).isEmpty());
    QCOMPARE(faults.active().size(), 1);
    QVERIFY(faults.takeDrop());
    QVERIFY(!faults.takeDrop());
    QCOMPARE(bus::FaultInjector::modeFromName(u"duplicate"_s), std::optional(Mode::Duplicate));
    QCOMPARE(bus::FaultInjector::modeFromName(u"explode"_s), std::nullopt);
}

void TestBus::commandsWaitWhileAConsumerIsBacklogged()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), 3, 1, [](bus::ServiceConfig &c) { c.maxQueued = 10; });
    shop.bus.start();
    QVERIFY(shop.consumer->faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 5}).isEmpty());

    // 60 events for a consumer that holds at most 10: the next command must wait until
    // the backlog is down to the limit, however fast it is submitted.
    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 60)).ok());
    QTRY_VERIFY(shop.consumer->stats().queued > 10);
    const auto seenByCommand = await(shop.producer->execute<qint64>(
        [&](bus::MessageContext &) { return shop.consumer->stats().queued; }));
    QVERIFY2(seenByCommand.ok(), qPrintable(seenByCommand.error));
    QVERIFY2(*seenByCommand.value <= 10, qPrintable(QString::number(*seenByCommand.value)));
    QVERIFY(shop.producer->stats().deferred > 0);
    // Nothing was lost or reordered by holding the command back.
    QTRY_COMPARE(shop.consumer->handledCount(), 60);
    QCOMPARE(shop.consumer->order(u"k"_s), range(1, 60));
}

void TestBus::aCommandThatWaitsTooLongFailsAsOverloaded()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), 3, 1, [](bus::ServiceConfig &c) {
        c.maxQueued = 5;
        c.admissionTimeoutMs = 50;
    });
    shop.bus.start();
    QVERIFY(shop.consumer->faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 40}).isEmpty());
    QVERIFY(await(shop.producer->publish(u"k"_s, 1, 30)).ok());
    QTRY_VERIFY(shop.consumer->stats().queued > 5);

    const auto refused = await(shop.producer->publish(u"k"_s, 31, 5));
    QVERIFY(!refused.ok());
    QVERIFY(refused.storageFailure);
    QVERIFY2(refused.error.contains(u"overloaded: consumer has"_s), qPrintable(refused.error));

    // The refused command wrote nothing: only the first 30 ever arrive.
    shop.consumer->faults().clearAll();
    QTRY_COMPARE(shop.consumer->handledCount(), 30);
    QTRY_COMPARE(countRows(*shop.producer, u"outbox"_s), 0);
    QCOMPARE(shop.consumer->order(u"k"_s), range(1, 30));
}

QTEST_GUILESS_MAIN(TestBus)
#include "tst_bus.moc"
