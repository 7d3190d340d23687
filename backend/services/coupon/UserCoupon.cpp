#include "services/coupon/UserCoupon.h"

#include "saga/CheckoutEvents.h"

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace {
QString orderKey(qint64 orderId)
{
    return u"order-%1"_s.arg(orderId);
}
} // namespace

UserCoupon::UserCoupon(qint64 userCouponId, qint64 userId, bool used, qint64 orderId,
        qint64 issuedAt, qint64 usedAt, CouponDefinition coupon, qint64 readAt)
    : m_userCouponId(userCouponId)
    , m_userId(userId)
    , m_used(used)
    , m_orderId(orderId)
    , m_issuedAt(issuedAt)
    , m_usedAt(usedAt)
    , m_coupon(std::move(coupon))
    , m_readAt(readAt)
{ }

UserCoupon::Status UserCoupon::statusAt(qint64 nowMs) const noexcept
{
    if (m_used)
        return Status::Used;
    return m_coupon.isExpiredAt(nowMs) ? Status::Expired : Status::Available;
}

QString UserCoupon::statusName(Status status)
{
    switch (status) {
    case Status::Available:
        return u"AVAILABLE"_s;
    case Status::Used:
        return u"USED"_s;
    case Status::Expired:
        return u"EXPIRED"_s;
    }
    return {};
}

QString UserCoupon::refusalFor(qint64 userId, qint64 amount, qint64 nowMs) const
{
    if (userId != m_userId)
        return u"coupon belongs to another user"_s;
    if (m_used)
        return u"coupon already used"_s;
    if (m_coupon.isExpiredAt(nowMs))
        return u"coupon expired"_s;
    return m_coupon.minimumRefusal(amount);
}

qint64 UserCoupon::use(qint64 orderId, qint64 amount, qint64 nowMs)
{
    if (m_used)
        throw std::logic_error("a used coupon cannot be used again");
    const qint64 discount = m_coupon.discountFor(amount);
    m_used = true;
    m_orderId = orderId;
    m_usedAt = nowMs;
    registerEvent({saga::CheckoutEvents::CouponUsed, orderKey(orderId),
            {{u"orderId"_s, orderId}, {u"userId"_s, m_userId}, {u"userCouponId"_s, m_userCouponId},
                    {u"amount"_s, amount}, {u"discount"_s, discount},
                    {u"finalAmount"_s, amount - discount}}});
    return discount;
}

bool UserCoupon::restore(qint64 orderId, const QString &sagaId)
{
    if (!m_used || m_orderId != orderId)
        return false;
    m_used = false;
    m_orderId = 0;
    m_usedAt = 0;
    registerEvent({saga::CheckoutEvents::CouponRestored, orderKey(orderId),
            {{u"orderId"_s, orderId}, {u"userCouponId"_s, m_userCouponId}}, sagaId});
    return true;
}

QJsonObject UserCoupon::toJson(qint64 nowMs) const
{
    return {
            {u"userCouponId"_s, m_userCouponId},
            {u"couponId"_s, m_coupon.id},
            {u"userId"_s, m_userId},
            {u"status"_s, statusName(statusAt(nowMs))},
            {u"orderId"_s, m_orderId},
            {u"issuedAt"_s, m_issuedAt},
            {u"usedAt"_s, m_usedAt},
            {u"name"_s, m_coupon.name()},
            {u"nameKo"_s, m_coupon.nameKo},
            {u"nameEn"_s, m_coupon.nameEn},
            {u"kind"_s, m_coupon.kind},
            {u"value"_s, m_coupon.value},
            {u"minOrderAmount"_s, m_coupon.minOrderAmount},
            {u"expiresAt"_s, m_coupon.expiresAt},
    };
}

} // namespace sagashop::services
