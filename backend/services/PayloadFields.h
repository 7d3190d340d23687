#pragma once

#include <QJsonObject>
#include <QString>

namespace sagashop::services {

/// Strict readers for the id and money fields of checkout payloads, shared by every domain
/// service (built on saga::Payload::requireInt). A value out of range throws
/// saga::PayloadError naming the field, so the bus retries and then dead-letters the event.

/// A positive whole number (orderId, userId, …).
qint64 requirePositive(const QJsonObject &payload, const QString &key);
/// A whole number of at least 0 (amounts, an optional userCouponId).
qint64 requireNonNegative(const QJsonObject &payload, const QString &key);
/// The payload's positive "orderId".
qint64 requireOrderId(const QJsonObject &payload);

} // namespace sagashop::services
