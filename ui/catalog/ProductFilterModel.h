#pragma once

#include "ui/catalog/ProductModel.h"

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QString>
#include <QtQmlIntegration>

namespace sagashop::ui {

/// The catalogue as the shopper searches and sorts it (same roles as ProductModel).
///
/// `searchText` keeps the products whose Korean name, English name or id contains it,
/// ignoring case. `sortKey` is "name" (in the current language), "price" or "popularity";
/// `ascending` (default true) follows each key's natural order — A to Z, cheapest first,
/// best seller first — and false reverses it. Ties are broken by product id, so the order is
/// total: a change that does not touch the key (stock, for instance) never moves a row.
class ProductFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::ProductModel *source READ source WRITE setSource NOTIFY sourceChanged
                    FINAL)
    Q_PROPERTY(
            QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged FINAL)
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY sortKeyChanged FINAL)
    Q_PROPERTY(bool ascending READ ascending WRITE setAscending NOTIFY ascendingChanged FINAL)

public:
    explicit ProductFilterModel(QObject *parent = nullptr);

    ProductModel *source() const { return m_source; }
    void setSource(ProductModel *source);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    /// "name" (default), "price" or "popularity"; anything else is ignored.
    QString sortKey() const { return m_sortKey; }
    void setSortKey(const QString &key);
    bool ascending() const { return m_ascending; }
    void setAscending(bool ascending);

Q_SIGNALS:
    void sourceChanged();
    void searchTextChanged();
    void sortKeyChanged();
    void ascendingChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void applySort();

    QPointer<ProductModel> m_source;
    QString m_searchText;
    QString m_sortKey = QStringLiteral("name");
    bool m_ascending = true;
};

} // namespace sagashop::ui
