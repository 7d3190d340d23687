#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQmlIntegration>

namespace sagashop::bus {
struct EventEnvelope;
}

namespace sagashop::ui {

class Backend;

/// The shopper at the keyboard: who it is (persisted across restarts in QSettings
/// "session/userId", 1 by default), their name and their live balance, and charging that
/// balance. QML: `Session { backend: Backend }`.
///
/// The balance follows the backend: any RecordBalanceCharge, BalanceDeducted or
/// BalanceRefunded for this user (from this window, another window, or the HTTP API)
/// triggers one re-read; bursts are coalesced (at most one read in flight, one more after it).
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged
                    FINAL)
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY userIdChanged FINAL)
    Q_PROPERTY(QString userName READ userName NOTIFY userNameChanged FINAL)
    Q_PROPERTY(qint64 balance READ balance NOTIFY balanceChanged FINAL)
    Q_PROPERTY(QString balanceText READ balanceText NOTIFY balanceChanged FINAL)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    Q_PROPERTY(QString chargeError READ chargeError NOTIFY chargeErrorChanged FINAL)

public:
    static constexpr qint64 DefaultUserId = 1;

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);

    qint64 userId() const { return m_userId; }
    /// Switches to another user (ids below 1 are ignored) and remembers the choice.
    void setUserId(qint64 userId);

    /// Empty until loaded (or when the user does not exist).
    QString userName() const { return m_userName; }
    /// Won; 0 until loaded.
    qint64 balance() const { return m_balance; }
    /// The balance as the UI shows it (Money::format).
    QString balanceText() const;
    /// True while a charge is on its way to the backend.
    bool busy() const { return m_busy; }
    /// Why the last charge was refused, in plain words; empty when there is nothing to say.
    QString chargeError() const { return m_chargeError; }

    /// Charges what the shopper typed ("50,000", "₩50,000", "50000원"). Invalid input sets
    /// chargeError and sends nothing. Ignored while a charge is in flight (busy).
    Q_INVOKABLE void charge(const QString &text);
    Q_INVOKABLE void clearChargeError();

Q_SIGNALS:
    void backendChanged();
    void userIdChanged();
    void userNameChanged();
    /// The balance (and balanceText) changed.
    void balanceChanged();
    void busyChanged();
    void chargeErrorChanged();
    /// A charge of `amount` won went through; balance already shows the result.
    void charged(qint64 amount);

private:
    void reload();
    void refreshBalance();
    void loadUserName();
    void onEvents(const QList<bus::EventEnvelope> &events);
    void setUserName(const QString &name);
    void setBalance(qint64 balance);
    void setBusy(bool busy);
    void setChargeError(const QString &error);
    QString chargeFailureText(const QString &error, bool storageFailure) const;

    QPointer<Backend> m_backend;
    QMetaObject::Connection m_eventsConnection;
    qint64 m_userId = DefaultUserId;
    QString m_userName;
    qint64 m_balance = 0;
    bool m_busy = false;
    QString m_chargeError;
    bool m_balanceReading = false; ///< a balance read is in flight
    bool m_balanceReadAgain = false; ///< something changed while it was
};

} // namespace sagashop::ui
