#include "ui/admin/actions/SagaActions.h"

#include "shop/Shop.h"
#include "ui/Backend.h"
#include "ui/Money.h"
#include "ui/WhenDone.h"

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

bool sameState(const shop::SagaActionState &a, const shop::SagaActionState &b)
{
    return a.sagaId == b.sagaId && a.found == b.found && a.error == b.error && a.sagaStatus == b.sagaStatus
        && a.orderId == b.orderId && a.order == b.order && a.holdings == b.holdings && a.missing == b.missing
        && a.canCancel == b.canCancel && a.canCompensate == b.canCompensate && a.canRetrigger == b.canRetrigger;
}

/// "a", "a and b", "a, b and c", in the UI's language.
QString listText(const QStringList &items)
{
    if (items.size() < 2)
        return items.join(QString());
    //: Joins all but the last item of a list, e.g. "stock, coupon".
    const QString head = QStringList(items.cbegin(), items.cend() - 1).join(SagaActions::tr(", "));
    //: Joins the last item of a list, e.g. "stock, coupon and ₩18,900".
    return SagaActions::tr("%1 and %2").arg(head, items.last());
}

} // namespace

SagaActions::SagaActions(QObject *parent)
    : QObject(parent), m_refresh([this] { read(); })
{
}

SagaActions::~SagaActions() = default;

void SagaActions::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    if (m_touched)
        disconnect(m_touched);
    m_backend = backend;
    m_actions.reset();
    if (m_backend) {
        m_actions = std::make_unique<shop::AdminActions>(m_backend->shop());
        m_touched = connect(m_backend, &Backend::sagasTouched, this, [this](const QStringList &sagaIds) {
            if (!m_sagaId.isEmpty() && sagaIds.contains(m_sagaId))
                m_refresh.request();
        });
    }
    Q_EMIT backendChanged();
    restart();
}

void SagaActions::setSagaId(const QString &sagaId)
{
    if (m_sagaId == sagaId)
        return;
    m_sagaId = sagaId;
    Q_EMIT sagaIdChanged();
    restart();
}

void SagaActions::setAdminName(const QString &adminName)
{
    if (m_adminName == adminName)
        return;
    m_adminName = adminName;
    Q_EMIT adminNameChanged();
    Q_EMIT stateChanged(); // the questions name the admin
}

QString SagaActions::effectiveAdmin() const
{
    const QString name = m_adminName.trimmed();
    return name.isEmpty() ? u"admin"_s : name;
}

QString SagaActions::orderStatus() const
{
    return m_state.order ? services::orderStatusName(m_state.order->status) : QString();
}

void SagaActions::restart()
{
    ++m_generation;
    m_refresh.cancel();
    const bool hadState = m_loaded || m_state.found || !m_state.error.isEmpty();
    m_state = {};
    m_loaded = false;
    if (hadState)
        Q_EMIT stateChanged();
    setMessage({}, false);
    if (m_backend && !m_sagaId.isEmpty())
        m_refresh.request();
}

void SagaActions::refresh()
{
    if (m_backend && !m_sagaId.isEmpty())
        m_refresh.request();
}

void SagaActions::read()
{
    if (!m_actions || m_sagaId.isEmpty()) {
        m_refresh.finished();
        return;
    }
    const int generation = m_generation;
    whenDone(m_actions->state(m_sagaId), this, [this, generation](const shop::SagaActionState &state) {
        if (generation != m_generation)
            return; // for a saga or backend no longer shown
        apply(state);
        m_refresh.finished();
    });
}

void SagaActions::apply(const shop::SagaActionState &state)
{
    const bool changed = !m_loaded || !sameState(m_state, state);
    m_state = state;
    m_loaded = true;
    if (changed)
        Q_EMIT stateChanged();
}

void SagaActions::cancelOrder()
{
    if (!m_actions || m_busy || m_state.orderId < 1)
        return;
    run(m_actions->cancelOrder(m_state.orderId, effectiveAdmin()));
}

void SagaActions::compensate()
{
    if (!m_actions || m_busy || m_sagaId.isEmpty())
        return;
    run(m_actions->compensateSaga(m_sagaId, effectiveAdmin()));
}

void SagaActions::retrigger()
{
    if (!m_actions || m_busy || m_sagaId.isEmpty())
        return;
    run(m_actions->retriggerMissingSteps(m_sagaId, effectiveAdmin()));
}

void SagaActions::run(QFuture<shop::ActionResult> action)
{
    setBusy(true);
    setMessage({}, false);
    const int generation = m_generation;
    whenDone(action, this, [this, generation](const shop::ActionResult &result) {
        setBusy(false);
        if (generation != m_generation)
            return;
        const QString sentence = messageFor(result);
        setMessage(sentence, result.ok);
        // The saga log has just stored the record: what shows this saga (its timeline, the
        // list) reloads as for any new entry of it.
        if (result.recorded && m_backend)
            Q_EMIT m_backend->sagasTouched(QStringList{result.sagaId});
        else
            m_refresh.request();
        Q_EMIT finished(result.ok, sentence);
    });
}

void SagaActions::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SagaActions::setMessage(const QString &message, bool ok)
{
    if (m_message == message && m_messageOk == ok)
        return;
    m_message = message;
    m_messageOk = ok;
    Q_EMIT messageChanged();
}

