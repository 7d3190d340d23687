#pragma once

#include <QJsonObject>
#include <QString>

namespace sagashop::alerts {

/// Something an operator must look at: a dead letter, an abnormal saga, a failed export.
struct Alert
{
    qint64 id = 0;
    QString kind;     ///< "dead_letter" | "export_failed" | "saga_abnormal"
    QString severity; ///< "warning" | "critical"
    QString title;    ///< one line for a person
    QString detail;   ///< the error or reason
    QString sagaId;
    qint64 orderId = 0;
    qint64 at = 0;    ///< UTC ms

    QJsonObject toJson() const;
    /// Slack-compatible webhook body ({"text": …}).
    QJsonObject toSlackJson() const;
};

} // namespace sagashop::alerts
