#include "bus/EventBus.h"

#include "bus/BusLogging.h"
#include "bus/Service.h"
#include "bus/ServiceWorker.h"

#include <QMutex>
#include <QPromise>
#include <QThread>

#include <algorithm>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace sagashop::bus {

EventBus::EventBus() = default;

EventBus::~EventBus()
{
    stop();
}

void EventBus::addService(Service &service)
{
    if (m_running)
        throw std::logic_error("services must be added before the bus starts");
    if (this->service(service.name()))
        throw std::invalid_argument("two services with the same name");
    m_services.append(&service);
}

Service *EventBus::service(const QString &name) const
{
    const auto it = std::find_if(m_services.cbegin(), m_services.cend(),
                                 [&](const Service *s) { return s->name() == name; });
    return it == m_services.cend() ? nullptr : *it;
}

QStringList EventBus::subscribersOf(const QString &type) const
{
    QStringList consumers;
    for (const Service *s : m_services) {
        if (s->subscribes(type))
            consumers.append(s->name());
    }
    return consumers;
}

void EventBus::start()
{
    if (m_running)
        return;

    QList<QFuture<ServiceWorker::OpenResult>> opening;
    for (Service *s : std::as_const(m_services)) {
        auto *thread = new QThread;
        thread->setObjectName(s->name());
        auto *worker = new ServiceWorker(*s, *this);
        worker->moveToThread(thread);
        QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        s->m_bus = this;
        s->m_thread = thread;
        m_workers.insert(s->name(), worker);

        auto promise = std::make_shared<QPromise<ServiceWorker::OpenResult>>();
        promise->start();
        opening.append(promise->future());
        QMetaObject::invokeMethod(
            worker, [worker, promise] {
                promise->addResult(worker->open());
                promise->finish();
            },
            Qt::QueuedConnection);
    }

    // Databases open in parallel, each on its own thread.
    QList<OutboxRow> outbox;
    std::optional<storage::StorageError> storageError;
    QString otherError;
    for (QFuture<ServiceWorker::OpenResult> &future : opening) {
        ServiceWorker::OpenResult result = future.result();
        if (result.storageError && !storageError)
            storageError = result.storageError;
        if (!result.error.isEmpty() && otherError.isEmpty())
            otherError = result.error;
        outbox.append(std::move(result.outbox));
    }
    if (storageError || !otherError.isEmpty()) {
        stopThreads();
        if (storageError) {
            qCCritical(lcBus).noquote() << storageError->message();
            throw *storageError;
        }
        qCCritical(lcBus).noquote() << otherError;
        throw std::runtime_error(otherError.toStdString());
    }

    for (Service *s : std::as_const(m_services))
        s->m_worker = m_workers.value(s->name());
    m_running = true;

    // Publish again what no consumer has acknowledged, in causal order across producers.
    std::stable_sort(outbox.begin(), outbox.end(), [](const OutboxRow &a, const OutboxRow &b) {
        return a.delivery.sequence < b.delivery.sequence;
    });
    QHash<QString, QList<Delivery>> perConsumer;
    for (OutboxRow &row : outbox)
        perConsumer[row.consumer].append(std::move(row.delivery));
    for (auto it = perConsumer.cbegin(); it != perConsumer.cend(); ++it)
        route(it.key(), it.value());
    qCInfo(lcBus) << "bus started with" << m_services.size() << "services;" << outbox.size()
                  << "outbox rows published again";
}

