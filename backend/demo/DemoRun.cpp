#include "demo/DemoRun.h"

#include "alerts/AlertService.h"
#include "bus/EventBus.h"
#include "demo/ShopperSimulator.h"
#include "saga/CheckoutEvents.h"
#include "saga/CheckoutSagaDefinition.h"
#include "saga/SagaLog.h"
#include "services/balance/BalanceService.h"
#include "services/coupon/CouponService.h"
#include "services/export/ExportService.h"
#include "services/inventory/InventoryService.h"
#include "services/order/OrderService.h"
#include "services/payment/PaymentService.h"
#include "shop/Invariants.h"
#include "shop/Reconciler.h"
#include "shop/Shop.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <atomic>
#include <vector>

using namespace Qt::StringLiterals;

namespace sagashop::demo {

namespace {
Q_LOGGING_CATEGORY(lcDemoRun, "sagashop.demo.run")

namespace E = saga::CheckoutEvents;

/// The shopper whose checkouts the balance cannot cover (created once per data directory).
const QString kWindowShopper = u"윤하늘 (Haneul Yoon)"_s;
constexpr qint64 kWindowShopperBalance = 5'000;
constexpr int kTransientBalanceErrors = 2;
constexpr int kDuplicatedDeliveries = 3;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

// --- tally -------------------------------------------------------------------------------------

QJsonObject DemoTally::toJson() const
{
    return {{u"checkouts"_s, checkouts}, {u"confirmed"_s, confirmed}, {u"failed"_s, failed},
            {u"compensated"_s, compensated}, {u"abnormal"_s, abnormal}, {u"repaired"_s, repaired},
            {u"retries"_s, retries}, {u"duplicates"_s, duplicates}, {u"deadLetters"_s, deadLetters}, {u"open"_s, open}};
}

/// Counts outcomes from the bus's notifications (any service thread) and the reconciler's
/// reports (its thread); everything under one mutex.
class DemoRun::Observer
{
public:
    explicit Observer(shop::Shop &shop)
    {
        bus::EventBus &bus = shop.bus();
        m_connections.emplace_back(bus.connectEventPublished([this](const bus::EventPublished &n) { published(n.event); }));
        m_connections.emplace_back(bus.connectEventHandled([this](const bus::EventHandled &n) {
            if (n.duplicate) {
                QMutexLocker lock(&m_mutex);
                ++m_duplicates;
            }
        }));
        m_connections.emplace_back(bus.connectEventFailed([this](const bus::EventFailed &n) {
            QMutexLocker lock(&m_mutex);
            ++(n.deadLettered ? m_deadLetters : m_retries);
        }));
        m_connections.emplace_back(shop.reconciler().connectRunFinished([this](const shop::ReconcileReport &r) {
            QMutexLocker lock(&m_mutex);
            m_repaired += r.redelivered + r.repaired;
        }));
    }

    DemoTally tally() const
    {
        QMutexLocker lock(&m_mutex);
        DemoTally t;
        t.checkouts = m_started.size();
        t.confirmed = m_confirmed.size();
        t.failed = m_failed.size();
        t.compensated = m_compensated.size();
        t.abnormal = m_abnormal.size();
        t.repaired = m_repaired;
        t.retries = m_retries;
        t.duplicates = m_duplicates;
        t.deadLetters = m_deadLetters;
        t.open = m_open;
        return t;
    }

    qint64 openSagas() const
    {
        QMutexLocker lock(&m_mutex);
        return m_open;
    }

private:
    void published(const bus::EventEnvelope &e)
    {
        if (e.sagaId.isEmpty())
            return;
        const QString &type = e.type;
        QMutexLocker lock(&m_mutex);
        if (type == E::PaymentRequested) {
            if (!m_started.contains(e.sagaId)) {
                m_started.insert(e.sagaId);
                if (!m_ended.contains(e.sagaId))
                    ++m_open;
            }
        } else if (type == E::OrderCompleted) {
            m_confirmed.insert(e.sagaId);
        } else if (type == E::OrderFailed) {
            m_failed.insert(e.sagaId);
        } else if (type == alerts::AlertService::OrderMarkedAbnormal) {
            m_abnormal.insert(e.sagaId);
        }
        if (saga::CheckoutSagaDefinition::isCompensationEvent(type))
            m_compensated.insert(e.sagaId);
        // A saga ends once: confirmed, failed, marked abnormal, or compensated after a
        // cancellation. Kept as a count so reading the tally stays O(1) however long the run.
        const bool ends = type == E::OrderCompleted || type == E::OrderFailed
            || type == alerts::AlertService::OrderMarkedAbnormal || type == E::OrderCompensated;
        if (ends && !m_ended.contains(e.sagaId)) {
            m_ended.insert(e.sagaId);
            if (m_started.contains(e.sagaId))
                --m_open;
        }
    }

