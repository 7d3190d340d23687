#include "services/order/OrderView.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sagashop::services {

QJsonObject OrderView::toJson() const
{
    return QJsonObject{
        {u"orderId"_s, orderId},
        {u"sagaId"_s, sagaId},
        {u"userId"_s, userId},
        {u"status"_s, orderStatusName(status)},
        {u"failureStep"_s, failureStep},
        {u"failureReason"_s, failureReason},
        {u"amount"_s, amount},
        {u"discount"_s, discount},
        {u"finalAmount"_s, finalAmount},
        {u"userCouponId"_s, userCouponId},
        {u"items"_s, saga::Payload::itemsToJson(items, true)},
        {u"createdAt"_s, createdAt},
        {u"updatedAt"_s, updatedAt},
        {u"confirmedAt"_s, confirmedAt},
        {u"compensations"_s, QJsonArray::fromStringList(compensations)},
    };
}

} // namespace sagashop::services
