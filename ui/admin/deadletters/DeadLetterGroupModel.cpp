#include "ui/admin/deadletters/DeadLetterGroupModel.h"

#include "bus/EventBus.h"
#include "bus/HybridClock.h"
#include "shop/Shop.h"
#include "ui/Backend.h"
#include "ui/WhenDone.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

constexpr QChar kKeySeparator = QChar(0x1f);

QUuid idFrom(const QString &text)
{
    return QUuid::fromString(text);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

DeadLetterGroupModel::DeadLetterGroupModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &DeadLetterGroupModel::groupCountChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &DeadLetterGroupModel::groupCountChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &DeadLetterGroupModel::groupCountChanged);
}

DeadLetterGroupModel::~DeadLetterGroupModel() = default;

// --- properties ---------------------------------------------------------------------------

Backend *DeadLetterGroupModel::backend() const
{
    return m_backend;
}

void DeadLetterGroupModel::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    if (m_deadLetteredConnection)
        disconnect(m_deadLetteredConnection);
    m_backend = backend;
    if (m_backend)
        m_deadLetteredConnection = connect(m_backend, &Backend::deadLettered, this, &DeadLetterGroupModel::refresh);
    Q_EMIT backendChanged();
    restart();
}

void DeadLetterGroupModel::setLoaded(bool loaded)
{
    if (m_loaded == loaded)
        return;
    m_loaded = loaded;
    Q_EMIT loadedChanged();
}

void DeadLetterGroupModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void DeadLetterGroupModel::setConcurrency(int concurrency)
{
    concurrency = std::clamp(concurrency, 1, 16);
    if (m_concurrency == concurrency)
        return;
    m_concurrency = concurrency;
    Q_EMIT concurrencyChanged();
    pump();
}

QString DeadLetterGroupModel::progressText() const
{
    if (m_progressTotal == 0)
        return {};
    const int current = std::min(m_progressDone + 1, m_progressTotal);
    if (m_runHasRetries)
        //: Bulk retry of dead letters: which one is being retried, of how many.
        return tr("Retrying %1 of %2").arg(current).arg(m_progressTotal);
    //: Bulk discard of dead letters: which one is being discarded, of how many.
    return tr("Discarding %1 of %2").arg(current).arg(m_progressTotal);
}

// --- the model ----------------------------------------------------------------------------

int DeadLetterGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant DeadLetterGroupModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Group &group = m_groups.at(index.row());
    const QList<bus::DeadLetter> &letters = group.letters->letters();
    switch (role) {
    case GroupKeyRole:
        return group.key;
    case ConsumerRole:
        return group.consumer;
    case ErrorRole:
    case Qt::DisplayRole: {
        const auto last = std::max_element(letters.cbegin(), letters.cend(),
                                           [](const bus::DeadLetter &a, const bus::DeadLetter &b) {
                                               return a.lastFailureAt < b.lastFailureAt;
                                           });
        return last == letters.cend() ? QString() : last->error;
    }
    case ErrorVariantsRole: {
        QSet<QString> errors;
        for (const bus::DeadLetter &l : letters)
            errors.insert(l.error);
        return int(errors.size());
    }
    case CountRole:
        return int(letters.size());
    case FirstFailureAtRole:
    case FirstFailureTextRole: {
        qint64 first = 0;
        for (const bus::DeadLetter &l : letters)
            first = first == 0 ? l.firstFailureAt : std::min(first, l.firstFailureAt);
        return role == FirstFailureAtRole ? QVariant(first) : QVariant(DeadLetterListModel::timeText(first));
    }
    case LastFailureAtRole:
    case LastFailureTextRole: {
        qint64 last = 0;
        for (const bus::DeadLetter &l : letters)
            last = std::max(last, l.lastFailureAt);
        return role == LastFailureAtRole ? QVariant(last) : QVariant(DeadLetterListModel::timeText(last));
    }
    case EventTypesRole:
    case EventTypesTextRole: {
        QStringList types;
        for (const bus::DeadLetter &l : letters) {
            const QString type = l.eventType.isEmpty() ? tr("(undecodable)") : l.eventType;
            if (!types.contains(type))
                types.append(type);
        }
        types.sort();
        //: Separates event type names in a dead-letter group.
        return role == EventTypesRole ? QVariant(types) : QVariant(types.join(tr(", ")));
    }
    case LettersRole:
        return QVariant::fromValue(group.letters);
    case SelectedCountRole:
    case AllSelectedRole: {
        int selected = 0;
        for (const bus::DeadLetter &l : letters)
            selected += m_selected.contains(l.id) ? 1 : 0;
        return role == SelectedCountRole ? QVariant(selected) : QVariant(selected > 0 && selected == letters.size());
    }
    case BusyRole:
        return std::any_of(letters.cbegin(), letters.cend(), [this](const bus::DeadLetter &l) { return m_pending.contains(l.id); });
    case FailedAgainCountRole:
        return int(std::count_if(letters.cbegin(), letters.cend(), [this](const bus::DeadLetter &l) {
            return retryState(l.id) == RetryState::FailedAgain;
        }));
    default:
        return {};
    }
}

