#include "ui/admin/timeline/SagaTimelineModel.h"

#include "bus/HybridClock.h"
#include "saga/SagaLog.h"
#include "shop/Shop.h"
#include "ui/Backend.h"
#include "ui/WhenDone.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

SagaTimelineModel::SagaTimelineModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_now([] { return bus::HybridClock::nowMs(); })
{
    m_clock.setInterval(ClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, &SagaTimelineModel::tick);
    const auto countChanged = [this] { Q_EMIT markerCountChanged(); };
    connect(this, &QAbstractItemModel::rowsInserted, this, countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, countChanged);
}

SagaTimelineModel::~SagaTimelineModel() = default;

void SagaTimelineModel::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    if (m_touched)
        disconnect(m_touched);
    m_backend = backend;
    if (m_backend) {
        m_touched = connect(
                m_backend, &Backend::sagasTouched, this, [this](const QStringList &sagaIds) {
                    if (!m_sagaId.isEmpty() && sagaIds.contains(m_sagaId))
                        load();
                });
    }
    Q_EMIT backendChanged();
    restart();
}

void SagaTimelineModel::setSagaId(const QString &sagaId)
{
    const QString trimmed = sagaId.trimmed();
    if (m_sagaId == trimmed)
        return;
    m_sagaId = trimmed;
    Q_EMIT sagaIdChanged();
    restart();
}

void SagaTimelineModel::setClock(std::function<qint64()> clock)
{
    m_now = clock ? std::move(clock)
                  : std::function<qint64()>([] { return bus::HybridClock::nowMs(); });
}

qint64 SagaTimelineModel::endedAt() const
{
    return m_data.live || m_data.markers.isEmpty() ? 0 : m_data.lastAt;
}

qint64 SagaTimelineModel::durationMs() const
{
    if (m_data.markers.isEmpty())
        return 0;
    return m_data.live ? m_data.nowOffsetMs : m_data.lastAt - m_data.startedAt;
}

// --- loading ------------------------------------------------------------------------------

void SagaTimelineModel::restart()
{
    ++m_generation;
    m_reading = false;
    m_readAgain = false;
    const bool hadLanes = !m_data.lanes.isEmpty();
    const bool wasLive = m_data.live;
    beginResetModel();
    m_data = {};
    endResetModel();
    if (hadLanes)
        Q_EMIT lanesChanged();
    if (wasLive)
        Q_EMIT liveChanged();
    Q_EMIT timesChanged();
    Q_EMIT timelineUpdated();
    updateClock();
    setLoaded(false);
    setStatus({});
    setError({});
    setLoading(false);
    if (!m_backend || m_sagaId.isEmpty())
        return;
    if (QUuid::fromString(m_sagaId).isNull()) {
        setError(tr("\"%1\" is not a saga id: a saga id looks like "
                    "0190a2b4-7c1d-7e3f-9a01-23456789abcd.")
                         .arg(m_sagaId));
        return;
    }
    load();
}

void SagaTimelineModel::reload()
{
    load();
}

void SagaTimelineModel::load()
{
    if (!m_backend || m_sagaId.isEmpty() || QUuid::fromString(m_sagaId).isNull())
        return;
    if (m_reading) {
        m_readAgain = true; // coalesced: one more read when this one is back
        return;
    }
    m_reading = true;
    if (!m_loaded)
        setLoading(true);
    const int generation = m_generation;
    const QString sagaId = m_sagaId;
    saga::SagaLog &log = m_backend->shop().sagaLog();
    whenDone(log.timeline(sagaId), this,
            [this, generation, sagaId](const bus::Outcome<QList<saga::SagaLogEntry>> &entries) {
                if (generation != m_generation || !m_backend)
                    return;
                if (!entries.ok()) {
                    m_reading = false;
                    setLoading(false);
                    setError(tr("The timeline of saga %1 could not be read: %2")
                                     .arg(sagaId, entries.error));
                    return;
                }
                whenDone(m_backend->shop().sagaLog().saga(sagaId), this,
                        [this, generation, sagaId, list = *entries.value](
                                const bus::Outcome<std::optional<saga::SagaSummary>> &summary) {
                            if (generation != m_generation)
                                return;
                            m_reading = false;
                            QString status = m_status;
                            if (summary.ok() && summary.value->has_value())
                                status = (*summary.value)->status;
                            if (list.isEmpty()) {
                                setLoading(false);
                                setError(tr("The saga log has nothing for saga %1 (yet).")
                                                 .arg(sagaId));
                            } else {
                                setError({});
                                apply(list, status);
                            }
                            if (std::exchange(m_readAgain, false))
                                load();
                        });
            });
}

