#include "ui/admin/reconcile/ReconcileRunsModel.h"

#include "shop/Shop.h"
#include "ui/Backend.h"
#include "ui/WhenDone.h"

#include <QDateTime>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

bool sameRun(const shop::ReconcileReport &a, const shop::ReconcileReport &b)
{
    return a.run > 0 && a.run == b.run && a.startedAt == b.startedAt;
}

} // namespace

/// Hands run-finished notifications (reconciler thread) to the model (GUI thread) while the
/// model exists: the destructor clears `model` under the lock, so no notification can post
/// to it afterwards; what was posted before dies with the model (~QObject drops it).
struct ReconcileRunsModel::Relay
{
    QMutex mutex;
    ReconcileRunsModel *model = nullptr;
};

ReconcileRunsModel::ReconcileRunsModel(QObject *parent)
    : QAbstractListModel(parent), m_relay(std::make_shared<Relay>())
{
    m_relay->model = this;
}

ReconcileRunsModel::~ReconcileRunsModel()
{
    {
        QMutexLocker lock(&m_relay->mutex);
        m_relay->model = nullptr;
    }
    m_runFinished.disconnect();
}

void ReconcileRunsModel::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    m_runFinished.disconnect();
    m_backend = backend;
    ++m_generation;
    if (m_backend) {
        const int generation = m_generation;
        m_runFinished = m_backend->shop().reconciler().connectRunFinished(
            [relay = m_relay, generation](const shop::ReconcileReport &report) {
                QMutexLocker lock(&relay->mutex);
                if (ReconcileRunsModel *model = relay->model) {
                    QMetaObject::invokeMethod(
                        model,
                        [model, generation, report] {
                            if (generation == model->m_generation)
                                model->insertRun(report);
                        },
                        Qt::QueuedConnection);
                }
            });
    }
    Q_EMIT backendChanged();
    setBusy(false);
    setError({});
    reload();
}

void ReconcileRunsModel::reload()
{
    beginResetModel();
    m_runs = m_backend ? m_backend->shop().reconciler().recentRuns() : QList<shop::ReconcileReport>{};
    endResetModel();
    Q_EMIT countChanged();
}

void ReconcileRunsModel::insertRun(const shop::ReconcileReport &report)
{
    if (std::any_of(m_runs.cbegin(), m_runs.cend(), [&](const auto &r) { return sameRun(r, report); }))
        return; // already listed (read with recentRuns())
    beginInsertRows({}, 0, 0);
    m_runs.prepend(report);
    endInsertRows();
    if (m_runs.size() > MaxRuns) {
        beginRemoveRows({}, MaxRuns, int(m_runs.size()) - 1);
        m_runs.resize(MaxRuns);
        endRemoveRows();
    }
    Q_EMIT countChanged();
}

void ReconcileRunsModel::runNow()
{
    if (!m_backend || m_busy)
        return;
    setBusy(true);
    setError({});
    const int generation = m_generation;
    whenDone(m_backend->shop().reconciler().runNow(), this, [this, generation](const shop::ReconcileReport &report) {
        if (generation != m_generation)
            return;
        // Inserted by the notification already (it is posted first); a run refused because
        // the backend is not running is not kept by the reconciler: list it here.
        if (!report.error.isEmpty())
            setError(tr("The reconciler could not run: %1").arg(report.error));
        insertRun(report);
        setBusy(false);
        Q_EMIT runFinished(report.error.isEmpty(), report.error.isEmpty() ? summaryText(report) : m_error);
    });
}

void ReconcileRunsModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void ReconcileRunsModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

int ReconcileRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

QVariant ReconcileRunsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const shop::ReconcileReport &r = m_runs.at(index.row());
    switch (role) {
    case StartedAtRole:
        return r.startedAt;
    case FinishedAtRole:
        return r.finishedAt;
    case DurationMsRole:
        return r.finishedAt > 0 ? r.finishedAt - r.startedAt : qint64(0);
    case SagasExaminedRole:
        return r.sagasExamined;
    case StuckSagasRole:
        return r.stuckSagas;
    case RedeliveredRole:
        return r.redelivered;
    case RepairedRole:
        return r.repaired;
    case MarkedAbnormalRole:
        return r.markedAbnormal;
    case ActionsRole:
        return r.actions;
    case ErrorRole:
        return r.error;
    case StartedTextRole:
        return QDateTime::fromMSecsSinceEpoch(r.startedAt).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case SummaryTextRole:
    case Qt::DisplayRole:
        return summaryText(r);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReconcileRunsModel::roleNames() const
{
    return {
        {StartedAtRole, "startedAt"},
        {FinishedAtRole, "finishedAt"},
        {DurationMsRole, "durationMs"},
        {SagasExaminedRole, "sagasExamined"},
        {StuckSagasRole, "stuckSagas"},
        {RedeliveredRole, "redelivered"},
        {RepairedRole, "repaired"},
        {MarkedAbnormalRole, "markedAbnormal"},
        {ActionsRole, "actions"},
        {ErrorRole, "error"},
        {StartedTextRole, "startedText"},
        {SummaryTextRole, "summaryText"},
    };
}

QString ReconcileRunsModel::summaryText(const shop::ReconcileReport &r)
{
    if (!r.error.isEmpty())
        return tr("Did not run: %1").arg(r.error);
    QString found = r.stuckSagas > 0 ? tr("%n saga(s) examined, %1 stuck", nullptr, r.sagasExamined)
                                           .arg(QString::number(r.stuckSagas))
                                     : tr("%n saga(s) examined, none stuck", nullptr, r.sagasExamined);
    QStringList did;
    if (r.redelivered > 0)
        did.append(tr("%n step(s) re-delivered", nullptr, r.redelivered));
    if (r.repaired > 0)
        did.append(tr("%n holding(s) restored", nullptr, r.repaired));
    if (r.markedAbnormal > 0)
        did.append(tr("%n order(s) marked ABNORMAL", nullptr, r.markedAbnormal));
    if (did.isEmpty())
        //: A reconciliation run's summary: what it found, then that it did nothing.
        return tr("%1; nothing to do.").arg(found);
    //: A reconciliation run's summary: what it found, then what it did.
    return tr("%1: %2.").arg(found, did.join(tr(", ")));
}

} // namespace sagashop::ui
