#pragma once

#include "bus/DeadLetter.h"
#include "bus/EventEnvelope.h"
#include "bus/FaultInjector.h"
#include "bus/MessageContext.h"
#include "bus/ServiceConfig.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/StorageError.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QPromise>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sagashop::bus {

class EventBus;
class ServiceWorker;

/// Handles one event inside the consumer's transaction. Throwing any std::exception fails
/// the attempt: its writes and registered events are rolled back and the event is retried
/// with backoff, then dead-lettered. A transient StorageError (disk full, locked) instead
/// pauses the whole service and retries later without counting an attempt.
using Handler = std::function<void(const EventEnvelope &, MessageContext &)>;

/// The result of a command: its value, or why it failed (nothing it wrote was committed).
template<typename T>
struct Outcome
{
    std::optional<T> value;
    QString error;
    /// Failed for reasons outside the command: storage, a stopped service, or the bus being
    /// overloaded (backpressure); worth retrying later.
    bool storageFailure = false;

    bool ok() const noexcept { return value.has_value(); }
};

/// Counters of one service, readable from any thread.
struct ServiceStats
{
    qint64 handled = 0;
    qint64 duplicates = 0;
    qint64 retried = 0;
    qint64 deadLettered = 0;
    qint64 published = 0;
    qint64 commands = 0;
    qint64 commits = 0;
    qint64 queued = 0; ///< deliveries on their way, waiting or in retry right now
    qint64 deferred = 0; ///< how often new commands were held back by backpressure
    qint64 dropped = 0; ///< deliveries lost on purpose (fault injection)
};

/// One domain service: its own thread with its own event loop, its own database, its inbox,
/// outbox and dead-letter queue. Subclasses register their schema and handlers in their
/// constructor; the EventBus starts and stops them. Public methods are thread-safe.
class Service
{
public:
    explicit Service(ServiceConfig config);
    virtual ~Service();
    Service(const Service &) = delete;
    Service &operator=(const Service &) = delete;

    const QString &name() const noexcept { return m_config.name; }
    const ServiceConfig &config() const noexcept { return m_config; }
    bool isRunning() const noexcept { return m_worker != nullptr; }

    /// Runs `command` on the service's thread inside a transaction (group-committed with
    /// other work); the future resolves only after the commit, so a value means it is
    /// durable. Events the command registers are published after the commit.
    template<typename T>
    QFuture<Outcome<T>> execute(std::function<T(MessageContext &)> command)
    {
        auto promise = std::make_shared<QPromise<Outcome<T>>>();
        auto value = std::make_shared<std::optional<T>>();
        QFuture<Outcome<T>> future = promise->future();
        promise->start();
        submit(
            [command = std::move(command), value](MessageContext &context) {
                *value = command(context);
            },
            [promise, value](const QString &error, bool storageFailure) {
                Outcome<T> outcome;
                if (error.isEmpty())
                    outcome.value = std::move(*value);
                outcome.error = error;
                outcome.storageFailure = storageFailure;
                promise->addResult(std::move(outcome));
                promise->finish();
            });
        return future;
    }

    /// Runs a read-only `query` on the service's thread, against its own database, outside
    /// any transaction (WAL readers never block the writer). Resolves to nullopt with the
    /// error logged when storage fails or the service is not running.
    template<typename T>
    QFuture<Outcome<T>> read(std::function<T(storage::Database &)> query)
    {
        auto promise = std::make_shared<QPromise<Outcome<T>>>();
        QFuture<Outcome<T>> future = promise->future();
        promise->start();
        runRead([promise, query = std::move(query)](storage::Database *database, const QString &notRunning) {
            Outcome<T> outcome;
            if (!database) {
                outcome.error = notRunning;
                outcome.storageFailure = true;
            } else {
                try {
                    outcome.value = query(*database);
                } catch (const storage::StorageError &e) {
                    outcome.error = e.message();
                    outcome.storageFailure = true;
                } catch (const std::exception &e) {
                    outcome.error = QString::fromUtf8(e.what());
                }
            }
            promise->addResult(std::move(outcome));
            promise->finish();
        });
        return future;
    }

    /// This service's dead letters, oldest failure first.
    QFuture<QList<DeadLetter>> deadLetters();
    /// Retries a dead letter once through the normal idempotent path; on success the entry
    /// is removed in the same transaction as the handler's effect.
    QFuture<DeadLetterRetryResult> retryDeadLetter(const QUuid &id);
    /// Drops a dead letter for good. Resolves to false when there is no such entry.
    QFuture<bool> discardDeadLetter(const QUuid &id);

    ServiceStats stats() const;
    /// Whether it consumes any events at all (a service that only answers commands, like
    /// the admin accounts, never has a delivery queue). Immutable once started.
    bool consumesEvents() const { return !m_handlers.isEmpty() || !m_prefixHandlers.isEmpty() || m_allDomainHandler; }

    /// Fault injection for demos and tests (off by default; thread-safe).
    FaultInjector &faults() noexcept { return m_faults; }

protected:
    void subscribe(const QString &eventType, Handler handler);
    /// Receives every domain event (not the bus's own "bus." log events).
    void subscribeToAllDomainEvents(Handler handler);
    /// Receives every event of types starting with `prefix` (e.g. "bus.").
    void subscribeToPrefix(const QString &prefix, Handler handler);
    void addSchema(storage::Schema schema);
    /// When false, this service emits no saga-log records about its own handling (the saga
    /// log itself, which would otherwise log its own logging).
    void setRecordsHandling(bool records) { m_recordsHandling = records; }

    /// Runs once on the service thread after the database is open and migrated, inside a
    /// transaction (seed data, caches). Throwing fails the bus start.
    virtual void started(MessageContext &context);

private:
    friend class EventBus;
    friend class ServiceWorker;

    using Work = std::function<void(MessageContext &)>;
    using Done = std::function<void(const QString &error, bool storageFailure)>;
    void submit(Work work, Done done);
    void runRead(std::function<void(storage::Database *, const QString &notRunning)> read);

    /// The handler for a type, or nullptr (worker thread; the tables are immutable once
    /// the service has started).
    const Handler *handlerFor(const QString &type) const;
    bool subscribes(const QString &type) const;

    ServiceConfig m_config;
    QHash<QString, Handler> m_handlers;
    QList<std::pair<QString, Handler>> m_prefixHandlers;
    std::optional<Handler> m_allDomainHandler;
    QList<storage::Schema> m_schemas;
    bool m_recordsHandling = true;

    EventBus *m_bus = nullptr;
    QThread *m_thread = nullptr;
    ServiceWorker *m_worker = nullptr;

    struct Counters
    {
        std::atomic<qint64> handled{0}, duplicates{0}, retried{0}, deadLettered{0}, published{0},
            commands{0}, commits{0}, queued{0}, dropped{0}, inTransit{0}, deferred{0};
    };
    Counters m_counters;
    FaultInjector m_faults;
};

} // namespace sagashop::bus