void SagaTimelineModel::apply(const QList<saga::SagaLogEntry> &entries, const QString &status)
{
    SagaTimelineData built = SagaTimelineBuilder::build(entries, m_now());
    const bool lanesDiffer = built.lanes != m_data.lanes;
    const bool liveDiffers = built.live != m_data.live;
    if (!m_loaded) {
        beginResetModel();
        m_data = std::move(built);
        endResetModel();
    } else {
        QList<TimelineMarker> incoming = built.markers;
        // Everything but the rows first, so that a view reading lanes and times while the rows
        // change sees the new ones.
        built.markers = m_data.markers;
        m_data = std::move(built);
        merge(incoming);
    }
    if (lanesDiffer)
        Q_EMIT lanesChanged();
    if (liveDiffers)
        Q_EMIT liveChanged();
    Q_EMIT timesChanged();
    setStatus(status);
    setLoading(false);
    setLoaded(true);
    updateClock();
    Q_EMIT timelineUpdated();
}

void SagaTimelineModel::merge(const QList<TimelineMarker> &incoming)
{
    QList<TimelineMarker> &rows = m_data.markers;
    QSet<QString> incomingKeys;
    for (const TimelineMarker &m : incoming)
        incomingKeys.insert(m.key);
    QSet<QString> rowKeys;
    for (const TimelineMarker &m : std::as_const(rows))
        rowKeys.insert(m.key);

    qsizetype i = 0;
    qsizetype j = 0;
    while (i < rows.size() || j < incoming.size()) {
        if (j == incoming.size()) { // the rest is gone
            beginRemoveRows({}, int(i), int(rows.size()) - 1);
            rows.remove(i, rows.size() - i);
            endRemoveRows();
            break;
        }
        if (i == rows.size()) { // the rest is new: one insertion
            beginInsertRows({}, int(i), int(i + incoming.size() - j) - 1);
            rows.append(incoming.mid(j));
            endInsertRows();
            break;
        }
        const QString &have = rows.at(i).key;
        const QString &want = incoming.at(j).key;
        if (have == want) {
            if (!(rows.at(i) == incoming.at(j))) {
                rows[i] = incoming.at(j);
                Q_EMIT dataChanged(index(int(i)), index(int(i)));
            }
            ++i;
            ++j;
        } else if (!incomingKeys.contains(have) || rowKeys.contains(want)) {
            // Gone (a pending step fulfilled), or it moved: removed here, inserted where it
            // belongs when the walk reaches it.
            rowKeys.remove(have);
            beginRemoveRows({}, int(i), int(i));
            rows.removeAt(i);
            endRemoveRows();
        } else {
            beginInsertRows({}, int(i), int(i));
            rows.insert(i, incoming.at(j));
            endInsertRows();
            ++i;
            ++j;
        }
    }
}

void SagaTimelineModel::tick()
{
    const QList<int> changed = SagaTimelineBuilder::advance(m_data, m_now());
    if (changed.isEmpty())
        return;
    const QList<int> roles{AtRole, OffsetMsRole, DurationFromCauseMsRole, SummaryRole};
    // The pending rows are the last ones: one dataChanged for the range.
    Q_EMIT dataChanged(index(changed.first()), index(changed.last()), roles);
    Q_EMIT timesChanged();
    Q_EMIT timelineUpdated();
}

void SagaTimelineModel::updateClock()
{
    if (m_data.live && !m_clock.isActive())
        m_clock.start();
    else if (!m_data.live)
        m_clock.stop();
}

void SagaTimelineModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void SagaTimelineModel::setLoaded(bool loaded)
{
    if (m_loaded == loaded)
        return;
    m_loaded = loaded;
    Q_EMIT loadedChanged();
}

void SagaTimelineModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void SagaTimelineModel::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

// --- the model ----------------------------------------------------------------------------

int SagaTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.markers.size());
}

QVariant SagaTimelineModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const TimelineMarker &m = m_data.markers.at(index.row());
    switch (role) {
    case LaneRole:
        return m.lane;
    case ServiceRole:
        return m.service;
    case AtRole:
        return m.at;
    case OffsetMsRole:
        return m.offsetMs;
    case KindRole:
        return m.kind;
    case LogKindRole:
        return m.logKind;
    case EventTypeRole:
        return m.eventType;
    case EventIdRole:
        return m.eventId;
    case CausationIdRole:
        return m.causationId;
    case AttemptRole:
        return m.attempt;
    case ErrorRole:
        return m.error;
    case CauseRowRole:
        return m.causeRow;
    case DurationFromCauseMsRole:
        return m.durationFromCauseMs;
    case PayloadJsonRole:
        return m.payloadJson;
    case PendingRole:
        return m.pending;
    case PendingDepthRole:
        return m.pendingDepth;
    case PublishesRole:
        return m.publishes;
    case OtherwiseRole:
        return m.otherwise;
    case CompensationRole:
        return m.compensation;
    case SummaryRole:
    case Qt::DisplayRole:
        return summary(m);
    case KeyRole:
        return m.key;
    default:
        return {};
    }
}