QHash<int, QByteArray> DeadLetterGroupModel::roleNames() const
{
    return {
        {GroupKeyRole, "groupKey"},
        {ConsumerRole, "consumer"},
        {ErrorRole, "error"},
        {ErrorVariantsRole, "errorVariants"},
        {CountRole, "count"},
        {FirstFailureAtRole, "firstFailureAt"},
        {LastFailureAtRole, "lastFailureAt"},
        {FirstFailureTextRole, "firstFailureText"},
        {LastFailureTextRole, "lastFailureText"},
        {EventTypesRole, "eventTypes"},
        {EventTypesTextRole, "eventTypesText"},
        {LettersRole, "letters"},
        {SelectedCountRole, "selectedCount"},
        {AllSelectedRole, "allSelected"},
        {BusyRole, "busy"},
        {FailedAgainCountRole, "failedAgainCount"},
    };
}

QString DeadLetterGroupModel::groupKeyOf(const QString &consumer, const QString &error)
{
    static const QRegularExpression uuid(
        u"\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?"_s);
    // Free-standing numbers (order 17, attempt 3, 127.0.0.1:8080), but not an HTTP status.
    static const QRegularExpression number(u"(?<!HTTP )\\b\\d+\\b"_s);
    QString normalized = error;
    normalized.replace(uuid, u"<id>"_s);
    normalized.replace(number, u"#"_s);
    return consumer + kKeySeparator + normalized;
}

int DeadLetterGroupModel::indexOfGroup(const QString &groupKey) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).key == groupKey)
            return i;
    }
    return -1;
}

int DeadLetterGroupModel::rowOf(const QUuid &letterId) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).letters->indexOf(letterId) >= 0)
            return i;
    }
    return -1;
}

QString DeadLetterGroupModel::groupOf(const QString &letterId) const
{
    const int row = rowOf(idFrom(letterId));
    return row < 0 ? QString() : m_groups.at(row).key;
}

DeadLetterListModel *DeadLetterGroupModel::lettersOf(const QString &groupKey) const
{
    const int row = indexOfGroup(groupKey);
    return row < 0 ? nullptr : m_groups.at(row).letters;
}

QString DeadLetterGroupModel::envelopeJson(const QString &letterId) const
{
    const QUuid id = idFrom(letterId);
    const int row = rowOf(id);
    if (row < 0)
        return {};
    const DeadLetterListModel *letters = m_groups.at(row).letters;
    return DeadLetterListModel::envelopeJson(letters->letters().at(letters->indexOf(id)).envelope);
}

DeadLetterGroupModel::RetryState DeadLetterGroupModel::retryState(const QUuid &id) const
{
    return m_results.value(id).state;
}

QString DeadLetterGroupModel::retryText(const QUuid &id) const
{
    return m_results.value(id).text;
}

QString DeadLetterGroupModel::retryText(const QString &letterId) const
{
    return retryText(idFrom(letterId));
}

void DeadLetterGroupModel::groupChanged(int row, const QList<int> &roles)
{
    if (row >= 0 && row < m_groups.size())
        Q_EMIT dataChanged(index(row), index(row), roles);
}

void DeadLetterGroupModel::letterChanged(const QUuid &id, const QList<int> &roles)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_groups.at(row).letters->changed(id, roles);
}

void DeadLetterGroupModel::updateCount()
{
    int letters = 0;
    for (const Group &g : std::as_const(m_groups))
        letters += g.letters->count();
    if (m_letterCount == letters)
        return;
    m_letterCount = letters;
    Q_EMIT countChanged();
}

// --- loading ------------------------------------------------------------------------------

