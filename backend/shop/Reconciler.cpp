#include "shop/Reconciler.h"

#include "bus/EventBus.h"
#include "bus/HybridClock.h"
#include "bus/SagaLogEvents.h"
#include "saga/SagaLog.h"
#include "services/balance/BalanceService.h"
#include "services/coupon/CouponService.h"
#include "services/inventory/InventoryService.h"
#include "services/order/OrderService.h"
#include "services/payment/PaymentService.h"
#include "shop/Shop.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPromise>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sagashop::shop {

namespace {

Q_LOGGING_CATEGORY(lcReconciler, "sagashop.reconciler")

constexpr int kMaxRedeliveries = 3;
constexpr int kPage = 200;

/// Waits (the reconciler has its own thread) for an outcome. A future whose service
/// stopped before answering is cancelled without a result: that is an error, not a value.
template<typename T>
bus::Outcome<T> outcomeOf(QFuture<bus::Outcome<T>> future)
{
    future.waitForFinished();
    if (future.resultCount() == 0)
        return bus::Outcome<T>{std::nullopt, u"the service stopped before answering"_s, true};
    return future.result();
}

template<typename T>
T valueOr(QFuture<bus::Outcome<T>> future, T fallback)
{
    const bus::Outcome<T> outcome = outcomeOf(std::move(future));
    return outcome.ok() ? *outcome.value : fallback;
}

qint64 orderIdOf(const QString &aggregateId)
{
    return aggregateId.startsWith(u"order-"_s) ? aggregateId.mid(6).toLongLong() : 0;
}

bool isFinalHandling(const QString &kind)
{
    return kind == bus::SagaLogEvents::Handled || kind == bus::SagaLogEvents::Duplicate
        || kind == bus::SagaLogEvents::DeadLettered || kind == bus::SagaLogEvents::DeadLetterRetried;
}

} // namespace

QJsonObject ReconcileReport::toJson() const
{
    return QJsonObject{{u"run"_s, run},
                       {u"startedAt"_s, startedAt},
                       {u"finishedAt"_s, finishedAt},
                       {u"sagasExamined"_s, sagasExamined},
                       {u"stuckSagas"_s, stuckSagas},
                       {u"redelivered"_s, redelivered},
                       {u"repaired"_s, repaired},
                       {u"markedAbnormal"_s, markedAbnormal},
                       {u"actions"_s, QJsonArray::fromStringList(actions)},
                       {u"error"_s, error}};
}

Reconciler::Reconciler(Shop &shop) : m_shop(shop)
{
    m_thread.setObjectName(u"reconciler"_s);
    moveToThread(&m_thread);
    m_thread.start();
}

Reconciler::~Reconciler()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void Reconciler::start()
{
    const int interval = m_shop.config().reconcileIntervalMs;
    QMetaObject::invokeMethod(
        this, [this, interval] {
            if (!m_timer) {
                m_timer = new QTimer(this);
                connect(m_timer, &QTimer::timeout, this, [this] { run(); });
            }
            if (interval > 0)
                m_timer->start(interval);
        },
        Qt::BlockingQueuedConnection);
}

void Reconciler::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        this, [this] {
            if (m_timer)
                m_timer->stop();
        },
        Qt::BlockingQueuedConnection);
}

