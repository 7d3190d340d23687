#include "shop/AdminActions.h"

#include "bus/EventBus.h"
#include "bus/HybridClock.h"
#include "saga/SagaLog.h"
#include "services/DomainError.h"
#include "services/balance/BalanceService.h"
#include "services/coupon/CouponService.h"
#include "services/inventory/InventoryService.h"
#include "services/order/OrderService.h"
#include "services/payment/PaymentService.h"
#include "shop/Reconciler.h"
#include "shop/Shop.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QPromise>

#include <functional>

using namespace Qt::StringLiterals;

namespace sagashop::shop {

namespace {

Q_LOGGING_CATEGORY(lcAdmin, "sagashop.admin")

using services::DomainError;
using services::OrderStatus;
using services::OrderView;

/// Admin actions of the whole process run one at a time: each reads, decides and acts, and
/// two presses on two screens must not both decide "not cancelled yet".
QMutex &actionLock()
{
    static QMutex lock;
    return lock;
}

/// Waits for a service's answer (we are on the actions' own thread). A future whose service
/// stopped before answering has no result: that is an error, not a value.
template<typename T>
bus::Outcome<T> outcomeOf(QFuture<bus::Outcome<T>> future)
{
    future.waitForFinished();
    if (future.resultCount() == 0)
        return bus::Outcome<T>{std::nullopt, u"the service stopped before answering"_s, true};
    return future.result();
}

/// Thrown inside an action to end it with an error.
struct Refusal
{
    QString code;
    QString message;
};

template<typename T>
T take(bus::Outcome<T> outcome)
{
    if (!outcome.ok()) {
        if (outcome.storageFailure)
            throw Refusal{u"unavailable"_s, outcome.error};
        const QString code = DomainError::codeOf(outcome.error);
        throw Refusal{code.isEmpty() ? u"failed"_s : code, DomainError::messageOf(outcome.error)};
    }
    return std::move(*outcome.value);
}

/// "a", "a and b", "a, b and c".
QString listInWords(const QStringList &items)
{
    if (items.size() < 2)
        return items.join(QString());
    return QStringList(items.cbegin(), items.cend() - 1).join(u", "_s) + u" and "_s + items.last();
}

qint64 orderIdOfAggregate(const QString &aggregateId)
{
    return aggregateId.startsWith(u"order-"_s) ? aggregateId.mid(6).toLongLong() : 0;
}

qint64 orderIdOfTimeline(const QList<saga::SagaLogEntry> &timeline)
{
    for (const saga::SagaLogEntry &e : timeline) {
        if (const qint64 id = orderIdOfAggregate(e.aggregateId); id > 0)
            return id;
    }
    return 0;
}

QString adminOrDefault(const QString &admin)
{
    const QString name = admin.trimmed();
    return name.isEmpty() ? u"admin"_s : name;
}

/// Runs `work` on `pool` and resolves with its result.
template<typename T>
QFuture<T> runOn(QThreadPool &pool, std::function<T()> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    pool.start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

/// What one service still holds for an order, and how to give it back.
struct Holding
{
    QString what;
    QString held; ///< the service's state while it holds it
    std::function<QFuture<bus::Outcome<QString>>(qint64)> state;
    std::function<QFuture<bus::Outcome<bool>>(qint64)> restore;
};

QList<Holding> holdingsOf(Shop &shop)
{
    return {
        {u"stock"_s, u"deducted"_s, [&shop](qint64 id) { return shop.inventory().stateForOrder(id); },
         [&shop](qint64 id) { return shop.inventory().compensateOrder(id); }},
        {u"coupon"_s, u"used"_s, [&shop](qint64 id) { return shop.coupons().stateForOrder(id); },
         [&shop](qint64 id) { return shop.coupons().compensateOrder(id); }},
        {u"balance"_s, u"deducted"_s, [&shop](qint64 id) { return shop.balances().stateForOrder(id); },
         [&shop](qint64 id) { return shop.balances().compensateOrder(id); }},
        {u"payment"_s, u"success"_s, [&shop](qint64 id) { return shop.payments().stateForOrder(id); },
         [&shop](qint64 id) { return shop.payments().compensateOrder(id); }},
    };
}

/// One action from press to record.
class Action
{
public:
    Action(Shop &shop, const QString &action, const QString &admin) : m_shop(shop)
    {
        r.action = action;
        r.admin = adminOrDefault(admin);
        r.at = bus::HybridClock::nowMs();
        // Sorts the record before whatever the action causes (those take later values).
        m_sequence = shop.bus().clock().next();
    }

    /// Runs `body` under the process-wide action lock, turns refusals into the result and
    /// records it in the saga log when the saga is known.
    ActionResult run(const std::function<void()> &body)
    {
        QMutexLocker lock(&actionLock());
        try {
            if (!m_shop.isRunning())
                throw Refusal{u"unavailable"_s, u"The backend is not running."_s};
            body();
            r.ok = r.errorCode.isEmpty();
        } catch (const Refusal &refusal) {
            r.ok = false;
            r.errorCode = refusal.code;
            r.error = refusal.message;
        } catch (const std::exception &e) {
            r.ok = false;
            r.errorCode = u"failed"_s;
            r.error = QString::fromUtf8(e.what());
        }
        if (!r.ok && r.outcome.isEmpty())
            r.outcome = r.error;
        if (!r.sagaId.isEmpty() && r.errorCode != u"not_found"_s)
            record();
        qCInfo(lcAdmin).noquote() << r.admin << r.action << "saga" << r.sagaId << "order" << r.orderId << "->"
                                  << (r.ok ? r.outcome : u"refused: "_s + r.error);
        return r;
    }

    /// Cancels a CONFIRMED order (also what compensating one means).
    void cancel(const OrderView &order)
    {
        r.order = order;
        if (order.status == OrderStatus::Cancelled) {
            r.code = u"already_cancelled"_s;
            r.outcome = u"Already cancelled: nothing done"_s;
            return;
        }
        if (order.status != OrderStatus::Confirmed) {
            throw Refusal{u"not_cancellable"_s, u"Order %1 is %2; only a CONFIRMED order can be cancelled."_s.arg(
                                                    QString::number(order.orderId), services::orderStatusName(order.status))};
        }
        r.order = take(outcomeOf(m_shop.orders().cancel(order.orderId, r.admin)));
        r.code = u"cancelled"_s;
        r.changed = true;
        r.outcome = u"Cancelled; the compensations follow"_s;
    }

    OrderView readOrder(qint64 orderId)
    {
        const std::optional<OrderView> order = take(outcomeOf(m_shop.orders().order(orderId)));
        if (!order)
            throw Refusal{u"not_found"_s, u"There is no order %1."_s.arg(orderId)};
        return *order;
    }

    QList<saga::SagaLogEntry> readTimeline(const QString &sagaId)
    {
        QList<saga::SagaLogEntry> timeline = take(outcomeOf(m_shop.sagaLog().timeline(sagaId)));
        if (timeline.isEmpty())
            throw Refusal{u"not_found"_s, u"There is no saga \"%1\"."_s.arg(sagaId)};
        return timeline;
    }

    ActionResult r;

private:
    void record()
    {
        QJsonObject detail{{u"ok"_s, r.ok},
                           {u"outcome"_s, r.outcome},
                           {u"changed"_s, r.changed},
                           {u"pressedAt"_s, r.at}};
        if (r.orderId > 0)
            detail.insert(u"orderId"_s, r.orderId);
        if (!r.code.isEmpty())
            detail.insert(u"code"_s, r.code);
        if (!r.ok) {
            detail.insert(u"error"_s, r.error);
            detail.insert(u"errorCode"_s, r.errorCode);
        }
        if (r.order)
            detail.insert(u"orderStatus"_s, services::orderStatusName(r.order->status));
        if (!r.restored.isEmpty())
            detail.insert(u"restored"_s, QJsonArray::fromStringList(r.restored));
        if (r.markedAbnormal)
            detail.insert(u"markedAbnormal"_s, true);
        if (!r.redelivered.isEmpty())
            detail.insert(u"redelivered"_s, QJsonArray::fromStringList(r.redelivered));
        const bus::Outcome<saga::SagaLogEntry> recorded =
            outcomeOf(m_shop.sagaLog().recordAdminAction(r.sagaId, r.admin, r.action, detail, r.at, m_sequence));
        r.recorded = recorded.ok();
        if (!recorded.ok()) {
            r.recordError = DomainError::messageOf(recorded.error);
            qCWarning(lcAdmin).noquote() << "the saga log did not record" << r.action << "of saga" << r.sagaId << ":"
                                         << recorded.error;
        }
    }

    Shop &m_shop;
    qint64 m_sequence = 0;
};

} // namespace

QJsonObject ActionResult::toJson() const
{
    QJsonObject o{{u"ok"_s, ok},
                  {u"action"_s, action},
                  {u"admin"_s, admin},
                  {u"orderId"_s, orderId},
                  {u"sagaId"_s, sagaId},
                  {u"code"_s, code},
                  {u"outcome"_s, outcome},
                  {u"changed"_s, changed},
                  {u"markedAbnormal"_s, markedAbnormal},
                  {u"restored"_s, QJsonArray::fromStringList(restored)},
                  {u"redelivered"_s, QJsonArray::fromStringList(redelivered)},
                  {u"at"_s, at},
                  {u"recorded"_s, recorded}};
    if (order)
        o.insert(u"order"_s, order->toJson());
    if (!ok) {
        o.insert(u"error"_s, error);
        o.insert(u"errorCode"_s, errorCode);
    }
    if (!recordError.isEmpty())
        o.insert(u"recordError"_s, recordError);
    return o;
}

AdminActions::AdminActions(Shop &shop, QObject *parent) : QObject(parent), m_shop(shop)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(u"admin-actions"_s);
}

AdminActions::~AdminActions()
{
    m_pool.waitForDone();
}

QFuture<ActionResult> AdminActions::cancelOrder(qint64 orderId, const QString &admin)
{
    Shop &shop = m_shop;
    return runOn<ActionResult>(m_pool, [&shop, orderId, admin] {
        Action a(shop, u"cancel"_s, admin);
        a.r.orderId = orderId;
        return a.run([&] {
            if (orderId < 1)
                throw Refusal{u"not_found"_s, u"There is no order %1."_s.arg(orderId)};
            const OrderView order = a.readOrder(orderId);
            a.r.sagaId = order.sagaId;
            a.cancel(order);
        });
    });
}

QFuture<ActionResult> AdminActions::compensateSaga(const QString &sagaId, const QString &admin)
{
    Shop &shop = m_shop;
    return runOn<ActionResult>(m_pool, [&shop, sagaId, admin] {
        Action a(shop, u"compensate"_s, admin);
        return a.run([&] {
            const QList<saga::SagaLogEntry> timeline = a.readTimeline(sagaId);
            a.r.sagaId = sagaId;
            a.r.orderId = orderIdOfTimeline(timeline);
            if (a.r.orderId < 1)
                throw Refusal{u"not_found"_s, u"Saga \"%1\" has no order."_s.arg(sagaId)};
            const OrderView order = a.readOrder(a.r.orderId);
            if (order.status == OrderStatus::Confirmed) {
                // Compensating a confirmed order is cancelling it: the saga's own
                // compensations follow and the timeline shows them.
                a.cancel(order);
                return;
            }
            // A saga still in flight is marked ABNORMAL first, so it can no longer confirm
            // once its holdings are given back.
            if (order.status == OrderStatus::Created) {
                const OrderView marked = take(outcomeOf(
                    shop.orders().markAbnormal(order.orderId, u"compensated by %1 (an administrator)"_s.arg(a.r.admin))));
                a.r.markedAbnormal = marked.status == OrderStatus::Abnormal;
            }
            QStringList failures;
            for (const Holding &h : holdingsOf(shop)) {
                const bus::Outcome<bool> restored = outcomeOf(h.restore(order.orderId));
                if (!restored.ok())
                    failures.append(u"%1 (%2)"_s.arg(h.what, DomainError::messageOf(restored.error)));
                else if (*restored.value)
                    a.r.restored.append(h.what);
            }
            a.r.changed = a.r.markedAbnormal || !a.r.restored.isEmpty();
            a.r.code = a.r.changed ? u"restored"_s : u"nothing_to_restore"_s;
            QString what = a.r.restored.isEmpty() ? u"nothing to restore"_s
                                                  : u"restored "_s + listInWords(a.r.restored);
            if (a.r.markedAbnormal)
                what = u"Marked ABNORMAL; "_s + what;
            else
                what[0] = what[0].toUpper();
            a.r.outcome = what;
            const bus::Outcome<std::optional<OrderView>> after = outcomeOf(shop.orders().order(order.orderId));
            a.r.order = after.ok() && after.value->has_value() ? **after.value : order;
            if (!failures.isEmpty()) {
                a.r.errorCode = u"unavailable"_s;
                a.r.error = u"Could not restore %1; pressing Compensate again retries only what is left."_s.arg(
                    listInWords(failures));
            }
        });
    });
}

QFuture<ActionResult> AdminActions::retriggerMissingSteps(const QString &sagaId, const QString &admin)
{
    Shop &shop = m_shop;
    return runOn<ActionResult>(m_pool, [&shop, sagaId, admin] {
        Action a(shop, u"retrigger"_s, admin);
        return a.run([&] {
            const QList<saga::SagaLogEntry> timeline = a.readTimeline(sagaId);
            a.r.sagaId = sagaId;
            a.r.orderId = orderIdOfTimeline(timeline);
            QFuture<Redelivery> asked = shop.reconciler().redeliverMissing(sagaId);
            asked.waitForFinished();
            if (asked.resultCount() == 0)
                throw Refusal{u"unavailable"_s, u"The reconciler stopped before answering."_s};
            const Redelivery redelivery = asked.result();
            if (!redelivery.error.isEmpty())
                throw Refusal{u"unavailable"_s, redelivery.error};
            if (redelivery.delivered.isEmpty()) {
                a.r.outcome = u"Nothing is missing: nothing done"_s;
                throw Refusal{u"nothing_missing"_s,
                              u"Nothing is missing: every step of saga %1 has reached its services, so nothing was "
                              "delivered again."_s.arg(sagaId)};
            }
            for (const MissingStep &step : std::as_const(redelivery.delivered))
                a.r.redelivered.append(u"%1 to %2"_s.arg(step.eventType, step.consumer));
            a.r.code = u"redelivered"_s;
            a.r.changed = true;
            const qsizetype n = a.r.redelivered.size();
            a.r.outcome = u"Redelivered %1 missing %2: %3"_s.arg(QString::number(n), n == 1 ? u"step"_s : u"steps"_s,
                                                                 listInWords(a.r.redelivered));
            if (a.r.orderId > 0) {
                const bus::Outcome<std::optional<OrderView>> order = outcomeOf(shop.orders().order(a.r.orderId));
                if (order.ok() && order.value->has_value())
                    a.r.order = **order.value;
            }
        });
    });
}

QFuture<SagaActionState> AdminActions::state(const QString &sagaId)
{
    Shop &shop = m_shop;
    return runOn<SagaActionState>(m_pool, [&shop, sagaId] {
        SagaActionState s;
        s.sagaId = sagaId;
        if (!shop.isRunning()) {
            s.error = u"The backend is not running."_s;
            return s;
        }
        const bus::Outcome<QList<saga::SagaLogEntry>> timeline = outcomeOf(shop.sagaLog().timeline(sagaId));
        if (!timeline.ok()) {
            s.error = DomainError::messageOf(timeline.error);
            return s;
        }
        if (timeline.value->isEmpty()) {
            s.error = u"There is no saga \"%1\"."_s.arg(sagaId);
            return s;
        }
        s.found = true;
        const bus::Outcome<std::optional<saga::SagaSummary>> summary = outcomeOf(shop.sagaLog().saga(sagaId));
        if (summary.ok() && summary.value->has_value()) {
            s.sagaStatus = (*summary.value)->status;
            s.updatedAt = (*summary.value)->updatedAt;
        }
        const bool open = s.sagaStatus == u"running"_s || s.sagaStatus == u"compensating"_s;
        if (open && s.updatedAt > 0 && s.updatedAt < bus::HybridClock::nowMs() - shop.config().stuckAfterMs)
            s.sagaStatus = u"stuck"_s;
        for (const auto &[entry, consumer] : Reconciler::missingSteps(*timeline.value, shop.bus()))
            s.missing.append(u"%1 to %2"_s.arg(entry.eventType, consumer));

        s.orderId = orderIdOfTimeline(*timeline.value);
        if (s.orderId > 0) {
            const bus::Outcome<std::optional<OrderView>> order = outcomeOf(shop.orders().order(s.orderId));
            if (!order.ok())
                s.error = DomainError::messageOf(order.error);
            else
                s.order = *order.value;
            for (const Holding &h : holdingsOf(shop)) {
                const bus::Outcome<QString> state = outcomeOf(h.state(s.orderId));
                if (state.ok() && *state.value == h.held)
                    s.holdings.append(h.what);
            }
        }
        const std::optional<OrderStatus> status =
            s.order ? std::optional<OrderStatus>(s.order->status) : std::nullopt;
        s.canCancel = status == OrderStatus::Confirmed;
        const bool terminalWithHoldings = (status == OrderStatus::Failed || status == OrderStatus::Cancelled
                                           || s.sagaStatus == u"failed"_s || s.sagaStatus == u"compensated"_s)
            && !s.holdings.isEmpty();
        s.canCompensate = status.has_value()
            && (s.sagaStatus == u"stuck"_s || s.sagaStatus == u"abnormal"_s || status == OrderStatus::Abnormal
                || status == OrderStatus::Created || terminalWithHoldings);
        s.canRetrigger = !s.missing.isEmpty() || open;
        return s;
    });
}

} // namespace sagashop::shop
