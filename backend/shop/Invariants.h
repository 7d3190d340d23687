#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sagashop::shop {

class Shop;

/// One bookkeeping check: what should hold, what was found, and in words how.
struct InvariantCheck
{
    QString name;
    bool ok = false;
    QJsonObject expected; ///< the figures that should match …
    QJsonObject actual;   ///< … and the ones found
    QString detail;

    QJsonObject toJson() const;
};

/// Whether the books balance (issue 3: GET /api/admin/invariants).
struct InvariantReport
{
    bool ok = false;
    QList<InvariantCheck> checks;
    qint64 at = 0; ///< UTC ms

    /// {"ok", "checks":[{"name","ok","expected","actual","detail"}], "at"}
    QJsonObject toJson() const;
};

/// The shop's invariants, computed with blocking reads through the services (one read per
/// service database, aggregated in SQL, so it stays fast with many orders). Call it from a
/// worker thread, never from a thread whose event loop a service needs (the GUI thread).
///
///  - stock: per product, seed stock (the catalogue the Shop was configured with) + units
///    restocked (InventoryService records each restock) == current stock + quantity in
///    CONFIRMED orders.
///  - balance: chargedTotal − totalBalance == Payment.totalSucceeded == Σ finalAmount of
///    CONFIRMED orders.
///  - coupons: user coupons USED == CONFIRMED orders with a coupon.
///  - stuck: no CREATED order older than ShopConfig::stuckAfterMs.
namespace Invariants {
InvariantReport check(Shop &shop, qint64 nowMs);
}

} // namespace sagashop::shop