    mutable QMutex m_mutex;
    QSet<QString> m_started, m_confirmed, m_failed, m_compensated, m_abnormal, m_ended;
    qint64 m_repaired = 0, m_retries = 0, m_duplicates = 0, m_deadLetters = 0;
    qint64 m_open = 0; ///< started and not ended (see published())
    std::vector<boost::signals2::scoped_connection> m_connections;
};

// --- the timetable, on the demo's thread ------------------------------------------------------

class DemoRun::Worker : public QObject
{
public:
    Worker(shop::Shop &shop, const Config &config, boost::signals2::signal<void(const FiredFault &)> &fired)
        : m_shop(shop), m_config(config), m_firedSignal(fired)
    {
    }

    void start()
    {
        m_clock.start();
        m_startedAt.store(m_clock.msecsSinceReference());
        scheduleCycle();
    }

    /// Stops the timetable and switches off whatever it switched on.
    void stop()
    {
        m_stopped = true;
        for (QTimer *timer : std::as_const(m_timers))
            timer->stop();
        qDeleteAll(m_timers);
        m_timers.clear();
        for (const QString &name : {services::BalanceService::Name, services::InventoryService::Name,
                                    services::PaymentService::Name}) {
            if (bus::Service *service = m_shop.service(name))
                service->faults().clearAll();
        }
        m_shop.exports().setOutage(false);
    }

    QList<FiredFault> fired() const
    {
        QMutexLocker lock(&m_mutex);
        return m_fired;
    }

    std::atomic<qint64> m_startedAt{0}; ///< QElapsedTimer reference ms; 0 before start
    std::atomic<bool> m_done{false};    ///< a non-repeating timetable has run out

private:
    void after(qint64 ms, std::function<void()> action)
    {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        QObject::connect(timer, &QTimer::timeout, this, [this, timer, action = std::move(action)] {
            m_timers.removeOne(timer);
            timer->deleteLater();
            if (!m_stopped)
                action();
        });
        m_timers.append(timer);
        timer->start(int(std::max<qint64>(0, ms)));
    }

    void scheduleCycle()
    {
        const qint64 cycleStart = qint64(m_cycle - 1) * m_config.script.cycleMs;
        const qint64 elapsed = m_clock.elapsed();
        for (const ScriptedFault &fault : m_config.script.faults) {
            const int cycle = m_cycle;
            after(cycleStart + fault.atMs - elapsed, [this, fault, cycle] { fire(fault, cycle); });
        }
        if (m_config.repeat) {
            after(cycleStart + m_config.script.cycleMs - elapsed, [this] {
                ++m_cycle;
                scheduleCycle();
            });
        } else {
            after(cycleStart + m_config.script.cycleMs - elapsed, [this] { m_done.store(true); });
        }
    }

    void fire(const ScriptedFault &fault, int cycle)
    {
        FiredFault f;
        f.kind = fault.kind;
        f.cycle = cycle;
        f.at = nowMs();
        f.sinceStartMs = m_clock.elapsed();
        switch (fault.kind) {
        case FaultKind::BalanceFailure:
            setPlan(services::BalanceService::Name, {bus::FaultInjector::Mode::Fail, kTransientBalanceErrors, 0, 0});
            checkOutBeyondBalance(f);
            return; // announced once the order is placed
        case FaultKind::DuplicateDelivery:
            setPlan(services::InventoryService::Name, {bus::FaultInjector::Mode::Duplicate, kDuplicatedDeliveries, 0, 0});
            f.detail = QCoreApplication::translate("sagashop::demo", "the next %1 deliveries to inventory are duplicated").arg(kDuplicatedDeliveries);
            break;
        case FaultKind::DroppedEvent:
            setPlan(services::PaymentService::Name, {bus::FaultInjector::Mode::Drop, 1, 0, 0});
            f.detail = QCoreApplication::translate("sagashop::demo", "the next delivery to payment is lost");
            break;
        case FaultKind::ExportOutage:
            m_shop.exports().setOutage(true);
            after(fault.lastsMs, [this] { m_shop.exports().setOutage(false); });
            f.detail = QCoreApplication::translate("sagashop::demo", "the export endpoint is down for %1 s").arg(double(fault.lastsMs) / 1000.0, 0, 'f', 0);
            break;
        }
        announce(f);
    }