void DeadLetterGroupModel::restart()
{
    ++m_generation;
    m_loading = false;
    m_loadAgain = false;
    beginResetModel();
    for (const Group &g : std::as_const(m_groups))
        g.letters->deleteLater(); // QML may still hold it until the delegates go
    m_groups.clear();
    m_results.clear();
    endResetModel();
    // Actions on their way belong to the old backend: their answers are dropped.
    m_queue.clear();
    m_pending.clear();
    m_inFlight = 0;
    if (std::exchange(m_progressTotal, 0) > 0) {
        m_progressDone = 0;
        Q_EMIT progressChanged();
    }
    if (!m_selected.isEmpty()) {
        m_selected.clear();
        Q_EMIT selectionChanged();
    }
    updateCount();
    setLoaded(false);
    setError({});
    load();
}

void DeadLetterGroupModel::refresh()
{
    load();
}

void DeadLetterGroupModel::load()
{
    if (!m_backend)
        return;
    if (m_loading || m_progressTotal > 0) {
        m_loadAgain = true; // once the read (or the run of actions) is done
        return;
    }
    m_loading = true;
    const int generation = m_generation;
    const int epoch = m_epoch;
    whenDone(m_backend->shop().bus().deadLetters(), this,
             [this, generation, epoch](const QList<bus::DeadLetter> &letters) {
                 if (generation != m_generation)
                     return;
                 m_loading = false;
                 if (epoch != m_epoch || m_progressTotal > 0) {
                     // An action finished (or runs) meanwhile: this read may show a letter
                     // that is gone already. Read again when things are quiet.
                     m_loadAgain = false;
                     if (m_progressTotal == 0)
                         load();
                     else
                         m_loadAgain = true;
                     return;
                 }
                 apply(letters);
                 setLoaded(true);
                 if (std::exchange(m_loadAgain, false))
                     load();
             });
}

void DeadLetterGroupModel::apply(const QList<bus::DeadLetter> &letters)
{
    QMap<QString, QList<bus::DeadLetter>> byKey; // ordered by key: consumer first
    for (const bus::DeadLetter &l : letters)
        byKey[groupKeyOf(l.consumer, l.error)].append(l);

    // Groups that are gone.
    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        if (!byKey.contains(m_groups.at(row).key)) {
            beginRemoveRows({}, row, row);
            m_groups.at(row).letters->deleteLater();
            m_groups.removeAt(row);
            endRemoveRows();
        }
    }
    // Arrivals and changes, walking both in key order.
    int row = 0;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        while (row < m_groups.size() && m_groups.at(row).key < it.key())
            ++row; // cannot happen after the removals above; kept for safety
        if (row < m_groups.size() && m_groups.at(row).key == it.key()) {
            DeadLetterListModel *list = m_groups.at(row).letters;
            const QList<bus::DeadLetter> before = list->letters();
            list->merge(it.value());
            if (before.size() != list->letters().size()
                || !std::equal(before.cbegin(), before.cend(), list->letters().cbegin(),
                               [](const bus::DeadLetter &a, const bus::DeadLetter &b) {
                                   return a.id == b.id && a.error == b.error && a.attempts == b.attempts
                                           && a.lastFailureAt == b.lastFailureAt;
                               }))
                groupChanged(row);
        } else {
            Group group;
            group.key = it.key();
            group.consumer = it.value().first().consumer;
            group.letters = new DeadLetterListModel(this);
            group.letters->merge(it.value());
            beginInsertRows({}, row, row);
            m_groups.insert(row, group);
            endInsertRows();
        }
        ++row;
    }

    // Forget what concerns letters that are gone.
    QSet<QUuid> present;
    for (const bus::DeadLetter &l : letters)
        present.insert(l.id);
    for (auto it = m_results.begin(); it != m_results.end();) {
        if (!present.contains(it.key()) && !m_pending.contains(it.key()))
            it = m_results.erase(it);
        else
            ++it;
    }
    const qsizetype selectedBefore = m_selected.size();
    m_selected.intersect(present);
    if (m_selected.size() != selectedBefore)
        Q_EMIT selectionChanged();
    updateCount();
}

void DeadLetterGroupModel::removeLetter(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    if (m_selected.remove(id))
        Q_EMIT selectionChanged();
    DeadLetterListModel *list = m_groups.at(row).letters;
    list->remove(id);
    if (list->count() == 0) {
        beginRemoveRows({}, row, row);
        list->deleteLater();
        m_groups.removeAt(row);
        endRemoveRows();
    } else {
        groupChanged(row);
    }
    updateCount();
}

// --- selection ----------------------------------------------------------------------------

