#pragma once

#include <QJsonObject>
#include <QString>

namespace sagashop::services {

/// What the Export service did with one confirmed order.
struct ExportRecord
{
    static inline const QString Sent = QStringLiteral("sent");
    static inline const QString Skipped = QStringLiteral("skipped");

    qint64 orderId = 0;
    QString status;     ///< "sent" | "skipped" (no URL configured)
    int httpStatus = 0; ///< the platform's answer (0 when skipped)
    int attempts = 0;   ///< the delivery attempt that succeeded (1 = first try)
    qint64 at = 0;      ///< UTC ms

    /// {"orderId", "status", "httpStatus", "attempts", "at"}.
    QJsonObject toJson() const;

    bool operator==(const ExportRecord &) const = default;
};

} // namespace sagashop::services
