#include "ui/catalog/ProductModel.h"
#include "ui/WhenDone.h"

#include "saga/CheckoutEvents.h"
#include "services/inventory/InventoryService.h"
#include "services/statistics/StatisticsService.h"
#include "shop/Shop.h"
#include "ui/Backend.h"
#include "ui/Money.h"
#include "ui/catalog/SalesFeed.h"

#include <QDateTime>
#include <QFuture>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {
/// Upper bound of products whose popularity is read (the catalogue is far smaller).
constexpr int kPopularityLimit = 1000;
} // namespace

ProductModel::ProductModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_stockRefresh([this] { startStockRead(); })
    , m_popularityRefresh([this] { startPopularityRead(); })
    , m_sales(new SalesFeed(this))
{
    connect(m_sales, &SalesFeed::salesCounted, this, [this] { m_popularityRefresh.request(); });
}

ProductModel::~ProductModel() = default;

void ProductModel::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    disconnect(m_eventsConnection);
    m_sales->setBus(nullptr);
    ++m_generation;
    m_stockRefresh.cancel();
    m_popularityRefresh.cancel();

    m_backend = backend;
    beginResetModel();
    m_products.clear();
    m_rows.clear();
    m_popularity.clear();
    endResetModel();
    setLoaded(false);
    setError(QString());

    if (m_backend) {
        m_eventsConnection
                = connect(m_backend, &Backend::eventsArrived, this, &ProductModel::onEventsArrived);
        m_sales->setBus(&m_backend->shop().bus());
        m_stockRefresh.request(); // the first one loads the whole catalogue
        m_popularityRefresh.request();
    }
    Q_EMIT backendChanged();
}

void ProductModel::setLanguage(const QString &language)
{
    if (m_language == language || (language != u"ko"_s && language != u"en"_s))
        return;
    m_language = language;
    // The name follows the language; prices are written differently in each language too.
    if (!m_products.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {NameRole, PriceTextRole});
    Q_EMIT languageChanged();
}

void ProductModel::setLoaded(bool loaded)
{
    if (m_loaded == loaded)
        return;
    m_loaded = loaded;
    Q_EMIT loadedChanged();
}

void ProductModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

int ProductModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

QString ProductModel::nameFor(const services::Product &product) const
{
    return m_language == u"ko"_s ? product.nameKo : product.nameEn;
}

QVariant ProductModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::Product &p = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return nameFor(p);
    case ProductIdRole:
        return p.id;
    case NameKoRole:
        return p.nameKo;
    case NameEnRole:
        return p.nameEn;
    case PriceRole:
        return p.price;
    case PriceTextRole:
        return Money::format(p.price);
    case StockRole:
        return p.stock;
    case SoldOutRole:
        return p.stock <= 0;
    case ImageUrlRole:
        return m_backend ? m_backend->imageUrl(p.image) : QString();
    case PopularityRole:
        return m_popularity.value(p.id, 0);
    default:
        return {};
    }
}

QHash<int, QByteArray> ProductModel::roleNames() const
{
    return {
            {ProductIdRole, "productId"},
            {NameRole, "name"},
            {NameKoRole, "nameKo"},
            {NameEnRole, "nameEn"},
            {PriceRole, "price"},
            {PriceTextRole, "priceText"},
            {StockRole, "stock"},
            {SoldOutRole, "soldOut"},
            {ImageUrlRole, "imageUrl"},
            {PopularityRole, "popularity"},
    };
}

int ProductModel::indexOfProduct(const QString &productId) const
{
    return m_rows.value(productId, -1);
}

qint64 ProductModel::stockOf(const QString &productId) const
{
    const services::Product *p = find(productId);
    return p ? p->stock : -1;
}

