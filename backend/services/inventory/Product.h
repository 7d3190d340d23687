#pragma once

#include <QJsonObject>
#include <QString>

namespace sagashop::services {

/// One product of the shop's catalogue as the Inventory service holds it: its names, its
/// unit price (integer won) and the stock left right now. A plain value: copies are
/// snapshots, never live views of the stock.
struct Product
{
    QString id;     ///< "p01" …
    QString nameKo; ///< Korean name (the storefront's first language)
    QString nameEn; ///< English name
    qint64 price = 0;
    qint64 stock = 0;
    QString image; ///< relative resource path, e.g. "images/p01.svg"

    /// Highest unit price a catalogue may set (a sanity bound, 100 million won).
    static constexpr qint64 MaxPrice = 100'000'000;
    /// Highest stock a catalogue may set for one product.
    static constexpr qint64 MaxCatalogStock = 1'000'000;

    /// "아메리카노 원두 / Americano Beans": how failure reasons name the product.
    QString displayName() const;

    /// {id, name (English), nameKo, nameEn, price, stock, image}.
    QJsonObject toJson() const;

    /// Reads one catalogue entry strictly: exactly the keys id, nameKo, nameEn, price, stock
    /// and image; non-empty strings; whole numbers with 1 <= price <= MaxPrice and
    /// 0 <= stock <= MaxCatalogStock. Throws std::invalid_argument saying what is wrong.
    static Product fromCatalogJson(const QJsonObject &entry);

    bool operator==(const Product &) const = default;
};

} // namespace sagashop::services
