#include "bus/FaultInjector.h"

using namespace Qt::StringLiterals;

namespace sagashop::bus {

QString FaultInjector::set(const Plan &plan)
{
    switch (plan.mode) {
    case Mode::Fail:
        if (plan.probability < 0 || plan.probability > 1)
            return u"probability must be between 0 and 1"_s;
        if (plan.count < 0 || plan.count > 1'000'000)
            return u"count must be between 0 and 1000000"_s;
        if (plan.count == 0 && plan.probability == 0)
            return u"fail needs a count or a probability"_s;
        break;
    case Mode::Delay:
        if (plan.delayMs < 1 || plan.delayMs > 60'000)
            return u"delayMs must be between 1 and 60000"_s;
        break;
    case Mode::Duplicate:
    case Mode::Drop:
        if (plan.count < 1 || plan.count > 1'000'000)
            return u"count must be between 1 and 1000000"_s;
        break;
    }
    QMutexLocker lock(&m_mutex);
    m_plans.insert(int(plan.mode), plan);
    return {};
}

void FaultInjector::clear(Mode mode)
{
    QMutexLocker lock(&m_mutex);
    m_plans.remove(int(mode));
}

void FaultInjector::clearAll()
{
    QMutexLocker lock(&m_mutex);
    m_plans.clear();
}

QList<FaultInjector::Plan> FaultInjector::active() const
{
    QMutexLocker lock(&m_mutex);
    return m_plans.values();
}

QString FaultInjector::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Fail:
        return u"fail"_s;
    case Mode::Delay:
        return u"delay"_s;
    case Mode::Duplicate:
        return u"duplicate"_s;
    case Mode::Drop:
        return u"drop"_s;
    }
    return {};
}

std::optional<FaultInjector::Mode> FaultInjector::modeFromName(const QString &name)
{
    for (Mode mode : {Mode::Fail, Mode::Delay, Mode::Duplicate, Mode::Drop}) {
        if (modeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

bool FaultInjector::takeCount(Mode mode)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_plans.find(int(mode));
    if (it == m_plans.end())
        return false;
    if (it->count > 0) {
        if (--it->count == 0)
            m_plans.erase(it);
        return true;
    }
    return false;
}

bool FaultInjector::takeFailure()
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_plans.constFind(int(Mode::Fail));
        if (it == m_plans.constEnd())
            return false;
        if (it->count == 0 && it->probability > 0)
            return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < it->probability;
    }
    return takeCount(Mode::Fail);
}

int FaultInjector::delayMs() const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_plans.constFind(int(Mode::Delay));
    return it == m_plans.constEnd() ? 0 : it->delayMs;
}

bool FaultInjector::takeDuplicate()
{
    return takeCount(Mode::Duplicate);
}

bool FaultInjector::takeDrop()
{
    return takeCount(Mode::Drop);
}

} // namespace sagashop::bus
