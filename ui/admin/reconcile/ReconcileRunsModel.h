#pragma once

#include "shop/Reconciler.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QtQmlIntegration>

#include <boost/signals2/connection.hpp>

#include <memory>

namespace sagashop::ui {

class Backend;

/// The reconciler's latest runs, newest first (what each found and did), for QML:
/// `ReconcileRunsModel { backend: Backend }`.
///
/// Loads Reconciler::recentRuns() when the backend is set; every run that finishes after
/// that — the reconciler's own (every 30 s) or one asked for with runNow() — is inserted at
/// the top (rowsInserted at 0; the oldest beyond 20 leaves with rowsRemoved), from the
/// reconciler's run-finished notification, queued onto the GUI thread.
class ReconcileRunsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged FINAL)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)

public:
    enum Role {
        StartedAtRole = Qt::UserRole + 1,
        FinishedAtRole,
        DurationMsRole,
        SagasExaminedRole,
        StuckSagasRole,
        RedeliveredRole,
        RepairedRole,
        MarkedAbnormalRole,
        ActionsRole,     ///< QStringList: one line per action
        ErrorRole,
        StartedTextRole, ///< "2026-11-21 10:16:05"
        SummaryTextRole, ///< "12 sagas examined, 1 stuck: 1 step re-delivered, …" (tr)
    };
    Q_ENUM(Role)

    /// As many runs as the reconciler keeps.
    static constexpr int MaxRuns = 20;

    explicit ReconcileRunsModel(QObject *parent = nullptr);
    ~ReconcileRunsModel() override;

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);
    /// A run asked for with runNow() is under way.
    bool isBusy() const { return m_busy; }
    int count() const { return rowCount(); }
    /// Why the last runNow() failed (the backend is not running); empty otherwise.
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Runs the reconciler now; its report appears at the top when it is done. Ignored while
    /// one asked for here is still running.
    Q_INVOKABLE void runNow();

    /// "12 sagas examined, none stuck; nothing to do." and the like.
    static QString summaryText(const shop::ReconcileReport &report);

Q_SIGNALS:
    void backendChanged();
    void busyChanged();
    void countChanged();
    void errorChanged();
    /// A run asked for with runNow() has finished; `summary` is its summaryText.
    void runFinished(bool ok, const QString &summary);

private:
    struct Relay;
    void reload();
    void insertRun(const shop::ReconcileReport &report);
    void setBusy(bool busy);
    void setError(const QString &error);

    QPointer<Backend> m_backend;
    QList<shop::ReconcileReport> m_runs; ///< newest first
    std::shared_ptr<Relay> m_relay;
    boost::signals2::scoped_connection m_runFinished;
    bool m_busy = false;
    QString m_error;
    int m_generation = 0;
};

} // namespace sagashop::ui
