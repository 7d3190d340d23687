#pragma once

#include "bus/AggregateRoot.h"
#include "bus/DomainEvent.h"

#include <QJsonObject>
#include <QString>

namespace sagashop::services {

/// A shopper's prepaid account (the Balance aggregate): the user and the balance in won.
/// charge() registers RecordBalanceCharge; pay() registers BalanceDeducted or BalanceFailed;
/// refund() registers BalanceRefunded. The BalanceService loads it, calls one of these,
/// stores the new balance and collects the events in the same transaction.
class Account : public bus::AggregateRoot
{
public:
    static constexpr qint64 MinCharge = 1;
    static constexpr qint64 MaxCharge = 10'000'000;
    static constexpr qint64 MaxBalance = 1'000'000'000;
    static constexpr qsizetype MaxNameLength = 50; ///< characters (code points)

    Account() = default;
    Account(qint64 userId, QString name, qint64 balance, qint64 createdAt);

    qint64 userId() const noexcept { return m_userId; }
    const QString &name() const noexcept { return m_name; }
    qint64 balance() const noexcept { return m_balance; }
    qint64 createdAt() const noexcept { return m_createdAt; }

    /// The trimmed name; throws DomainError "invalid_name" unless it has 1..50 characters.
    static QString validName(const QString &name);

    /// Adds `amount` won. Throws DomainError "invalid_amount" unless 1 <= amount <=
    /// 10,000,000, "balance_limit" when the balance would pass 1,000,000,000 (checked
    /// without overflow). Registers RecordBalanceCharge {userId, amount, balanceAfter}
    /// (aggregateId "user-<id>"). Returns the balance after.
    qint64 charge(qint64 amount);
    /// Throws DomainError "invalid_amount" unless 1 <= amount <= 10,000,000.
    static void requireChargeAmount(qint64 amount);

    /// Pays `amount` won for `orderId` when the balance covers it: registers
    /// BalanceDeducted and returns true; otherwise changes nothing, registers BalanceFailed
    /// and returns false. Throws std::invalid_argument for a negative amount.
    bool pay(qint64 orderId, qint64 amount);

    /// Gives back `amount` won deducted for `orderId` and registers BalanceRefunded (in
    /// `sagaId` when not empty). A refund always succeeds, even past MaxBalance: the money
    /// was the shopper's. Throws std::invalid_argument for a negative amount and
    /// std::overflow_error if qint64 would overflow.
    void refund(qint64 orderId, qint64 amount, const QString &sagaId = {});

    /// {"userId","name","balance","createdAt"}
    QJsonObject toJson() const;

    // The checkout events of the Balance service (also used to publish a recorded outcome
    // again).
    static bus::DomainEvent deducted(
            qint64 orderId, qint64 userId, qint64 amount, qint64 balanceAfter);
    static bus::DomainEvent failed(
            qint64 orderId, const QString &reason, qint64 amount, qint64 balance);
    static bus::DomainEvent refunded(qint64 orderId, qint64 userId, qint64 amount,
            qint64 balanceAfter, const QString &sagaId = {});
    /// "balance 5,000 won is less than the 12,000 won to pay"
    static QString insufficientReason(qint64 balance, qint64 amount);

private:
    qint64 m_userId = 0;
    QString m_name;
    qint64 m_balance = 0;
    qint64 m_createdAt = 0;
};

} // namespace sagashop::services