    void setPlan(const QString &serviceName, const bus::FaultInjector::Plan &plan)
    {
        bus::Service *service = m_shop.service(serviceName);
        const QString refusal = service ? service->faults().set(plan) : u"no service %1"_s.arg(serviceName);
        if (!refusal.isEmpty())
            qCWarning(lcDemoRun).noquote() << "cannot stage a fault on" << serviceName << ":" << refusal;
    }

    void announce(const FiredFault &f)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_fired.append(f);
        }
        m_firedSignal(f);
    }

    void announceFailure(FiredFault f, const QString &error)
    {
        f.detail = QCoreApplication::translate("sagashop::demo", "could not place the order: %1").arg(error);
        announce(f);
    }

    /// The window shopper (a small balance) checks out the dearest product in stock with a
    /// coupon: Inventory deducts, Coupon applies, Balance refuses, and the stock and the
    /// coupon are restored.
    void checkOutBeyondBalance(FiredFault f)
    {
        if (m_windowShopper == 0) {
            m_shop.balances().createUser(kWindowShopper).then(this, [this, f](const bus::Outcome<qint64> &user) {
                if (!user.ok())
                    return announceFailure(f, user.error);
                m_windowShopper = *user.value;
                m_shop.balances().charge(m_windowShopper, kWindowShopperBalance).then(this, [this, f](const bus::Outcome<qint64> &c) {
                    if (!c.ok())
                        return announceFailure(f, c.error);
                    chooseProduct(f);
                });
            });
            return;
        }
        chooseProduct(f);
    }

    void chooseProduct(FiredFault f)
    {
        m_shop.inventory().products().then(this, [this, f](const bus::Outcome<QList<services::Product>> &o) {
            if (!o.ok())
                return announceFailure(f, o.error);
            const services::Product *dearest = nullptr;
            for (const services::Product &p : *o.value) {
                if (p.stock > 0 && (!dearest || p.price > dearest->price))
                    dearest = &p;
            }
            if (!dearest)
                return announceFailure(f, QCoreApplication::translate("sagashop::demo", "every product is sold out"));
            chooseCoupon(f, dearest->id, dearest->price);
        });
    }

    void chooseCoupon(FiredFault f, const QString &productId, qint64 price)
    {
        const qint64 now = nowMs();
        m_shop.coupons().userCoupons(m_windowShopper, now).then(this, [this, f, productId, price, now](const bus::Outcome<QList<services::UserCoupon>> &mine) {
            if (mine.ok()) {
                for (const services::UserCoupon &c : *mine.value) {
                    if (c.status() == services::UserCoupon::Status::Available && c.refusalFor(m_windowShopper, price, now).isEmpty())
                        return place(f, productId, c.userCouponId());
                }
            }
            m_shop.coupons().coupons(now).then(this, [this, f, productId, price, now](const bus::Outcome<QList<services::CouponDefinition>> &all) {
                if (all.ok()) {
                    for (const services::CouponDefinition &d : *all.value) {
                        if (d.remaining() > 0 && d.minOrderAmount <= price) {
                            m_shop.coupons().issue(d.id, m_windowShopper, now).then(this, [this, f, productId](const bus::Outcome<qint64> &issued) {
                                place(f, productId, issued.ok() ? *issued.value : 0);
                            });
                            return;
                        }
                    }
                }
                place(f, productId, 0); // no coupon left to claim: the balance still fails
            });
        });
    }

    void place(FiredFault f, const QString &productId, qint64 userCouponId)
    {
        services::PlaceOrderRequest request;
        request.userId = m_windowShopper;
        request.items.append({productId, 1, 0});
        request.userCouponId = userCouponId;
        request.idempotencyKey = u"demo-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_shop.orders().placeOrder(request).then(this, [this, f, userCouponId](const bus::Outcome<services::PlacedOrder> &o) mutable {
            if (!o.ok())
                return announceFailure(f, o.error);
            f.orderId = o.value->orderId;
            f.sagaId = o.value->sagaId;
            const QString balance = QLocale(QLocale::English).toString(kWindowShopperBalance);
            f.detail = userCouponId ? QCoreApplication::translate("sagashop::demo", "order %1: a shopper with %2 won checks out for more, with a coupon")
                                          .arg(f.orderId)
                                          .arg(balance)
                                    : QCoreApplication::translate("sagashop::demo", "order %1: a shopper with %2 won checks out for more").arg(f.orderId).arg(balance);
            announce(f);
        });
    }

    shop::Shop &m_shop;
    const Config &m_config;
    boost::signals2::signal<void(const FiredFault &)> &m_firedSignal;
    QElapsedTimer m_clock;
    QList<QTimer *> m_timers;
    int m_cycle = 1;
    bool m_stopped = false;
    qint64 m_windowShopper = 0;
    mutable QMutex m_mutex;
    QList<FiredFault> m_fired;
};

