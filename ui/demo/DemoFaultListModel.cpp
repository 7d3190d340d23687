#include "ui/demo/DemoFaultListModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

DemoFaultListModel::DemoFaultListModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &DemoFaultListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &DemoFaultListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &DemoFaultListModel::countChanged);
}

DemoFaultListModel::~DemoFaultListModel() = default;

void DemoFaultListModel::setLimit(int limit)
{
    limit = std::max(1, limit);
    if (m_limit == limit)
        return;
    m_limit = limit;
    if (m_rows.size() > m_limit) {
        beginRemoveRows({}, m_limit, int(m_rows.size()) - 1);
        m_rows.resize(m_limit);
        endRemoveRows();
    }
}

int DemoFaultListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DemoFaultListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const demo::FiredFault &f = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return demo::faultKey(f.kind);
    case TitleRole:
    case Qt::DisplayRole:
        return demo::faultTitle(f.kind);
    case DetailRole:
        return f.detail;
    case CycleRole:
        return f.cycle;
    case SinceStartSecondsRole:
        return qint64(f.sinceStartMs / 1000);
    case SinceStartTextRole:
        return durationText(f.sinceStartMs / 1000);
    case SagaIdRole:
        return f.sagaId;
    case OrderIdRole:
        return f.orderId;
    default:
        return {};
    }
}

QHash<int, QByteArray> DemoFaultListModel::roleNames() const
{
    return {
        {KeyRole, "key"},
        {TitleRole, "title"},
        {DetailRole, "detail"},
        {CycleRole, "cycle"},
        {SinceStartSecondsRole, "sinceStartSeconds"},
        {SinceStartTextRole, "sinceStartText"},
        {SagaIdRole, "sagaId"},
        {OrderIdRole, "orderId"},
    };
}

void DemoFaultListModel::add(const demo::FiredFault &fault)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend(fault);
    endInsertRows();
    if (m_rows.size() > m_limit) {
        beginRemoveRows({}, m_limit, int(m_rows.size()) - 1);
        m_rows.resize(m_limit);
        endRemoveRows();
    }
    setTotal(m_total + 1);
}

void DemoFaultListModel::reset(const QList<demo::FiredFault> &faults)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = faults.crbegin(); it != faults.crend() && m_rows.size() < m_limit; ++it)
        m_rows.append(*it);
    endResetModel();
    setTotal(int(faults.size()));
}

void DemoFaultListModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {TitleRole, Qt::DisplayRole});
}

QString DemoFaultListModel::durationText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

void DemoFaultListModel::setTotal(int total)
{
    if (m_total == total)
        return;
    m_total = total;
    Q_EMIT totalChanged();
}

} // namespace sagashop::ui
