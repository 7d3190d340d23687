#pragma once

#include <QMutex>
#include <QObject>

#include <boost/signals2/connection.hpp>

#include <memory>

namespace sagashop::bus {
class EventBus;
}

namespace sagashop::ui {

/// Tells the GUI thread when the Statistics service has committed a change to the sales
/// counts (it handled ProductSalesRankRecorded or OrderCancelled). The domain events
/// themselves reach the GUI as soon as they are published, often before Statistics has
/// counted them; a popularity read started on this signal sees the new counts.
///
/// The bus notifies on the Statistics thread; the notifications are coalesced into one
/// queued call, as Backend does for events.
class SalesFeed : public QObject
{
    Q_OBJECT

public:
    explicit SalesFeed(QObject *parent = nullptr);
    ~SalesFeed() override;

    /// Follows `bus` (nullptr: none). The bus must outlive this object or be unset first.
    void setBus(bus::EventBus *bus);

Q_SIGNALS:
    /// Statistics committed new sales counts (GUI thread; one signal per burst).
    void salesCounted();

private:
    struct Shared
    {
        QMutex mutex;
        SalesFeed *target = nullptr; ///< nullptr once this object is going
        bool queued = false;
    };

    void deliver();

    std::shared_ptr<Shared> m_shared;
    boost::signals2::scoped_connection m_connection;
};

} // namespace sagashop::ui
