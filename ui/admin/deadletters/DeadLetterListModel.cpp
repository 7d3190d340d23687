#include "ui/admin/deadletters/DeadLetterListModel.h"

#include "ui/admin/deadletters/DeadLetterGroupModel.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

bool before(const bus::DeadLetter &a, const bus::DeadLetter &b)
{
    if (a.firstFailureAt != b.firstFailureAt)
        return a.firstFailureAt < b.firstFailureAt;
    return a.id.toString() < b.id.toString();
}

bool sameData(const bus::DeadLetter &a, const bus::DeadLetter &b)
{
    return a.error == b.error && a.attempts == b.attempts && a.lastFailureAt == b.lastFailureAt
            && a.eventType == b.eventType && a.sagaId == b.sagaId && a.aggregateId == b.aggregateId
            && a.envelope == b.envelope;
}

QString retryStateName(DeadLetterGroupModel::RetryState state)
{
    using S = DeadLetterGroupModel::RetryState;
    switch (state) {
    case S::None:
        return {};
    case S::Queued:
        return u"queued"_s;
    case S::Running:
        return u"running"_s;
    case S::FailedAgain:
        return u"failedAgain"_s;
    case S::Failed:
        return u"failed"_s;
    }
    return {};
}

} // namespace

DeadLetterListModel::DeadLetterListModel(DeadLetterGroupModel *owner) : QAbstractListModel(owner), m_owner(owner)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &DeadLetterListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &DeadLetterListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &DeadLetterListModel::countChanged);
}

DeadLetterListModel::~DeadLetterListModel() = default;

int DeadLetterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

QVariant DeadLetterListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const bus::DeadLetter &letter = m_letters.at(index.row());
    switch (role) {
    case LetterIdRole:
        return letter.id.toString(QUuid::WithoutBraces);
    case EventIdRole:
        return letter.eventId.toString(QUuid::WithoutBraces);
    case EventTypeRole:
    case Qt::DisplayRole:
        return letter.eventType;
    case SagaIdRole:
        return letter.sagaId;
    case AggregateIdRole:
        return letter.aggregateId;
    case AttemptsRole:
        return letter.attempts;
    case FirstFailureAtRole:
        return letter.firstFailureAt;
    case LastFailureAtRole:
        return letter.lastFailureAt;
    case FirstFailureTextRole:
        return timeText(letter.firstFailureAt);
    case LastFailureTextRole:
        return timeText(letter.lastFailureAt);
    case ErrorRole:
        return letter.error;
    case EnvelopeJsonRole:
        return envelopeJson(letter.envelope);
    case SelectedRole:
        return m_owner->isSelected(letter.id);
    case RetryStateRole:
        return retryStateName(m_owner->retryState(letter.id));
    case RetryTextRole:
        return m_owner->retryText(letter.id);
    case BusyRole: {
        const auto state = m_owner->retryState(letter.id);
        return state == DeadLetterGroupModel::RetryState::Queued || state == DeadLetterGroupModel::RetryState::Running;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> DeadLetterListModel::roleNames() const
{
    return {
        {LetterIdRole, "letterId"},
        {EventIdRole, "eventId"},
        {EventTypeRole, "eventType"},
        {SagaIdRole, "sagaId"},
        {AggregateIdRole, "aggregateId"},
        {AttemptsRole, "attempts"},
        {FirstFailureAtRole, "firstFailureAt"},
        {LastFailureAtRole, "lastFailureAt"},
        {FirstFailureTextRole, "firstFailureText"},
        {LastFailureTextRole, "lastFailureText"},
        {ErrorRole, "error"},
        {EnvelopeJsonRole, "envelopeJson"},
        {SelectedRole, "selected"},
        {RetryStateRole, "retryState"},
        {RetryTextRole, "retryText"},
        {BusyRole, "busy"},
    };
}

int DeadLetterListModel::indexOf(const QUuid &id) const
{
    for (int i = 0; i < m_letters.size(); ++i) {
        if (m_letters.at(i).id == id)
            return i;
    }
    return -1;
}

void DeadLetterListModel::merge(const QList<bus::DeadLetter> &incomingUnsorted)
{
    QList<bus::DeadLetter> incoming = incomingUnsorted;
    std::sort(incoming.begin(), incoming.end(), before);
    // Letters that left (wherever they were), then a sorted walk for arrivals and changes.
    QSet<QUuid> keep;
    for (const bus::DeadLetter &l : std::as_const(incoming))
        keep.insert(l.id);
    for (int i = int(m_letters.size()) - 1; i >= 0; --i) {
        if (!keep.contains(m_letters.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_letters.removeAt(i);
            endRemoveRows();
        }
    }
    qsizetype i = 0;
    for (const bus::DeadLetter &letter : std::as_const(incoming)) {
        if (i < m_letters.size() && m_letters.at(i).id == letter.id) {
            if (!sameData(m_letters.at(i), letter)) {
                m_letters[i] = letter;
                Q_EMIT dataChanged(index(int(i)), index(int(i)));
            }
            ++i;
            continue;
        }
        // Not at its place: it is new here (the first failure of a letter never changes, so
        // a letter that stayed keeps its relative order).
        const int existing = indexOf(letter.id);
        if (existing >= 0) { // defensive: same letter, moved (should not happen)
            beginRemoveRows({}, existing, existing);
            m_letters.removeAt(existing);
            endRemoveRows();
            if (existing < i)
                --i;
        }
        beginInsertRows({}, int(i), int(i));
        m_letters.insert(i, letter);
        endInsertRows();
        ++i;
    }
}

void DeadLetterListModel::remove(const QUuid &id)
{
    const int row = indexOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_letters.removeAt(row);
    endRemoveRows();
}

void DeadLetterListModel::update(const bus::DeadLetter &letter)
{
    const int row = indexOf(letter.id);
    if (row < 0 || sameData(m_letters.at(row), letter))
        return;
    m_letters[row] = letter;
    Q_EMIT dataChanged(index(row), index(row));
}

void DeadLetterListModel::changed(const QUuid &id, const QList<int> &roles)
{
    if (const int row = indexOf(id); row >= 0)
        Q_EMIT dataChanged(index(row), index(row), roles);
}

void DeadLetterListModel::changedAll(const QList<int> &roles)
{
    if (!m_letters.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_letters.size()) - 1), roles);
}

QString DeadLetterListModel::envelopeJson(const QByteArray &envelope)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(envelope, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return QString::fromUtf8(envelope); // undecodable: the bytes as they arrived
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

QString DeadLetterListModel::timeText(qint64 utcMs)
{
    if (utcMs <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime();
    if (at.date() == QDate::currentDate())
        return at.toString(u"HH:mm:ss"_s);
    return at.toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace sagashop::ui
