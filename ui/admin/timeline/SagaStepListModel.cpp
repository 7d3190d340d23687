#include "ui/admin/timeline/SagaStepListModel.h"

#include "ui/admin/timeline/SagaTimelineModel.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

SagaStepListModel::SagaStepListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    const auto countChanged = [this] { Q_EMIT this->countChanged(); };
    connect(this, &QAbstractItemModel::rowsInserted, this, countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, countChanged);
}

SagaStepListModel::~SagaStepListModel() = default;

void SagaStepListModel::setTimeline(SagaTimelineModel *timeline)
{
    if (m_timeline == timeline)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_timeline = timeline;
    if (m_timeline) {
        m_connections.append(connect(
                m_timeline, &SagaTimelineModel::timelineUpdated, this, &SagaStepListModel::follow));
        m_connections.append(connect(m_timeline, &QAbstractItemModel::modelReset, this,
                &SagaStepListModel::resetFromTimeline));
        m_connections.append(connect(m_timeline, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_steps.clear();
            endResetModel();
        }));
    }
    Q_EMIT timelineChanged();
    resetFromTimeline();
}

void SagaStepListModel::resetFromTimeline()
{
    beginResetModel();
    m_steps = m_timeline ? m_timeline->timelineData().steps : QList<TimelineStep>{};
    endResetModel();
}

void SagaStepListModel::follow()
{
    if (!m_timeline)
        return;
    const QList<TimelineStep> &incoming = m_timeline->timelineData().steps;
    QSet<QString> incomingKeys;
    for (const TimelineStep &s : incoming)
        incomingKeys.insert(s.key);
    QSet<QString> rowKeys;
    for (const TimelineStep &s : std::as_const(m_steps))
        rowKeys.insert(s.key);

    // The same walk as the timeline's: insert the new, drop the gone, update the changed.
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < m_steps.size() || j < incoming.size()) {
        if (j == incoming.size()) {
            beginRemoveRows({}, int(i), int(m_steps.size()) - 1);
            m_steps.remove(i, m_steps.size() - i);
            endRemoveRows();
            break;
        }
        if (i == m_steps.size()) {
            beginInsertRows({}, int(i), int(i + incoming.size() - j) - 1);
            m_steps.append(incoming.mid(j));
            endInsertRows();
            break;
        }
        const QString &have = m_steps.at(i).key;
        const QString &want = incoming.at(j).key;
        if (have == want) {
            if (!(m_steps.at(i) == incoming.at(j))) {
                m_steps[i] = incoming.at(j);
                Q_EMIT dataChanged(index(int(i)), index(int(i)));
            }
            ++i;
            ++j;
        } else if (!incomingKeys.contains(have) || rowKeys.contains(want)) {
            rowKeys.remove(have);
            beginRemoveRows({}, int(i), int(i));
            m_steps.removeAt(i);
            endRemoveRows();
        } else {
            beginInsertRows({}, int(i), int(i));
            m_steps.insert(i, incoming.at(j));
            endInsertRows();
            ++i;
            ++j;
        }
    }
}

int SagaStepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant SagaStepListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const TimelineStep &s = m_steps.at(index.row());
    switch (role) {
    case ServiceRole:
        return s.service;
    case EventRole:
        return s.event;
    case PublishedRole:
        return s.published.join(u", "_s);
    case PublishedListRole:
        return s.published;
    case ResultRole:
        return s.result;
    case ResultTextRole:
    case Qt::DisplayRole:
        return resultText(s);
    case AttemptsRole:
        return s.attempts;
    case OffsetMsRole:
        return s.offsetMs;
    case DurationMsRole:
        return s.durationMs;
    case CompensationRole:
        return s.compensation;
    case ErrorRole:
        return s.error;
    case PendingRole:
        return s.pending;
    case MarkerRowRole:
        return s.markerRow;
    case KeyRole:
        return s.key;
    default:
        return {};
    }
}

QHash<int, QByteArray> SagaStepListModel::roleNames() const
{
    return {
            {ServiceRole, "service"},
            {EventRole, "event"},
            {PublishedRole, "published"},
            {PublishedListRole, "publishedList"},
            {ResultRole, "result"},
            {ResultTextRole, "resultText"},
            {AttemptsRole, "attempts"},
            {OffsetMsRole, "offsetMs"},
            {DurationMsRole, "durationMs"},
            {CompensationRole, "compensation"},
            {ErrorRole, "error"},
            {PendingRole, "pending"},
            {MarkerRowRole, "markerRow"},
            {KeyRole, "key"},
    };
}

QString SagaStepListModel::resultText(const TimelineStep &s) const
{
    if (s.result == u"done"_s)
        return s.attempts > 1 ? tr("Done on attempt %1").arg(s.attempts) : tr("Done");
    if (s.result == u"retrying"_s)
        return tr("Retrying (attempt %1 failed)").arg(s.attempts);
    if (s.result == u"deadLettered"_s)
        return tr("Dead-lettered on attempt %1").arg(s.attempts);
    if (s.result == u"duplicate"_s)
        return tr("Duplicate ignored");
    if (s.result == u"dropped"_s)
        return tr("Delivery lost; awaiting redelivery");
    if (s.result == u"discarded"_s)
        return tr("Discarded by an administrator");
    if (s.result == u"published"_s)
        return tr("Published");
    if (s.result == u"admin"_s)
        return s.error.isEmpty() ? tr("Administrator action") : tr("Administrator action failed");
    if (s.result == u"pending"_s)
        return tr("Expected");
    return s.result;
}

} // namespace sagashop::ui
