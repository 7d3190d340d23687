#pragma once

#include "services/order/OrderView.h"

#include "ui/ShopListModel.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QtQmlIntegration>

#include <optional>

namespace sagashop::ui {

/// A shopper's orders, newest first (the latest 100 at load, and every order placed after).
/// QML: `OrderHistoryModel { backend: Backend; userId: session.userId; language: Language.language
/// }`.
///
/// Live: PaymentRequested for this user inserts the new order at the top; OrderCompleted,
/// OrderFailed, OrderCancelled, OrderConfirmationFailed, OrderCompensated and
/// OrderMarkedAbnormal for an order in the list re-read that order and emit dataChanged
/// for its row only. Reads of one order are coalesced (at most one in flight per order).
/// Product names come from the catalogue, read once per backend.
class OrderHistoryModel : public ShopListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        StatusRole,
        StatusTextRole,
        FinalAmountTextRole,
        CreatedTextRole,
        ItemsTextRole,
        FailureTextRole,
    };
    Q_ENUM(Role)

    /// How many orders the first load reads.
    static constexpr int PageSize = 100;

    explicit OrderHistoryModel(QObject *parent = nullptr);
    ~OrderHistoryModel() override;

    // userId: whose orders; 0 shows none. language: product names and date conventions.
    // error: why the orders could not be read.

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of `orderId`, or -1.
    Q_INVOKABLE int indexOfOrder(qint64 orderId) const;
    /// The order as last read, or nullopt.
    std::optional<services::OrderView> order(qint64 orderId) const;

private:
    struct ProductNames
    {
        QString ko;
        QString en;
    };

    void clearRows() override;
    void load() override;
    void backendSwitched() override;
    void loadProducts();
    void fetch(qint64 orderId);
    void upsert(const services::OrderView &order);
    void onEvents(const QList<bus::EventEnvelope> &events) override;

    QString statusText(const services::OrderView &order) const;
    QString finalAmountText(const services::OrderView &order) const;
    QString createdText(const services::OrderView &order) const;
    QString itemsText(const services::OrderView &order) const;
    QString failureText(const services::OrderView &order) const;

    QList<services::OrderView> m_orders; ///< newest (highest orderId) first
    QHash<QString, ProductNames> m_products;
    bool m_loading = false; ///< the first load is on its way
    /// Orders being read: true when another read is wanted once this one is back.
    QHash<qint64, bool> m_fetching;
    /// Orders an event named while the first load was under way: read again after it.
    QSet<qint64> m_touchedWhileLoading;
};

} // namespace sagashop::ui