QHash<int, QByteArray> SagaTimelineModel::roleNames() const
{
    return {
            {LaneRole, "lane"},
            {ServiceRole, "service"},
            {AtRole, "at"},
            {OffsetMsRole, "offsetMs"},
            {KindRole, "kind"},
            {LogKindRole, "logKind"},
            {EventTypeRole, "eventType"},
            {EventIdRole, "eventId"},
            {CausationIdRole, "causationId"},
            {AttemptRole, "attempt"},
            {ErrorRole, "error"},
            {CauseRowRole, "causeRow"},
            {DurationFromCauseMsRole, "durationFromCauseMs"},
            {PayloadJsonRole, "payloadJson"},
            {PendingRole, "pending"},
            {PendingDepthRole, "pendingDepth"},
            {PublishesRole, "publishes"},
            {OtherwiseRole, "otherwise"},
            {CompensationRole, "compensation"},
            {SummaryRole, "summary"},
            {KeyRole, "key"},
    };
}

QVariantMap SagaTimelineModel::marker(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= rowCount())
        return map;
    const QModelIndex i = index(row);
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(i, it.key()));
    map.insert(u"row"_s, row);
    return map;
}

int SagaTimelineModel::countKind(const QString &kind) const
{
    return int(std::count_if(m_data.markers.cbegin(), m_data.markers.cend(),
            [&](const TimelineMarker &m) { return m.kind == kind; }));
}

int SagaTimelineModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_data.markers.size(); ++row) {
        if (m_data.markers.at(row).key == key)
            return row;
    }
    return -1;
}

QString SagaTimelineModel::summary(const TimelineMarker &m) const
{
    if (m.kind == u"published"_s)
        return tr("%1 published %2").arg(m.service, m.eventType);
    if (m.kind == u"compensation"_s)
        return tr("%1 published the compensation %2").arg(m.service, m.eventType);
    if (m.kind == u"handled"_s) {
        if (m.logKind == u"dead-letter-retried"_s)
            return tr("%1 handled %2 when an administrator retried it from the dead-letter queue")
                    .arg(m.service, m.eventType);
        return m.attempt > 1
                ? tr("%1 handled %2 on attempt %3").arg(m.service, m.eventType).arg(m.attempt)
                : tr("%1 handled %2").arg(m.service, m.eventType);
    }
    if (m.kind == u"retry"_s)
        return tr("Attempt %1 of %2 to handle %3 failed: %4; it will be retried")
                .arg(QString::number(m.attempt), m.service, m.eventType, m.error);
    if (m.kind == u"deadLetter"_s)
        return tr("%1 gave up on %2 after %3 attempts: %4. It waits in the dead-letter queue.")
                .arg(m.service, m.eventType, QString::number(m.attempt), m.error);
    if (m.kind == u"duplicate"_s)
        return tr("%1 received %2 again and ignored it: it was already handled")
                .arg(m.service, m.eventType);
    if (m.kind == u"dropped"_s)
        return tr("The delivery of %2 to %1 was lost (fault injection); it will be delivered again")
                .arg(m.service, m.eventType);
    if (m.kind == u"discarded"_s)
        return tr("An administrator discarded the dead letter of %2 at %1")
                .arg(m.service, m.eventType);
    if (m.kind == u"admin"_s) {
        const QJsonObject record = QJsonDocument::fromJson(m.payloadJson.toUtf8()).object();
        const QString who = record.value(u"admin"_s).toString();
        const QString action = record.value(u"action"_s).toString(m.eventType);
        const QString outcome = record.value(u"outcome"_s).toString();
        QString text = who.isEmpty() ? tr("Administrator action %1").arg(action)
                                     : tr("Administrator %1: %2").arg(who, action);
        if (!outcome.isEmpty())
            text = tr("%1 (%2)").arg(text, outcome);
        return text;
    }
    if (m.kind == u"pending"_s) {
        QString text;
        if (m.publishes.isEmpty())
            text = tr("%1 is expected to handle %2").arg(m.service, m.eventType);
        else
            text = tr("%1 is expected to handle %2 and publish %3")
                           .arg(m.service, m.eventType, m.publishes.join(tr(", ")));
        if (!m.otherwise.isEmpty())
            text = tr("%1 (or %2)").arg(text, m.otherwise.join(tr(", ")));
        if (m.attempt > 1)
            text = tr("%1; attempt %2 comes next").arg(text).arg(m.attempt);
        return text;
    }
    return tr("%1: %2 %3").arg(m.service, m.kind, m.eventType);
}

} // namespace sagashop::ui
