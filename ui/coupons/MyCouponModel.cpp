#include "ui/coupons/MyCouponModel.h"
#include "ui/WhenDone.h"

#include "bus/HybridClock.h"
#include "saga/CheckoutEvents.h"
#include "services/DomainError.h"
#include "services/coupon/CouponService.h"
#include "shop/Shop.h"
#include "ui/Backend.h"
#include "ui/coupons/CouponText.h"

#include <QDateTime>

#include <algorithm>
#include <chrono>
#include <limits>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

namespace Events = saga::CheckoutEvents;
using services::DomainError;
using services::UserCoupon;

} // namespace

MyCouponModel::MyCouponModel(QObject *parent)
    : ShopListModel(parent)
{
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &MyCouponModel::refresh);
}

MyCouponModel::~MyCouponModel() = default;

void MyCouponModel::setUsableOnly(bool usableOnly)
{
    if (m_usableOnly == usableOnly)
        return;
    m_usableOnly = usableOnly;
    Q_EMIT usableOnlyChanged();
    refresh();
}

int MyCouponModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_coupons.size());
}

QVariant MyCouponModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const UserCoupon &c = m_coupons.at(index.row());
    switch (role) {
    case UserCouponIdRole:
        return c.userCouponId();
    case CouponIdRole:
        return c.coupon().id;
    case NameRole:
    case Qt::DisplayRole:
        return CouponText::name(c.coupon(), language());
    case StatusRole:
        return UserCoupon::statusName(c.status());
    case StatusTextRole:
        switch (c.status()) {
        case UserCoupon::Status::Available:
            return tr("Available");
        case UserCoupon::Status::Used:
            return tr("Used");
        case UserCoupon::Status::Expired:
            return tr("Expired");
        }
        return {};
    case ExpiresTextRole:
        return CouponText::expiresText(c.coupon(), language());
    case ValueTextRole:
        return CouponText::valueText(c.coupon());
    case UsableRole:
        return c.status() == UserCoupon::Status::Available;
    default:
        return {};
    }
}

QHash<int, QByteArray> MyCouponModel::roleNames() const
{
    return {
            {UserCouponIdRole, "userCouponId"},
            {CouponIdRole, "couponId"},
            {NameRole, "name"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {ExpiresTextRole, "expiresText"},
            {ValueTextRole, "valueText"},
            {UsableRole, "usable"},
    };
}

int MyCouponModel::indexOfCoupon(qint64 userCouponId) const
{
    const auto it = std::find_if(m_coupons.cbegin(), m_coupons.cend(),
            [userCouponId](const UserCoupon &c) { return c.userCouponId() == userCouponId; });
    return it == m_coupons.cend() ? -1 : int(it - m_coupons.cbegin());
}

std::optional<UserCoupon> MyCouponModel::coupon(qint64 userCouponId) const
{
    const int row = indexOfCoupon(userCouponId);
    if (row < 0)
        return std::nullopt;
    return m_coupons.at(row);
}

void MyCouponModel::clearRows()
{
    m_expiryTimer.stop();
    m_coupons.clear();
}

void MyCouponModel::load()
{
    refresh();
}

void MyCouponModel::refresh()
{
    if (!backend() || userId() < 1)
        return;
    if (m_reading) {
        m_readAgain = true; // coalesced: one more read when this one is back
        return;
    }
    m_reading = true;
    const int generation = this->generation();
    whenDone(backend()->shop()
            .coupons()
            .userCoupons(userId(), bus::HybridClock::nowMs())
            , this, [this, generation](const bus::Outcome<QList<UserCoupon>> &outcome) {
                m_reading = false;
                if (generation == this->generation()) {
                    if (outcome.ok()) {
                        setError({});
                        apply(*outcome.value);
                    } else {
                        setError(tr("Your coupons could not be read: %1")
                                         .arg(DomainError::messageOf(outcome.error)));
                    }
                }
                if (std::exchange(m_readAgain, false))
                    refresh();
            });
}

bool MyCouponModel::sameCoupon(const UserCoupon &a, const UserCoupon &b)
{
    const auto &x = a.coupon();
    const auto &y = b.coupon();
    return a.userCouponId() == b.userCouponId() && a.status() == b.status()
            && a.orderId() == b.orderId() && a.usedAt() == b.usedAt() && x.id == y.id
            && x.nameKo == y.nameKo && x.nameEn == y.nameEn && x.kind == y.kind
            && x.value == y.value && x.minOrderAmount == y.minOrderAmount
            && x.expiresAt == y.expiresAt;
}

void MyCouponModel::apply(QList<UserCoupon> coupons)
{
    if (m_usableOnly) {
        coupons.removeIf([](const UserCoupon &c) { return c.status() != UserCoupon::Status::Available; });
    }
    if (!isLoaded()) {
        beginResetModel();
        m_coupons = std::move(coupons);
        endResetModel();
        setLoaded(true);
        scheduleExpiryRefresh();
        return;
    }
    mergeRows(m_coupons, coupons, [](const UserCoupon &c) { return c.userCouponId(); },
              [](const UserCoupon &x, const UserCoupon &y) { return sameCoupon(x, y); });
    scheduleExpiryRefresh();
}

void MyCouponModel::scheduleExpiryRefresh()
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (const UserCoupon &c : std::as_const(m_coupons)) {
        if (c.status() == UserCoupon::Status::Available && c.coupon().expiresAt > 0)
            next = std::min(next, c.coupon().expiresAt);
    }
    if (next == std::numeric_limits<qint64>::max()) {
        m_expiryTimer.stop();
        return;
    }
    constexpr qint64 day = 24 * 60 * 60 * 1000; // wake at most a day ahead; then look again
    m_expiryTimer.start(std::chrono::milliseconds(std::clamp<qint64>(next - bus::HybridClock::nowMs() + 1, 0, day)));
}

void MyCouponModel::onEvents(const QList<bus::EventEnvelope> &events)
{
    if (userId() < 1)
        return;
    for (const bus::EventEnvelope &e : events) {
        const bool mine = ((e.type == Events::CouponUsed || e.type == Events::CouponIssued)
                                  && e.payload.value(u"userId"_s).toInteger() == userId())
                // CouponRestored carries no userId: recognise the coupon instead.
                || (e.type == Events::CouponRestored
                        && indexOfCoupon(e.payload.value(u"userCouponId"_s).toInteger()) >= 0);
        if (mine) {
            refresh();
            return;
        }
    }
}

} // namespace sagashop::ui
