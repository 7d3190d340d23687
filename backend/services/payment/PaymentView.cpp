#include "services/payment/PaymentView.h"

using namespace Qt::StringLiterals;

namespace sagashop::services {

QJsonObject PaymentView::toJson() const
{
    return QJsonObject{{u"paymentId"_s, paymentId}, {u"orderId"_s, orderId},   {u"sagaId"_s, sagaId},
                       {u"userId"_s, userId},       {u"amount"_s, amount},     {u"status"_s, status},
                       {u"createdAt"_s, createdAt}, {u"cancelledAt"_s, cancelledAt}};
}

} // namespace sagashop::services
