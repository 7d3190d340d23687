#include "ui/admin/reconcile/AbnormalOrdersModel.h"

#include "bus/EventEnvelope.h"
#include "services/DomainError.h"
#include "services/order/OrderService.h"
#include "shop/Shop.h"
#include "ui/Backend.h"
#include "ui/Money.h"
#include "ui/WhenDone.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

using services::OrderStatus;
using services::OrderView;

/// Most recently updated first; the higher order id first on a tie.
bool listedBefore(const OrderView &a, const OrderView &b)
{
    return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.orderId > b.orderId;
}

qint64 totalOf(const OrderView &o)
{
    return o.finalAmount > 0 || o.discount > 0 ? o.finalAmount : o.amount;
}

} // namespace

AbnormalOrdersModel::AbnormalOrdersModel(QObject *parent) : QAbstractListModel(parent) { }

AbnormalOrdersModel::~AbnormalOrdersModel() = default;

void AbnormalOrdersModel::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    if (m_events)
        disconnect(m_events);
    m_backend = backend;
    if (m_backend)
        m_events = connect(m_backend, &Backend::eventsArrived, this, &AbnormalOrdersModel::onEvents);
    Q_EMIT backendChanged();
    reload();
}

void AbnormalOrdersModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_orders.clear();
    endResetModel();
    Q_EMIT countChanged();
    m_fetching.clear();
    m_touchedWhileLoading.clear();
    setLoaded(false);
    setError({});
    m_loading = false;
    if (!m_backend)
        return;
    m_loading = true;
    const int generation = m_generation;
    whenDone(m_backend->shop().orders().ordersByStatus(u"ABNORMAL"_s, 0, Limit), this,
             [this, generation](const bus::Outcome<QList<OrderView>> &outcome) {
                 if (generation != m_generation)
                     return;
                 m_loading = false;
                 if (!outcome.ok()) {
                     m_touchedWhileLoading.clear();
                     setError(tr("The ABNORMAL orders could not be read: %1")
                                  .arg(services::DomainError::messageOf(outcome.error)));
                     return;
                 }
                 QList<OrderView> orders = *outcome.value;
                 std::sort(orders.begin(), orders.end(), listedBefore);
                 if (!orders.isEmpty()) {
                     beginInsertRows({}, 0, int(orders.size()) - 1);
                     m_orders = std::move(orders);
                     endInsertRows();
                     Q_EMIT countChanged();
                 }
                 setLoaded(true);
                 const QSet<qint64> touched = std::exchange(m_touchedWhileLoading, {});
                 for (const qint64 orderId : touched)
                     fetch(orderId);
             });
}

void AbnormalOrdersModel::onEvents(const QList<bus::EventEnvelope> &events)
{
    for (const bus::EventEnvelope &e : events) {
        if (!e.aggregateId.startsWith(u"order-"_s))
            continue;
        const qint64 orderId = e.payload.value(u"orderId"_s).toInteger();
        if (orderId < 1)
            continue;
        // The Order service publishes after its commit: a read now sees the change.
        if (e.type == services::OrderService::OrderMarkedAbnormal
            || (e.producer == services::OrderService::Name && indexOfOrder(orderId) >= 0))
            fetch(orderId);
    }
}

void AbnormalOrdersModel::fetch(qint64 orderId)
{
    if (!m_backend)
        return;
    if (!m_loaded) {
        if (m_loading)
            m_touchedWhileLoading.insert(orderId);
        return;
    }
    if (const auto it = m_fetching.find(orderId); it != m_fetching.end()) {
        it.value() = true;
        return;
    }
    m_fetching.insert(orderId, false);
    const int generation = m_generation;
    whenDone(m_backend->shop().orders().order(orderId), this,
             [this, orderId, generation](const bus::Outcome<std::optional<OrderView>> &outcome) {
                 if (generation != m_generation)
                     return;
                 const bool again = m_fetching.take(orderId);
                 if (!outcome.ok())
                     setError(tr("An order could not be read: %1").arg(services::DomainError::messageOf(outcome.error)));
                 else if (outcome.value->has_value() && (*outcome.value)->status == OrderStatus::Abnormal)
                     apply(**outcome.value);
                 else
                     remove(orderId);
                 if (again)
                     fetch(orderId);
             });
}

void AbnormalOrdersModel::apply(const OrderView &order)
{
    const int row = indexOfOrder(order.orderId);
    if (row >= 0) {
        if (m_orders.at(row) == order)
            return;
        if (m_orders.at(row).updatedAt == order.updatedAt) { // same place in the list
            m_orders[row] = order;
            Q_EMIT dataChanged(index(row), index(row));
            return;
        }
        remove(order.orderId);
    }
    const auto at = std::lower_bound(m_orders.begin(), m_orders.end(), order, listedBefore);
    const int position = int(at - m_orders.begin());
    beginInsertRows({}, position, position);
    m_orders.insert(position, order);
    endInsertRows();
    Q_EMIT countChanged();
}

void AbnormalOrdersModel::remove(qint64 orderId)
{
    const int row = indexOfOrder(orderId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_orders.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

int AbnormalOrdersModel::indexOfOrder(qint64 orderId) const
{
    const auto it = std::find_if(m_orders.cbegin(), m_orders.cend(), [orderId](const OrderView &o) {
        return o.orderId == orderId;
    });
    return it == m_orders.cend() ? -1 : int(it - m_orders.cbegin());
}

void AbnormalOrdersModel::setLoaded(bool loaded)
{
    if (m_loaded == loaded)
        return;
    m_loaded = loaded;
    Q_EMIT loadedChanged();
}

void AbnormalOrdersModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

int AbnormalOrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

QVariant AbnormalOrdersModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const OrderView &o = m_orders.at(index.row());
    switch (role) {
    case OrderIdRole:
        return o.orderId;
    case UserIdRole:
        return o.userId;
    case TotalAmountRole:
        return totalOf(o);
    case TotalAmountTextRole:
        return o.amount > 0 ? Money::format(totalOf(o)) : QString();
    case ReasonRole:
    case Qt::DisplayRole:
        return o.failureReason;
    case SagaIdRole:
        return o.sagaId;
    case UpdatedAtRole:
        return o.updatedAt;
    case UpdatedTextRole:
        return QDateTime::fromMSecsSinceEpoch(o.updatedAt).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    default:
        return {};
    }
}

QHash<int, QByteArray> AbnormalOrdersModel::roleNames() const
{
    return {
        {OrderIdRole, "orderId"},
        {UserIdRole, "userId"},
        {TotalAmountRole, "totalAmount"},
        {TotalAmountTextRole, "totalAmountText"},
        {ReasonRole, "reason"},
        {SagaIdRole, "sagaId"},
        {UpdatedAtRole, "updatedAt"},
        {UpdatedTextRole, "updatedText"},
    };
}

} // namespace sagashop::ui
