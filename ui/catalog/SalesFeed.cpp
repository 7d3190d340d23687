#include "ui/catalog/SalesFeed.h"

#include "bus/EventBus.h"
#include "saga/CheckoutEvents.h"
#include "services/statistics/StatisticsService.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace sagashop::ui {

SalesFeed::SalesFeed(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->target = this;
}

SalesFeed::~SalesFeed()
{
    m_connection.disconnect();
    // A notification may be running on the Statistics thread right now: it posts under the
    // mutex, so once the target is cleared here nothing new is posted; anything already
    // posted is dropped with this object.
    QMutexLocker lock(&m_shared->mutex);
    m_shared->target = nullptr;
}

void SalesFeed::setBus(bus::EventBus *eventBus)
{
    m_connection.disconnect();
    if (!eventBus)
        return;
    namespace Events = saga::CheckoutEvents;
    m_connection = eventBus->connectEventHandled([shared = m_shared](
                                                         const bus::EventHandled &handled) {
        if (handled.duplicate || handled.consumer != services::StatisticsService::Name)
            return;
        if (handled.event.type != Events::ProductSalesRankRecorded
                && handled.event.type != Events::OrderCancelled)
            return;
        QMutexLocker lock(&shared->mutex);
        if (!shared->target || std::exchange(shared->queued, true))
            return;
        QMetaObject::invokeMethod(shared->target, &SalesFeed::deliver, Qt::QueuedConnection);
    });
}

void SalesFeed::deliver()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->queued = false;
    }
    Q_EMIT salesCounted();
}

} // namespace sagashop::ui
