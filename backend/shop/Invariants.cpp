#include "shop/Invariants.h"

#include "services/balance/BalanceService.h"
#include "services/coupon/CouponService.h"
#include "services/inventory/InventoryService.h"
#include "services/order/OrderService.h"
#include "services/payment/PaymentService.h"
#include "services/inventory/Product.h"
#include "shop/Shop.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sagashop::shop {

QJsonObject InvariantCheck::toJson() const
{
    return {{u"name"_s, name}, {u"ok"_s, ok}, {u"expected"_s, expected}, {u"actual"_s, actual}, {u"detail"_s, detail}};
}

QJsonObject InvariantReport::toJson() const
{
    QJsonArray list;
    for (const InvariantCheck &c : checks)
        list.append(c.toJson());
    return {{u"ok"_s, ok}, {u"checks"_s, list}, {u"at"_s, at}};
}

namespace {

/// The value of a finished read, or the error as a failed check's detail.
template<typename T>
std::optional<T> valueOf(QFuture<bus::Outcome<T>> future, QString &error)
{
    future.waitForFinished();
    bus::Outcome<T> outcome = future.result();
    if (!outcome.ok()) {
        error = outcome.error;
        return std::nullopt;
    }
    return std::move(*outcome.value);
}

/// The seed stock per product from the configured catalogue.
QHash<QString, qint64> seedStock(const QString &path, QString &error)
{
    QHash<QString, qint64> seed;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = u"cannot read the catalogue %1: %2"_s.arg(path, file.errorString());
        return seed;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    for (const QJsonValue &v : doc.array()) {
        try {
            const services::Product p = services::Product::fromCatalogJson(v.toObject());
            seed.insert(p.id, p.stock);
        } catch (const std::exception &e) {
            error = u"catalogue %1: %2"_s.arg(path, QString::fromUtf8(e.what()));
        }
    }
    return seed;
}

struct OrderFigures
{
    QHash<QString, qint64> soldPerProduct; // CONFIRMED orders only
    qint64 confirmed = 0;
    qint64 confirmedFinalAmount = 0;
    qint64 confirmedWithCoupon = 0;
    qint64 stuck = 0;
    QList<qint64> stuckIds; // the first few
};

} // namespace

