#include "ui/orders/OrderHistoryModel.h"
#include "ui/WhenDone.h"

#include "saga/CheckoutEvents.h"
#include "services/DomainError.h"
#include "services/inventory/InventoryService.h"
#include "services/order/OrderService.h"
#include "shop/Shop.h"
#include "ui/Backend.h"
#include "ui/Money.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

namespace Events = saga::CheckoutEvents;
using services::DomainError;
using services::OrderStatus;
using services::OrderView;

/// Events after which the Order service shows a changed order (it publishes them itself,
/// after its commit, so a read that follows sees the change).
bool changesAnOrder(const QString &type)
{
    return type == Events::OrderCompleted || type == Events::OrderFailed
            || type == Events::OrderCancelled || type == Events::OrderConfirmationFailed
            || type == Events::OrderCompensated
            || type == services::OrderService::OrderMarkedAbnormal;
}

/// How many items itemsText names before "and N more".
constexpr int kItemsNamed = 3;

} // namespace

OrderHistoryModel::OrderHistoryModel(QObject *parent)
    : ShopListModel(parent)
{
}

OrderHistoryModel::~OrderHistoryModel() = default;

void OrderHistoryModel::backendSwitched()
{
    m_products.clear();
    loadProducts();
}

int OrderHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

QVariant OrderHistoryModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const OrderView &order = m_orders.at(index.row());
    switch (role) {
    case OrderIdRole:
        return order.orderId;
    case StatusRole:
        return services::orderStatusName(order.status);
    case StatusTextRole:
    case Qt::DisplayRole:
        return statusText(order);
    case FinalAmountTextRole:
        return finalAmountText(order);
    case CreatedTextRole:
        return createdText(order);
    case ItemsTextRole:
        return itemsText(order);
    case FailureTextRole:
        return failureText(order);
    default:
        return {};
    }
}

QHash<int, QByteArray> OrderHistoryModel::roleNames() const
{
    return {
            {OrderIdRole, "orderId"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {FinalAmountTextRole, "finalAmountText"},
            {CreatedTextRole, "createdText"},
            {ItemsTextRole, "itemsText"},
            {FailureTextRole, "failureText"},
    };
}

int OrderHistoryModel::indexOfOrder(qint64 orderId) const
{
    const auto it = std::find_if(m_orders.cbegin(), m_orders.cend(),
            [orderId](const OrderView &o) { return o.orderId == orderId; });
    return it == m_orders.cend() ? -1 : int(it - m_orders.cbegin());
}

std::optional<OrderView> OrderHistoryModel::order(qint64 orderId) const
{
    const int row = indexOfOrder(orderId);
    if (row < 0)
        return std::nullopt;
    return m_orders.at(row);
}

// --- loading ------------------------------------------------------------------------------

void OrderHistoryModel::loadProducts()
{
    if (!backend())
        return;
    const QPointer<Backend> backend = this->backend();
    whenDone(backend->shop().inventory().products(), 
            this, [this, backend](const bus::Outcome<QList<services::Product>> &outcome) {
                if (backend != this->backend() || !outcome.ok())
                    return; // without names, items show their product ids
                for (const services::Product &p : *outcome.value)
                    m_products.insert(p.id, {p.nameKo, p.nameEn});
                if (!m_orders.isEmpty())
                    Q_EMIT dataChanged(index(0), index(int(m_orders.size()) - 1),
                            {ItemsTextRole, FailureTextRole});
            });
}

void OrderHistoryModel::clearRows()
{
    m_orders.clear();
    m_touchedWhileLoading.clear();
    m_loading = false;
}

void OrderHistoryModel::load()
{
    if (!backend() || userId() < 1)
        return;

    m_loading = true;
    const int generation = this->generation();
    whenDone(backend()->shop()
            .orders()
            .ordersOfUser(userId(), PageSize, 0)
            , this, [this, generation](const bus::Outcome<QList<OrderView>> &outcome) {
                if (generation != this->generation())
                    return;
                m_loading = false;
                if (!outcome.ok()) {
                    m_touchedWhileLoading.clear();
                    setError(tr("Your orders could not be read: %1")
                                     .arg(DomainError::messageOf(outcome.error)));
                    return;
                }
                beginResetModel();
                m_orders = *outcome.value;
                std::sort(m_orders.begin(), m_orders.end(),
                        [](const OrderView &a, const OrderView &b) {
                            return a.orderId > b.orderId;
                        });
                endResetModel();
                setLoaded(true);
                // What changed while the list was being read is read again now (a later read).
                const QSet<qint64> touched = std::exchange(m_touchedWhileLoading, {});
                for (const qint64 orderId : touched)
                    fetch(orderId);
            });
}

void OrderHistoryModel::fetch(qint64 orderId)
{
    if (!backend())
        return;
    if (!isLoaded()) {
        if (m_loading)
            m_touchedWhileLoading.insert(orderId);
        return;
    }
    if (const auto it = m_fetching.find(orderId); it != m_fetching.end()) {
        it.value() = true; // coalesced: one more read when this one is back
        return;
    }
    m_fetching.insert(orderId, false);
    const int generation = this->generation();
    whenDone(backend()->shop().orders().order(orderId), this,
            [this, orderId, generation](const bus::Outcome<std::optional<OrderView>> &outcome) {
                const bool again = m_fetching.take(orderId);
                if (generation == this->generation()) {
                    if (outcome.ok() && outcome.value->has_value())
                        upsert(**outcome.value);
                    else if (!outcome.ok())
                        setError(tr("An order could not be read: %1")
                                         .arg(DomainError::messageOf(outcome.error)));
                }
                if (again)
                    fetch(orderId);
            });
}

void OrderHistoryModel::upsert(const OrderView &order)
{
    if (order.userId != userId())
        return;
    // Newest (highest id) first.
    const auto it = std::lower_bound(m_orders.begin(), m_orders.end(), order.orderId,
            [](const OrderView &o, qint64 id) { return o.orderId > id; });
    const int row = int(it - m_orders.begin());
    if (it != m_orders.end() && it->orderId == order.orderId) {
        if (*it == order)
            return;
        *it = order;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, row, row);
    m_orders.insert(row, order);
    endInsertRows();
}

void OrderHistoryModel::onEvents(const QList<bus::EventEnvelope> &events)
{
    if (!backend() || userId() < 1)
        return;
    for (const bus::EventEnvelope &e : events) {
        const qint64 orderId = e.payload.value(u"orderId"_s).toInteger();
        if (orderId < 1)
            continue;
        if (e.type == Events::PaymentRequested) {
            if (e.payload.value(u"userId"_s).toInteger() == userId())
                fetch(orderId);
        } else if (changesAnOrder(e.type)) {
            // Ours when listed, or when it may be one whose first read is still on its way.
            if (indexOfOrder(orderId) >= 0 || m_fetching.contains(orderId) || m_loading)
                fetch(orderId);
        }
    }
}

// --- texts --------------------------------------------------------------------------------

QString OrderHistoryModel::statusText(const OrderView &order) const
{
    switch (order.status) {
    case OrderStatus::Created:
        return tr("In progress");
    case OrderStatus::Confirmed:
        return tr("Confirmed");
    case OrderStatus::Failed:
        return tr("Failed");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    case OrderStatus::Abnormal:
        return tr("Needs attention");
    }
    return {};
}

QString OrderHistoryModel::finalAmountText(const OrderView &order) const
{
    if (order.amount <= 0)
        return {}; // not priced yet (or it failed before it was)
    const bool discountKnown = order.finalAmount != 0 || order.discount != 0;
    return Money::format(discountKnown ? order.finalAmount : order.amount);
}

QString OrderHistoryModel::createdText(const OrderView &order) const
{
    if (order.createdAt <= 0)
        return {};
    const QLocale locale = language() == u"ko"_s ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                                 : QLocale(QLocale::English, QLocale::UnitedStates);
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s); // "11/21/2026", "2026. 11. 21.": no two-digit years
    return locale.toString(QDateTime::fromMSecsSinceEpoch(order.createdAt).toLocalTime(), format);
}

