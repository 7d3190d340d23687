#include "ui/admin/sagas/SagaListModel.h"

#include "saga/SagaLog.h"
#include "shop/Shop.h"
#include "ui/Backend.h"
#include "ui/WhenDone.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

using saga::SagaSummary;

/// Whether `a` is listed before `b`: most recently updated first, then by saga id (the
/// saga log's keyset order).
bool listedBefore(const SagaSummary &a, const SagaSummary &b)
{
    if (a.updatedAt != b.updatedAt)
        return a.updatedAt > b.updatedAt;
    return a.sagaId > b.sagaId;
}

bool sameRow(const SagaSummary &a, const SagaSummary &b)
{
    return a.status == b.status && a.stuck == b.stuck && a.startedAt == b.startedAt && a.updatedAt == b.updatedAt
        && a.lastEventType == b.lastEventType && a.entries == b.entries && a.retries == b.retries
        && a.deadLetters == b.deadLetters && a.compensations == b.compensations && a.orderId == b.orderId
        && a.userId == b.userId && a.amount == b.amount;
}

/// The most touched sagas one refresh reads (the saga log takes at most 1000 ids a query).
constexpr int kIdsPerQuery = 1000;

} // namespace

SagaListModel::SagaListModel(QObject *parent) : QAbstractListModel(parent)
{
    m_restartTimer.setSingleShot(true);
    m_restartTimer.setInterval(0);
    connect(&m_restartTimer, &QTimer::timeout, this, &SagaListModel::restart);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SagaListModel::refresh);
    m_tickTimer.setInterval(TickMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &SagaListModel::tick);
    connect(this, &QAbstractItemModel::rowsInserted, this, &SagaListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &SagaListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &SagaListModel::countChanged);
}

SagaListModel::~SagaListModel() = default;

QStringList SagaListModel::statuses()
{
    return {u"running"_s, u"stuck"_s, u"compensating"_s, u"completed"_s, u"failed"_s, u"compensated"_s, u"abnormal"_s};
}

// --- properties ---------------------------------------------------------------------------

void SagaListModel::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    if (m_touchedConnection)
        disconnect(m_touchedConnection);
    m_backend = backend;
    if (m_backend)
        m_touchedConnection = connect(m_backend, &Backend::sagasTouched, this, &SagaListModel::onSagasTouched);
    Q_EMIT backendChanged();
    scheduleRestart();
}

void SagaListModel::setStatusFilter(const QString &status)
{
    if (m_statusFilter == status)
        return;
    m_statusFilter = status;
    Q_EMIT statusFilterChanged();
    scheduleRestart();
}

void SagaListModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    Q_EMIT searchTextChanged();
    scheduleRestart();
}

void SagaListModel::setFromMs(qint64 ms)
{
    if (m_fromMs == ms)
        return;
    m_fromMs = ms;
    Q_EMIT fromMsChanged();
    scheduleRestart();
}

void SagaListModel::setToMs(qint64 ms)
{
    if (m_toMs == ms)
        return;
    m_toMs = ms;
    Q_EMIT toMsChanged();
    scheduleRestart();
}

void SagaListModel::setStuckAfterMs(int ms)
{
    if (m_stuckAfterMs == ms)
        return;
    m_stuckAfterMs = ms;
    Q_EMIT stuckAfterMsChanged();
    scheduleRestart();
}

void SagaListModel::setPageSize(int size)
{
    size = std::clamp(size, 1, 1000);
    if (m_pageSize == size)
        return;
    m_pageSize = size;
    Q_EMIT pageSizeChanged();
}

int SagaListModel::effectiveStuckAfterMs() const
{
    if (m_stuckAfterMs > 0)
        return m_stuckAfterMs;
    return m_backend ? m_backend->shop().config().stuckAfterMs : 0;
}

void SagaListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void SagaListModel::setLoaded(bool loaded)
{
    if (m_loaded == loaded)
        return;
    const bool hadMore = hasMore();
    m_loaded = loaded;
    Q_EMIT loadedChanged();
    if (hadMore != hasMore())
        Q_EMIT hasMoreChanged();
}

void SagaListModel::setExhausted(bool exhausted)
{
    if (m_exhausted == exhausted)
        return;
    const bool hadMore = hasMore();
    m_exhausted = exhausted;
    if (hadMore != hasMore())
        Q_EMIT hasMoreChanged();
}

void SagaListModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

// --- the model ----------------------------------------------------------------------------

int SagaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SagaListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const SagaSummary &s = m_rows.at(index.row());
    switch (role) {
    case SagaIdRole:
    case Qt::DisplayRole:
        return s.sagaId;
    case OrderIdRole:
        return s.orderId;
    case UserIdRole:
        return s.userId;
    case StatusRole:
        return s.shownStatus();
    case RecordedStatusRole:
        return s.status;
    case StartedAtRole:
        return s.startedAt;
    case UpdatedAtRole:
        return s.updatedAt;
    case DurationMsRole:
        return std::max<qint64>(0, s.updatedAt - s.startedAt);
    case LastEventTypeRole:
        return s.lastEventType;
    case RetriesRole:
        return s.retries;
    case DeadLettersRole:
        return s.deadLetters;
    case CompensationsRole:
        return s.compensations;
    case AmountRole:
        return s.amount;
    default:
        return {};
    }
}

QHash<int, QByteArray> SagaListModel::roleNames() const
{
    return {
        {SagaIdRole, "sagaId"},
        {OrderIdRole, "orderId"},
        {UserIdRole, "userId"},
        {StatusRole, "status"},
        {RecordedStatusRole, "recordedStatus"},
        {StartedAtRole, "startedAt"},
        {UpdatedAtRole, "updatedAt"},
        {DurationMsRole, "durationMs"},
        {LastEventTypeRole, "lastEventType"},
        {RetriesRole, "retries"},
        {DeadLettersRole, "deadLetters"},
        {CompensationsRole, "compensations"},
        {AmountRole, "amount"},
    };
}

int SagaListModel::indexOfSaga(const QString &sagaId) const
{
    return int(m_rowOf.value(sagaId, -1));
}

bool SagaListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasMore() && !m_fetching;
}

void SagaListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void SagaListModel::loadMore()
{
    fetchMore({});
}

void SagaListModel::reload()
{
    restart();
}

// --- loading ------------------------------------------------------------------------------

void SagaListModel::scheduleRestart()
{
    m_restartTimer.start();
}

saga::SagaQuery SagaListModel::baseQuery() const
{
    saga::SagaQuery query;
    query.status = m_statusFilter;
    query.search = m_searchText;
    query.startedFrom = m_fromMs;
    query.startedTo = m_toMs;
    query.stuckAfterMs = effectiveStuckAfterMs();
    return query;
}

void SagaListModel::restart()
{
    m_restartTimer.stop();
    ++m_generation;
    // Everything is forgotten inside the reset: a view may ask canFetchMore() / fetchMore()
    // as soon as endResetModel() tells it, and must then see an empty list that is loading.
    const bool hadMore = hasMore();
    const bool wasLoaded = m_loaded;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_cursor.reset();
    m_fetching = false;
    m_refreshing = false;
    m_touched.clear();
    m_refreshTimer.stop();
    m_exhausted = false;
    m_loaded = false;
    endResetModel();
    if (wasLoaded)
        Q_EMIT loadedChanged();
    if (hadMore)
        Q_EMIT hasMoreChanged();
    setError(QString());

    QString searchError;
    if (!saga::SagaQuery::parseSearch(m_searchText).error.isEmpty())
        searchError = tr("Search for an order number (123 or #123), a saga id or its beginning, or a user (u:3).");
    if (m_searchError != searchError) {
        m_searchError = searchError;
        Q_EMIT searchErrorChanged();
    }
    if (!m_backend) {
        setLoading(false);
        m_tickTimer.stop();
        return;
    }
    m_tickTimer.start();
    refreshCounts();
    if (!m_searchError.isEmpty()) {
        // Nothing matches a search that is not understood; the field says why.
        setLoading(false);
        setExhausted(true);
        setLoaded(true);
        return;
    }
    fetchPage();
}

bool SagaListModel::readable() const
{
    // Not while a reload is pending (the filters changed: it reads everything again), and
    // never with a search that is not understood (the search field says why).
    return m_backend && !m_restartTimer.isActive() && m_searchError.isEmpty()
        && saga::SagaQuery::parseSearch(m_searchText).error.isEmpty();
}