InvariantReport Invariants::check(Shop &shop, qint64 nowMs)
{
    InvariantReport report;
    report.at = nowMs;
    const qint64 stuckBefore = nowMs - shop.config().stuckAfterMs;

    QString orderError;
    const auto orders = valueOf(shop.orders().read<OrderFigures>([stuckBefore](storage::Database &db) {
        OrderFigures f;
        QSqlQuery &sold = db.prepared(
                u"SELECT i.product_id, SUM(i.quantity) FROM order_items i JOIN orders o ON o.order_id = i.order_id"
                " WHERE o.status = 'CONFIRMED' GROUP BY i.product_id"_s);
        db.exec(sold);
        while (sold.next())
            f.soldPerProduct.insert(sold.value(0).toString(), sold.value(1).toLongLong());
        sold.finish();
        QSqlQuery &money = db.prepared(
                u"SELECT count(*), COALESCE(SUM(final_amount), 0),"
                " COALESCE(SUM(CASE WHEN user_coupon_id <> 0 THEN 1 ELSE 0 END), 0)"
                " FROM orders WHERE status = 'CONFIRMED'"_s);
        db.exec(money);
        if (money.next()) {
            f.confirmed = money.value(0).toLongLong();
            f.confirmedFinalAmount = money.value(1).toLongLong();
            f.confirmedWithCoupon = money.value(2).toLongLong();
        }
        money.finish();
        QSqlQuery &stuck = db.prepared(
                u"SELECT order_id FROM orders WHERE status = 'CREATED' AND updated_at < ? ORDER BY order_id"_s);
        stuck.bindValue(0, stuckBefore);
        db.exec(stuck);
        while (stuck.next()) {
            ++f.stuck;
            if (f.stuckIds.size() < 20)
                f.stuckIds.append(stuck.value(0).toLongLong());
        }
        stuck.finish();
        return f;
    }), orderError);

    // Stock conservation.
    {
        InvariantCheck c;
        c.name = u"stock"_s;
        QString error = orderError;
        const QString catalogPath = shop.config().catalogPath.isEmpty() ? Shop::builtInCatalogPath()
                                                                        : shop.config().catalogPath;
        const QHash<QString, qint64> seed = seedStock(catalogPath, error);
        const auto levels = valueOf(shop.inventory().stockLevels(), error);
        const auto restocked = valueOf(shop.inventory().restockedTotals(), error);
        if (orders && levels && restocked && error.isEmpty()) {
            c.ok = true;
            QStringList wrong;
            QStringList ids = seed.keys();
            ids.sort();
            for (const QString &id : ids) {
                const qint64 expected = seed.value(id) + restocked->value(id);
                const qint64 actual = levels->value(id) + orders->soldPerProduct.value(id);
                c.expected.insert(id, expected);
                c.actual.insert(id, actual);
                if (expected != actual) {
                    c.ok = false;
                    wrong.append(u"%1: seed %2 + restocked %3, stock %4 + confirmed %5"_s.arg(id)
                                     .arg(seed.value(id))
                                     .arg(restocked->value(id))
                                     .arg(levels->value(id))
                                     .arg(orders->soldPerProduct.value(id)));
                }
            }
            c.detail = u"per product: seed stock + restocked == current stock + quantity in CONFIRMED orders"_s;
            if (!wrong.isEmpty())
                c.detail += u"; differs for "_s + wrong.join(u"; "_s);
        } else {
            c.detail = u"could not read: "_s + error;
        }
        report.checks.append(c);
    }

    // Balance conservation.
    {
        InvariantCheck c;
        c.name = u"balance"_s;
        QString error = orderError;
        const auto charged = valueOf(shop.balances().chargedTotal(), error);
        const auto total = valueOf(shop.balances().totalBalance(), error);
        const auto paid = valueOf(shop.payments().totalSucceeded(), error);
        if (orders && charged && total && paid) {
            const qint64 spent = *charged - *total;
            c.expected = QJsonObject{{u"confirmedFinalAmount"_s, orders->confirmedFinalAmount}};
            c.actual = QJsonObject{{u"chargedTotal"_s, *charged},
                                   {u"totalBalance"_s, *total},
                                   {u"spent"_s, spent},
                                   {u"paymentsSucceeded"_s, *paid}};
            c.ok = spent == orders->confirmedFinalAmount && *paid == orders->confirmedFinalAmount;
            c.detail = u"chargedTotal - totalBalance == Payment.totalSucceeded == sum of finalAmount of CONFIRMED orders"_s;
        } else {
            c.detail = u"could not read: "_s + error;
        }
        report.checks.append(c);
    }

    // Coupons used <=> confirmed orders with a coupon.
    {
        InvariantCheck c;
        c.name = u"coupons"_s;
        QString error = orderError;
        const auto used = valueOf(shop.coupons().read<qint64>([](storage::Database &db) {
            QSqlQuery &q = db.prepared(u"SELECT count(*) FROM user_coupons WHERE status = 'USED'"_s);
            db.exec(q);
            const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
            q.finish();
            return n;
        }), error);
        if (orders && used) {
            c.expected = QJsonObject{{u"confirmedOrdersWithCoupon"_s, orders->confirmedWithCoupon}};
            c.actual = QJsonObject{{u"userCouponsUsed"_s, *used}};
            c.ok = *used == orders->confirmedWithCoupon;
            c.detail = u"user coupons USED == CONFIRMED orders with a coupon"_s;
        } else {
            c.detail = u"could not read: "_s + error;
        }
        report.checks.append(c);
    }

    // No saga stuck.
    {
        InvariantCheck c;
        c.name = u"stuck"_s;
        if (orders) {
            QJsonArray ids;
            for (qint64 id : orders->stuckIds)
                ids.append(id);
            c.expected = QJsonObject{{u"stuckOrders"_s, 0}};
            c.actual = QJsonObject{{u"stuckOrders"_s, orders->stuck}, {u"orderIds"_s, ids}};
            c.ok = orders->stuck == 0;
            c.detail = u"no CREATED order without progress for more than %1 ms"_s.arg(shop.config().stuckAfterMs);
        } else {
            c.detail = u"could not read: "_s + orderError;
        }
        report.checks.append(c);
    }

    report.ok = true;
    for (const InvariantCheck &c : report.checks)
        report.ok = report.ok && c.ok;
    return report;
}

} // namespace sagashop::shop
