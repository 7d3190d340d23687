#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QtQmlIntegration>

#include <functional>

namespace sagashop::admin {
struct LoginResult;
}

namespace sagashop::ui {

class Backend;

/// Who is at the admin client's keyboard: checks whether an administrator exists, sets the
/// first one up, signs in and out, and shows the login lockout as a live countdown.
/// QML: `AdminSession { backend: Backend }`; the admin window shows the login page until
/// `state` is LoggedIn, and the admin actions record `adminName`.
///
/// Every check runs on the "admin" service's thread (AdminAccounts): the password hashing
/// never touches the GUI thread. Errors are sentences in `error` (translated); a backend
/// answer that arrives after the backend was switched is dropped.
class AdminSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged FINAL)
    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString adminName READ adminName NOTIFY adminNameChanged FINAL)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)
    Q_PROPERTY(int lockedSeconds READ lockedSeconds NOTIFY lockedSecondsChanged FINAL)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY attemptsLeftChanged FINAL)
    Q_PROPERTY(int maxAttempts READ maxAttempts CONSTANT FINAL)

public:
    enum class State {
        Checking, ///< asking the backend whether an administrator exists (or no backend yet)
        NeedsSetup, ///< first run: no administrator; setUp() creates one
        LoggedOut, ///< an administrator exists; logIn()
        LoggedIn, ///< signed in as adminName
    };
    Q_ENUM(State)

    explicit AdminSession(QObject *parent = nullptr);
    ~AdminSession() override;

    Backend *backend() const { return m_backend; }
    /// Setting a backend (re)checks whether an administrator exists and signs out.
    void setBackend(Backend *backend);

    State state() const { return m_state; }
    /// The signed-in administrator's name; empty unless LoggedIn.
    QString adminName() const { return m_adminName; }
    /// True while a setup, a sign-in or the first check is on its way.
    bool busy() const { return m_busy; }
    /// Why the last step failed, in plain words; empty when there is nothing to say.
    QString error() const { return m_error; }
    /// Whole seconds (rounded up) until sign-in is allowed again; 0 when not locked. Counts
    /// down once a second while locked.
    int lockedSeconds() const { return m_lockedSeconds; }
    /// Failed attempts left before the lock (maxAttempts until the first failure).
    int attemptsLeft() const { return m_attemptsLeft; }
    /// Failed attempts that lock the sign-in (5).
    int maxAttempts() const;

    /// First run only: creates the administrator `name` with `password` and signs in. A
    /// `confirmation` that differs from `password` is refused here (error, nothing sent).
    /// Ignored while busy or in another state.
    Q_INVOKABLE void setUp(const QString &name, const QString &password, const QString &confirmation);
    /// Signs in. Ignored while busy, while locked (lockedSeconds > 0) or in another state.
    Q_INVOKABLE void logIn(const QString &name, const QString &password);
    /// Signs out (LoggedIn → LoggedOut); the error is cleared.
    Q_INVOKABLE void logOut();
    /// Asks the backend again whether an administrator exists (after a failed check).
    Q_INVOKABLE void refresh();

    /// Tests: the monotonic clock (ms) the countdown reads; QDeadlineTimer's by default.
    void setClockForTesting(std::function<qint64()> clock);

Q_SIGNALS:
    void backendChanged();
    void stateChanged();
    void adminNameChanged();
    void busyChanged();
    void errorChanged();
    void lockedSecondsChanged();
    void attemptsLeftChanged();
    /// A sign-in or setup succeeded: `adminName` is signed in.
    void loggedIn();
    /// A sign-in was refused (wrong credentials or locked): the page clears the password.
    void loginRefused();

private:
    void check();
    void handleLogin(const admin::LoginResult &result);
    void startLock(qint64 lockedForMs);
    void tick();
    qint64 monotonicNow() const;
    void setState(State state);
    void setAdminName(const QString &name);
    void setBusy(bool busy);
    void setError(const QString &error);
    void setLockedSeconds(int seconds);
    void setAttemptsLeft(int attempts);
    QString failureText(const QString &error, bool storageFailure) const;

    QPointer<Backend> m_backend;
    State m_state = State::Checking;
    QString m_adminName;
    bool m_busy = false;
    QString m_error;
    int m_lockedSeconds = 0;
    int m_attemptsLeft = 0;
    int m_generation = 0; ///< bumped when the backend changes: older answers are stale
    qint64 m_lockDeadline = 0; ///< monotonicNow() when the lock ends
    QTimer m_countdown;
    std::function<qint64()> m_clock;
};

} // namespace sagashop::ui
