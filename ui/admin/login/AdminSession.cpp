#include "ui/admin/login/AdminSession.h"

#include "admin/AdminAccounts.h"
#include "services/DomainError.h"
#include "shop/Shop.h"
#include "ui/Backend.h"
#include "ui/WhenDone.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

using admin::AdminAccounts;
using admin::LoginResult;
using services::DomainError;

} // namespace

AdminSession::AdminSession(QObject *parent)
    : QObject(parent), m_attemptsLeft(AdminAccounts::MaxFailedAttempts)
{
    m_countdown.setSingleShot(true);
    connect(&m_countdown, &QTimer::timeout, this, &AdminSession::tick);
}

AdminSession::~AdminSession() = default;

int AdminSession::maxAttempts() const
{
    return AdminAccounts::MaxFailedAttempts;
}

void AdminSession::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    m_backend = backend;
    ++m_generation;
    Q_EMIT backendChanged();
    // Another backend: nothing of the previous one holds any more.
    m_countdown.stop();
    setLockedSeconds(0);
    setAttemptsLeft(AdminAccounts::MaxFailedAttempts);
    setAdminName({});
    setError({});
    setBusy(false);
    setState(State::Checking);
    check();
}

void AdminSession::refresh()
{
    if (m_busy || m_state == State::LoggedIn)
        return;
    setError({});
    setState(State::Checking);
    check();
}

void AdminSession::check()
{
    if (!m_backend)
        return;
    setBusy(true);
    const int generation = m_generation;
    whenDone(m_backend->shop().adminAccounts().accountCount(), this,
             [this, generation](const bus::Outcome<qint64> &outcome) {
                 if (generation != m_generation)
                     return; // a stale answer
                 setBusy(false);
                 if (!outcome.ok()) {
                     setError(tr("Could not find out whether an administrator exists: %1")
                                  .arg(DomainError::messageOf(outcome.error)));
                     return; // stays Checking; refresh() asks again
                 }
                 setState(*outcome.value == 0 ? State::NeedsSetup : State::LoggedOut);
             });
}

void AdminSession::setUp(const QString &name, const QString &password, const QString &confirmation)
{
    if (m_busy || m_state != State::NeedsSetup || !m_backend)
        return;
    // Checked here first, so that bad input costs no hashing and gets a sentence in the
    // current language; the service checks the same rules again.
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        setError(tr("Enter a name for the administrator."));
        return;
    }
    if (trimmed.toUcs4().size() > AdminAccounts::MaxNameLength) {
        setError(tr("The name may have at most %1 characters.").arg(AdminAccounts::MaxNameLength));
        return;
    }
    if (password.toUcs4().size() < AdminAccounts::MinPasswordLength) {
        setError(tr("The password must have at least %1 characters.").arg(AdminAccounts::MinPasswordLength));
        return;
    }
    if (password.toUcs4().size() > AdminAccounts::MaxPasswordLength) {
        setError(tr("The password may have at most %1 characters.").arg(AdminAccounts::MaxPasswordLength));
        return;
    }
    if (password != confirmation) {
        setError(tr("The two passwords do not match. Type the same password twice."));
        return;
    }
    setError({});
    setBusy(true);
    const int generation = m_generation;
    whenDone(m_backend->shop().adminAccounts().createFirstAdmin(trimmed, password), this,
             [this, generation](const bus::Outcome<QString> &outcome) {
                 if (generation != m_generation)
                     return;
                 setBusy(false);
                 if (outcome.ok()) {
                     setAdminName(*outcome.value);
                     setAttemptsLeft(AdminAccounts::MaxFailedAttempts);
                     setState(State::LoggedIn);
                     Q_EMIT loggedIn();
                     return;
                 }
                 if (DomainError::codeOf(outcome.error) == u"already_set_up"_s)
                     setState(State::LoggedOut); // someone was quicker: sign in instead
                 setError(failureText(outcome.error, outcome.storageFailure));
             });
}

