#include "saga/Payload.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace sagashop::saga::Payload {

namespace {
[[noreturn]] void fail(const QString &message)
{
    throw PayloadError(message.toStdString());
}
} // namespace

QString requireString(const QJsonObject &payload, const QString &key)
{
    const QJsonValue v = payload.value(key);
    if (!v.isString())
        fail(u"payload field \"%1\" must be a string"_s.arg(key));
    return v.toString();
}

QString optionalString(const QJsonObject &payload, const QString &key)
{
    const QJsonValue v = payload.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        fail(u"payload field \"%1\" must be a string"_s.arg(key));
    return v.toString();
}

qint64 requireInt(const QJsonObject &payload, const QString &key)
{
    const QJsonValue v = payload.value(key);
    constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
    constexpr qint64 kMaxExact = qint64(1) << 53;
    const qint64 i = v.isDouble() ? v.toInteger(kNotWhole) : kNotWhole;
    if (i == kNotWhole || i > kMaxExact || i < -kMaxExact)
        fail(u"payload field \"%1\" must be a whole number"_s.arg(key));
    return i;
}

QJsonArray requireArray(const QJsonObject &payload, const QString &key)
{
    const QJsonValue v = payload.value(key);
    if (!v.isArray())
        fail(u"payload field \"%1\" must be an array"_s.arg(key));
    return v.toArray();
}

QList<Item> requireItems(const QJsonObject &payload, const QString &key)
{
    const QJsonArray array = requireArray(payload, key);
    if (array.isEmpty())
        fail(u"payload field \"%1\" must not be empty"_s.arg(key));
    QList<Item> items;
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            fail(u"every entry of \"%1\" must be an object"_s.arg(key));
        const QJsonObject o = value.toObject();
        Item item;
        item.productId = requireString(o, u"productId"_s);
        item.quantity = requireInt(o, u"quantity"_s);
        if (item.quantity < 1)
            fail(u"quantity of %1 must be at least 1"_s.arg(item.productId));
        if (o.contains(u"unitPrice"_s))
            item.unitPrice = requireInt(o, u"unitPrice"_s);
        items.append(item);
    }
    return items;
}

QJsonArray itemsToJson(const QList<Item> &items, bool withPrices)
{
    QJsonArray array;
    for (const Item &item : items) {
        QJsonObject o{{u"productId"_s, item.productId}, {u"quantity"_s, item.quantity}};
        if (withPrices)
            o.insert(u"unitPrice"_s, item.unitPrice);
        array.append(o);
    }
    return array;
}

} // namespace sagashop::saga::Payload
