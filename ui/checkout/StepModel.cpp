#include "ui/checkout/StepModel.h"

#include "ui/checkout/CheckoutProgress.h"

namespace sagashop::ui {

StepModel::StepModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_rows(initialRows())
{ }

QList<StepModel::Row> StepModel::initialRows()
{
    QList<Row> rows;
    for (int step = 0; step < CheckoutProgress::StepCount; ++step) {
        rows.append({CheckoutProgress::stepKey(step), CheckoutProgress::stepTitle(step),
                CheckoutProgress::stateName(CheckoutProgress::StepState::Pending), QString()});
    }
    return rows;
}

int StepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return row.key;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case StateRole:
        return row.state;
    case DetailRole:
        return row.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> StepModel::roleNames() const
{
    return {{KeyRole, "key"}, {TitleRole, "title"}, {StateRole, "state"}, {DetailRole, "detail"}};
}

void StepModel::setRows(const QList<Row> &rows)
{
    Q_ASSERT(rows.size() == m_rows.size());
    const int count = int(std::min(rows.size(), m_rows.size()));
    for (int i = 0; i < count; ++i) {
        const Row &before = m_rows.at(i);
        const Row &after = rows.at(i);
        if (before == after)
            continue;
        QList<int> roles;
        if (before.key != after.key)
            roles.append(KeyRole);
        if (before.title != after.title)
            roles << TitleRole << Qt::DisplayRole;
        if (before.state != after.state)
            roles.append(StateRole);
        if (before.detail != after.detail)
            roles.append(DetailRole);
        m_rows[i] = after;
        Q_EMIT dataChanged(index(i), index(i), roles);
    }
}

} // namespace sagashop::ui
