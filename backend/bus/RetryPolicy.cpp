#include "bus/RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace sagashop::bus {

qint64 RetryPolicy::delayMs(int failedAttempts, double unitRandom) const
{
    const int n = std::max(failedAttempts, 1);
    const double base = std::min<double>(maxDelayMs, initialDelayMs * std::pow(multiplier, n - 1));
    const double spread = std::clamp(jitter, 0.0, 1.0) * (2.0 * std::clamp(unitRandom, 0.0, 1.0) - 1.0);
    return std::max<qint64>(0, std::llround(base * (1.0 + spread)));
}

} // namespace sagashop::bus
