#include "ui/session/Session.h"
#include "ui/WhenDone.h"

#include "saga/CheckoutEvents.h"
#include "services/DomainError.h"
#include "services/balance/BalanceService.h"
#include "shop/Shop.h"
#include "ui/Backend.h"
#include "ui/Money.h"
#include "ui/session/ChargeValidator.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

const QString kUserIdKey = u"session/userId"_s;

namespace Events = saga::CheckoutEvents;
using services::DomainError;

} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
{
    bool ok = false;
    const qint64 stored = QSettings().value(kUserIdKey).toLongLong(&ok);
    if (ok && stored >= 1)
        m_userId = stored;
}

Session::~Session() = default;

void Session::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    if (m_eventsConnection)
        disconnect(m_eventsConnection);
    m_backend = backend;
    if (m_backend)
        m_eventsConnection = connect(m_backend, &Backend::eventsArrived, this, &Session::onEvents);
    Q_EMIT backendChanged();
    reload();
}

void Session::setUserId(qint64 userId)
{
    if (userId < 1 || userId == m_userId)
        return;
    m_userId = userId;
    QSettings().setValue(kUserIdKey, userId);
    Q_EMIT userIdChanged();
    setChargeError({});
    reload();
}

QString Session::balanceText() const
{
    return Money::format(m_balance);
}

void Session::reload()
{
    // Until the new user's figures arrive, show nothing rather than the previous user's.
    setUserName({});
    setBalance(0);
    if (!m_backend)
        return;
    loadUserName();
    refreshBalance();
}

void Session::loadUserName()
{
    const qint64 userId = m_userId;
    const QPointer<Backend> backend = m_backend;
    whenDone(m_backend->shop().balances().users(), 
            this, [this, userId, backend](const bus::Outcome<QList<services::Account>> &outcome) {
                if (userId != m_userId || backend != m_backend)
                    return; // a stale answer
                if (!outcome.ok()) {
                    if (m_backend)
                        m_backend->reportProblem(
                                tr("The list of users could not be read: %1").arg(outcome.error));
                    return;
                }
                for (const services::Account &account : *outcome.value) {
                    if (account.userId() == userId) {
                        setUserName(account.name());
                        return;
                    }
                }
                setUserName({});
            });
}

void Session::refreshBalance()
{
    if (!m_backend)
        return;
    if (m_balanceReading) {
        m_balanceReadAgain = true; // coalesced: one more read when this one is back
        return;
    }
    m_balanceReading = true;
    const qint64 userId = m_userId;
    const QPointer<Backend> backend = m_backend;
    whenDone(m_backend->shop().balances().balance(userId), 
            this, [this, userId, backend](const bus::Outcome<qint64> &outcome) {
                m_balanceReading = false;
                if (userId == m_userId && backend == m_backend) {
                    if (outcome.ok())
                        setBalance(*outcome.value);
                    else if (outcome.storageFailure && m_backend)
                        m_backend->reportProblem(
                                tr("Your balance could not be read: %1").arg(outcome.error));
                    // not_found: the user does not exist; the balance stays 0 and the name empty.
                }
                if (std::exchange(m_balanceReadAgain, false))
                    refreshBalance();
            });
}

void Session::onEvents(const QList<bus::EventEnvelope> &events)
{
    const QString aggregateId = u"user-%1"_s.arg(m_userId);
    for (const bus::EventEnvelope &event : events) {
        if (event.type != Events::RecordBalanceCharge && event.type != Events::BalanceDeducted
                && event.type != Events::BalanceRefunded)
            continue;
        if (event.aggregateId == aggregateId
                || event.payload.value(u"userId"_s).toInteger() == m_userId) {
            refreshBalance();
            return;
        }
    }
}

void Session::charge(const QString &text)
{
    if (m_busy)
        return;
    const ChargeValidator::Result checked = ChargeValidator::validate(text, m_balance);
    if (!checked.ok()) {
        setChargeError(checked.error);
        return;
    }
    if (!m_backend) {
        setChargeError(tr("The shop is not ready yet; nothing was charged."));
        return;
    }
    setChargeError({});
    setBusy(true);
    const qint64 userId = m_userId;
    const qint64 amount = checked.amount;
    const QPointer<Backend> backend = m_backend;
    whenDone(m_backend->shop()
            .balances()
            .charge(userId, amount)
            , this, [this, userId, amount, backend](const bus::Outcome<qint64> &outcome) {
                setBusy(false);
                if (userId != m_userId || backend != m_backend)
                    return; // the shopper switched user meanwhile: this charge is not theirs to
                            // show
                if (outcome.ok()) {
                    setBalance(*outcome.value);
                    // A later change (an order paid meanwhile) may already be in; read once more to
                    // never leave an older figure on screen.
                    refreshBalance();
                    Q_EMIT charged(amount);
                } else {
                    setChargeError(chargeFailureText(outcome.error, outcome.storageFailure));
                    refreshBalance();
                }
            });
}

QString Session::chargeFailureText(const QString &error, bool storageFailure) const
{
    if (storageFailure)
        return tr("The charge could not be saved right now, so nothing was charged. Please try "
                  "again in a moment.");
    const QString code = DomainError::codeOf(error);
    if (code == u"invalid_amount"_s)
        return tr("Charge between %1 and %2 at a time.")
                .arg(Money::format(services::Account::MinCharge),
                        Money::format(services::Account::MaxCharge));
    if (code == u"balance_limit"_s)
        return tr("Your balance can hold at most %1; this charge would pass it.")
                .arg(Money::format(services::Account::MaxBalance));
    if (code == u"not_found"_s)
        return tr("This user no longer exists. Choose another user.");
    return tr("The charge did not go through: %1").arg(DomainError::messageOf(error));
}

void Session::clearChargeError()
{
    setChargeError({});
}

void Session::setUserName(const QString &name)
{
    if (m_userName == name)
        return;
    m_userName = name;
    Q_EMIT userNameChanged();
}

void Session::setBalance(qint64 balance)
{
    if (m_balance == balance)
        return;
    m_balance = balance;
    Q_EMIT balanceChanged();
}

void Session::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void Session::setChargeError(const QString &error)
{
    if (m_chargeError == error)
        return;
    m_chargeError = error;
    Q_EMIT chargeErrorChanged();
}

} // namespace sagashop::ui