// --- the run ------------------------------------------------------------------------------------

QString DemoRun::validate(const Config &config)
{
    if (!(config.checkoutsPerSecond >= MinRate && config.checkoutsPerSecond <= MaxRate))
        return QCoreApplication::translate("sagashop::demo", "The shoppers' rate must be from %1 to %2 checkouts per second.").arg(MinRate).arg(MaxRate);
    return config.script.validate();
}

DemoRun::DemoRun(shop::Shop &shop, Config config)
    : m_shop(shop),
      m_config(std::move(config)),
      m_observer(std::make_unique<Observer>(shop)),
      m_shoppers(std::make_unique<ShopperSimulator>(shop)),
      m_thread(std::make_unique<QThread>())
{
    const QString problem = validate(m_config);
    if (!problem.isEmpty())
        throw std::invalid_argument(problem.toStdString());
    m_thread->setObjectName(u"demo"_s);
    m_worker = new Worker(m_shop, m_config, m_faultFired);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

DemoRun::~DemoRun()
{
    m_shoppers->stop();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void DemoRun::start()
{
    if (m_worker->m_startedAt.load() != 0)
        return;
    m_worker->m_startedAt.store(-1); // claimed; the worker stores the real reference
    m_shoppers->start(m_config.checkoutsPerSecond);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->start(); }, Qt::BlockingQueuedConnection);
}

bool DemoRun::isStarted() const
{
    return m_worker->m_startedAt.load() != 0;
}

void DemoRun::setRate(double checkoutsPerSecond)
{
    if (checkoutsPerSecond <= 0) {
        m_shoppers->stop();
        return;
    }
    m_shoppers->start(std::clamp(checkoutsPerSecond, MinRate, MaxRate));
}

double DemoRun::rate() const
{
    return m_shoppers->isRunning() ? m_shoppers->rate() : 0.0;
}

DemoTally DemoRun::tally() const
{
    return m_observer->tally();
}

QList<FiredFault> DemoRun::fired() const
{
    return m_worker->fired();
}

const DemoScript &DemoRun::script() const noexcept
{
    return m_config.script;
}

qint64 DemoRun::elapsedMs() const
{
    const qint64 started = m_worker->m_startedAt.load();
    if (started <= 0)
        return 0;
    QElapsedTimer now;
    now.start();
    return now.msecsSinceReference() - started;
}

std::optional<DemoRun::Upcoming> DemoRun::upcoming() const
{
    if (!isStarted() || m_worker->m_done.load() || m_config.script.faults.isEmpty())
        return std::nullopt;
    const qint64 cycleMs = m_config.script.cycleMs;
    const qint64 elapsed = elapsedMs();
    const qint64 cycle = elapsed / cycleMs;
    const qint64 offset = elapsed % cycleMs;
    std::optional<Upcoming> next;
    for (const ScriptedFault &f : m_config.script.faults) {
        qint64 in = f.atMs - offset;
        if (in < 0) {
            if (!m_config.repeat)
                continue;
            in += cycleMs;
        }
        if (cycle > 0 && !m_config.repeat)
            continue;
        if (!next || in < next->inMs)
            next = Upcoming{f.kind, in};
    }
    return next;
}

DemoRun::Connection DemoRun::connectFaultFired(std::function<void(const FiredFault &)> slot)
{
    return m_faultFired.connect(std::move(slot));
}