void EventBus::stop()
{
    if (m_workers.isEmpty())
        return;
    m_running = false;
    for (Service *s : std::as_const(m_services))
        s->m_worker = nullptr;
    // First every service stops taking work and closes its database; only then do the
    // threads end (and delete their workers), so no worker is ever posted to after deletion.
    for (ServiceWorker *worker : std::as_const(m_workers))
        QMetaObject::invokeMethod(worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    stopThreads();
    qCInfo(lcBus) << "bus stopped";
}

void EventBus::stopThreads()
{
    for (Service *s : std::as_const(m_services)) {
        if (QThread *thread = s->m_thread) {
            thread->quit();
            thread->wait();
            delete thread;
        }
        s->m_thread = nullptr;
        s->m_worker = nullptr;
        s->m_bus = nullptr;
    }
    m_workers.clear();
}

void EventBus::route(const QString &consumer, const QList<Delivery> &deliveries)
{
    ServiceWorker *worker = m_workers.value(consumer);
    if (!worker) {
        qCWarning(lcBus) << "no running consumer" << consumer << "for" << deliveries.size() << "deliveries";
        return;
    }
    worker->post(deliveries);
}

std::optional<EventBus::Congestion> EventBus::congestion() const
{
    for (const Service *service : m_services) {
        // In transit first: seeing deliveries leave it guarantees seeing them queued.
        const qint64 inTransit = service->m_counters.inTransit.load(std::memory_order_acquire);
        const qint64 queued = inTransit + service->m_counters.queued.load(std::memory_order_relaxed);
        if (queued > service->config().maxQueued)
            return Congestion{service->name(), queued, service->config().maxQueued};
    }
    return std::nullopt;
}

void EventBus::acknowledge(const QString &producer, const QList<Acknowledgement> &acks)
{
    if (ServiceWorker *worker = m_workers.value(producer))
        QMetaObject::invokeMethod(worker, [worker, acks] { worker->acknowledge(acks); }, Qt::QueuedConnection);
}

void EventBus::deliverRaw(const QString &consumer, const QByteArray &bytes)
{
    route(consumer, {Delivery{m_clock.next(), {}, {}, bytes}});
}

namespace {

/// Collects one answer per service into a single future.
template<typename T, typename Combine>
QFuture<T> gather(const QList<Service *> &services, T initial,
                  std::function<QFuture<T>(Service &)> ask, Combine combine)
{
    struct State
    {
        QMutex mutex;
        T value;
        qsizetype pending = 0;
        QPromise<T> promise;
    };
    auto state = std::make_shared<State>();
    state->value = std::move(initial);
    state->pending = services.size();
    state->promise.start();
    QFuture<T> future = state->promise.future();
    if (services.isEmpty()) {
        state->promise.addResult(state->value);
        state->promise.finish();
        return future;
    }
    for (Service *s : services) {
        ask(*s).then(QtFuture::Launch::Sync, [state, combine](T answer) {
            QMutexLocker lock(&state->mutex);
            combine(state->value, std::move(answer));
            if (--state->pending == 0) {
                state->promise.addResult(state->value);
                state->promise.finish();
            }
        });
    }
    return future;
}

} // namespace

QFuture<QList<DeadLetter>> EventBus::deadLetters()
{
    return gather<QList<DeadLetter>>(
        m_services, {}, [](Service &s) { return s.deadLetters(); },
        [](QList<DeadLetter> &all, QList<DeadLetter> some) {
            all.append(std::move(some));
            std::sort(all.begin(), all.end(), [](const DeadLetter &a, const DeadLetter &b) {
                return a.firstFailureAt < b.firstFailureAt;
            });
        });
}

QFuture<DeadLetterRetryResult> EventBus::retryDeadLetter(const QUuid &id)
{
    return gather<DeadLetterRetryResult>(
        m_services, {DeadLetterRetryResult::Status::NotFound, {}},
        [id](Service &s) { return s.retryDeadLetter(id); },
        [](DeadLetterRetryResult &result, DeadLetterRetryResult answer) {
            if (answer.status != DeadLetterRetryResult::Status::NotFound)
                result = std::move(answer);
        });
}

QFuture<bool> EventBus::discardDeadLetter(const QUuid &id)
{
    return gather<bool>(
        m_services, false, [id](Service &s) { return s.discardDeadLetter(id); },
        [](bool &found, bool answer) { found = found || answer; });
}

EventBus::Connection EventBus::connectEventPublished(std::function<void(const EventPublished &)> slot)
{
    return m_published.connect(std::move(slot));
}

EventBus::Connection EventBus::connectEventHandled(std::function<void(const EventHandled &)> slot)
{
    return m_handled.connect(std::move(slot));
}

EventBus::Connection EventBus::connectEventFailed(std::function<void(const EventFailed &)> slot)
{
    return m_failed.connect(std::move(slot));
}

EventBus::Connection EventBus::connectStorageFailed(std::function<void(const StorageFailed &)> slot)
{
    return m_storageFailed.connect(std::move(slot));
}

} // namespace sagashop::bus
