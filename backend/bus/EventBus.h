#pragma once

#include "bus/DeadLetter.h"
#include "bus/Delivery.h"
#include "bus/HybridClock.h"
#include "bus/Notifications.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <boost/signals2/signal.hpp>

#include <functional>
#include <optional>

namespace sagashop::bus {

class Service;
class ServiceWorker;

/// The event bus: it starts and stops the services, routes committed events from one
/// service's outbox to its subscribers by queued invocation on their threads, carries
/// acknowledgements back, and tells the outside world what happens (Boost.Signals2).
///
/// Guarantees (each has a test):
///  - only committed events are published (outbox written in the producer's transaction);
///  - at-least-once delivery across crashes: unacknowledged outbox rows are published again
///    at start, and consumers skip what their inbox already holds (effectively once);
///  - per-key order: events of one aggregateId reach each consumer in publish order, also
///    while one of them is being retried (only that key waits);
///  - retries with exponential backoff and jitter, then a persisted dead-letter queue.
class EventBus
{
public:
    EventBus();
    ~EventBus();
    EventBus(const EventBus &) = delete;
    EventBus &operator=(const EventBus &) = delete;

    /// Adds a service (not owned; the composition root owns it). Only before start().
    void addService(Service &service);

    /// Starts every service on its own thread: opens and migrates its database, then
    /// publishes again every event still in an outbox, in causal (sequence) order.
    /// Blocks until all are ready. Throws storage::StorageError (or std::runtime_error)
    /// naming the failing database and what to do; nothing is left running then.
    void start();
    /// Lets every service finish its current transaction, stores pending
    /// acknowledgements, closes the databases and joins the threads. Idempotent.
    void stop();
    bool isRunning() const noexcept { return m_running; }

    QList<Service *> services() const { return m_services; }
    Service *service(const QString &name) const;

    /// Every dead letter of every service.
    QFuture<QList<DeadLetter>> deadLetters();
    /// Retries a dead letter once through its consumer's idempotent path.
    QFuture<DeadLetterRetryResult> retryDeadLetter(const QUuid &id);
    QFuture<bool> discardDeadLetter(const QUuid &id);

    /// Hands raw bytes to a consumer as if they had arrived on the transport (bridges from
    /// outside the process, tests). The consumer decodes them strictly; a malformed message
    /// is dead-lettered without blocking anything else.
    void deliverRaw(const QString &consumer, const QByteArray &bytes);

    using Connection = boost::signals2::connection;
    /// Slots run on the service thread that caused the notification: keep them short and
    /// hand work to your own thread (the ui/ adapters queue onto the GUI thread).
    Connection connectEventPublished(std::function<void(const EventPublished &)> slot);
    Connection connectEventHandled(std::function<void(const EventHandled &)> slot);
    Connection connectEventFailed(std::function<void(const EventFailed &)> slot);
    Connection connectStorageFailed(std::function<void(const StorageFailed &)> slot);

    /// Backpressure: the first service holding more deliveries than its maxQueued, with how
    /// many, or nullopt when new commands may be admitted. Thread-safe, lock-free.
    struct Congestion
    {
        QString service;
        qint64 queued = 0;
        int limit = 0;
    };
    std::optional<Congestion> congestion() const;

    /// The consumers of an event type, in a stable order.
    QStringList subscribersOf(const QString &type) const;
    HybridClock &clock() noexcept { return m_clock; }

private:
    friend class ServiceWorker;

    void route(const QString &consumer, const QList<Delivery> &deliveries);
    void acknowledge(const QString &producer, const QList<Acknowledgement> &acks);
    void notifyPublished(const EventPublished &e) { m_published(e); }
    void notifyHandled(const EventHandled &e) { m_handled(e); }
    void notifyFailed(const EventFailed &e) { m_failed(e); }
    void notifyStorageFailed(const StorageFailed &e) { m_storageFailed(e); }

    void stopThreads();

    QList<Service *> m_services;
    QHash<QString, ServiceWorker *> m_workers;
    HybridClock m_clock;
    bool m_running = false;

    boost::signals2::signal<void(const EventPublished &)> m_published;
    boost::signals2::signal<void(const EventHandled &)> m_handled;
    boost::signals2::signal<void(const EventFailed &)> m_failed;
    boost::signals2::signal<void(const StorageFailed &)> m_storageFailed;
};

} // namespace sagashop::bus