void DeadLetterGroupModel::setSelected(const QString &letterId, bool selected)
{
    const QUuid id = idFrom(letterId);
    const int row = rowOf(id);
    if (row < 0 || m_selected.contains(id) == selected)
        return;
    if (selected)
        m_selected.insert(id);
    else
        m_selected.remove(id);
    m_groups.at(row).letters->changed(id, {DeadLetterListModel::SelectedRole});
    groupChanged(row, {SelectedCountRole, AllSelectedRole});
    Q_EMIT selectionChanged();
}

bool DeadLetterGroupModel::isSelected(const QString &letterId) const
{
    return m_selected.contains(idFrom(letterId));
}

void DeadLetterGroupModel::setGroupSelected(const QString &groupKey, bool selected)
{
    const int row = indexOfGroup(groupKey);
    if (row < 0)
        return;
    bool changed = false;
    for (const bus::DeadLetter &l : m_groups.at(row).letters->letters()) {
        if (selected ? !m_selected.contains(l.id) : m_selected.contains(l.id)) {
            changed = true;
            if (selected)
                m_selected.insert(l.id);
            else
                m_selected.remove(l.id);
        }
    }
    if (!changed)
        return;
    m_groups.at(row).letters->changedAll({DeadLetterListModel::SelectedRole});
    groupChanged(row, {SelectedCountRole, AllSelectedRole});
    Q_EMIT selectionChanged();
}

void DeadLetterGroupModel::selectAll()
{
    for (const Group &g : std::as_const(m_groups))
        setGroupSelected(g.key, true);
}

void DeadLetterGroupModel::clearSelection()
{
    for (const Group &g : std::as_const(m_groups))
        setGroupSelected(g.key, false);
}

// --- actions ------------------------------------------------------------------------------

QList<QUuid> DeadLetterGroupModel::idsOfGroup(const QString &groupKey) const
{
    QList<QUuid> ids;
    if (const int row = indexOfGroup(groupKey); row >= 0) {
        for (const bus::DeadLetter &l : m_groups.at(row).letters->letters())
            ids.append(l.id);
    }
    return ids;
}

QList<QUuid> DeadLetterGroupModel::allIds() const
{
    QList<QUuid> ids;
    for (const Group &g : m_groups) {
        for (const bus::DeadLetter &l : g.letters->letters())
            ids.append(l.id);
    }
    return ids;
}

void DeadLetterGroupModel::retryOne(const QString &letterId)
{
    enqueue({idFrom(letterId)}, false);
}

void DeadLetterGroupModel::retrySelected()
{
    QList<QUuid> ids;
    for (const QUuid &id : allIds()) { // in the order shown
        if (m_selected.contains(id))
            ids.append(id);
    }
    enqueue(ids, false);
}

void DeadLetterGroupModel::retryGroup(const QString &groupKey)
{
    enqueue(idsOfGroup(groupKey), false);
}

void DeadLetterGroupModel::retryAll()
{
    enqueue(allIds(), false);
}

void DeadLetterGroupModel::discard(const QString &letterId)
{
    enqueue({idFrom(letterId)}, true);
}

void DeadLetterGroupModel::discardGroup(const QString &groupKey)
{
    enqueue(idsOfGroup(groupKey), true);
}

void DeadLetterGroupModel::discardSelected()
{
    QList<QUuid> ids;
    for (const QUuid &id : allIds()) {
        if (m_selected.contains(id))
            ids.append(id);
    }
    enqueue(ids, true);
}

void DeadLetterGroupModel::enqueue(const QList<QUuid> &ids, bool discard)
{
    if (!m_backend) {
        setError(tr("Not connected to the shop."));
        return;
    }
    if (m_progressTotal == 0) { // a new run
        m_progressDone = 0;
        m_runHasRetries = false;
        m_runHandled = m_runFailed = m_runDiscarded = m_runGone = 0;
    }
    int added = 0;
    for (const QUuid &id : ids) {
        if (id.isNull() || m_pending.contains(id) || rowOf(id) < 0)
            continue;
        m_pending.insert(id);
        m_queue.push_back(Job{id, discard});
        ++added;
        if (!discard) {
            m_runHasRetries = true;
            m_results.insert(id, Result{RetryState::Queued, tr("Waiting to be retried…")});
            letterChanged(id, {DeadLetterListModel::RetryStateRole, DeadLetterListModel::RetryTextRole,
                               DeadLetterListModel::BusyRole});
        }
        groupChanged(rowOf(id), {BusyRole});
    }
    if (added == 0)
        return;
    setError({});
    m_progressTotal += added;
    Q_EMIT progressChanged();
    pump();
}

