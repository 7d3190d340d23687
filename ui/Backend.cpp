#include "ui/Backend.h"

#include "bus/EventBus.h"
#include "bus/SagaLogEvents.h"
#include "saga/SagaLog.h"
#include "shop/Shop.h"
#include "ui/Money.h"

#include <QJsonArray>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

QString storageSentence(const bus::StorageFailed &failure)
{
    using Kind = storage::StorageError::Kind;
    const QString service = failure.service;
    switch (failure.error.kind()) {
    case Kind::Full:
        return Backend::tr("The disk is full: the %1 service cannot save. Nothing is lost; it retries by itself "
                           "once there is space.").arg(service);
    case Kind::Locked:
        return Backend::tr("Another program holds the %1 database. SagaShop waits and retries; nothing is lost.")
            .arg(service);
    case Kind::ReadOnly:
        return Backend::tr("The %1 database cannot be written (read-only). Check the permissions of %2.")
            .arg(service, failure.error.file());
    case Kind::Corrupt:
        return Backend::tr("The %1 database is damaged (%2). Restore it from a backup.")
            .arg(service, failure.error.file());
    default:
        return Backend::tr("The %1 service has trouble with its database: %2").arg(service, failure.error.message());
    }
}

} // namespace

Backend::Backend(shop::Shop &shop, QObject *parent) : QObject(parent), m_shop(shop)
{
    bus::EventBus &bus = m_shop.bus();
    // These slots run on service threads: copy, queue, and wake the GUI thread once.
    m_published = bus.connectEventPublished([this](const bus::EventPublished &e) {
        if (bus::SagaLogEvents::isLogEvent(e.event.type))
            return;
        QMutexLocker lock(&m_mutex);
        m_pending.append(e.event);
        queueFlush();
    });
    // The saga log has stored what concerns these sagas once it has handled the event (a
    // domain event, or a batch of handling records naming their sagas in the payload).
    m_handled = bus.connectEventHandled([this](const bus::EventHandled &e) {
        if (e.consumer != saga::SagaLog::ServiceName || e.duplicate)
            return;
        QStringList sagas;
        if (e.event.type == bus::SagaLogEvents::HandlingRecorded) {
            const QJsonArray records = e.event.payload.value(u"records"_s).toArray();
            for (const QJsonValue &record : records) {
                const QString sagaId = record.toObject().value(u"sagaId"_s).toString();
                if (!sagaId.isEmpty())
                    sagas.append(sagaId);
            }
        } else if (!e.event.sagaId.isEmpty()) {
            sagas.append(e.event.sagaId);
        }
        if (sagas.isEmpty())
            return;
        QMutexLocker lock(&m_mutex);
        for (const QString &sagaId : std::as_const(sagas))
            m_touchedSagas.insert(sagaId);
        queueFlush();
    });
    m_failed = bus.connectEventFailed([this](const bus::EventFailed &e) {
        if (!e.deadLettered)
            return; // a retry is routine; the saga's timeline shows it
        {
            QMutexLocker lock(&m_mutex);
            m_deadLettered = true;
        }
        queueProblem(tr("A step of an order could not be processed (%1 at %2) and waits for an administrator. "
                        "Your money and stock are safe.")
                         .arg(e.event.type.isEmpty() ? tr("an unreadable event") : e.event.type, e.consumer));
    });
    m_storageFailed = bus.connectStorageFailed([this](const bus::StorageFailed &e) { queueProblem(storageSentence(e)); });
}

Backend::~Backend() = default;

void Backend::queueProblem(const QString &sentence)
{
    QMutexLocker lock(&m_mutex);
    m_pendingProblems.append(sentence);
    queueFlush();
}

void Backend::queueFlush()
{
    if (!std::exchange(m_flushQueued, true))
        QMetaObject::invokeMethod(this, &Backend::flush, Qt::QueuedConnection);
}

void Backend::flush()
{
    QList<bus::EventEnvelope> events;
    QStringList problems;
    QSet<QString> touched;
    bool anyDeadLettered = false;
    {
        QMutexLocker lock(&m_mutex);
        events.swap(m_pending);
        problems.swap(m_pendingProblems);
        touched.swap(m_touchedSagas);
        anyDeadLettered = std::exchange(m_deadLettered, false);
        m_flushQueued = false;
    }
    if (!problems.isEmpty())
        reportProblem(problems.last());
    if (!events.isEmpty())
        Q_EMIT eventsArrived(events);
    if (!touched.isEmpty())
        Q_EMIT sagasTouched(QStringList(touched.cbegin(), touched.cend()));
    if (anyDeadLettered)
        Q_EMIT deadLettered();
}

void Backend::dismissProblem()
{
    if (m_problem.isEmpty())
        return;
    m_problem.clear();
    Q_EMIT problemChanged();
}

void Backend::reportProblem(const QString &sentence)
{
    if (m_problem == sentence)
        return;
    m_problem = sentence;
    Q_EMIT problemChanged();
}

QString Backend::imageUrl(const QString &image) const
{
    return image.isEmpty() ? QString() : u"qrc:/sagashop/"_s + image;
}

QString Backend::formatWon(qint64 won) const
{
    return Money::format(won);
}

} // namespace sagashop::ui
