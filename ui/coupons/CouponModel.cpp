#include "ui/coupons/CouponModel.h"
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
using services::CouponDefinition;
using services::DomainError;
using services::UserCoupon;

} // namespace

CouponModel::CouponModel(QObject *parent)
    : ShopListModel(parent)
{
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &CouponModel::refresh);
}

CouponModel::~CouponModel() = default;

int CouponModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CouponModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const CouponDefinition &c = row.coupon;
    switch (role) {
    case CouponIdRole:
        return c.id;
    case NameRole:
    case Qt::DisplayRole:
        return CouponText::name(c, language());
    case KindTextRole:
        return CouponText::kindText(c);
    case ValueTextRole:
        return CouponText::valueText(c);
    case RemainingRole:
        return std::max<qint64>(0, c.remaining());
    case QuantityRole:
        return c.quantity;
    case ExpiresTextRole:
        return CouponText::expiresText(c, language());
    case MinOrderTextRole:
        return CouponText::minOrderText(c);
    case SoldOutRole:
        return c.remaining() <= 0;
    case ClaimedRole:
        return row.claimed;
    default:
        return {};
    }
}

QHash<int, QByteArray> CouponModel::roleNames() const
{
    return {
            {CouponIdRole, "couponId"},
            {NameRole, "name"},
            {KindTextRole, "kindText"},
            {ValueTextRole, "valueText"},
            {RemainingRole, "remaining"},
            {QuantityRole, "quantity"},
            {ExpiresTextRole, "expiresText"},
            {MinOrderTextRole, "minOrderText"},
            {SoldOutRole, "soldOut"},
            {ClaimedRole, "claimed"},
    };
}

int CouponModel::indexOfCoupon(qint64 couponId) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
            [couponId](const Row &r) { return r.coupon.id == couponId; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

void CouponModel::clearRows()
{
    m_expiryTimer.stop();
    m_rows.clear();
}

void CouponModel::load()
{
    refresh();
}

void CouponModel::refresh()
{
    if (!backend())
        return;
    if (m_reading) {
        m_readAgain = true; // coalesced: one more read when this one is back
        return;
    }
    m_reading = true;
    read(generation());
}

void CouponModel::read(int generation)
{
    const qint64 now = bus::HybridClock::nowMs();
    const qint64 userId = this->userId();
    const QPointer<Backend> backend = this->backend();

    // Every answer ends here; `rows` is empty with `error` set when a read failed, and both
    // are empty when the answer is stale (another backend or user meanwhile).
    auto finish = [this, generation](std::optional<QList<Row>> rows, const QString &error) {
        m_reading = false;
        if (generation == this->generation()) {
            if (rows) {
                setError({});
                apply(std::move(*rows));
            } else {
                setError(
                        tr("The coupons could not be read: %1").arg(DomainError::messageOf(error)));
            }
        }
        if (std::exchange(m_readAgain, false))
            refresh();
    };

    whenDone(backend->shop().coupons().coupons(now), this,
            [this, finish, generation, backend, userId, now](
                    const bus::Outcome<QList<CouponDefinition>> &defs) {
                if (!defs.ok()) {
                    finish(std::nullopt, defs.error);
                    return;
                }
                QList<Row> rows;
                rows.reserve(defs.value->size());
                for (const CouponDefinition &c : *defs.value)
                    rows.append({c, false});
                if (userId < 1) {
                    finish(std::move(rows), {});
                    return;
                }
                if (generation != this->generation() || !backend) {
                    finish(std::nullopt, {}); // stale: a new read follows
                    return;
                }
                whenDone(backend->shop()
                        .coupons()
                        .userCoupons(userId, now)
                        , this,
                                [finish, rows](
                                        const bus::Outcome<QList<UserCoupon>> &mine) mutable {
                                    if (!mine.ok()) {
                                        finish(std::nullopt, mine.error);
                                        return;
                                    }
                                    for (const UserCoupon &held : *mine.value) {
                                        for (Row &row : rows) {
                                            if (row.coupon.id == held.coupon().id)
                                                row.claimed = true;
                                        }
                                    }
                                    finish(std::move(rows), {});
                                });
            });
}

bool CouponModel::sameRow(const Row &a, const Row &b)
{
    const CouponDefinition &x = a.coupon;
    const CouponDefinition &y = b.coupon;
    return a.claimed == b.claimed && x.id == y.id && x.nameKo == y.nameKo && x.nameEn == y.nameEn
            && x.kind == y.kind && x.value == y.value && x.minOrderAmount == y.minOrderAmount
            && x.expiresAt == y.expiresAt && x.quantity == y.quantity && x.issued == y.issued;
}

void CouponModel::apply(QList<Row> rows)
{
    if (!isLoaded()) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        setLoaded(true);
        scheduleExpiryRefresh();
        return;
    }
    mergeRows(m_rows, rows, [](const Row &r) { return r.coupon.id; },
              [](const Row &x, const Row &y) { return sameRow(x, y); });
    scheduleExpiryRefresh();
}

