#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <stdexcept>

namespace sagashop::saga {

/// Thrown when an event payload lacks a field or has the wrong type: the event is malformed
/// for this consumer (the bus retries, then dead-letters it with this message).
class PayloadError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

/// Strict readers for event payloads. Money and quantities are JSON integers (exact up to
/// 2^53); a fractional or out-of-range number is an error, never rounded.
namespace Payload {

QString requireString(const QJsonObject &payload, const QString &key);
QString optionalString(const QJsonObject &payload, const QString &key);
qint64 requireInt(const QJsonObject &payload, const QString &key);
QJsonArray requireArray(const QJsonObject &payload, const QString &key);

struct Item
{
    QString productId;
    qint64 quantity = 0;
    qint64 unitPrice = 0; ///< 0 when the payload has none

    bool operator==(const Item &) const = default;
};
/// Reads "items": a non-empty array of {productId, quantity >= 1, unitPrice?}.
QList<Item> requireItems(const QJsonObject &payload, const QString &key = QStringLiteral("items"));
QJsonArray itemsToJson(const QList<Item> &items, bool withPrices);

} // namespace Payload
} // namespace sagashop::saga
