#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <optional>
#include <random>

namespace sagashop::bus {

/// Faults a service's deliveries on purpose, for demos and tests. Off by default; safe to
/// change from any thread while the service runs. Several modes can be active at once.
///  - fail:      the next `count` handlings throw (or each with `probability`)
///  - delay:     every handling first waits `delayMs`
///  - duplicate: the next `count` deliveries arrive twice (the inbox must absorb them)
///  - drop:      the next `count` deliveries are lost as if the bus failed (acknowledged
///               without being handled: only the reconciler or a redelivery recovers them)
class FaultInjector
{
public:
    enum class Mode { Fail, Delay, Duplicate, Drop };

    struct Plan
    {
        Mode mode = Mode::Fail;
        int count = 0;            ///< fail/duplicate/drop: how many; 0 with probability > 0: unlimited
        double probability = 0;   ///< fail only: 0 … 1
        int delayMs = 0;          ///< delay only: 1 … 60,000
    };

    /// Validates and switches a mode on (replacing that mode's previous plan). Returns an
    /// error sentence, or an empty string on success.
    QString set(const Plan &plan);
    void clear(Mode mode);
    void clearAll();
    QList<Plan> active() const;

    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);

    // Called by the service's worker, one delivery or handling at a time.
    bool takeFailure();
    int delayMs() const;
    bool takeDuplicate();
    bool takeDrop();

private:
    bool takeCount(Mode mode);

    mutable QMutex m_mutex;
    QHash<int, Plan> m_plans;
    std::mt19937_64 m_random{std::random_device{}()};
};

} // namespace sagashop::bus