void CouponModel::scheduleExpiryRefresh()
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Row &row : std::as_const(m_rows)) {
        if (row.coupon.expiresAt > 0)
            next = std::min(next, row.coupon.expiresAt);
    }
    if (next == std::numeric_limits<qint64>::max()) {
        m_expiryTimer.stop();
        return;
    }
    // Wake at the expiry instant (at most a day ahead; then look again).
    constexpr qint64 day = 24 * 60 * 60 * 1000;
    const qint64 wait = std::clamp<qint64>(next - bus::HybridClock::nowMs() + 1, 0, day);
    m_expiryTimer.start(std::chrono::milliseconds(wait));
}

void CouponModel::onEvents(const QList<bus::EventEnvelope> &events)
{
    // A coupon used or given back in a checkout, or one issued anywhere: whatever else has
    // happened since (claims made elsewhere included) comes in with this read.
    const bool relevant
            = std::any_of(events.cbegin(), events.cend(), [](const bus::EventEnvelope &e) {
                  return e.type == Events::CouponUsed || e.type == Events::CouponRestored
                          || e.type == Events::CouponIssued;
              });
    if (relevant)
        refresh();
}

void CouponModel::claim(qint64 couponId)
{
    if (m_claiming.contains(couponId))
        return;
    if (!backend() || userId() < 1) {
        Q_EMIT claimFinished(
                couponId, false, tr("Choose who is shopping before claiming a coupon."));
        return;
    }
    m_claiming.insert(couponId);
    const int generation = this->generation();
    whenDone(backend()->shop()
            .coupons()
            .issue(couponId, userId(), bus::HybridClock::nowMs())
            , this, [this, couponId, generation](const bus::Outcome<qint64> &outcome) {
                m_claiming.remove(couponId);
                const QString code = DomainError::codeOf(outcome.error);
                // Show what the answer already tells before the re-read confirms it.
                const int row = generation == this->generation() ? indexOfCoupon(couponId) : -1;
                if (row >= 0) {
                    Row updated = m_rows.at(row);
                    if (outcome.ok()) {
                        updated.claimed = true;
                        updated.coupon.issued
                                = std::min(updated.coupon.issued + 1, updated.coupon.quantity);
                    } else if (code == u"already_issued"_s) {
                        updated.claimed = true;
                    } else if (code == u"sold_out"_s) {
                        updated.coupon.issued = updated.coupon.quantity;
                    }
                    if (!sameRow(updated, m_rows.at(row))) {
                        m_rows[row] = updated;
                        Q_EMIT dataChanged(index(row), index(row));
                    }
                }
                refresh();
                if (outcome.ok())
                    Q_EMIT claimFinished(couponId, true, tr("Coupon claimed"));
                else
                    Q_EMIT claimFinished(couponId, false,
                            claimFailureText(outcome.error, outcome.storageFailure));
            });
}

QString CouponModel::claimFailureText(const QString &error, bool storageFailure) const
{
    if (storageFailure)
        return tr("The coupon could not be claimed right now. Please try again in a moment.");
    const QString code = DomainError::codeOf(error);
    if (code == u"sold_out"_s)
        return tr("Sorry, this coupon is sold out");
    if (code == u"already_issued"_s)
        return tr("You already have this coupon");
    if (code == u"expired"_s)
        return tr("Sorry, this coupon has expired");
    if (code == u"not_found"_s)
        return tr("This coupon is no longer offered");
    if (code == u"invalid_user"_s)
        return tr("Choose who is shopping before claiming a coupon.");
    return tr("The coupon could not be claimed: %1").arg(DomainError::messageOf(error));
}

} // namespace sagashop::ui
