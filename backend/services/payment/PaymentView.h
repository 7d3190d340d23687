#pragma once

#include <QJsonObject>
#include <QString>

namespace sagashop::services {

/// One payment record as the Payment service stores it. Times are UTC milliseconds since the
/// epoch (cancelledAt 0 while not cancelled); money is integer won.
struct PaymentView
{
    static inline const QString Success = QStringLiteral("success");
    static inline const QString Cancelled = QStringLiteral("cancelled");

    qint64 paymentId = 0;
    qint64 orderId = 0;
    QString sagaId;
    qint64 userId = 0;
    qint64 amount = 0;
    QString status; ///< "success" | "cancelled"
    qint64 createdAt = 0;
    qint64 cancelledAt = 0;

    /// {"paymentId", "orderId", "sagaId", "userId", "amount", "status", "createdAt",
    /// "cancelledAt"}.
    QJsonObject toJson() const;

    bool operator==(const PaymentView &) const = default;
};

} // namespace sagashop::services
