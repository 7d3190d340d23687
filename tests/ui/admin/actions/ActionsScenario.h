#pragma once

// What the admin action and reconciliation tests share: a real Shop on a fresh data
// directory whose reconciler only runs when a test asks (so a stuck saga stays stuck until
// the test acts), the ui::Backend over it, orders through the real services, and a snapshot
// of every service's books to compare before and after a second press.

#include "bus/HybridClock.h"
#include "common/TestServices.h"
#include "common/TestSupport.h"
#include "saga/SagaLog.h"
#include "services/balance/BalanceService.h"
#include "services/coupon/CouponService.h"
#include "services/inventory/InventoryService.h"
#include "services/order/OrderService.h"
#include "services/payment/PaymentService.h"
#include "shop/Invariants.h"
#include "shop/Shop.h"
#include "ui/Backend.h"

#include <QDebug>
#include <QStandardPaths>
#include <QUuid>

#include <memory>

namespace sagashop::test {

class ActionsShop
{
public:
    explicit ActionsShop(int stuckAfterMs = 10'000)
    {
        QStandardPaths::setTestModeEnabled(true);
        shop::ShopConfig config;
        config.dataDir = m_dir.path();
        config.retry = bus::RetryPolicy{5, 10, 2.0, 200, 0.2};
        config.reconcileIntervalMs = 0; // on demand only
        config.stuckAfterMs = stuckAfterMs;
        m_shop = std::make_unique<shop::Shop>(config);
        m_shop->start();
        m_backend = std::make_unique<ui::Backend>(*m_shop);
    }
    ~ActionsShop()
    {
        m_shop->stop();
        m_backend.reset();
    }

    shop::Shop &shop() { return *m_shop; }
    ui::Backend &backend() { return *m_backend; }

    bool charge(qint64 userId, qint64 amount) { return await(m_shop->balances().charge(userId, amount)).ok(); }

    /// A new fixed coupon of `value` won issued to `userId`: the user coupon id (0 on failure).
    qint64 giveCoupon(qint64 userId, qint64 value)
    {
        services::CouponDefinition d;
        d.nameKo = QStringLiteral("관리자 테스트");
        d.nameEn = QStringLiteral("Admin test");
        d.kind = services::CouponDefinition::Fixed;
        d.value = value;
        d.quantity = 10;
        const auto coupon = await(m_shop->coupons().createCoupon(d));
        if (!coupon.ok())
            return 0;
        const auto issued = await(m_shop->coupons().issue(*coupon.value, userId, bus::HybridClock::nowMs()));
        return issued.ok() ? *issued.value : 0;
    }

    struct Placed
    {
        qint64 orderId = 0;
        QString sagaId;
    };
    Placed place(qint64 userId, const QString &productId, qint64 quantity, qint64 userCouponId = 0)
    {
        services::PlaceOrderRequest request;
        request.userId = userId;
        request.items = {saga::Payload::Item{productId, quantity, 0}};
        request.userCouponId = userCouponId;
        request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto placed = await(m_shop->orders().placeOrder(request));
        if (!placed.ok()) {
            qWarning() << "placeOrder failed:" << placed.error;
            return {};
        }
        return {placed.value->orderId, placed.value->sagaId};
    }

    QString status(qint64 orderId) { return valueOr(m_shop->orders().stateForOrder(orderId), QString()); }
    QString sagaStatus(const QString &sagaId)
    {
        const auto s = valueOr(m_shop->sagaLog().saga(sagaId), std::optional<saga::SagaSummary>{});
        return s ? s->status : QString();
    }
    QList<saga::SagaLogEntry> timeline(const QString &sagaId)
    {
        return valueOr(m_shop->sagaLog().timeline(sagaId), QList<saga::SagaLogEntry>{});
    }
    /// The saga's entries of kind "admin", in order.
    QList<saga::SagaLogEntry> adminEntries(const QString &sagaId)
    {
        QList<saga::SagaLogEntry> admin;
        for (const saga::SagaLogEntry &e : timeline(sagaId)) {
            if (e.kind == saga::SagaLog::AdminKind)
                admin.append(e);
        }
        return admin;
    }
    bool booksBalance()
    {
        const shop::InvariantReport report = shop::Invariants::check(*m_shop, bus::HybridClock::nowMs());
        if (!report.ok) {
            for (const shop::InvariantCheck &c : report.checks) {
                if (!c.ok)
                    qWarning().noquote() << "invariant" << c.name << "fails:" << c.detail;
            }
        }
        return report.ok;
    }

    /// Every figure an admin action could change, for one order and its user.
    struct Books
    {
        qint64 balance = 0;
        QHash<QString, qint64> stock;
        QStringList coupons; ///< "<userCouponId>:<status>"
        QString orderStatus, stockState, couponState, balanceState, paymentState;
        qint64 sagaCompensations = 0;

        bool operator==(const Books &) const = default;
    };
    Books books(qint64 userId, qint64 orderId, const QString &sagaId)
    {
        Books b;
        b.balance = valueOr(m_shop->balances().balance(userId), qint64(-1));
        b.stock = valueOr(m_shop->inventory().stockLevels(), QHash<QString, qint64>{});
        for (const services::UserCoupon &c :
             valueOr(m_shop->coupons().userCoupons(userId, bus::HybridClock::nowMs()), QList<services::UserCoupon>{}))
            b.coupons.append(QStringLiteral("%1:%2").arg(c.userCouponId()).arg(services::UserCoupon::statusName(c.status())));
        b.orderStatus = status(orderId);
        b.stockState = valueOr(m_shop->inventory().stateForOrder(orderId), QString());
        b.couponState = valueOr(m_shop->coupons().stateForOrder(orderId), QString());
        b.balanceState = valueOr(m_shop->balances().stateForOrder(orderId), QString());
        b.paymentState = valueOr(m_shop->payments().stateForOrder(orderId), QString());
        const auto summary = valueOr(m_shop->sagaLog().saga(sagaId), std::optional<saga::SagaSummary>{});
        b.sagaCompensations = summary ? summary->compensations : -1;
        return b;
    }

private:
    TempDataDir m_dir;
    std::unique_ptr<shop::Shop> m_shop;
    std::unique_ptr<ui::Backend> m_backend;
};

inline QDebug operator<<(QDebug d, const ActionsShop::Books &b)
{
    QDebugStateSaver saver(d);
    d.nospace() << "Books(balance " << b.balance << ", coupons " << b.coupons << ", order " << b.orderStatus
                << ", stock " << b.stockState << ", coupon " << b.couponState << ", balance " << b.balanceState
                << ", payment " << b.paymentState << ", compensations " << b.sagaCompensations << ")";
    return d;
}

} // namespace sagashop::test
