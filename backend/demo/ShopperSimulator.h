#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace sagashop::shop {
class Shop;
}

namespace sagashop::demo {

/// Simulated shoppers for demos and benchmarks: places checkouts through the real Shop at a
/// chosen rate from its own thread (never the GUI thread), the way many storefronts would.
/// Shoppers are the demo users 1–5; each is topped up when its balance runs low, and a
/// product running out is restocked, so a demo can run for hours. Orders pick one or two
/// random products (quantity 1–2). Thread-safe; start/stop may be called from any thread.
class ShopperSimulator
{
public:
    explicit ShopperSimulator(shop::Shop &shop);
    ~ShopperSimulator();
    ShopperSimulator(const ShopperSimulator &) = delete;
    ShopperSimulator &operator=(const ShopperSimulator &) = delete;

    /// Starts (or changes the rate of) the simulation: `checkoutsPerSecond` in 0.1 … 5,000.
    void start(double checkoutsPerSecond);
    /// Stops placing orders (placements already sent are answered, stats().inFlight drops to
    /// 0, and the orders run their course). Idempotent.
    void stop();
    bool isRunning() const noexcept { return m_running.load(); }
    double rate() const noexcept { return m_rate.load(); }

    struct Stats
    {
        qint64 placed = 0;   ///< orders the backend accepted (committed)
        qint64 refused = 0;  ///< placements refused (e.g. overloaded), not retried
        qint64 topUps = 0;   ///< balance charges made to keep shoppers solvent
        qint64 restocks = 0; ///< products restocked when they ran low
        qint64 inFlight = 0; ///< placements sent whose answer has not come back yet
    };
    Stats stats() const;

private:
    class Worker;
    shop::Shop &m_shop;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr; ///< lives on m_thread
    std::atomic<bool> m_running{false};
    std::atomic<double> m_rate{0};
};

} // namespace sagashop::demo
