#pragma once

#include "services/order/OrderView.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QtQmlIntegration>

namespace sagashop::bus {
struct EventEnvelope;
}

namespace sagashop::ui {

class Backend;

/// A shopper's orders, newest first (the latest 100 at load, and every order placed after).
/// QML: `OrderHistoryModel { backend: Backend; userId: session.userId; language: Language.language
/// }`.
///
/// Live: PaymentRequested for this user inserts the new order at the top; OrderCompleted,
/// OrderFailed, OrderCancelled, OrderConfirmationFailed, OrderCompensated and
/// OrderMarkedAbnormal for an order in the list re-read that order and emit dataChanged
/// for its row only. Reads of one order are coalesced (at most one in flight per order).
/// Product names come from the catalogue, read once per backend.
class OrderHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged
                    FINAL)
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY userIdChanged FINAL)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged FINAL)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

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

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);
    /// Whose orders; 0 (the default) shows none.
    qint64 userId() const { return m_userId; }
    void setUserId(qint64 userId);
    /// "ko" or "en": product names and date conventions. Starts with the system's.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool isLoaded() const { return m_loaded; }
    /// Why the orders could not be read, in plain words; empty when all is well.
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of `orderId`, or -1.
    Q_INVOKABLE int indexOfOrder(qint64 orderId) const;
    /// The order as last read, or nullopt.
    std::optional<services::OrderView> order(qint64 orderId) const;

Q_SIGNALS:
    void backendChanged();
    void userIdChanged();
    void languageChanged();
    void loadedChanged();
    void errorChanged();
    void countChanged();

private:
    struct ProductNames
    {
        QString ko;
        QString en;
    };

    void restart();
    void loadProducts();
    void fetch(qint64 orderId);
    void upsert(const services::OrderView &order);
    void onEvents(const QList<bus::EventEnvelope> &events);
    void setError(const QString &error);

    QString statusText(const services::OrderView &order) const;
    QString finalAmountText(const services::OrderView &order) const;
    QString createdText(const services::OrderView &order) const;
    QString itemsText(const services::OrderView &order) const;
    QString failureText(const services::OrderView &order) const;

    QPointer<Backend> m_backend;
    QMetaObject::Connection m_eventsConnection;
    qint64 m_userId = 0;
    QString m_language;
    QList<services::OrderView> m_orders; ///< newest (highest orderId) first
    QHash<QString, ProductNames> m_products;
    bool m_loaded = false;
    bool m_loading = false; ///< the first load is on its way
    QString m_error;
    int m_generation = 0; ///< bumped by a backend or user change: older answers are dropped
    /// Orders being read: true when another read is wanted once this one is back.
    QHash<qint64, bool> m_fetching;
    /// Orders an event named while the first load was under way: read again after it.
    QSet<qint64> m_touchedWhileLoading;
};

} // namespace sagashop::ui
