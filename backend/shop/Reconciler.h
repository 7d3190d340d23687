#pragma once

#include "saga/SagaLogEntry.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <boost/signals2/signal.hpp>

#include <functional>

class QTimer;

namespace sagashop::bus {
class EventBus;
}

namespace sagashop::shop {

class Shop;

/// What one reconciliation run found and did.
struct ReconcileReport
{
    qint64 run = 0; ///< the run's number since the reconciler was made (1, 2, …; 0: refused)
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    int sagasExamined = 0;
    int stuckSagas = 0;
    int redelivered = 0;    ///< missing steps delivered again from the saga log
    int repaired = 0;       ///< idempotent restores run for services that disagreed
    int markedAbnormal = 0; ///< orders it could not repair
    QStringList actions;    ///< one line per action, for people
    QString error;

    QJsonObject toJson() const;
};

/// A step of a saga that one subscriber has not finished with: an event the saga log saw
/// published (or a compensation) without a final handling record (handled, duplicate,
/// dead-lettered, dead letter retried) from that consumer. Lost deliveries look like this,
/// and so do deliveries still on their way or in retry.
struct MissingStep
{
    QString eventId;
    QString eventType;
    QString consumer;
    qint64 publishedAt = 0;
};

/// What Reconciler::redeliverMissing() did for one saga.
struct Redelivery
{
    QString sagaId;
    qint64 orderId = 0;          ///< 0 when the saga names no order
    QList<MissingStep> delivered; ///< in the saga's causal order; empty: nothing was missing
    QString error;               ///< the saga is unknown, or the backend is not running
};

/// Finds silent failures and repairs them (ARCHITECTURE §3: detect → idempotent restore →
/// verify). Runs every `reconcileIntervalMs` and on demand, on its own thread:
///  1. sagas with no progress for `stuckAfterMs` (saga log): every published event that a
///     subscriber never handled (lost delivery) is delivered again from the log, with its
///     original event id, so the inbox keeps it exactly-once; after three tries, or when a
///     step is dead-lettered, the order is marked ABNORMAL (which raises an alert) and its
///     restores run;
///  2. orders FAILED, CANCELLED or ABNORMAL whose services still hold a deduction (stock,
///     coupon, balance, payment) get the idempotent restore;
///  3. a CONFIRMED order whose payment, balance or stock disagree is marked ABNORMAL.
class Reconciler : public QObject
{
    Q_OBJECT

public:
    explicit Reconciler(Shop &shop);
    ~Reconciler() override;

    void start();
    void stop();
    /// Runs now (queued behind a run in progress) and resolves with its report.
    QFuture<ReconcileReport> runNow();
    /// The latest runs, newest first (at most 20).
    QList<ReconcileReport> recentRuns() const;

    /// Delivers again, now, every missing step of one saga (what a run does for a stuck
    /// saga, without waiting for it to be stuck and without counting against the three
    /// automatic tries): each event goes to the consumer that misses it with its original
    /// event id, so the consumer's inbox keeps it exactly-once. Runs on the reconciler's
    /// thread (queued behind a run in progress).
    QFuture<Redelivery> redeliverMissing(const QString &sagaId);

    /// The steps of a saga that are missing, from its timeline (causal order) and the bus's
    /// subscriptions. The saga log itself is never a missing consumer.
    static QList<std::pair<saga::SagaLogEntry, QString>> missingSteps(const QList<saga::SagaLogEntry> &timeline,
                                                                      const bus::EventBus &bus);

    using Connection = boost::signals2::connection;
    /// A run (timer or runNow) has finished and its report is in recentRuns(). The slot runs
    /// on the reconciler's thread: keep it short and hand work to your own thread.
    Connection connectRunFinished(std::function<void(const ReconcileReport &)> slot);

private:
    ReconcileReport run();
    void examineSaga(const QString &sagaId, const QString &status, ReconcileReport &report);
    bool repairTerminalOrder(qint64 orderId, const QString &orderStatus, ReconcileReport &report);
    void markAbnormal(qint64 orderId, const QString &reason, ReconcileReport &report);
    void deliverAgain(const saga::SagaLogEntry &entry, const QString &consumer);

    Shop &m_shop;
    QThread m_thread;
    QTimer *m_timer = nullptr; // lives on m_thread
    mutable QMutex m_mutex;
    QList<ReconcileReport> m_runs;
    QHash<QString, int> m_redeliveries; // per saga, on m_thread only
    qint64 m_lastRunStartedAt = 0;      // on m_thread only
    qint64 m_runCount = 0;              // on m_thread only
    boost::signals2::signal<void(const ReconcileReport &)> m_runFinished;
};

} // namespace sagashop::shop
