#include "demo/ShopperSimulator.h"

#include "bus/HybridClock.h"
#include "services/balance/BalanceService.h"
#include "services/inventory/InventoryService.h"
#include "services/order/OrderService.h"
#include "shop/Shop.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <random>

using namespace Qt::StringLiterals;

namespace sagashop::demo {

namespace {
Q_LOGGING_CATEGORY(lcDemo, "sagashop.demo")

constexpr qint64 kFirstUser = 1;
constexpr qint64 kLastUser = 5;
constexpr qint64 kLowBalance = 2'000'000;
constexpr qint64 kTopUp = 10'000'000; // Account::MaxCharge
constexpr qint64 kLowStock = 20;
constexpr qint64 kRestock = 500;
constexpr int kTickMs = 10;
} // namespace

/// Everything here runs on the simulator's thread.
class ShopperSimulator::Worker : public QObject
{
public:
    explicit Worker(shop::Shop &shop) : m_shop(shop), m_timer(this), m_random(std::random_device{}())
    {
        m_timer.setInterval(kTickMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    void setRate(double rate)
    {
        m_rate = rate;
        m_owed = 0;
        m_clock.restart();
        if (rate > 0 && !m_timer.isActive()) {
            for (qint64 user = kFirstUser; user <= kLastUser; ++user)
                keepSolvent(user);
            loadProducts(); // the first orders go out once the catalogue is read
            m_timer.start();
        } else if (rate <= 0) {
            m_timer.stop();
        }
    }

    std::atomic<qint64> placed{0}, refused{0}, topUps{0}, restocks{0}, inFlight{0};

private:
    void loadProducts()
    {
        m_shop.inventory().products().then(this, [this](const bus::Outcome<QList<services::Product>> &o) {
            if (!o.ok()) {
                qCWarning(lcDemo).noquote() << "cannot read the catalogue:" << o.error;
                return;
            }
            m_products.clear();
            for (const services::Product &p : *o.value)
                m_products.append(p.id);
        });
    }

    void tick()
    {
        // Open loop: owe rate × elapsed checkouts, place what is owed (whole ones).
        m_owed += m_rate * double(m_clock.restart()) / 1000.0;
        while (m_owed >= 1.0 && !m_products.isEmpty()) {
            m_owed -= 1.0;
            placeOne();
        }
        if (m_owed > m_rate) // the backend held us back: do not burst afterwards
            m_owed = m_rate;
    }

    void placeOne()
    {
        services::PlaceOrderRequest request;
        request.userId = std::uniform_int_distribution<qint64>(kFirstUser, kLastUser)(m_random);
        const int lines = std::uniform_int_distribution<int>(1, 2)(m_random);
        QStringList chosen;
        while (chosen.size() < lines) {
            const QString id = m_products.at(std::uniform_int_distribution<qsizetype>(0, m_products.size() - 1)(m_random));
            if (chosen.contains(id))
                continue;
            chosen.append(id);
            request.items.append({id, std::uniform_int_distribution<qint64>(1, 2)(m_random), 0});
        }
        request.idempotencyKey = u"sim-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const qint64 user = request.userId;
        inFlight.fetch_add(1);
        m_shop.orders().placeOrder(request).then(this, [this, user, chosen](const bus::Outcome<services::PlacedOrder> &o) {
            (o.ok() ? placed : refused).fetch_add(1);
            inFlight.fetch_sub(1);
            if (!o.ok())
                qCDebug(lcDemo).noquote() << "order refused:" << o.error;
            // Keep the shop running: every 16th order looks after money and stock.
            if ((placed.load() & 15) == 0) {
                keepSolvent(user);
                keepStocked(chosen);
            }
        });
    }

    void keepSolvent(qint64 user)
    {
        m_shop.balances().balance(user).then(this, [this, user](const bus::Outcome<qint64> &b) {
            if (b.ok() && *b.value < kLowBalance && *b.value + kTopUp <= 1'000'000'000) {
                m_shop.balances().charge(user, kTopUp);
                topUps.fetch_add(1);
            }
        });
    }

    void keepStocked(const QStringList &products)
    {
        m_shop.inventory().stockLevels().then(this, [this, products](const bus::Outcome<QHash<QString, qint64>> &s) {
            if (!s.ok())
                return;
            for (const QString &id : products) {
                if (s.value->value(id) < kLowStock) {
                    m_shop.inventory().restock(id, kRestock);
                    restocks.fetch_add(1);
                }
            }
        });
    }

    shop::Shop &m_shop;
    QTimer m_timer; ///< a child, so it moves to the simulator thread with its parent
    QElapsedTimer m_clock;
    std::mt19937_64 m_random;
    QStringList m_products;
    double m_rate = 0;
    double m_owed = 0;
};

ShopperSimulator::ShopperSimulator(shop::Shop &shop) : m_shop(shop), m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(u"shoppers"_s);
    m_worker = new Worker(m_shop);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

ShopperSimulator::~ShopperSimulator()
{
    stop();
    m_thread->quit();
    m_thread->wait();
}

void ShopperSimulator::start(double checkoutsPerSecond)
{
    const double rate = std::clamp(checkoutsPerSecond, 0.1, 5000.0);
    m_rate.store(rate);
    m_running.store(true);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, rate] { worker->setRate(rate); }, Qt::QueuedConnection);
}

void ShopperSimulator::stop()
{
    if (!m_running.exchange(false))
        return;
    m_rate.store(0);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->setRate(0); }, Qt::BlockingQueuedConnection);
}

ShopperSimulator::Stats ShopperSimulator::stats() const
{
    return {m_worker->placed.load(), m_worker->refused.load(), m_worker->topUps.load(), m_worker->restocks.load(),
            m_worker->inFlight.load()};
}

} // namespace sagashop::demo
