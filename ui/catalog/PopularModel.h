#pragma once

#include "bus/EventEnvelope.h"
#include "ui/catalog/CoalescedRefresh.h"
#include "ui/catalog/ProductModel.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QtQmlIntegration>

namespace sagashop::ui {

class SalesFeed;

/// The five best sellers of the last three days (StatisticsService::popular), rank 1 first.
/// Names and pictures come from `products` (so the name follows its language). Re-read, at
/// most one read at a time, when sales change (OrderCompleted, OrderCancelled,
/// ProductSalesRankRecorded, and once Statistics has counted them); the new list is applied
/// row by row: dataChanged for rows that changed, rows inserted or removed at the end.
class PopularModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::ProductModel *products READ products WRITE setProducts NOTIFY
                    productsChanged FINAL)

public:
    enum Role {
        RankRole = Qt::UserRole,
        ProductIdRole,
        NameRole,
        QuantityRole,
        ImageUrlRole,
    };
    Q_ENUM(Role)

    static constexpr int Days = 3;
    static constexpr int Limit = 5;

    explicit PopularModel(QObject *parent = nullptr);
    ~PopularModel() override;

    ProductModel *products() const { return m_products; }
    void setProducts(ProductModel *products);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void productsChanged();

private:
    struct Entry
    {
        QString productId;
        qint64 quantity = 0;
        bool operator==(const Entry &) const = default;
    };

    void followBackend();
    void onEventsArrived(const QList<bus::EventEnvelope> &events);
    void startRead();
    void apply(const QList<Entry> &entries);
    void namesChanged();

    QPointer<ProductModel> m_products;
    QPointer<Backend> m_backend;
    QList<Entry> m_entries;
    quint64 m_generation = 0;
    CoalescedRefresh m_refresh;
    SalesFeed *m_sales = nullptr;
    QList<QMetaObject::Connection> m_productConnections;
    QMetaObject::Connection m_eventsConnection;
};

} // namespace sagashop::ui
