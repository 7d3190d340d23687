#pragma once

#include "bus/DeadLetter.h"
#include "bus/Delivery.h"
#include "bus/KeyedQueue.h"
#include "bus/Notifications.h"
#include "bus/Service.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <variant>

namespace sagashop::bus {

class EventBus;

/// A row of an outbox, read back at start to be published again.
struct OutboxRow
{
    QString consumer;
    Delivery delivery;
};

/// The part of a Service that lives on its thread: it owns the database connection and
/// does all the work. Every method runs on the service thread (the EventBus and Service
/// reach it by queued invocation only).
class ServiceWorker : public QObject
{
    Q_OBJECT

public:
    ServiceWorker(Service &service, EventBus &bus);
    ~ServiceWorker() override;

    struct OpenResult
    {
        std::optional<storage::StorageError> storageError;
        QString error; ///< any other failure (a throwing started())
        QList<OutboxRow> outbox;
    };
    /// Opens and migrates the database, runs Service::started and reads the outbox.
    OpenResult open();
    /// Stops taking work, commits pending acknowledgements and closes the database.
    void shutdown();

    /// Hands deliveries to this worker's thread (from any thread); counted as in transit
    /// until enqueue() takes them, so backpressure sees them too.
    void post(const QList<Delivery> &deliveries);
    void enqueue(const QList<Delivery> &deliveries);
    void acknowledge(const QList<Acknowledgement> &acks);
    void submit(Service::Work work, Service::Done done);

    /// The open database, or nullptr when stopped (for reads outside transactions).
    storage::Database *database() const { return m_stopping ? nullptr : m_db.get(); }

    QList<DeadLetter> deadLetters();
    void retryDeadLetter(const QUuid &id, std::function<void(DeadLetterRetryResult)> done);
    void discardDeadLetter(const QUuid &id, std::function<void(bool)> done);

private:
    struct Pending
    {
        Delivery delivery;
        EventEnvelope envelope;
        int failures = 0;
        qint64 firstFailureAt = 0;
    };
    struct CommandUnit
    {
        Service::Work work;
        Service::Done done;
        qint64 submittedAt = 0; ///< ms, for the admission timeout
    };
    struct RejectUnit ///< a delivery that cannot be handled: straight to the DLQ
    {
        Delivery delivery;
        QString error;
        std::optional<EventEnvelope> envelope;
    };
    struct RetryDeadLetterUnit
    {
        QUuid id;
        std::function<void(DeadLetterRetryResult)> done;
    };
    struct DiscardDeadLetterUnit
    {
        QUuid id;
        std::function<void(bool)> done;
    };
    struct DropUnit ///< a delivery lost on purpose (fault injection)
    {
        Delivery delivery;
    };
    using Unit = std::variant<CommandUnit, RejectUnit, RetryDeadLetterUnit, DiscardDeadLetterUnit, DropUnit>;

    /// What a committed batch still has to do: deliveries to route, acknowledgements to
    /// send, notifications and completions. Discarded when the batch rolls back.
    struct Batch
    {
        QHash<QString, QList<Delivery>> routes;
        QHash<QString, QList<Acknowledgement>> acks;
        QList<std::function<void()>> afterCommit;
        QJsonArray handlingRecords; ///< of the units committed so far (SagaLogEvents)
    };

    enum class AttemptOutcome { Handled, Duplicate, Failed };
    struct Attempt
    {
        AttemptOutcome outcome;
        QString error;
    };

    void scheduleProcessing();
    /// Moves waiting commands into `units` while the bus admits them (backpressure); fails
    /// those that waited longer than admissionTimeoutMs.
    void admitCommands(std::deque<Unit> &units, qsizetype capacity);
    void processBatch();
    void abortBatch(const QStringList &keys, std::deque<Unit> units,
                    QList<Acknowledgement> acks, const storage::StorageError &error);

    void processKey(const QString &key, Batch &batch);
    void processUnit(Unit &unit, Batch &batch);
    Attempt attempt(EventEnvelope &envelope, qint64 sequence, const std::optional<QUuid> &deadLetterId, Batch &batch);

    /// `sequence`: use this bus sequence instead of a new one (single event only).
    void writeEvents(const QList<DomainEvent> &events, const EventEnvelope *cause, Batch &batch,
                     qint64 sequence = 0);
    void recordHandling(const QString &kind, const EventEnvelope &event, int attempt,
                        const QString &error, qint64 retryInMs, Batch &batch, qint64 sequence = 0);
    /// Writes the batch's handling records as one event (just before COMMIT).
    void writeHandlingRecords(Batch &batch);
    /// Stores a dead letter and announces it (bus.EventDeadLettered) in the same transaction.
    void insertDeadLetter(const Delivery &delivery, const std::optional<EventEnvelope> &envelope,
                          const QString &error, int attempts, qint64 firstFailureAt, Batch &batch);
    void markInbox(const QUuid &eventId, const QString &status);
    /// Drops the outbox rows that consumers have acknowledged (inside a transaction).
    void deleteAcknowledged(const QList<Acknowledgement> &acks);
    void acknowledgeLater(const Delivery &delivery, Batch &batch);
    /// Decodes a delivery and queues it under its key (or straight to the DLQ).
    void accept(const Delivery &delivery);
    void rejectNow(const Delivery &delivery, QString error, std::optional<EventEnvelope> envelope);

    const QStringList &subscribersOf(const QString &type);
    QSqlQuery &query(const QString &sql) { return m_db->prepared(sql); }
    double unitRandom() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_random); }

    Service &m_service;
    EventBus &m_bus;
    std::unique_ptr<storage::Database> m_db;
    KeyedQueue<Pending> m_queue;
    std::deque<Unit> m_units; ///< the bus's own work and rejected deliveries: never held back
    std::deque<CommandUnit> m_commands; ///< new work: admitted only without congestion
    QList<Acknowledgement> m_pendingAcks;
    QHash<QString, QStringList> m_subscribers;
    std::mt19937_64 m_random;
    bool m_scheduled = false;
    bool m_ackTimerArmed = false;
    bool m_admissionTimerArmed = false;
    bool m_stopping = false;
    bool m_paused = false;
    int m_storagePauseMs = 0;
};

} // namespace sagashop::bus
