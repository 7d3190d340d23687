#include "ui/cart/CartModel.h"
#include "ui/WhenDone.h"

#include "saga/CheckoutEvents.h"
#include "services/coupon/CouponService.h"
#include "services/order/PlaceOrderRequest.h"
#include "shop/Shop.h"
#include "ui/Money.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

QString settingsKey(qint64 userId)
{
    return u"cart/%1"_s.arg(userId);
}

/// Longest wait a QTimer takes (about 24 days); a later expiry is checked on the next change.
constexpr qint64 kMaxTimerMs = std::numeric_limits<int>::max();

} // namespace

CartModel::CartModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &CartModel::update);
    m_announced = snapshot();
}

CartModel::~CartModel() = default;

// --- properties ------------------------------------------------------------------------------

void CartModel::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    disconnect(m_eventsConnection);
    m_backend = backend;
    if (m_backend)
        m_eventsConnection
                = connect(m_backend, &Backend::eventsArrived, this, &CartModel::onEventsArrived);
    loadCoupon();
    update();
    Q_EMIT backendChanged();
}

void CartModel::setUserId(qint64 userId)
{
    userId = std::max<qint64>(userId, 0);
    if (m_userId == userId)
        return;
    const QString keyBefore = m_checkoutKey;
    beginResetModel(); // another shopper: another cart
    m_userId = userId;
    m_items.clear();
    m_userCouponId = 0;
    m_coupon.reset();
    m_couponMissing = false;
    m_couponReadError.clear();
    m_checkoutKey.clear();
    m_checkingOut = false;
    m_holdAfterFailure = false;
    m_waitingForRead = false;
    restore();
    endResetModel();
    setNotice(QString());
    loadCoupon();
    Q_EMIT userIdChanged();
    if (keyBefore != m_checkoutKey)
        Q_EMIT checkoutKeyChanged();
    update();
    enforceStock();
}

void CartModel::setProducts(ProductModel *products)
{
    if (m_products == products)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_productConnections))
        disconnect(c);
    m_productConnections.clear();
    m_products = products;
    if (m_products) {
        m_productConnections = {
                connect(m_products, &ProductModel::loadedChanged, this,
                        &CartModel::onProductsLoaded),
                connect(m_products, &ProductModel::stockRefreshed, this,
                        &CartModel::onStockRefreshed),
                connect(m_products, &ProductModel::languageChanged, this,
                        &CartModel::languageChanged),
        };
    }
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    update();
    enforceStock();
    Q_EMIT productsChanged();
}

int CartModel::count() const
{
    qint64 units = 0;
    for (const Item &item : m_items)
        units += item.quantity;
    return int(units);
}

qint64 CartModel::subtotal() const
{
    qint64 sum = 0;
    for (const Item &item : m_items)
        sum += priceOf(item.productId) * item.quantity;
    return sum;
}

QString CartModel::subtotalText() const
{
    return Money::format(subtotal());
}

QString CartModel::discountText() const
{
    return Money::format(m_discount);
}

QString CartModel::totalText() const
{
    return Money::format(total());
}

QString CartModel::couponName() const
{
    if (!m_coupon || m_coupon->userCouponId() != m_userCouponId)
        return {};
    const services::CouponDefinition &c = m_coupon->coupon();
    const bool korean = m_products && m_products->language() == u"ko"_s;
    return korean ? c.nameKo : c.nameEn;
}

void CartModel::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

void CartModel::clearNotice()
{
    setNotice(QString());
}

// --- rows ------------------------------------------------------------------------------------

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case ProductIdRole:
        return item.productId;
    case Qt::DisplayRole:
    case NameRole: {
        const QString name = m_products ? m_products->nameOf(item.productId) : QString();
        return name.isEmpty() ? item.productId : name;
    }
    case PriceRole:
        return priceOf(item.productId);
    case PriceTextRole:
        return Money::format(priceOf(item.productId));
    case QuantityRole:
        return item.quantity;
    case MaxQuantityRole:
        return std::max<qint64>(maxQuantityOf(item.productId), 0);
    case LineTotalTextRole:
        return Money::format(priceOf(item.productId) * item.quantity);
    case ImageUrlRole:
        return m_products ? m_products->imageUrlOf(item.productId) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> CartModel::roleNames() const
{
    return {
            {ProductIdRole, "productId"},
            {NameRole, "name"},
            {PriceRole, "price"},
            {PriceTextRole, "priceText"},
            {QuantityRole, "quantity"},
            {MaxQuantityRole, "maxQuantity"},
            {LineTotalTextRole, "lineTotalText"},
            {ImageUrlRole, "imageUrl"},
    };
}