QVariantMap ProductModel::product(const QString &productId) const
{
    const int row = indexOfProduct(productId);
    if (row < 0)
        return {};
    QVariantMap map;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

const services::Product *ProductModel::find(const QString &productId) const
{
    const int row = indexOfProduct(productId);
    return row < 0 ? nullptr : &m_products.at(row);
}

QString ProductModel::nameOf(const QString &productId) const
{
    const services::Product *p = find(productId);
    return p ? nameFor(*p) : QString();
}

QString ProductModel::imageUrlOf(const QString &productId) const
{
    const services::Product *p = find(productId);
    return p && m_backend ? m_backend->imageUrl(p->image) : QString();
}

quint64 ProductModel::requestStockRefresh()
{
    return m_backend ? m_stockRefresh.request() : m_stockRefresh.completed();
}

void ProductModel::onEventsArrived(const QList<bus::EventEnvelope> &events)
{
    namespace Events = saga::CheckoutEvents;
    bool stock = false;
    bool sales = false;
    for (const bus::EventEnvelope &e : events) {
        if (e.type == Events::InventoryDeducted || e.type == Events::InventoryRestored
                || e.type == Events::ProductRestocked)
            stock = true;
        else if (e.type == Events::OrderCompleted || e.type == Events::OrderCancelled
                || e.type == Events::ProductSalesRankRecorded)
            sales = true;
    }
    if (stock)
        m_stockRefresh.request();
    if (sales)
        m_popularityRefresh.request();
}

void ProductModel::startStockRead()
{
    const quint64 generation = m_generation;
    services::InventoryService &inventory = m_backend->shop().inventory();
    if (!m_loaded) {
        whenDone(inventory.products(), 
                this, [this, generation](const bus::Outcome<QList<services::Product>> &outcome) {
                    if (generation != m_generation)
                        return;
                    if (!outcome.ok()) {
                        setError(tr("The catalogue could not be read: %1").arg(outcome.error));
                    } else {
                        beginResetModel();
                        m_products = *outcome.value;
                        m_rows.clear();
                        for (int row = 0; row < m_products.size(); ++row)
                            m_rows.insert(m_products.at(row).id, row);
                        endResetModel();
                        setError(QString());
                        setLoaded(true);
                    }
                    m_stockRefresh.finished(); // after a failure, the next stock event tries again
                    if (m_loaded)
                        Q_EMIT stockRefreshed({});
                });
        return;
    }
    whenDone(inventory.stockLevels(), 
            this, [this, generation](const bus::Outcome<QHash<QString, qint64>> &outcome) {
                if (generation != m_generation)
                    return;
                QStringList changed;
                if (outcome.ok())
                    changed = applyStock(*outcome.value);
                else
                    setError(tr("The stock could not be read: %1").arg(outcome.error));
                m_stockRefresh.finished();
                Q_EMIT stockRefreshed(changed);
            });
}

QStringList ProductModel::applyStock(const QHash<QString, qint64> &levels)
{
    QStringList changed;
    for (int row = 0; row < m_products.size(); ++row) {
        services::Product &p = m_products[row];
        const auto found = levels.constFind(p.id);
        if (found == levels.cend() || *found == p.stock)
            continue;
        p.stock = *found;
        changed.append(p.id);
        Q_EMIT dataChanged(index(row), index(row), {StockRole, SoldOutRole});
    }
    setError(QString());
    return changed;
}

void ProductModel::startPopularityRead()
{
    const quint64 generation = m_generation;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    whenDone(m_backend->shop()
            .statistics()
            .popular(now, PopularityDays, kPopularityLimit)
            , this,
                    [this, generation](
                            const bus::Outcome<QList<services::StatisticsService::ProductQuantity>>
                                    &outcome) {
                        if (generation != m_generation)
                            return;
                        if (outcome.ok()) {
                            QHash<QString, qint64> popularity;
                            for (const auto &[productId, quantity] : *outcome.value)
                                popularity.insert(productId, quantity);
                            applyPopularity(popularity);
                        }
                        // A failed popularity read is not worth a sentence: the counts stay as they
                        // were and the next sale reads them again.
                        m_popularityRefresh.finished();
                    });
}

void ProductModel::applyPopularity(const QHash<QString, qint64> &popularity)
{
    const QHash<QString, qint64> before = std::exchange(m_popularity, popularity);
    for (int row = 0; row < m_products.size(); ++row) {
        const QString &id = m_products.at(row).id;
        if (before.value(id, 0) != m_popularity.value(id, 0))
            Q_EMIT dataChanged(index(row), index(row), {PopularityRole});
    }
}

} // namespace sagashop::ui
