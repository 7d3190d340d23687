#include "ui/catalog/ProductFilterModel.h"

using namespace Qt::StringLiterals;

namespace sagashop::ui {

ProductFilterModel::ProductFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    applySort();
}

void ProductFilterModel::setSource(ProductModel *source)
{
    if (m_source == source)
        return;
    m_source = source;
    setSourceModel(source);
    applySort();
    Q_EMIT sourceChanged();
}

void ProductFilterModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    invalidateFilter();
    Q_EMIT searchTextChanged();
}

void ProductFilterModel::setSortKey(const QString &key)
{
    if (m_sortKey == key || (key != u"name"_s && key != u"price"_s && key != u"popularity"_s))
        return;
    m_sortKey = key;
    applySort();
    Q_EMIT sortKeyChanged();
}

void ProductFilterModel::setAscending(bool ascending)
{
    if (m_ascending == ascending)
        return;
    m_ascending = ascending;
    applySort();
    Q_EMIT ascendingChanged();
}

void ProductFilterModel::applySort()
{
    // The sort role tells the proxy which dataChanged may move rows; lessThan decides.
    if (m_sortKey == u"price"_s)
        setSortRole(ProductModel::PriceRole);
    else if (m_sortKey == u"popularity"_s)
        setSortRole(ProductModel::PopularityRole);
    else
        setSortRole(ProductModel::NameRole);
    invalidate(); // the comparison itself changed, even when the role did not
    sort(0, m_ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
}

bool ProductFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString needle = m_searchText.trimmed();
    if (needle.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (int role :
            {ProductModel::NameKoRole, ProductModel::NameEnRole, ProductModel::ProductIdRole}) {
        if (index.data(role).toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ProductFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QString leftId = left.data(ProductModel::ProductIdRole).toString();
    const QString rightId = right.data(ProductModel::ProductIdRole).toString();
    int order = 0;
    if (m_sortKey == u"price"_s) {
        const qint64 a = left.data(ProductModel::PriceRole).toLongLong();
        const qint64 b = right.data(ProductModel::PriceRole).toLongLong();
        order = a < b ? -1 : (a > b ? 1 : 0);
    } else if (m_sortKey == u"popularity"_s) {
        const qint64 a = left.data(ProductModel::PopularityRole).toLongLong();
        const qint64 b = right.data(ProductModel::PopularityRole).toLongLong();
        order = a > b ? -1 : (a < b ? 1 : 0); // best seller first
    } else {
        order = QString::localeAwareCompare(left.data(ProductModel::NameRole).toString(),
                right.data(ProductModel::NameRole).toString());
    }
    if (order != 0)
        return order < 0;
    return leftId < rightId;
}

} // namespace sagashop::ui