int CartModel::rowOf(const QString &productId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).productId == productId)
            return row;
    }
    return -1;
}

qint64 CartModel::priceOf(const QString &productId) const
{
    const services::Product *p = m_products ? m_products->find(productId) : nullptr;
    return p ? p->price : 0;
}

qint64 CartModel::stockOf(const QString &productId) const
{
    if (!m_products || !m_products->isLoaded())
        return -1;
    const services::Product *p = m_products->find(productId);
    return p ? p->stock : 0;
}

qint64 CartModel::maxQuantityOf(const QString &productId) const
{
    const qint64 stock = stockOf(productId);
    return stock < 0 ? stock : std::min(stock, services::PlaceOrderRequest::MaxQuantity);
}

// --- the shopper's changes -------------------------------------------------------------------

bool CartModel::add(const QString &productId)
{
    const qint64 limit = maxQuantityOf(productId);
    if (limit <= 0)
        return false; // sold out, unknown, or the catalogue is not loaded yet
    const int row = rowOf(productId);
    if (row >= 0) {
        Item &item = m_items[row];
        if (item.quantity >= limit)
            return false;
        ++item.quantity;
        Q_EMIT dataChanged(index(row), index(row), {QuantityRole, LineTotalTextRole});
    } else {
        if (m_items.size() >= services::PlaceOrderRequest::MaxItems)
            return false;
        const int end = int(m_items.size());
        beginInsertRows({}, end, end);
        m_items.append({productId, 1});
        endInsertRows();
    }
    changed();
    return true;
}

bool CartModel::remove(const QString &productId)
{
    const int row = rowOf(productId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    changed();
    return true;
}

bool CartModel::setQuantity(const QString &productId, int quantity)
{
    if (quantity <= 0)
        return remove(productId);
    const qint64 limit = maxQuantityOf(productId);
    if (limit < 0)
        return false; // the catalogue is not loaded yet
    if (limit == 0)
        return remove(productId);
    const qint64 wanted = std::clamp<qint64>(quantity, 1, limit);
    const int row = rowOf(productId);
    if (row < 0) {
        if (m_items.size() >= services::PlaceOrderRequest::MaxItems)
            return false;
        const int end = int(m_items.size());
        beginInsertRows({}, end, end);
        m_items.append({productId, wanted});
        endInsertRows();
    } else {
        if (m_items.at(row).quantity == wanted)
            return false;
        m_items[row].quantity = wanted;
        Q_EMIT dataChanged(index(row), index(row), {QuantityRole, LineTotalTextRole});
    }
    changed();
    return true;
}

void CartModel::setCoupon(qint64 userCouponId)
{
    userCouponId = std::max<qint64>(userCouponId, 0);
    if (m_userCouponId == userCouponId)
        return;
    m_userCouponId = userCouponId;
    loadCoupon();
    changed();
}

void CartModel::clear()
{
    if (!m_items.isEmpty()) {
        beginRemoveRows({}, 0, int(m_items.size()) - 1);
        m_items.clear();
        endRemoveRows();
    }
    m_userCouponId = 0;
    m_coupon.reset();
    m_couponMissing = false;
    m_couponReadError.clear();
    m_holdAfterFailure = false;
    m_waitingForRead = false;
    loadCoupon();
    changed();
}

void CartModel::changed()
{
    dropCheckoutKey();
    save();
    update();
}

void CartModel::dropCheckoutKey()
{
    if (m_checkoutKey.isEmpty())
        return;
    m_checkoutKey.clear();
    Q_EMIT checkoutKeyChanged();
}

// --- totals and the coupon -------------------------------------------------------------------

CartModel::Snapshot CartModel::snapshot() const
{
    return {count(), subtotal(), m_discount, subtotalText(), discountText(), totalText(),
            m_userCouponId, couponName(), m_couponProblem};
}

void CartModel::update()
{
    m_discount = 0;
    m_couponProblem.clear();
    const qint64 amount = subtotal();
    if (m_userCouponId != 0 && !m_items.isEmpty()) {
        const bool known = m_coupon && m_coupon->userCouponId() == m_userCouponId;
        if (!m_couponReadError.isEmpty()) {
            m_couponProblem = tr("Your coupons could not be read: %1").arg(m_couponReadError);
        } else if (m_couponMissing) {
            m_couponProblem = tr("This coupon is not in your wallet.");
        } else if (known) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const services::CouponDefinition &definition = m_coupon->coupon();
            // The backend's own rule decides; the sentence is ours, in the shopper's language.
            const QString refusal = m_coupon->refusalFor(m_userId, amount, now);
            if (refusal.isEmpty()) {
                m_discount = definition.discountFor(amount);
            } else if (m_coupon->userId() != m_userId) {
                m_couponProblem = tr("This coupon belongs to someone else.");
            } else if (m_coupon->isUsed()) {
                m_couponProblem = tr("This coupon has already been used.");
            } else if (definition.isExpiredAt(now)) {
                m_couponProblem = tr("This coupon has expired.");
            } else if (!definition.minimumRefusal(amount).isEmpty()) {
                m_couponProblem
                        = tr("This coupon applies to orders of %1 or more: add %2.")
                                  .arg(Money::format(definition.minOrderAmount),
                                          Money::format(definition.minOrderAmount - amount));
            } else {
                m_couponProblem = tr("This coupon cannot be used: %1").arg(refusal);
            }
        }
        // else: still being read; no discount until it is.
    }

    const Snapshot now = snapshot();
    const Snapshot before = std::exchange(m_announced, now);
    if (now.count != before.count || now.subtotal != before.subtotal
            || now.discount != before.discount || now.subtotalText != before.subtotalText
            || now.discountText != before.discountText || now.totalText != before.totalText)
        Q_EMIT totalsChanged();
    if (now.userCouponId != before.userCouponId || now.couponName != before.couponName
            || now.couponProblem != before.couponProblem)
        Q_EMIT couponChanged();
}