QFuture<ReconcileReport> Reconciler::runNow()
{
    auto promise = std::make_shared<QPromise<ReconcileReport>>();
    promise->start();
    QFuture<ReconcileReport> future = promise->future();
    QMetaObject::invokeMethod(
        this, [this, promise] {
            promise->addResult(run());
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QList<ReconcileReport> Reconciler::recentRuns() const
{
    QMutexLocker lock(&m_mutex);
    return m_runs;
}

ReconcileReport Reconciler::run()
{
    ReconcileReport report;
    report.startedAt = bus::HybridClock::nowMs();
    if (!m_shop.isRunning()) {
        report.error = u"the backend is not running"_s;
        return report;
    }
    report.run = ++m_runCount;
    const qint64 stuckBefore = report.startedAt - m_shop.config().stuckAfterMs;
    // Terminal sagas are looked at once, in the window since the previous run.
    const qint64 terminalSince = m_lastRunStartedAt > 0
        ? m_lastRunStartedAt - m_shop.config().stuckAfterMs - m_shop.config().reconcileIntervalMs
        : 0;
    m_lastRunStartedAt = report.startedAt;

    for (const QString &status : {u"running"_s, u"compensating"_s, u"failed"_s, u"compensated"_s, u"abnormal"_s}) {
        const bool open = status == u"running"_s || status == u"compensating"_s;
        for (int offset = 0;; offset += kPage) {
            saga::SagaQuery query;
            query.status = status;
            query.from = open ? 0 : std::max<qint64>(0, terminalSince);
            query.to = stuckBefore;
            query.limit = kPage;
            query.offset = offset;
            const QList<saga::SagaSummary> sagas = valueOr(m_shop.sagaLog().sagas(query), QList<saga::SagaSummary>{});
            for (const saga::SagaSummary &s : sagas) {
                ++report.sagasExamined;
                if (open)
                    ++report.stuckSagas;
                examineSaga(s.sagaId, s.status, report);
            }
            if (sagas.size() < kPage)
                break;
        }
    }

    report.finishedAt = bus::HybridClock::nowMs();
    if (report.redelivered || report.repaired || report.markedAbnormal)
        qCInfo(lcReconciler).noquote() << "reconciled:" << report.actions.join(u"; "_s);
    {
        QMutexLocker lock(&m_mutex);
        m_runs.prepend(report);
        if (m_runs.size() > 20)
            m_runs.removeLast();
    }
    m_runFinished(report);
    return report;
}

void Reconciler::examineSaga(const QString &sagaId, const QString &status, ReconcileReport &report)
{
    const QList<saga::SagaLogEntry> timeline = valueOr(m_shop.sagaLog().timeline(sagaId), QList<saga::SagaLogEntry>{});
    if (timeline.isEmpty())
        return;
    const qint64 orderId = orderIdOf(timeline.first().aggregateId);

    const bool deadLettered = std::any_of(timeline.cbegin(), timeline.cend(), [](const saga::SagaLogEntry &e) {
        return e.kind == bus::SagaLogEvents::DeadLettered;
    });

    const bool open = status == u"running"_s || status == u"compensating"_s;
    if (open) {
        const QList<std::pair<saga::SagaLogEntry, QString>> missing = missingSteps(timeline, m_shop.bus());
        int &tries = m_redeliveries[sagaId];
        if (!missing.isEmpty() && tries < kMaxRedeliveries) {
            ++tries;
            for (const auto &[entry, consumer] : missing) {
                deliverAgain(entry, consumer);
                ++report.redelivered;
                report.actions.append(u"saga %1: delivered %2 to %3 again (it never arrived)"_s.arg(sagaId, entry.eventType,
                                                                                                    consumer));
            }
            return;
        }
        if (orderId > 0) {
            const QString reason = deadLettered
                ? u"a step of the saga was dead-lettered and the saga made no progress for %1 s"_s.arg(
                      m_shop.config().stuckAfterMs / 1000)
                : u"the saga made no progress for %1 s and re-delivering its missing steps did not help"_s.arg(
                      m_shop.config().stuckAfterMs / 1000);
            markAbnormal(orderId, reason, report);
            repairTerminalOrder(orderId, u"ABNORMAL"_s, report);
            m_redeliveries.remove(sagaId);
        }
        return;
    }

    if (orderId > 0) {
        const QString orderStatus = valueOr(m_shop.orders().stateForOrder(orderId), QString());
        repairTerminalOrder(orderId, orderStatus, report);
    }
}

bool Reconciler::repairTerminalOrder(qint64 orderId, const QString &orderStatus, ReconcileReport &report)
{
    if (orderStatus == u"CONFIRMED"_s) {
        const QString payment = valueOr(m_shop.payments().stateForOrder(orderId), QString());
        const QString balance = valueOr(m_shop.balances().stateForOrder(orderId), QString());
        const QString stock = valueOr(m_shop.inventory().stateForOrder(orderId), QString());
        if (payment != u"success"_s || balance != u"deducted"_s || stock != u"deducted"_s) {
            markAbnormal(orderId,
                         u"the order is confirmed but payment is %1, balance %2 and stock %3"_s.arg(payment, balance, stock),
                         report);
            return false;
        }
        return true;
    }
    if (orderStatus != u"FAILED"_s && orderStatus != u"CANCELLED"_s && orderStatus != u"ABNORMAL"_s)
        return true;

    struct Check
    {
        QString what;
        QString holding;
        std::function<QFuture<bus::Outcome<QString>>()> state;
        std::function<QFuture<bus::Outcome<bool>>()> restore;
    };
    const QList<Check> checks{
        {u"stock"_s, u"deducted"_s, [&] { return m_shop.inventory().stateForOrder(orderId); },
         [&] { return m_shop.inventory().compensateOrder(orderId); }},
        {u"coupon"_s, u"used"_s, [&] { return m_shop.coupons().stateForOrder(orderId); },
         [&] { return m_shop.coupons().compensateOrder(orderId); }},
        {u"balance"_s, u"deducted"_s, [&] { return m_shop.balances().stateForOrder(orderId); },
         [&] { return m_shop.balances().compensateOrder(orderId); }},
        {u"payment"_s, u"success"_s, [&] { return m_shop.payments().stateForOrder(orderId); },
         [&] { return m_shop.payments().compensateOrder(orderId); }},
    };
    bool consistent = true;
    for (const Check &check : checks) {
        if (valueOr(check.state(), QString()) != check.holding)
            continue;
        const bus::Outcome<bool> restored = outcomeOf(check.restore());
        if (restored.ok()) {
            ++report.repaired;
            report.actions.append(u"order %1 (%2): %3 was still held, restored it"_s.arg(orderId).arg(orderStatus, check.what));
        } else {
            consistent = false;
            report.actions.append(u"order %1: restoring %2 failed: %3"_s.arg(orderId).arg(check.what, restored.error));
        }
    }
    if (!consistent && orderStatus != u"ABNORMAL"_s)
        markAbnormal(orderId, u"a restore failed during reconciliation"_s, report);
    return consistent;
}

QList<std::pair<saga::SagaLogEntry, QString>> Reconciler::missingSteps(const QList<saga::SagaLogEntry> &timeline,
                                                                        const bus::EventBus &bus)
{
    // Which consumer finished with which event.
    QSet<QString> finished;
    for (const saga::SagaLogEntry &e : timeline) {
        if (isFinalHandling(e.kind))
            finished.insert(e.eventId + u'|' + e.service);
    }
    QList<std::pair<saga::SagaLogEntry, QString>> missing;
    for (const saga::SagaLogEntry &e : timeline) {
        if (e.kind != saga::SagaLogEntry::KindPublished && e.kind != saga::SagaLogEntry::KindCompensation)
            continue;
        for (const QString &consumer : bus.subscribersOf(e.eventType)) {
            if (consumer == saga::SagaLog::ServiceName || finished.contains(e.eventId + u'|' + consumer))
                continue;
            missing.append({e, consumer});
        }
    }
    return missing;
}

void Reconciler::deliverAgain(const saga::SagaLogEntry &entry, const QString &consumer)
{
    bus::EventEnvelope envelope;
    envelope.eventId = QUuid::fromString(entry.eventId);
    envelope.type = entry.eventType;
    envelope.aggregateId = entry.aggregateId;
    envelope.sagaId = entry.sagaId;
    envelope.causationId = entry.causationId;
    envelope.occurredAt = entry.at;
    envelope.producer = entry.service;
    envelope.payload = entry.payload;
    m_shop.bus().deliverRaw(consumer, bus::EnvelopeCodec::encode(envelope));
}

QFuture<Redelivery> Reconciler::redeliverMissing(const QString &sagaId)
{
    auto promise = std::make_shared<QPromise<Redelivery>>();
    promise->start();
    QFuture<Redelivery> future = promise->future();
    QMetaObject::invokeMethod(
        this, [this, promise, sagaId] {
            Redelivery result;
            result.sagaId = sagaId;
            if (!m_shop.isRunning()) {
                result.error = u"the backend is not running"_s;
            } else {
                const bus::Outcome<QList<saga::SagaLogEntry>> timeline = outcomeOf(m_shop.sagaLog().timeline(sagaId));
                if (!timeline.ok()) {
                    result.error = timeline.error;
                } else if (timeline.value->isEmpty()) {
                    result.error = u"there is no saga \"%1\""_s.arg(sagaId);
                } else {
                    result.orderId = orderIdOf(timeline.value->first().aggregateId);
                    for (const auto &[entry, consumer] : missingSteps(*timeline.value, m_shop.bus())) {
                        deliverAgain(entry, consumer);
                        result.delivered.append(MissingStep{entry.eventId, entry.eventType, consumer, entry.at});
                        qCInfo(lcReconciler).noquote() << "saga" << sagaId << ": delivered" << entry.eventType << "to"
                                                       << consumer << "again (on request)";
                    }
                }
            }
            promise->addResult(result);
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

Reconciler::Connection Reconciler::connectRunFinished(std::function<void(const ReconcileReport &)> slot)
{
    return m_runFinished.connect(std::move(slot));
}

void Reconciler::markAbnormal(qint64 orderId, const QString &reason, ReconcileReport &report)
{
    const auto marked = outcomeOf(m_shop.orders().markAbnormal(orderId, reason));
    if (marked.ok()) {
        ++report.markedAbnormal;
        report.actions.append(u"order %1 marked ABNORMAL: %2"_s.arg(orderId).arg(reason));
    } else {
        report.actions.append(u"order %1 could not be marked ABNORMAL: %2"_s.arg(orderId).arg(marked.error));
    }
}

} // namespace sagashop::shop
