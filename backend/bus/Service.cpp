#include "bus/Service.h"

#include "bus/SagaLogEvents.h"
#include "bus/ServiceWorker.h"

using namespace Qt::StringLiterals;

namespace sagashop::bus {

Service::Service(ServiceConfig config) : m_config(std::move(config)) {}

Service::~Service()
{
    Q_ASSERT_X(!m_worker, "Service", "a service must be stopped (EventBus::stop) before it is destroyed");
}

void Service::started(MessageContext &) {}

void Service::subscribe(const QString &eventType, Handler handler)
{
    Q_ASSERT(!m_worker);
    m_handlers.insert(eventType, std::move(handler));
}

void Service::subscribeToAllDomainEvents(Handler handler)
{
    Q_ASSERT(!m_worker);
    m_allDomainHandler = std::move(handler);
}

void Service::subscribeToPrefix(const QString &prefix, Handler handler)
{
    Q_ASSERT(!m_worker);
    m_prefixHandlers.append({prefix, std::move(handler)});
}

void Service::addSchema(storage::Schema schema)
{
    Q_ASSERT(!m_worker);
    m_schemas.append(std::move(schema));
}

const Handler *Service::handlerFor(const QString &type) const
{
    if (const auto it = m_handlers.constFind(type); it != m_handlers.constEnd())
        return &it.value();
    for (const auto &[prefix, handler] : m_prefixHandlers) {
        if (type.startsWith(prefix))
            return &handler;
    }
    if (m_allDomainHandler && !SagaLogEvents::isLogEvent(type))
        return &*m_allDomainHandler;
    return nullptr;
}

bool Service::subscribes(const QString &type) const
{
    return handlerFor(type) != nullptr;
}

void Service::submit(Work work, Done done)
{
    ServiceWorker *worker = m_worker;
    if (!worker) {
        done(u"%1 is not running"_s.arg(name()), true);
        return;
    }
    QMetaObject::invokeMethod(
        worker, [worker, work = std::move(work), done = std::move(done)]() mutable {
            worker->submit(std::move(work), std::move(done));
        },
        Qt::QueuedConnection);
}

void Service::runRead(std::function<void(storage::Database *, const QString &)> read)
{
    const QString notRunning = u"%1 is not running"_s.arg(name());
    ServiceWorker *worker = m_worker;
    if (!worker) {
        read(nullptr, notRunning);
        return;
    }
    QMetaObject::invokeMethod(
        worker, [worker, read = std::move(read), notRunning] { read(worker->database(), notRunning); },
        Qt::QueuedConnection);
}

namespace {

/// Asks the worker, on its thread, for an answer it passes to `reply`; resolves to
/// `whenStopped` at once when the service is not running.
template<typename T>
QFuture<T> askWorker(ServiceWorker *worker, T whenStopped,
                     std::function<void(ServiceWorker &, std::function<void(T)>)> ask)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    std::function<void(T)> reply = [promise](T value) {
        promise->addResult(std::move(value));
        promise->finish();
    };
    if (!worker) {
        reply(std::move(whenStopped));
        return future;
    }
    QMetaObject::invokeMethod(
        worker, [worker, ask = std::move(ask), reply] { ask(*worker, reply); }, Qt::QueuedConnection);
    return future;
}

} // namespace

QFuture<QList<DeadLetter>> Service::deadLetters()
{
    return askWorker<QList<DeadLetter>>(m_worker, {}, [](ServiceWorker &worker, auto reply) {
        reply(worker.deadLetters());
    });
}

QFuture<DeadLetterRetryResult> Service::retryDeadLetter(const QUuid &id)
{
    return askWorker<DeadLetterRetryResult>(
        m_worker, {DeadLetterRetryResult::Status::StorageFailed, u"%1 is not running"_s.arg(name())},
        [id](ServiceWorker &worker, auto reply) { worker.retryDeadLetter(id, reply); });
}

QFuture<bool> Service::discardDeadLetter(const QUuid &id)
{
    return askWorker<bool>(m_worker, false,
                           [id](ServiceWorker &worker, auto reply) { worker.discardDeadLetter(id, reply); });
}

ServiceStats Service::stats() const
{
    ServiceStats s;
    s.handled = m_counters.handled.load();
    s.duplicates = m_counters.duplicates.load();
    s.retried = m_counters.retried.load();
    s.deadLettered = m_counters.deadLettered.load();
    s.published = m_counters.published.load();
    s.commands = m_counters.commands.load();
    s.commits = m_counters.commits.load();
    s.queued = m_counters.inTransit.load(std::memory_order_acquire) + m_counters.queued.load();
    s.deferred = m_counters.deferred.load();
    s.dropped = m_counters.dropped.load();
    return s;
}

} // namespace sagashop::bus
