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

QFuture<QList<DeadLetter>> Service::deadLetters()
{
    auto promise = std::make_shared<QPromise<QList<DeadLetter>>>();
    promise->start();
    QFuture<QList<DeadLetter>> future = promise->future();
    ServiceWorker *worker = m_worker;
    if (!worker) {
        promise->addResult(QList<DeadLetter>{});
        promise->finish();
        return future;
    }
    QMetaObject::invokeMethod(
        worker, [worker, promise] {
            promise->addResult(worker->deadLetters());
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<DeadLetterRetryResult> Service::retryDeadLetter(const QUuid &id)
{
    auto promise = std::make_shared<QPromise<DeadLetterRetryResult>>();
    promise->start();
    QFuture<DeadLetterRetryResult> future = promise->future();
    const auto finish = [promise](DeadLetterRetryResult result) {
        promise->addResult(std::move(result));
        promise->finish();
    };
    ServiceWorker *worker = m_worker;
    if (!worker) {
        finish({DeadLetterRetryResult::Status::StorageFailed, u"%1 is not running"_s.arg(name())});
        return future;
    }
    QMetaObject::invokeMethod(
        worker, [worker, id, finish] { worker->retryDeadLetter(id, finish); }, Qt::QueuedConnection);
    return future;
}

QFuture<bool> Service::discardDeadLetter(const QUuid &id)
{
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    QFuture<bool> future = promise->future();
    const auto finish = [promise](bool found) {
        promise->addResult(found);
        promise->finish();
    };
    ServiceWorker *worker = m_worker;
    if (!worker) {
        finish(false);
        return future;
    }
    QMetaObject::invokeMethod(
        worker, [worker, id, finish] { worker->discardDeadLetter(id, finish); }, Qt::QueuedConnection);
    return future;
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
    s.queued = m_counters.queued.load();
    return s;
}

} // namespace sagashop::bus
