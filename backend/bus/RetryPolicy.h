#pragma once

#include <QtGlobal>

namespace sagashop::bus {

/// Exponential backoff with jitter, per consumer. Attempt n (n >= 1 failed attempts so far)
/// waits initialDelayMs * multiplier^(n-1), capped at maxDelayMs, then spread by ±jitter.
/// After maxAttempts failed attempts the event goes to the dead-letter queue.
struct RetryPolicy
{
    int maxAttempts = 5;
    int initialDelayMs = 200;
    double multiplier = 2.0;
    int maxDelayMs = 30'000;
    /// Fraction of the delay used as random spread (0.2 = ±20 %), so that many keys that
    /// failed together do not retry in lockstep.
    double jitter = 0.2;

    /// The delay before the next attempt after `failedAttempts` failures. `unitRandom` is a
    /// sample from [0, 1): passed in so the computation is deterministic under test.
    qint64 delayMs(int failedAttempts, double unitRandom) const;
    /// True when `failedAttempts` failures exhaust the policy.
    bool exhausted(int failedAttempts) const { return failedAttempts >= maxAttempts; }
};

} // namespace sagashop::bus
