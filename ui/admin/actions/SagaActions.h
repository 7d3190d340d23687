#pragma once

#include "shop/AdminActions.h"
#include "ui/catalog/CoalescedRefresh.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQmlIntegration>

#include <memory>

namespace sagashop::ui {

class Backend;

/// The admin's actions on one checkout saga (shop::AdminActions), for QML:
/// `SagaActions { backend: Backend; sagaId: …; adminName: session.adminName }`.
///
/// It reads what applies to the saga (its order, the order's status, the saga's status,
/// what the services still hold, which steps are missing) and re-reads it, coalesced,
/// whenever Backend.sagasTouched names the saga. The questions a confirmation dialog asks
/// (`cancelQuestion`, …) say exactly what will happen. An action runs off the GUI thread;
/// while it runs `busy` is true and further presses are ignored; when it is done `message`
/// says what happened (`messageOk`: whether it went through) and finished() is emitted.
/// Every action is recorded in the saga log as done by `adminName`.
class SagaActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged FINAL)
    Q_PROPERTY(QString sagaId READ sagaId WRITE setSagaId NOTIFY sagaIdChanged FINAL)
    Q_PROPERTY(QString adminName READ adminName WRITE setAdminName NOTIFY adminNameChanged FINAL)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY stateChanged FINAL)
    Q_PROPERTY(qint64 orderId READ orderId NOTIFY stateChanged FINAL)
    Q_PROPERTY(qint64 userId READ userId NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString orderStatus READ orderStatus NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString sagaStatus READ sagaStatus NOTIFY stateChanged FINAL)
    Q_PROPERTY(QStringList holdings READ holdings NOTIFY stateChanged FINAL)
    Q_PROPERTY(QStringList missingSteps READ missingSteps NOTIFY stateChanged FINAL)
    Q_PROPERTY(bool canCancel READ canCancel NOTIFY stateChanged FINAL)
    Q_PROPERTY(bool canCompensate READ canCompensate NOTIFY stateChanged FINAL)
    Q_PROPERTY(bool canRetrigger READ canRetrigger NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString cancelQuestion READ cancelQuestion NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString compensateQuestion READ compensateQuestion NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString retriggerQuestion READ retriggerQuestion NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged FINAL)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged FINAL)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged FINAL)
    Q_PROPERTY(bool messageOk READ messageOk NOTIFY messageChanged FINAL)

public:
    explicit SagaActions(QObject *parent = nullptr);
    ~SagaActions() override;

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);
    QString sagaId() const { return m_sagaId; }
    void setSagaId(const QString &sagaId);
    /// Who the saga log names as having done the actions ("admin" when empty).
    QString adminName() const { return m_adminName; }
    void setAdminName(const QString &adminName);

    /// The saga has been read at least once (since the last change of backend or saga).
    bool isLoaded() const { return m_loaded; }
    qint64 orderId() const { return m_state.orderId; }
    qint64 userId() const { return m_state.order ? m_state.order->userId : 0; }
    /// "CREATED", "CONFIRMED", "FAILED", "CANCELLED", "ABNORMAL", or "" when unknown.
    QString orderStatus() const;
    /// The saga log's status ("running", "completed", …), "stuck" when it is open with no
    /// progress for the configured time, or "" when unknown.
    QString sagaStatus() const { return m_state.sagaStatus; }
    /// What the services still hold for the order: "stock", "coupon", "balance", "payment".
    QStringList holdings() const { return m_state.holdings; }
    /// "<EventType> to <service>" for every step not handled yet.
    QStringList missingSteps() const { return m_state.missing; }
    bool canCancel() const { return m_state.canCancel; }
    bool canCompensate() const { return m_state.canCompensate; }
    bool canRetrigger() const { return m_state.canRetrigger; }
    QString cancelQuestion() const;
    QString compensateQuestion() const;
    QString retriggerQuestion() const;
    /// Why the saga could not be read (unknown id, storage); empty when all is well.
    QString error() const { return m_state.error; }
    bool isBusy() const { return m_busy; }
    QString message() const { return m_message; }
    bool messageOk() const { return m_messageOk; }

    Q_INVOKABLE void cancelOrder();
    Q_INVOKABLE void compensate();
    Q_INVOKABLE void retrigger();
    /// Reads the saga again (also done by itself on Backend.sagasTouched).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void backendChanged();
    void sagaIdChanged();
    void adminNameChanged();
    /// Anything read about the saga changed (every read-only property but busy/message).
    void stateChanged();
    void busyChanged();
    void messageChanged();
    /// An action has finished (`message` holds the same sentence).
    void finished(bool ok, const QString &message);

private:
    void restart();
    void read();
    void apply(const shop::SagaActionState &state);
    void run(QFuture<shop::ActionResult> action);
    void setBusy(bool busy);
    void setMessage(const QString &message, bool ok);
    QString messageFor(const shop::ActionResult &result) const;
    QString effectiveAdmin() const;
    /// "stock, coupon and ₩18,900" for `holdings` of the current order.
    QString holdingsText(const QStringList &holdings) const;

    QPointer<Backend> m_backend;
    QMetaObject::Connection m_touched;
    std::unique_ptr<shop::AdminActions> m_actions;
    QString m_sagaId;
    QString m_adminName;
    shop::SagaActionState m_state;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_message;
    bool m_messageOk = false;
    int m_generation = 0;
    CoalescedRefresh m_refresh;
};

} // namespace sagashop::ui
