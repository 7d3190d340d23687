#pragma once

#include "bus/EventEnvelope.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>

#include <boost/signals2/connection.hpp>

namespace sagashop::shop {
class Shop;
}

namespace sagashop::ui {

/// The running backend as the GUI sees it: the Shop's service facades for the view models,
/// a feed of committed domain events delivered on the GUI thread, and a plain-words banner
/// for trouble the shopper should know about (a database that cannot be written, an event
/// that ended in the dead-letter queue).
///
/// Built once by the composition root (app/) and shared by every window; reaches QML as the
/// `Backend` singleton. Stop the Shop before destroying it (a notification may be running on a
/// service thread until the bus stops). The bus's notifications arrive on service threads: they are queued
/// here and handed over in batches by one queued call, so a burst of thousands of events
/// costs the GUI thread one wake-up, not thousands.
class Backend : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged FINAL)

public:
    explicit Backend(shop::Shop &shop, QObject *parent = nullptr);
    ~Backend() override;

    shop::Shop &shop() noexcept { return m_shop; }

    /// Empty when all is well; otherwise one sentence saying what went wrong and what it means.
    QString problem() const { return m_problem; }
    Q_INVOKABLE void dismissProblem();
    /// Reports trouble from the GUI side (e.g. a failed read) in the same banner.
    void reportProblem(const QString &sentence);

    /// "images/p01.svg" → "qrc:/sagashop/images/p01.svg" (the product pictures resource).
    Q_INVOKABLE QString imageUrl(const QString &image) const;
    /// Money as the UI shows it, in the current language (Money::format).
    Q_INVOKABLE QString formatWon(qint64 won) const;

Q_SIGNALS:
    /// Committed domain events (not the bus's own bookkeeping), in commit order per service,
    /// on the GUI thread. Models filter what concerns them.
    void eventsArrived(const QList<sagashop::bus::EventEnvelope> &events);
    /// The saga log has stored new entries (published events, handlings, retries, dead
    /// letters) of these sagas, on the GUI thread, batched: what timelines and saga lists
    /// reload on. Each saga id appears once per batch.
    void sagasTouched(const QStringList &sagaIds);
    /// An event has just been dead-lettered somewhere (the dead-letter list is stale).
    void deadLettered();
    void problemChanged();

private:
    void flush();
    void queueProblem(const QString &sentence);
    void queueFlush(); ///< with m_mutex held



    shop::Shop &m_shop;
    QString m_problem;

    QMutex m_mutex; ///< guards the two lists below (written on service threads)
    QList<bus::EventEnvelope> m_pending;
    QStringList m_pendingProblems;
    QSet<QString> m_touchedSagas;
    bool m_deadLettered = false;
    bool m_flushQueued = false;

    boost::signals2::scoped_connection m_published;
    boost::signals2::scoped_connection m_handled;
    boost::signals2::scoped_connection m_failed;
    boost::signals2::scoped_connection m_storageFailed;
};

} // namespace sagashop::ui
