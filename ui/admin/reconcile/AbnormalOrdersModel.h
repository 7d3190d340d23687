#pragma once

#include "services/order/OrderView.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QtQmlIntegration>

namespace sagashop::bus {
struct EventEnvelope;
}

namespace sagashop::ui {

class Backend;

/// The orders marked ABNORMAL (the reconciler or an admin could not complete or undo them),
/// most recently changed first, for QML: `AbnormalOrdersModel { backend: Backend }`.
///
/// Loads OrderService::ordersByStatus("ABNORMAL") (at most `Limit`); live on
/// Backend.eventsArrived: OrderMarkedAbnormal reads that order and inserts it at the top; any
/// other order event for a listed order re-reads it (dataChanged for its row, or removal
/// when it is no longer ABNORMAL). Reads of one order are coalesced.
class AbnormalOrdersModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged FINAL)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)

public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        UserIdRole,
        TotalAmountRole,     ///< won: the final amount, or the amount before a coupon when not known
        TotalAmountTextRole, ///< Money::format, "" when the order was never priced
        ReasonRole,          ///< why it is ABNORMAL ("" when not recorded)
        SagaIdRole,
        UpdatedAtRole,       ///< UTC ms
        UpdatedTextRole,     ///< "2026-11-21 10:16:05"
    };
    Q_ENUM(Role)

    static constexpr int Limit = 1000;

    explicit AbnormalOrdersModel(QObject *parent = nullptr);
    ~AbnormalOrdersModel() override;

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);
    bool isLoaded() const { return m_loaded; }
    int count() const { return rowCount(); }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of `orderId`, or -1.
    Q_INVOKABLE int indexOfOrder(qint64 orderId) const;
    /// Loads the list again (a reset).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void backendChanged();
    void loadedChanged();
    void countChanged();
    void errorChanged();

private:
    void onEvents(const QList<bus::EventEnvelope> &events);
    void fetch(qint64 orderId);
    void apply(const services::OrderView &order);
    void remove(qint64 orderId);
    void setLoaded(bool loaded);
    void setError(const QString &error);

    QPointer<Backend> m_backend;
    QMetaObject::Connection m_events;
    QList<services::OrderView> m_orders; ///< most recently updated first
    bool m_loaded = false;
    bool m_loading = false;
    QString m_error;
    int m_generation = 0;
    QHash<qint64, bool> m_fetching;        ///< in flight; true: read again when back
    QSet<qint64> m_touchedWhileLoading;
};

} // namespace sagashop::ui
