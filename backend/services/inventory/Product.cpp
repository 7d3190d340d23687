#include "services/inventory/Product.h"

#include <QStringList>

#include <limits>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace {

[[noreturn]] void reject(const QString &message)
{
    throw std::invalid_argument(message.toStdString());
}

QString requireText(const QJsonObject &entry, const QString &key)
{
    const QJsonValue value = entry.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        reject(u"\"%1\" must be a non-empty string"_s.arg(key));
    return value.toString();
}

qint64 requireWhole(const QJsonObject &entry, const QString &key, qint64 min, qint64 max)
{
    const QJsonValue value = entry.value(key);
    constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
    const qint64 number = value.isDouble() ? value.toInteger(kNotWhole) : kNotWhole;
    if (number == kNotWhole || number < min || number > max)
        reject(u"\"%1\" must be a whole number from %2 to %3"_s.arg(key).arg(min).arg(max));
    return number;
}

} // namespace

QString Product::displayName() const
{
    return nameKo + u" / "_s + nameEn;
}

QJsonObject Product::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},         {u"name"_s, nameEn}, {u"nameKo"_s, nameKo}, {u"nameEn"_s, nameEn},
        {u"price"_s, price},   {u"stock"_s, stock}, {u"image"_s, image},
    };
}

Product Product::fromCatalogJson(const QJsonObject &entry)
{
    static const QStringList keys{u"id"_s, u"nameKo"_s, u"nameEn"_s, u"price"_s, u"stock"_s, u"image"_s};
    for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
        if (!keys.contains(it.key()))
            reject(u"unknown key \"%1\" (expected %2)"_s.arg(it.key(), keys.join(u", "_s)));
    }
    Product product;
    product.id = requireText(entry, u"id"_s);
    if (product.id != product.id.trimmed())
        reject(u"\"id\" must not start or end with spaces"_s);
    product.nameKo = requireText(entry, u"nameKo"_s);
    product.nameEn = requireText(entry, u"nameEn"_s);
    product.price = requireWhole(entry, u"price"_s, 1, MaxPrice);
    product.stock = requireWhole(entry, u"stock"_s, 0, MaxCatalogStock);
    product.image = requireText(entry, u"image"_s);
    return product;
}

} // namespace sagashop::services
