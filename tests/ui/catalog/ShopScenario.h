#pragma once

// Helpers shared by the view-model tests (catalogue, cart, checkout, coupons, orders): a model
// under QAbstractItemModelTester over a fresh UiTestShop, orders and coupons through its real
// backend, and checks on the signals a model emitted.

#include "UiTestShop.h"
#include "common/TestServices.h"
#include "services/coupon/CouponService.h"
#include "services/order/OrderService.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace sagashop::test {

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// A fresh shop and a `Model` over it, checked by QAbstractItemModelTester throughout.
/// Declared in this order so that the model goes before the shop it reads.
template<typename Model>
struct ModelUnderTest
{
    UiTestShop shop;
    Model model;
    QAbstractItemModelTester tester{
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest};

    /// Sets the backend (and `userId`, when given) and waits for the first load: false when
    /// it did not come in time.
    [[nodiscard]] bool load(qint64 userId = 0)
    {
        model.setBackend(&shop.backend());
        if constexpr (requires { model.setUserId(userId); }) {
            if (userId > 0)
                model.setUserId(userId);
        }
        return QTest::qWaitFor([this] { return model.isLoaded(); });
    }
};

/// Every dataChanged in `spy` covered exactly row `row`.
inline bool onlyRowChanged(const QSignalSpy &spy, int row)
{
    for (const QList<QVariant> &args : spy) {
        if (args.at(0).toModelIndex().row() != row || args.at(1).toModelIndex().row() != row)
            return false;
    }
    return true;
}

/// Places an order straight through the backend (not through a view model).
inline qint64 placeOrder(UiTestShop &shop, qint64 userId, const QList<saga::Payload::Item> &items,
        qint64 userCouponId = 0)
{
    services::PlaceOrderRequest request;
    request.userId = userId;
    request.items = items;
    request.userCouponId = userCouponId;
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto outcome = await(shop.shop().orders().placeOrder(request));
    if (!outcome.ok()) {
        qWarning().noquote() << "placeOrder failed:" << outcome.error;
        return 0;
    }
    return outcome.value->orderId;
}

/// The order's status name ("CONFIRMED", …), or "none".
inline QString orderStatus(UiTestShop &shop, qint64 orderId)
{
    return await(shop.shop().orders().stateForOrder(orderId))
            .value.value_or(QStringLiteral("error"));
}

/// The id of the seed coupon whose English name contains `namePart`, or 0.
inline qint64 seedCouponId(UiTestShop &shop, const QString &namePart)
{
    const auto coupons = await(shop.shop().coupons().coupons(0));
    for (const services::CouponDefinition &c :
            coupons.value.value_or(QList<services::CouponDefinition>{})) {
        if (c.nameEn.contains(namePart))
            return c.id;
    }
    return 0;
}

/// Issues the seed coupon named like `namePart` to `userId`; returns the user coupon id, or 0.
inline qint64 issueCoupon(UiTestShop &shop, qint64 userId, const QString &namePart)
{
    const auto issued = await(shop.shop().coupons().issue(
            seedCouponId(shop, namePart), userId, QDateTime::currentMSecsSinceEpoch()));
    if (!issued.ok())
        qWarning().noquote() << "issue failed:" << issued.error;
    return issued.value.value_or(0);
}

/// Generous: the machine is shared and the tests run under sanitizers too.
constexpr int kSagaTimeoutMs = 20'000;

} // namespace sagashop::test