void CartModel::loadCoupon()
{
    ++m_couponGeneration;
    m_expiry.stop();
    m_couponMissing = false;
    m_couponReadError.clear();
    if (!m_backend || m_userId < 1 || m_userCouponId == 0)
        return;
    const quint64 generation = m_couponGeneration;
    const qint64 userCouponId = m_userCouponId;
    whenDone(m_backend->shop()
            .coupons()
            .userCoupons(m_userId, QDateTime::currentMSecsSinceEpoch())
            , this,
                    [this, generation, userCouponId](
                            const bus::Outcome<QList<services::UserCoupon>> &outcome) {
                        if (generation != m_couponGeneration)
                            return;
                        if (!outcome.ok()) {
                            m_couponReadError = outcome.error;
                        } else {
                            const auto found = std::find_if(outcome.value->cbegin(),
                                    outcome.value->cend(), [&](const services::UserCoupon &c) {
                                        return c.userCouponId() == userCouponId;
                                    });
                            if (found == outcome.value->cend()) {
                                m_coupon.reset();
                                m_couponMissing = true;
                            } else {
                                m_coupon = *found;
                                scheduleExpiry();
                            }
                        }
                        update();
                    });
}

void CartModel::scheduleExpiry()
{
    m_expiry.stop();
    if (!m_coupon || m_coupon->coupon().expiresAt <= 0)
        return;
    const qint64 left = m_coupon->coupon().expiresAt - QDateTime::currentMSecsSinceEpoch();
    if (left >= 0 && left < kMaxTimerMs)
        m_expiry.start(int(left) + 1); // re-check once it has expired
}

void CartModel::onEventsArrived(const QList<bus::EventEnvelope> &events)
{
    if (m_userCouponId == 0 || m_checkingOut)
        return; // our own checkout's coupon events change nothing the cart shows
    namespace Events = saga::CheckoutEvents;
    for (const bus::EventEnvelope &e : events) {
        if ((e.type == Events::CouponUsed || e.type == Events::CouponRestored)
                && e.payload.value(u"userCouponId"_s).toInteger() == m_userCouponId) {
            loadCoupon(); // used elsewhere, or given back: read its status again
            return;
        }
    }
}

// --- live stock ------------------------------------------------------------------------------

void CartModel::onProductsLoaded()
{
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    update();
    enforceStock();
}

void CartModel::onStockRefreshed(const QStringList &changedIds)
{
    for (const QString &id : changedIds) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {MaxQuantityRole});
    }
    if (m_waitingForRead && m_products && m_products->completedStockRead() >= m_resumeAfterRead) {
        m_waitingForRead = false;
        m_holdAfterFailure = false;
    }
    enforceStock();
}

void CartModel::languageChanged()
{
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(
                index(0), index(rowCount() - 1), {NameRole, PriceTextRole, LineTotalTextRole});
    update(); // the texts (and the coupon's name) are in the new language
}

