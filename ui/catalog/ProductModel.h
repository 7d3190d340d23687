#pragma once

#include "bus/EventEnvelope.h"
#include "services/inventory/Product.h"
#include "ui/Backend.h"
#include "ui/catalog/CoalescedRefresh.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QVariantMap>
#include <QtQmlIntegration>

namespace sagashop::ui {

class SalesFeed;

/// The catalogue with live stock and popularity, one row per product in id order.
///
/// Loads when `backend` is set (a reset: the first load). Afterwards it never resets: when
/// stock moves (InventoryDeducted, InventoryRestored, ProductRestocked) it re-reads the
/// stock levels, at most one read at a time, and emits dataChanged (stock, soldOut) only for
/// the rows whose stock changed; popularity (units sold in the last 3 days) is re-read the
/// same way when sales change. `name` follows `language`, which QML binds to
/// Language.language.
class ProductModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged
                    FINAL)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged FINAL)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)

public:
    enum Role {
        ProductIdRole = Qt::UserRole,
        NameRole,
        NameKoRole,
        NameEnRole,
        PriceRole,
        PriceTextRole,
        StockRole,
        SoldOutRole,
        ImageUrlRole,
        PopularityRole,
    };
    Q_ENUM(Role)

    /// Days counted by `popularity`.
    static constexpr int PopularityDays = 3;

    explicit ProductModel(QObject *parent = nullptr);
    ~ProductModel() override;

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);
    /// "ko" or "en" (default "en"); anything else is ignored.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool isLoaded() const { return m_loaded; }
    /// Empty, or why the catalogue could not be read.
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of `productId`, or -1.
    Q_INVOKABLE int indexOfProduct(const QString &productId) const;
    /// Stock left of `productId` as last read, or -1 for an unknown product.
    Q_INVOKABLE qint64 stockOf(const QString &productId) const;
    /// Every role of one product by role name (empty for an unknown product).
    Q_INVOKABLE QVariantMap product(const QString &productId) const;

    // --- for the other view models (C++) ---------------------------------------------------
    /// The product as last read, or nullptr.
    const services::Product *find(const QString &productId) const;
    /// The product's name in `language`, or an empty string for an unknown product.
    QString nameOf(const QString &productId) const;
    QString imageUrlOf(const QString &productId) const;
    /// Asks for a stock read; returns its serial: once completedStockRead() reaches it, the
    /// stock shown includes everything committed before this call.
    quint64 requestStockRefresh();
    quint64 completedStockRead() const { return m_stockRefresh.completed(); }

Q_SIGNALS:
    void backendChanged();
    void languageChanged();
    void loadedChanged();
    void errorChanged();
    /// A stock read finished (completedStockRead() moved on); `changedIds` are the products
    /// whose stock it changed (their dataChanged came first), possibly none.
    void stockRefreshed(const QStringList &changedIds);

private:
    QString nameFor(const services::Product &product) const;
    void setLoaded(bool loaded);
    void setError(const QString &error);
    void onEventsArrived(const QList<bus::EventEnvelope> &events);
    void startStockRead();
    void startPopularityRead();
    /// Returns the ids whose stock changed.
    QStringList applyStock(const QHash<QString, qint64> &levels);
    void applyPopularity(const QHash<QString, qint64> &popularity);

    QPointer<Backend> m_backend;
    QString m_language = QStringLiteral("en");
    bool m_loaded = false;
    QString m_error;
    QList<services::Product> m_products;
    QHash<QString, int> m_rows; ///< productId → row
    QHash<QString, qint64> m_popularity;
    quint64 m_generation = 0; ///< bumped on every backend change: late results are dropped
    CoalescedRefresh m_stockRefresh;
    CoalescedRefresh m_popularityRefresh;
    SalesFeed *m_sales = nullptr;
    QMetaObject::Connection m_eventsConnection;
};

} // namespace sagashop::ui