void DeadLetterGroupModel::pump()
{
    while (m_inFlight < m_concurrency && !m_queue.empty()) {
        const Job job = m_queue.front();
        m_queue.pop_front();
        start(job);
    }
}

void DeadLetterGroupModel::start(const Job &job)
{
    ++m_inFlight;
    const int generation = m_generation;
    bus::EventBus &bus = m_backend->shop().bus();
    if (job.discard) {
        whenDone(bus.discardDeadLetter(job.id), this, [this, id = job.id, generation](bool found) {
            if (generation == m_generation)
                discardDone(id, found);
        });
        return;
    }
    m_results.insert(job.id, Result{RetryState::Running, tr("Retrying…")});
    letterChanged(job.id, {DeadLetterListModel::RetryStateRole, DeadLetterListModel::RetryTextRole,
                           DeadLetterListModel::BusyRole});
    whenDone(bus.retryDeadLetter(job.id), this,
             [this, id = job.id, generation](const bus::DeadLetterRetryResult &result) {
                 if (generation == m_generation)
                     retryDone(id, result);
             });
}

void DeadLetterGroupModel::retryDone(const QUuid &id, const bus::DeadLetterRetryResult &result)
{
    using Status = bus::DeadLetterRetryResult::Status;
    switch (result.status) {
    case Status::Handled:
        ++m_runHandled;
        m_results.remove(id);
        removeLetter(id);
        break;
    case Status::NotFound:
        ++m_runGone; // retried or discarded elsewhere meanwhile
        m_results.remove(id);
        removeLetter(id);
        break;
    case Status::FailedAgain: {
        ++m_runFailed;
        //: A dead letter was retried and its consumer failed again; %1 is the error.
        m_results.insert(id, Result{RetryState::FailedAgain, tr("Failed again: %1").arg(result.error)});
        // What the retry just stored: one more attempt, the new error, now.
        if (const int row = rowOf(id); row >= 0) {
            DeadLetterListModel *list = m_groups.at(row).letters;
            bus::DeadLetter letter = list->letters().at(list->indexOf(id));
            letter.attempts += 1;
            letter.error = result.error;
            letter.lastFailureAt = bus::HybridClock::nowMs();
            list->update(letter);
            groupChanged(row);
        }
        break;
    }
    case Status::StorageFailed:
        ++m_runFailed;
        //: A dead letter could not be retried (storage trouble); %1 says why.
        m_results.insert(id, Result{RetryState::Failed, tr("Could not retry: %1").arg(result.error)});
        break;
    }
    letterChanged(id, {DeadLetterListModel::RetryStateRole, DeadLetterListModel::RetryTextRole,
                       DeadLetterListModel::BusyRole});
    const bool handled = result.status == Status::Handled || result.status == Status::NotFound;
    Q_EMIT retryFinished(idText(id), handled, handled ? QString() : result.error);
    finish(id);
}

void DeadLetterGroupModel::discardDone(const QUuid &id, bool found)
{
    if (found)
        ++m_runDiscarded;
    else
        ++m_runGone;
    m_results.remove(id);
    removeLetter(id);
    Q_EMIT discardFinished(idText(id), found);
    finish(id);
}

void DeadLetterGroupModel::finish(const QUuid &id)
{
    --m_inFlight;
    ++m_epoch;
    m_pending.remove(id);
    groupChanged(rowOf(id), {BusyRole, FailedAgainCountRole});
    ++m_progressDone;
    if (m_progressDone < m_progressTotal) {
        Q_EMIT progressChanged();
        pump();
        return;
    }
    // The run is over.
    m_progressDone = 0;
    m_progressTotal = 0;
    Q_EMIT progressChanged();
    const QString text = summary();
    if (m_lastActionText != text) {
        m_lastActionText = text;
        Q_EMIT lastActionTextChanged();
    }
    Q_EMIT actionFinished(text);
    m_loadAgain = false;
    load(); // regroup letters whose error changed; see what arrived meanwhile
}

QString DeadLetterGroupModel::summary() const
{
    QStringList parts;
    if (m_runHandled > 0)
        parts.append(tr("%n handled", nullptr, m_runHandled));
    if (m_runFailed > 0)
        parts.append(tr("%n failed again", nullptr, m_runFailed));
    if (m_runDiscarded > 0)
        parts.append(tr("%n discarded", nullptr, m_runDiscarded));
    if (m_runGone > 0)
        parts.append(tr("%n already gone", nullptr, m_runGone));
    //: Separates the parts of a summary such as "3 handled, 1 failed again".
    return parts.join(tr(", "));
}

} // namespace sagashop::ui
