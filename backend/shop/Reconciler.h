#pragma once

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>

class QTimer;

namespace sagashop::shop {

class Shop;

/// What one reconciliation run found and did.
struct ReconcileReport
{
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

private:
    ReconcileReport run();
    void examineSaga(const QString &sagaId, const QString &status, ReconcileReport &report);
    bool repairTerminalOrder(qint64 orderId, const QString &orderStatus, ReconcileReport &report);
    void markAbnormal(qint64 orderId, const QString &reason, ReconcileReport &report);

    Shop &m_shop;
    QThread m_thread;
    QTimer *m_timer = nullptr; // lives on m_thread
    mutable QMutex m_mutex;
    QList<ReconcileReport> m_runs;
    QHash<QString, int> m_redeliveries; // per saga, on m_thread only
    qint64 m_lastRunStartedAt = 0;      // on m_thread only
};

} // namespace sagashop::shop
