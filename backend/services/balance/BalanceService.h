#pragma once

#include "bus/Service.h"
#include "services/balance/Account.h"

#include <QList>
#include <QString>

#include <optional>

namespace sagashop::services {

/// The Balance domain (ARCHITECTURE.md §2, §3): users and their prepaid balance; charge,
/// deduct for an order, refund. State: `users`, `charges` (every charge, for the
/// invariants check) and `balance_ops` (one row per order: the outcome of the balance step,
/// keyed by order id, which makes the step and its refund idempotent).
///
/// Consumes CouponUsed, CouponSkipped → BalanceDeducted | BalanceFailed;
/// OrderConfirmationFailed, OrderCancelled → refund → BalanceRefunded.
/// A refund always succeeds, even when it takes the balance past the 1,000,000,000 won
/// charge limit (the limit applies to charges only; the money was the shopper's).
class BalanceService : public bus::Service
{
public:
    static inline const QString Name = QStringLiteral("balance");

    /// Order outcomes of the balance step (stateForOrder()).
    static inline const QString StateNone = QStringLiteral("none");
    static inline const QString StateDeducted = QStringLiteral("deducted");
    static inline const QString StateFailed = QStringLiteral("failed");
    static inline const QString StateRefunded = QStringLiteral("refunded");

    explicit BalanceService(bus::ServiceConfig config);

    /// A new user with balance 0. The name is trimmed; DomainError "invalid_name" unless it
    /// has 1..50 characters. Resolves to the new userId.
    QFuture<bus::Outcome<qint64>> createUser(const QString &name);
    /// Every user with their balance, by id.
    QFuture<bus::Outcome<QList<Account>>> users();
    /// The balance of `userId`; DomainError "not_found".
    QFuture<bus::Outcome<qint64>> balance(qint64 userId);
    /// Adds `amount` won to `userId`'s balance and registers RecordBalanceCharge.
    /// DomainError "invalid_amount" (not 1..10,000,000), "not_found", "balance_limit"
    /// (would pass 1,000,000,000). Resolves to the balance after the charge.
    QFuture<bus::Outcome<qint64>> charge(qint64 userId, qint64 amount);

    /// Reconciler: "none" | "deducted" | "failed" | "refunded" for the order.
    QFuture<bus::Outcome<QString>> stateForOrder(qint64 orderId);
    /// Reconciler: refunds what was deducted for `orderId` (BalanceRefunded in the order's
    /// saga). Resolves to true when it refunded now, false when there was nothing to refund.
    QFuture<bus::Outcome<bool>> compensateOrder(qint64 orderId);
    /// The sum of every user's balance (invariants check).
    QFuture<bus::Outcome<qint64>> totalBalance();
    /// The sum of every charge ever made (invariants check).
    QFuture<bus::Outcome<qint64>> chargedTotal();

protected:
    /// Seeds the demo users 1–5 when there is no user yet.
    void started(bus::MessageContext &context) override;

private:
    struct Op;

    void onCouponApplied(const bus::EventEnvelope &event, bus::MessageContext &context);

    static qint64 insertUser(storage::Database &db, const QString &name);
    static std::optional<Account> loadAccount(storage::Database &db, qint64 userId);
    static void storeBalance(storage::Database &db, const Account &account);
    static std::optional<Op> loadOp(storage::Database &db, qint64 orderId);
    static void recordOp(storage::Database &db, const Op &op);
    static void publishOutcome(bus::MessageContext &context, const Op &op);
    /// The refund shared by the compensation triggers and compensateOrder().
    static bool refundOrder(bus::MessageContext &context, qint64 orderId);
};

} // namespace sagashop::services