DemoSummary DemoRun::finish(int settleTimeoutMs)
{
    DemoSummary summary;
    summary.seconds = double(elapsedMs()) / 1000.0;
    summary.rate = m_config.checkoutsPerSecond;
    m_shoppers->stop();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->stop(); }, Qt::BlockingQueuedConnection);

    // Settle: no placement in flight, every saga ended, nothing queued anywhere. A saga that
    // lost a step ends once the reconciler (on its timer) has delivered the step again.
    const auto queued = [this] {
        qint64 n = 0;
        for (const QString &name : m_shop.serviceNames()) {
            if (const bus::Service *service = m_shop.service(name))
                n += service->stats().queued;
        }
        return n;
    };
    const QDeadlineTimer deadline(settleTimeoutMs);
    while (true) {
        if (m_shoppers->stats().inFlight == 0 && m_observer->openSagas() == 0 && queued() == 0) {
            summary.settled = true;
            break;
        }
        if (deadline.hasExpired())
            break;
        QThread::msleep(50); // polling a few counters; nothing here waits on this thread
    }

    // Verify: one more reconciler run (it repairs what it finds), then the books.
    m_shop.reconciler().runNow().waitForFinished();
    while (queued() > 0 && !deadline.hasExpired())
        QThread::msleep(50);
    const shop::InvariantReport invariants = shop::Invariants::check(m_shop, nowMs());
    summary.invariantsOk = invariants.ok;
    for (const shop::InvariantCheck &c : invariants.checks) {
        if (!c.ok)
            summary.invariantProblems.append(u"%1: %2"_s.arg(c.name, c.detail));
    }
    summary.tally = m_observer->tally();
    summary.fired = fired();
    return summary;
}

// --- the summary ----------------------------------------------------------------------------------

QString DemoSummary::text() const
{
    const auto line = [](const QString &label, qint64 n, const QString &note = {}) {
        return u"  %1 %2%3\n"_s.arg(label, -14).arg(n, 6).arg(note.isEmpty() ? QString() : u"  "_s + note);
    };
    QString s = QCoreApplication::translate("sagashop::demo", "SagaShop demo: %1 s at %2 checkouts/s").arg(seconds, 0, 'f', 1).arg(rate, 0, 'g', 3) + u'\n';
    s += line(QCoreApplication::translate("sagashop::demo", "checkouts"), tally.checkouts);
    s += line(QCoreApplication::translate("sagashop::demo", "confirmed"), tally.confirmed);
    s += line(QCoreApplication::translate("sagashop::demo", "failed"), tally.failed, QCoreApplication::translate("sagashop::demo", "(stock, coupon or balance said no)"));
    s += line(QCoreApplication::translate("sagashop::demo", "compensated"), tally.compensated, QCoreApplication::translate("sagashop::demo", "(stock, coupon, balance or payment given back)"));
    s += line(QCoreApplication::translate("sagashop::demo", "repaired"), tally.repaired, QCoreApplication::translate("sagashop::demo", "(lost steps the reconciler delivered again)"));
    s += line(QCoreApplication::translate("sagashop::demo", "dead letters"), tally.deadLetters, QCoreApplication::translate("sagashop::demo", "(retry them from the admin client)"));
    s += line(QCoreApplication::translate("sagashop::demo", "retries"), tally.retries);
    s += line(QCoreApplication::translate("sagashop::demo", "duplicates"), tally.duplicates, QCoreApplication::translate("sagashop::demo", "(absorbed by the inboxes)"));
    if (tally.abnormal > 0)
        s += line(QCoreApplication::translate("sagashop::demo", "abnormal"), tally.abnormal);
    s += u"  %1 %2\n"_s.arg(QCoreApplication::translate("sagashop::demo", "staged faults"), -14).arg(fired.size(), 6);
    if (!settled)
        s += u"  "_s + QCoreApplication::translate("sagashop::demo", "not settled: %1 sagas had not ended when the demo stopped waiting").arg(tally.open) + u'\n';
    s += u"  %1 %2\n"_s.arg(QCoreApplication::translate("sagashop::demo", "invariants"), -14)
             .arg(invariantsOk ? QCoreApplication::translate("sagashop::demo", "ok (stock, balance, coupons and open orders add up)")
                               : QCoreApplication::translate("sagashop::demo", "FAILED: %1").arg(invariantProblems.join(u"; "_s)));
    return s;
}

QJsonObject DemoSummary::toJson() const
{
    QJsonArray faults;
    for (const FiredFault &f : fired) {
        faults.append(QJsonObject{{u"kind"_s, faultKey(f.kind)}, {u"cycle"_s, f.cycle}, {u"at"_s, f.at},
                                  {u"sinceStartMs"_s, f.sinceStartMs}, {u"detail"_s, f.detail},
                                  {u"orderId"_s, f.orderId}, {u"sagaId"_s, f.sagaId}});
    }
    return {{u"seconds"_s, seconds}, {u"rate"_s, rate}, {u"tally"_s, tally.toJson()}, {u"settled"_s, settled},
            {u"invariantsOk"_s, invariantsOk}, {u"invariantProblems"_s, QJsonArray::fromStringList(invariantProblems)},
            {u"faults"_s, faults}, {u"ok"_s, ok()}};
}

} // namespace sagashop::demo