QString SagaActions::holdingsText(const QStringList &holdings) const
{
    QStringList parts;
    const qint64 amount = m_state.order ? (m_state.order->finalAmount > 0 ? m_state.order->finalAmount
                                                                          : m_state.order->amount)
                                        : 0;
    bool money = false;
    for (const QString &h : holdings) {
        if (h == u"stock"_s)
            parts.append(tr("stock"));
        else if (h == u"coupon"_s)
            parts.append(tr("coupon"));
        else if ((h == u"balance"_s || h == u"payment"_s) && !money) {
            money = true;
            parts.append(amount > 0 ? Money::format(amount) : tr("money"));
        }
    }
    return listText(parts);
}

QString SagaActions::cancelQuestion() const
{
    if (!m_state.order)
        return {};
    QStringList held = m_state.holdings;
    if (held.isEmpty()) // a confirmed order holds all of these
        held = m_state.order->userCouponId ? QStringList{u"stock"_s, u"coupon"_s, u"balance"_s}
                                           : QStringList{u"stock"_s, u"balance"_s};
    return tr("Cancel order %1? Its %2 go back to user %3; recorded in the saga log as done by %4.")
        .arg(QString::number(m_state.orderId), holdingsText(held), QString::number(userId()), effectiveAdmin());
}

QString SagaActions::compensateQuestion() const
{
    if (!m_state.order)
        return {};
    const QString id = QString::number(m_state.orderId);
    const QString user = QString::number(userId());
    const QString admin = effectiveAdmin();
    switch (m_state.order->status) {
    case services::OrderStatus::Confirmed:
        return tr("Compensate order %1 by cancelling it? Its %2 go back to user %3; recorded in the saga log as "
                  "done by %4.")
            .arg(id, holdingsText(m_state.holdings.isEmpty() ? QStringList{u"stock"_s, u"balance"_s} : m_state.holdings),
                 user, admin);
    case services::OrderStatus::Created:
        if (m_state.holdings.isEmpty())
            return tr("Compensate order %1? It is marked ABNORMAL so it can no longer complete; nothing is held "
                      "right now. Recorded in the saga log as done by %2.")
                .arg(id, admin);
        return tr("Compensate order %1? It is marked ABNORMAL so it can no longer complete, and its %2 go back to "
                  "user %3; recorded in the saga log as done by %4.")
            .arg(id, holdingsText(m_state.holdings), user, admin);
    default:
        if (m_state.holdings.isEmpty())
            return tr("Compensate order %1? Nothing is held for it right now, so nothing should change; recorded "
                      "in the saga log as done by %2.")
                .arg(id, admin);
        return tr("Compensate order %1? The %2 still held for it go back to user %3; recorded in the saga log as "
                  "done by %4.")
            .arg(id, holdingsText(m_state.holdings), user, admin);
    }
}

QString SagaActions::retriggerQuestion() const
{
    if (!m_state.found)
        return {};
    const qsizetype n = m_state.missing.size();
    if (n == 0)
        return tr("Nothing seems to be missing right now. Check again and re-deliver whatever is missing? Recorded "
                  "in the saga log as done by %1.")
            .arg(effectiveAdmin());
    return tr("Re-deliver %n missing step(s) (%1)? Each goes to its service again with its original event id, so "
              "nothing happens twice; recorded in the saga log as done by %2.",
              nullptr, int(n))
        .arg(listText(m_state.missing), effectiveAdmin());
}

QString SagaActions::messageFor(const shop::ActionResult &r) const
{
    const QString order = QString::number(r.orderId);
    QString sentence;
    if (r.ok) {
        if (r.code == u"cancelled"_s)
            sentence = tr("Order %1 cancelled; the compensations follow.").arg(order);
        else if (r.code == u"already_cancelled"_s)
            sentence = tr("Order %1 was already cancelled: nothing done.").arg(order);
        else if (r.code == u"restored"_s && r.markedAbnormal)
            sentence = r.restored.isEmpty()
                ? tr("Order %1 marked ABNORMAL; nothing was held.").arg(order)
                : tr("Order %1 marked ABNORMAL; restored %2.").arg(order, holdingsText(r.restored));
        else if (r.code == u"restored"_s)
            sentence = tr("Restored %1 of order %2.").arg(holdingsText(r.restored), order);
        else if (r.code == u"nothing_to_restore"_s)
            sentence = tr("Nothing to restore for order %1: nothing done.").arg(order);
        else if (r.code == u"redelivered"_s)
            sentence = tr("Re-delivered %n missing step(s): %1.", nullptr, int(r.redelivered.size()))
                           .arg(listText(r.redelivered));
        else
            sentence = r.outcome;
    } else if (r.errorCode == u"not_found"_s) {
        sentence = r.action == u"cancel"_s ? tr("There is no order %1.").arg(order)
                                           : tr("There is no saga %1.").arg(r.sagaId.isEmpty() ? m_sagaId : r.sagaId);
    } else if (r.errorCode == u"not_cancellable"_s) {
        sentence = tr("Order %1 is %2: only a confirmed order can be cancelled.")
                       .arg(order, r.order ? services::orderStatusName(r.order->status) : orderStatus());
    } else if (r.errorCode == u"nothing_missing"_s) {
        sentence = tr("Nothing is missing: every step has reached its service, nothing done.");
    } else if (r.errorCode == u"unavailable"_s) {
        sentence = tr("The backend could not do it right now (%1). Try again.").arg(r.error);
    } else {
        sentence = tr("It did not work: %1").arg(r.error);
    }
    if (!r.recordError.isEmpty())
        sentence += u' ' + tr("(It could not be recorded in the saga log: %1)").arg(r.recordError);
    return sentence;
}

} // namespace sagashop::ui