bool CartModel::stockChecksPaused() const
{
    return m_checkingOut || m_holdAfterFailure;
}

void CartModel::enforceStock()
{
    if (!m_products || !m_products->isLoaded() || stockChecksPaused())
        return;
    QStringList sentences;
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        Item &item = m_items[row];
        const qint64 limit = maxQuantityOf(item.productId);
        if (item.quantity <= limit)
            continue;
        const QString name = data(index(row), NameRole).toString();
        if (limit <= 0) {
            beginRemoveRows({}, row, row);
            m_items.removeAt(row);
            endRemoveRows();
            sentences.prepend(tr("%1 is sold out and was taken out of your cart.").arg(name));
        } else {
            item.quantity = limit;
            Q_EMIT dataChanged(index(row), index(row), {QuantityRole, LineTotalTextRole});
            sentences.prepend(tr("Only %1 left of %2: your cart now holds %1.")
                                      .arg(QString::number(limit), name));
        }
    }
    if (sentences.isEmpty())
        return;
    setNotice(sentences.join(u' '));
    changed();
}

// --- checkout --------------------------------------------------------------------------------

QList<saga::Payload::Item> CartModel::items() const
{
    QList<saga::Payload::Item> list;
    list.reserve(m_items.size());
    for (const Item &item : m_items)
        list.append({item.productId, item.quantity, 0});
    return list;
}

QString CartModel::beginCheckout()
{
    m_checkingOut = true;
    m_holdAfterFailure = false;
    m_waitingForRead = false;
    if (m_checkoutKey.isEmpty()) {
        m_checkoutKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        save();
        Q_EMIT checkoutKeyChanged();
    }
    return m_checkoutKey;
}

void CartModel::checkoutFinished(bool confirmed)
{
    m_checkingOut = false;
    if (confirmed) {
        clear();
        return;
    }
    m_holdAfterFailure = true; // until checkoutSettled(): the order's stock may be on its way back
    m_waitingForRead = false;
    dropCheckoutKey();
    save();
}

void CartModel::checkoutSettled()
{
    if (!m_holdAfterFailure || m_checkingOut)
        return;
    if (!m_products) {
        m_holdAfterFailure = false;
        return;
    }
    // Stock read before now may still show the order's reservation: wait for a fresh read.
    m_resumeAfterRead = m_products->requestStockRefresh();
    m_waitingForRead = true;
    if (m_products->completedStockRead() >= m_resumeAfterRead) {
        m_waitingForRead = false;
        m_holdAfterFailure = false;
        enforceStock();
    }
}

// --- persistence -----------------------------------------------------------------------------

void CartModel::save() const
{
    if (m_userId < 1)
        return;
    QJsonArray items;
    for (const Item &item : m_items)
        items.append(QJsonObject{{u"productId"_s, item.productId}, {u"quantity"_s, item.quantity}});
    const QJsonObject cart{{u"items"_s, items}, {u"userCouponId"_s, m_userCouponId},
            {u"checkoutKey"_s, m_checkoutKey}};
    QSettings().setValue(settingsKey(m_userId),
            QString::fromUtf8(QJsonDocument(cart).toJson(QJsonDocument::Compact)));
}

void CartModel::restore()
{
    if (m_userId < 1)
        return;
    const QString stored = QSettings().value(settingsKey(m_userId)).toString();
    if (stored.isEmpty())
        return;
    const QJsonObject cart = QJsonDocument::fromJson(stored.toUtf8()).object();
    QSet<QString> seen;
    const QJsonArray items = cart.value(u"items"_s).toArray();
    for (const QJsonValue &value : items) {
        const QString productId = value[u"productId"_s].toString();
        const qint64 quantity = value[u"quantity"_s].toInteger();
        if (productId.isEmpty()
                || productId.size() > services::PlaceOrderRequest::MaxProductIdLength
                || quantity < 1 || quantity > services::PlaceOrderRequest::MaxQuantity
                || seen.contains(productId)
                || m_items.size() >= services::PlaceOrderRequest::MaxItems)
            continue; // a damaged entry: drop it, keep the rest
        seen.insert(productId);
        m_items.append({productId, quantity});
    }
    m_userCouponId = std::max<qint64>(cart.value(u"userCouponId"_s).toInteger(), 0);
    const QString key = cart.value(u"checkoutKey"_s).toString();
    if (key.size() <= services::PlaceOrderRequest::MaxIdempotencyKeyLength)
        m_checkoutKey = key;
}

} // namespace sagashop::ui
