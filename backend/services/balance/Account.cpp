#include "services/balance/Account.h"

#include "saga/CheckoutEvents.h"
#include "services/DomainError.h"

#include <QLocale>
#include <QtNumeric>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace {
namespace Events = saga::CheckoutEvents;

QString won(qint64 amount)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(amount);
}

QString orderKey(qint64 orderId)
{
    return u"order-%1"_s.arg(orderId);
}
} // namespace

Account::Account(qint64 userId, QString name, qint64 balance, qint64 createdAt)
    : m_userId(userId)
    , m_name(std::move(name))
    , m_balance(balance)
    , m_createdAt(createdAt)
{ }

QString Account::validName(const QString &name)
{
    const QString trimmed = name.trimmed();
    const qsizetype length = trimmed.toUcs4().size();
    if (length < 1 || length > MaxNameLength)
        throw DomainError(u"invalid_name"_s,
                u"A name must have 1 to %1 characters (it has %2)."_s.arg(MaxNameLength)
                        .arg(length));
    return trimmed;
}

void Account::requireChargeAmount(qint64 amount)
{
    if (amount < MinCharge || amount > MaxCharge) {
        throw DomainError(u"invalid_amount"_s,
                u"A charge must be %1 to %2 won; %3 won is outside that range."_s.arg(
                        won(MinCharge), won(MaxCharge), won(amount)));
    }
}

qint64 Account::charge(qint64 amount)
{
    requireChargeAmount(amount);
    qint64 after = 0;
    if (qAddOverflow(m_balance, amount, &after) || after > MaxBalance) {
        throw DomainError(u"balance_limit"_s,
                u"A balance can hold at most %1 won; charging %2 won to %3 won would pass that."_s
                        .arg(won(MaxBalance), won(amount), won(m_balance)));
    }
    m_balance = after;
    registerEvent({Events::RecordBalanceCharge, u"user-%1"_s.arg(m_userId),
            {{u"userId"_s, m_userId}, {u"amount"_s, amount}, {u"balanceAfter"_s, m_balance}}});
    return m_balance;
}

bool Account::pay(qint64 orderId, qint64 amount)
{
    if (amount < 0)
        throw std::invalid_argument("an order cannot be paid a negative amount");
    if (m_balance < amount) {
        registerEvent(failed(orderId, insufficientReason(m_balance, amount), amount, m_balance));
        return false;
    }
    m_balance -= amount;
    registerEvent(deducted(orderId, m_userId, amount, m_balance));
    return true;
}

void Account::refund(qint64 orderId, qint64 amount, const QString &sagaId)
{
    if (amount < 0)
        throw std::invalid_argument("a refund cannot be negative");
    qint64 after = 0;
    if (qAddOverflow(m_balance, amount, &after))
        throw std::overflow_error("refunding would overflow the balance");
    m_balance = after;
    registerEvent(refunded(orderId, m_userId, amount, m_balance, sagaId));
}

QJsonObject Account::toJson() const
{
    return {{u"userId"_s, m_userId}, {u"name"_s, m_name}, {u"balance"_s, m_balance},
            {u"createdAt"_s, m_createdAt}};
}

bus::DomainEvent Account::deducted(
        qint64 orderId, qint64 userId, qint64 amount, qint64 balanceAfter)
{
    return {Events::BalanceDeducted, orderKey(orderId),
            {{u"orderId"_s, orderId}, {u"userId"_s, userId}, {u"amount"_s, amount},
                    {u"balanceAfter"_s, balanceAfter}}};
}

bus::DomainEvent Account::failed(
        qint64 orderId, const QString &reason, qint64 amount, qint64 balance)
{
    return {Events::BalanceFailed, orderKey(orderId),
            {{u"orderId"_s, orderId}, {u"reason"_s, reason}, {u"amount"_s, amount},
                    {u"balance"_s, balance}}};
}

bus::DomainEvent Account::refunded(
        qint64 orderId, qint64 userId, qint64 amount, qint64 balanceAfter, const QString &sagaId)
{
    return {Events::BalanceRefunded, orderKey(orderId),
            {{u"orderId"_s, orderId}, {u"userId"_s, userId}, {u"amount"_s, amount},
                    {u"balanceAfter"_s, balanceAfter}},
            sagaId};
}

QString Account::insufficientReason(qint64 balance, qint64 amount)
{
    return u"balance %1 won is less than the %2 won to pay"_s.arg(won(balance), won(amount));
}

} // namespace sagashop::services