void SagaListModel::fetchPage()
{
    if (!readable() || m_fetching)
        return;
    m_fetching = true;
    setLoading(true);
    saga::SagaQuery query = baseQuery();
    query.limit = m_pageSize;
    if (m_cursor) {
        query.beforeUpdatedAt = m_cursor->first;
        query.beforeSagaId = m_cursor->second;
    }
    const int generation = m_generation;
    whenDone(m_backend->shop().sagaLog().sagas(query), this,
             [this, generation](const bus::Outcome<QList<SagaSummary>> &outcome) {
                 if (generation != m_generation)
                     return; // the filters changed meanwhile
                 m_fetching = false;
                 setLoading(false);
                 if (!outcome.ok()) {
                     setError(tr("The sagas could not be read: %1").arg(outcome.error));
                     return;
                 }
                 setError(QString());
                 applyPage(*outcome.value);
             });
}

void SagaListModel::applyPage(const QList<SagaSummary> &page)
{
    // Every saga of a page comes after every row already listed (keyset order), except one
    // already inserted by a live refresh (then listed with a later update: keep that one).
    QList<SagaSummary> fresh;
    fresh.reserve(page.size());
    for (const SagaSummary &s : page) {
        if (!m_rowOf.contains(s.sagaId))
            fresh.append(s);
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const SagaSummary &s : std::as_const(fresh)) {
            m_rowOf.insert(s.sagaId, m_rows.size());
            m_rows.append(s);
        }
        endInsertRows();
    }
    if (!page.isEmpty())
        m_cursor = std::pair(page.constLast().updatedAt, page.constLast().sagaId);
    setExhausted(page.size() < m_pageSize);
    setLoaded(true);
    scheduleRefresh(); // what changed while the page was on its way (if anything)
}

// --- live ---------------------------------------------------------------------------------

void SagaListModel::onSagasTouched(const QStringList &sagaIds)
{
    for (const QString &id : sagaIds)
        m_touched.insert(id);
    if (m_loaded)
        scheduleRefresh();
}

void SagaListModel::scheduleRefresh()
{
    if (m_refreshing || m_refreshTimer.isActive() || m_touched.isEmpty())
        return; // the running refresh schedules the next one when it is back
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : RefreshSpacingMs;
    m_refreshTimer.start(int(std::max<qint64>(0, RefreshSpacingMs - since)));
}

void SagaListModel::refresh()
{
    if (!m_loaded || m_touched.isEmpty() || m_refreshing)
        return;
    if (!readable()) {
        m_touched.clear();
        return;
    }
    m_refreshing = true;
    m_sinceRefresh.start();
    QStringList ids(m_touched.cbegin(), m_touched.cend());
    m_touched.clear();
    // One read per 1000 sagas; the answers are applied in order as they come.
    QList<QStringList> chunks;
    for (qsizetype i = 0; i < ids.size(); i += kIdsPerQuery)
        chunks.append(ids.mid(i, kIdsPerQuery));
    auto pending = std::make_shared<int>(int(chunks.size()));
    const int generation = m_generation;
    for (const QStringList &chunk : std::as_const(chunks)) {
        saga::SagaQuery query = baseQuery();
        query.sagaIds = chunk;
        query.limit = kIdsPerQuery;
        whenDone(m_backend->shop().sagaLog().sagas(query), this,
                 [this, generation, chunk, pending](const bus::Outcome<QList<SagaSummary>> &outcome) {
                     if (generation != m_generation)
                         return;
                     if (outcome.ok())
                         applyRefresh(chunk, *outcome.value);
                     else
                         setError(tr("The sagas could not be read: %1").arg(outcome.error));
                     if (--*pending > 0)
                         return;
                     m_refreshing = false;
                     scheduleRefresh(); // what was touched meanwhile
                 });
    }
    refreshCounts();
}

