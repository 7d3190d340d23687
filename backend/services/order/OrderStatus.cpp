#include "services/order/OrderStatus.h"

using namespace Qt::StringLiterals;

namespace sagashop::services {

QString orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Created:
        return u"CREATED"_s;
    case OrderStatus::Confirmed:
        return u"CONFIRMED"_s;
    case OrderStatus::Failed:
        return u"FAILED"_s;
    case OrderStatus::Cancelled:
        return u"CANCELLED"_s;
    case OrderStatus::Abnormal:
        return u"ABNORMAL"_s;
    }
    return {};
}

std::optional<OrderStatus> orderStatusFromName(const QString &name)
{
    for (OrderStatus s : {OrderStatus::Created, OrderStatus::Confirmed, OrderStatus::Failed, OrderStatus::Cancelled,
                          OrderStatus::Abnormal}) {
        if (orderStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace sagashop::services
