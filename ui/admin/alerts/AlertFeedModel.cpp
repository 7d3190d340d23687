#include "ui/admin/alerts/AlertFeedModel.h"

#include "alerts/AlertService.h"
#include "bus/EventBus.h"
#include "shop/Shop.h"
#include "ui/Backend.h"
#include "ui/WhenDone.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

AlertFeedModel::AlertFeedModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &AlertFeedModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &AlertFeedModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &AlertFeedModel::countChanged);
}

AlertFeedModel::~AlertFeedModel() = default;

Backend *AlertFeedModel::backend() const
{
    return m_backend;
}

void AlertFeedModel::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    m_alertStored.disconnect();
    m_backend = backend;
    if (m_backend) {
        // Runs on the alerts service's thread right after an alert was committed: wake the
        // GUI thread once (however many alerts come in meanwhile) and read what is new there.
        auto queued = std::make_shared<std::atomic<bool>>(false);
        const QPointer<AlertFeedModel> guard(this);
        m_alertStored = m_backend->shop().bus().connectEventHandled([guard, queued](const bus::EventHandled &e) {
            if (e.consumer != alerts::AlertService::Name || e.duplicate)
                return;
            if (queued->exchange(true))
                return;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, queued] {
                    queued->store(false);
                    if (guard)
                        guard->fetch();
                },
                Qt::QueuedConnection);
        });
    }
    Q_EMIT backendChanged();
    restart();
}

void AlertFeedModel::setLoaded(bool loaded)
{
    if (m_loaded == loaded)
        return;
    m_loaded = loaded;
    Q_EMIT loadedChanged();
}

void AlertFeedModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void AlertFeedModel::setSeenId(qint64 seenId)
{
    if (m_seenId == seenId)
        return;
    const qint64 before = m_seenId;
    m_seenId = seenId;
    Q_EMIT seenIdChanged();
    // The rows whose unread flag flipped: ids between the old and the new mark (newest first,
    // so they are one contiguous range).
    const qint64 low = std::min(before, seenId);
    const qint64 high = std::max(before, seenId);
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_alerts.size(); ++row) {
        const qint64 id = m_alerts.at(row).id;
        if (id > low && id <= high) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last), {UnreadRole});
    updateUnread();
}

void AlertFeedModel::setLimit(int limit)
{
    limit = std::clamp(limit, 1, 1000);
    if (m_limit == limit)
        return;
    m_limit = limit;
    Q_EMIT limitChanged();
    restart();
}

void AlertFeedModel::markAllRead()
{
    if (!m_alerts.isEmpty())
        setSeenId(std::max(m_seenId, m_alerts.first().id));
}

void AlertFeedModel::refresh()
{
    fetch();
}

void AlertFeedModel::updateUnread()
{
    int unread = 0;
    for (const alerts::Alert &a : std::as_const(m_alerts))
        unread += a.id > m_seenId ? 1 : 0;
    if (m_unread == unread)
        return;
    m_unread = unread;
    Q_EMIT unreadCountChanged();
}

int AlertFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QVariant AlertFeedModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const alerts::Alert &alert = m_alerts.at(index.row());
    switch (role) {
    case AlertIdRole:
        return alert.id;
    case KindRole:
        return alert.kind;
    case KindTextRole:
        return kindText(alert.kind);
    case SeverityRole:
        return alert.severity;
    case TitleRole:
    case Qt::DisplayRole:
        return alert.title;
    case DetailRole:
        return alert.detail;
    case SagaIdRole:
        return alert.sagaId;
    case OrderIdRole:
        return alert.orderId;
    case AtRole:
        return alert.at;
    case TimeTextRole: {
        if (alert.at <= 0)
            return QString();
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(alert.at).toLocalTime();
        return at.date() == QDate::currentDate() ? at.toString(u"HH:mm:ss"_s) : at.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    }
    case UnreadRole:
        return alert.id > m_seenId;
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertFeedModel::roleNames() const
{
    return {
        {AlertIdRole, "alertId"},
        {KindRole, "kind"},
        {KindTextRole, "kindText"},
        {SeverityRole, "severity"},
        {TitleRole, "title"},
        {DetailRole, "detail"},
        {SagaIdRole, "sagaId"},
        {OrderIdRole, "orderId"},
        {AtRole, "at"},
        {TimeTextRole, "timeText"},
        {UnreadRole, "unread"},
    };
}

QString AlertFeedModel::kindText(const QString &kind)
{
    if (kind == u"dead_letter"_s)
        return tr("Dead letter");
    if (kind == u"export_failed"_s)
        return tr("Export failed");
    if (kind == u"saga_abnormal"_s)
        return tr("Abnormal saga");
    return kind;
}

void AlertFeedModel::restart()
{
    ++m_generation;
    m_fetching = false;
    m_fetchAgain = false;
    beginResetModel();
    m_alerts.clear();
    endResetModel();
    updateUnread();
    setLoaded(false);
    setError({});
    fetch();
}

void AlertFeedModel::fetch()
{
    if (!m_backend)
        return;
    if (m_fetching) {
        m_fetchAgain = true; // one more read once this one is back
        return;
    }
    m_fetching = true;
    const int generation = m_generation;
    const qint64 afterId = m_alerts.isEmpty() ? 0 : m_alerts.first().id;
    whenDone(m_backend->shop().alerts().alerts(m_limit, afterId), this,
             [this, generation](const bus::Outcome<QList<alerts::Alert>> &outcome) {
                 if (generation != m_generation)
                     return;
                 m_fetching = false;
                 if (!outcome.ok()) {
                     setError(tr("The alerts could not be read: %1").arg(outcome.error));
                 } else {
                     setError({});
                     const QList<alerts::Alert> &newer = *outcome.value; // newest first
                     const bool live = m_loaded;
                     if (!newer.isEmpty()) {
                         beginInsertRows({}, 0, int(newer.size()) - 1);
                         m_alerts = newer + m_alerts;
                         endInsertRows();
                         if (m_alerts.size() > m_limit) { // the oldest fall off the end
                             beginRemoveRows({}, m_limit, int(m_alerts.size()) - 1);
                             m_alerts.resize(m_limit);
                             endRemoveRows();
                         }
                         updateUnread();
                         if (live)
                             Q_EMIT alertsArrived(int(newer.size()));
                     }
                     setLoaded(true);
                 }
                 if (std::exchange(m_fetchAgain, false))
                     fetch();
             });
}

} // namespace sagashop::ui