QString OrderHistoryModel::itemsText(const OrderView &order) const
{
    QStringList parts;
    const int named = int(std::min<qsizetype>(order.items.size(), kItemsNamed));
    for (int i = 0; i < named; ++i) {
        const saga::Payload::Item &item = order.items.at(i);
        QString name = item.productId;
        if (const auto it = m_products.constFind(item.productId); it != m_products.cend()) {
            const QString &preferred = language() == u"ko"_s ? it->ko : it->en;
            name = preferred.isEmpty() ? (it->ko.isEmpty() ? it->en : it->ko) : preferred;
        }
        //: One line of an order: a product and its quantity, e.g. "Americano Beans ×2".
        parts.append(tr("%1 ×%2").arg(name, QString::number(item.quantity)));
    }
    //: Separates the items of an order, e.g. "Americano Beans ×2, Cold Brew ×1".
    QString text = parts.join(tr(", "));
    const int more = int(order.items.size()) - named;
    if (more > 0)
        //: After the first items of an order: how many more there are.
        text = tr("%1 and %n more", nullptr, more).arg(text);
    return text;
}

QString OrderHistoryModel::failureText(const OrderView &order) const
{
    switch (order.status) {
    case OrderStatus::Failed:
        if (order.failureStep == u"stock"_s)
            return tr("Not enough stock, so nothing was charged. %1").arg(order.failureReason);
        if (order.failureStep == u"coupon"_s)
            return tr("The coupon could not be used, so nothing was charged. %1")
                    .arg(order.failureReason);
        if (order.failureStep == u"balance"_s) {
            if (order.finalAmount > 0)
                return tr("Your balance was less than the %1 to pay, so nothing was charged.")
                        .arg(Money::format(order.finalAmount));
            return tr("Your balance was not enough, so nothing was charged. %1")
                    .arg(order.failureReason);
        }
        return tr("The order could not be completed. %1").arg(order.failureReason);
    case OrderStatus::Cancelled:
        if (order.compensations.contains(u"balance"_s))
            return tr("The order was cancelled and your payment has been refunded.");
        return tr("The order was cancelled; your payment is being refunded.");
    case OrderStatus::Abnormal:
        return tr("Something went wrong with this order; the shop is looking into it. %1")
                .arg(order.failureReason);
    case OrderStatus::Created:
    case OrderStatus::Confirmed:
        return {};
    }
    return {};
}

} // namespace sagashop::ui
