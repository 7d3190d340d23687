#pragma once

#include "demo/DemoScript.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <boost/signals2/signal.hpp>

#include <functional>
#include <memory>

class QThread;

namespace sagashop::shop {
class Shop;
}

namespace sagashop::demo {

class ShopperSimulator;

/// What happened to the checkouts since the demo started, from the bus's notifications
/// (each saga counted once per outcome, whatever redeliveries happen).
struct DemoTally
{
    qint64 checkouts = 0;   ///< sagas started (PaymentRequested), from any shopper
    qint64 confirmed = 0;   ///< OrderCompleted
    qint64 failed = 0;      ///< OrderFailed (stock, coupon or balance said no)
    qint64 compensated = 0; ///< sagas with at least one compensating event
    qint64 abnormal = 0;    ///< orders marked ABNORMAL
    qint64 repaired = 0;    ///< missing steps the reconciler delivered again, and restores it ran
    qint64 retries = 0;     ///< failed handlings that were retried
    qint64 duplicates = 0;  ///< redeliveries the inboxes absorbed
    qint64 deadLetters = 0; ///< deliveries given up after the last retry
    /// Sagas started that have not ended yet (confirmed, failed, abnormal, or compensated
    /// after a cancellation): still running, or lost and waiting for the reconciler.
    qint64 open = 0;
    QJsonObject toJson() const;
};

/// The end of a demo run: the tally once the sagas settled, and whether the books balance.
struct DemoSummary
{
    DemoTally tally;
    double seconds = 0;
    double rate = 0;                ///< simulated checkouts per second asked for
    bool settled = false;           ///< every saga reached an end within the settle timeout
    bool invariantsOk = false;
    QStringList invariantProblems;  ///< "name: detail" of each failed check
    QList<FiredFault> fired;
    /// The multi-line summary printed by `sagashop --demo --headless` (translated).
    QString text() const;
    QJsonObject toJson() const;
    bool ok() const noexcept { return settled && invariantsOk; }
};

/// The demo: simulated shoppers checking out through the real Shop, and a timetable of
/// staged faults (DemoScript) so that every saga path — confirmed, failed and compensated,
/// retried, duplicated, lost and repaired, dead-lettered — happens within a cycle. Runs on
/// its own thread; every public function is thread-safe. The Shop must be running and
/// outlive the DemoRun.
class DemoRun
{
public:
    struct Config
    {
        double checkoutsPerSecond = 3.0; ///< 0.1 … 50
        DemoScript script = DemoScript::standard();
        bool repeat = true;              ///< run the timetable again every cycle
    };

    DemoRun(shop::Shop &shop, Config config);
    ~DemoRun();
    DemoRun(const DemoRun &) = delete;
    DemoRun &operator=(const DemoRun &) = delete;

    /// An error sentence for a configuration that cannot run, or an empty string.
    static QString validate(const Config &config);

    /// Starts the shoppers and the timetable (once).
    void start();
    bool isStarted() const;

    /// The simulated shoppers' pace; 0 pauses them (the timetable goes on).
    void setRate(double checkoutsPerSecond);
    double rate() const;
    static constexpr double MinRate = 0.1;
    static constexpr double MaxRate = 50.0;

    DemoTally tally() const;
    QList<FiredFault> fired() const;
    const DemoScript &script() const noexcept;
    /// Milliseconds since start() (0 before).
    qint64 elapsedMs() const;
    /// The next staged fault and how long until it fires; nullopt once a non-repeating
    /// timetable is done (or before start()).
    struct Upcoming
    {
        FaultKind kind = FaultKind::BalanceFailure;
        qint64 inMs = 0;
    };
    std::optional<Upcoming> upcoming() const;

    using Connection = boost::signals2::connection;
    /// A staged fault has fired. The slot runs on the demo's thread: keep it short.
    Connection connectFaultFired(std::function<void(const FiredFault &)> slot);

    /// Ends the run: stops the shoppers and the timetable, switches the staged faults off,
    /// waits (up to `settleTimeoutMs`) until every saga has reached an end — the reconciler
    /// runs meanwhile, so a lost step is repaired — then runs the reconciler once more and
    /// checks the invariants. Blocks: call it from a thread the services do not need (not the
    /// GUI thread). Idempotent; later calls return the first summary.
    DemoSummary finish(int settleTimeoutMs = 30'000);

private:
    class Worker;
    class Observer;
    shop::Shop &m_shop;
    Config m_config;
    std::unique_ptr<Observer> m_observer;
    std::unique_ptr<ShopperSimulator> m_shoppers;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr; ///< lives on m_thread
    boost::signals2::signal<void(const FiredFault &)> m_faultFired;
};

} // namespace sagashop::demo