void AdminSession::logIn(const QString &name, const QString &password)
{
    if (m_busy || m_state != State::LoggedOut || m_lockedSeconds > 0 || !m_backend)
        return;
    if (name.trimmed().isEmpty() || password.isEmpty()) {
        setError(tr("Enter your name and your password."));
        return;
    }
    setError({});
    setBusy(true);
    const int generation = m_generation;
    whenDone(m_backend->shop().adminAccounts().logIn(name, password), this,
             [this, generation](const bus::Outcome<LoginResult> &outcome) {
                 if (generation != m_generation)
                     return;
                 setBusy(false);
                 if (!outcome.ok()) {
                     setError(failureText(outcome.error, outcome.storageFailure));
                     return;
                 }
                 handleLogin(*outcome.value);
             });
}

void AdminSession::handleLogin(const LoginResult &result)
{
    switch (result.status) {
    case LoginResult::Status::Ok:
        setAttemptsLeft(AdminAccounts::MaxFailedAttempts);
        setAdminName(result.name);
        setState(State::LoggedIn);
        Q_EMIT loggedIn();
        return;
    case LoginResult::Status::WrongCredentials:
        setAttemptsLeft(result.attemptsLeft);
        setError(tr("The name or the password is wrong."));
        Q_EMIT loginRefused();
        return;
    case LoginResult::Status::Locked:
        setAttemptsLeft(0);
        startLock(result.lockedForMs);
        Q_EMIT loginRefused();
        return;
    }
}

void AdminSession::logOut()
{
    if (m_state != State::LoggedIn)
        return;
    setAdminName({});
    setError({});
    setAttemptsLeft(AdminAccounts::MaxFailedAttempts);
    setState(State::LoggedOut);
}

void AdminSession::setClockForTesting(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

qint64 AdminSession::monotonicNow() const
{
    return m_clock ? m_clock() : QDeadlineTimer::current().deadline();
}

void AdminSession::startLock(qint64 lockedForMs)
{
    // The lock line replaces any earlier error: it says what happened and for how long.
    setError({});
    m_lockDeadline = monotonicNow() + std::max<qint64>(lockedForMs, 0);
    tick();
}

void AdminSession::tick()
{
    const qint64 remaining = m_lockDeadline - monotonicNow();
    if (remaining <= 0) {
        m_countdown.stop();
        setLockedSeconds(0);
        setAttemptsLeft(AdminAccounts::MaxFailedAttempts); // the service starts afresh too
        return;
    }
    setLockedSeconds(int((remaining + 999) / 1000));
    // Next tick when the rounded-up figure changes (about once a second).
    const qint64 untilNextSecond = remaining % 1000;
    m_countdown.start(int(untilNextSecond == 0 ? 1000 : untilNextSecond));
}

QString AdminSession::failureText(const QString &error, bool storageFailure) const
{
    if (storageFailure)
        return tr("The administrator accounts cannot be reached right now (%1). Please try again in a moment.")
            .arg(DomainError::messageOf(error));
    const QString code = DomainError::codeOf(error);
    if (code == u"already_set_up"_s)
        return tr("An administrator has already been set up. Sign in with that name and password.");
    if (code == u"invalid_name"_s)
        return tr("The name must have 1 to %1 characters.").arg(AdminAccounts::MaxNameLength);
    if (code == u"short_password"_s)
        return tr("The password must have at least %1 characters.").arg(AdminAccounts::MinPasswordLength);
    if (code == u"long_password"_s)
        return tr("The password may have at most %1 characters.").arg(AdminAccounts::MaxPasswordLength);
    return tr("That did not work: %1").arg(DomainError::messageOf(error));
}

void AdminSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void AdminSession::setAdminName(const QString &name)
{
    if (m_adminName == name)
        return;
    m_adminName = name;
    Q_EMIT adminNameChanged();
}

void AdminSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void AdminSession::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void AdminSession::setLockedSeconds(int seconds)
{
    if (m_lockedSeconds == seconds)
        return;
    m_lockedSeconds = seconds;
    Q_EMIT lockedSecondsChanged();
}

void AdminSession::setAttemptsLeft(int attempts)
{
    if (m_attemptsLeft == attempts)
        return;
    m_attemptsLeft = attempts;
    Q_EMIT attemptsLeftChanged();
}

} // namespace sagashop::ui