void SagaListModel::applyRefresh(const QStringList &asked, const QList<SagaSummary> &found)
{
    QHash<QString, const SagaSummary *> byId;
    for (const SagaSummary &s : found)
        byId.insert(s.sagaId, &s);
    for (const QString &id : asked) {
        const qsizetype row = m_rowOf.value(id, -1);
        const SagaSummary *s = byId.value(id);
        if (!s) {
            if (row >= 0)
                removeRow(row); // no longer matches the filters
        } else if (row >= 0) {
            updateRow(row, *s);
        } else if (withinLoaded(*s)) {
            insertRow(*s);
        } else if (m_fetching) {
            m_touched.insert(id); // the page on its way may hold an older read of it: read again after
        }
    }
}

bool SagaListModel::withinLoaded(const SagaSummary &s) const
{
    if (m_exhausted || !m_cursor)
        return true;
    // Listed before the last saga read: the pages still to come do not hold it.
    SagaSummary cursor;
    cursor.updatedAt = m_cursor->first;
    cursor.sagaId = m_cursor->second;
    return listedBefore(s, cursor);
}

qsizetype SagaListModel::positionFor(const SagaSummary &s) const
{
    return std::lower_bound(m_rows.cbegin(), m_rows.cend(), s, listedBefore) - m_rows.cbegin();
}

void SagaListModel::insertRow(const SagaSummary &s)
{
    const qsizetype row = positionFor(s);
    beginInsertRows({}, int(row), int(row));
    m_rows.insert(row, s);
    endInsertRows();
    reindexFrom(row);
}

void SagaListModel::updateRow(qsizetype row, const SagaSummary &s)
{
    if (sameRow(m_rows.at(row), s))
        return;
    if (!listedBefore(s, m_rows.at(row)) && !listedBefore(m_rows.at(row), s)) {
        m_rows[row] = s;
    } else {
        // Its place moves (a later update lists it higher): move the row, then say it changed.
        SagaSummary moving = m_rows.at(row);
        m_rows.removeAt(row);
        const qsizetype target = positionFor(s);
        m_rows.insert(row, moving);
        if (target != row) {
            beginMoveRows({}, int(row), int(row), {}, int(target > row ? target + 1 : target));
            m_rows.move(row, target);
            endMoveRows();
            reindexFrom(std::min(row, target));
            row = target;
        }
        m_rows[row] = s;
    }
    Q_EMIT dataChanged(index(int(row)), index(int(row)));
}

void SagaListModel::removeRow(qsizetype row)
{
    beginRemoveRows({}, int(row), int(row));
    m_rowOf.remove(m_rows.at(row).sagaId);
    m_rows.removeAt(row);
    endRemoveRows();
    reindexFrom(row);
}

void SagaListModel::reindexFrom(qsizetype row)
{
    for (qsizetype i = row; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).sagaId, i);
}

// --- counts and time ----------------------------------------------------------------------

void SagaListModel::refreshCounts()
{
    if (!m_backend)
        return;
    if (m_countsInFlight) {
        m_countsAgain = true;
        return;
    }
    m_countsInFlight = true;
    const QPointer<Backend> backend = m_backend;
    whenDone(m_backend->shop().sagaLog().counts(effectiveStuckAfterMs()), this,
             [this, backend](const bus::Outcome<saga::SagaStatusCounts> &outcome) {
                 m_countsInFlight = false;
                 if (backend == m_backend && outcome.ok()) {
                     QVariantMap counts;
                     for (const QString &status : statuses())
                         counts.insert(status, outcome.value->byStatus.value(status));
                     if (counts != m_statusCounts || outcome.value->total != m_totalCount) {
                         m_statusCounts = counts;
                         m_totalCount = outcome.value->total;
                         Q_EMIT statusCountsChanged();
                     }
                 }
                 if (std::exchange(m_countsAgain, false))
                     refreshCounts();
             });
}

bool SagaListModel::stuckNow(const SagaSummary &s, qint64 now) const
{
    const int after = effectiveStuckAfterMs();
    return after > 0 && s.updatedAt < now - after
        && (s.status == SagaSummary::StatusRunning || s.status == SagaSummary::StatusCompensating);
}

void SagaListModel::tick()
{
    // Sagas go stuck by standing still: no event says so.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        SagaSummary &s = m_rows[row];
        const bool stuck = stuckNow(s, now);
        if (stuck != s.stuck) {
            s.stuck = stuck;
            Q_EMIT dataChanged(index(int(row)), index(int(row)), {StatusRole});
        }
    }
    refreshCounts();
}

} // namespace sagashop::ui
