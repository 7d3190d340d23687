#include "ui/catalog/PopularModel.h"
#include "ui/WhenDone.h"

#include "saga/CheckoutEvents.h"
#include "services/statistics/StatisticsService.h"
#include "shop/Shop.h"
#include "ui/Backend.h"
#include "ui/catalog/SalesFeed.h"

#include <QDateTime>
#include <QFuture>

namespace sagashop::ui {

PopularModel::PopularModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_refresh([this] { startRead(); })
    , m_sales(new SalesFeed(this))
{
    connect(m_sales, &SalesFeed::salesCounted, this, [this] { m_refresh.request(); });
}

PopularModel::~PopularModel() = default;

void PopularModel::setProducts(ProductModel *products)
{
    if (m_products == products)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_productConnections))
        disconnect(c);
    m_productConnections.clear();
    m_products = products;
    if (m_products) {
        m_productConnections = {
                connect(m_products, &ProductModel::backendChanged, this,
                        &PopularModel::followBackend),
                connect(m_products, &ProductModel::languageChanged, this,
                        &PopularModel::namesChanged),
                connect(m_products, &ProductModel::loadedChanged, this,
                        &PopularModel::namesChanged),
        };
    }
    followBackend();
    Q_EMIT productsChanged();
}

void PopularModel::followBackend()
{
    Backend *backend = m_products ? m_products->backend() : nullptr;
    if (m_backend == backend && backend)
        return;
    disconnect(m_eventsConnection);
    m_sales->setBus(nullptr);
    ++m_generation;
    m_refresh.cancel();
    m_backend = backend;
    beginResetModel(); // a different shop: a new list
    m_entries.clear();
    endResetModel();
    if (m_backend) {
        m_eventsConnection
                = connect(m_backend, &Backend::eventsArrived, this, &PopularModel::onEventsArrived);
        m_sales->setBus(&m_backend->shop().bus());
        m_refresh.request();
    }
}

void PopularModel::onEventsArrived(const QList<bus::EventEnvelope> &events)
{
    namespace Events = saga::CheckoutEvents;
    for (const bus::EventEnvelope &e : events) {
        if (e.type == Events::OrderCompleted || e.type == Events::OrderCancelled
                || e.type == Events::ProductSalesRankRecorded) {
            m_refresh.request();
            return;
        }
    }
}

void PopularModel::startRead()
{
    const quint64 generation = m_generation;
    whenDone(m_backend->shop()
            .statistics()
            .popular(QDateTime::currentMSecsSinceEpoch(), Days, Limit)
            , this,
                    [this, generation](
                            const bus::Outcome<QList<services::StatisticsService::ProductQuantity>>
                                    &outcome) {
                        if (generation != m_generation)
                            return;
                        if (outcome.ok()) {
                            QList<Entry> entries;
                            for (const auto &[productId, quantity] : *outcome.value)
                                entries.append({productId, quantity});
                            apply(entries);
                        }
                        m_refresh.finished();
                    });
}

void PopularModel::apply(const QList<Entry> &entries)
{
    const int common = int(std::min(m_entries.size(), entries.size()));
    for (int row = 0; row < common; ++row) {
        if (m_entries.at(row) == entries.at(row))
            continue;
        const bool sameProduct = m_entries.at(row).productId == entries.at(row).productId;
        m_entries[row] = entries.at(row);
        if (sameProduct)
            Q_EMIT dataChanged(index(row), index(row), {QuantityRole});
        else
            Q_EMIT dataChanged(
                    index(row), index(row), {ProductIdRole, NameRole, QuantityRole, ImageUrlRole});
    }
    if (entries.size() > m_entries.size()) {
        beginInsertRows({}, int(m_entries.size()), int(entries.size()) - 1);
        m_entries.append(entries.mid(m_entries.size()));
        endInsertRows();
    } else if (entries.size() < m_entries.size()) {
        beginRemoveRows({}, int(entries.size()), int(m_entries.size()) - 1);
        m_entries.resize(entries.size());
        endRemoveRows();
    }
}

void PopularModel::namesChanged()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {NameRole, ImageUrlRole});
}

int PopularModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant PopularModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case RankRole:
        return index.row() + 1;
    case ProductIdRole:
        return entry.productId;
    case Qt::DisplayRole:
    case NameRole: {
        const QString name = m_products ? m_products->nameOf(entry.productId) : QString();
        return name.isEmpty() ? entry.productId : name;
    }
    case QuantityRole:
        return entry.quantity;
    case ImageUrlRole:
        return m_products ? m_products->imageUrlOf(entry.productId) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> PopularModel::roleNames() const
{
    return {
            {RankRole, "rank"},
            {ProductIdRole, "productId"},
            {NameRole, "name"},
            {QuantityRole, "quantity"},
            {ImageUrlRole, "imageUrl"},
    };
}

} // namespace sagashop::ui
