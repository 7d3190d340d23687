#pragma once

#include "demo/DemoRun.h"

namespace sagashop::test {

/// A short demo for tests: a 4 s round with every staged fault early in it, at `rate`
/// simulated checkouts per second.
inline demo::DemoRun::Config quickDemo(double rate = 5.0)
{
    demo::DemoRun::Config config;
    config.checkoutsPerSecond = rate;
    config.script.cycleMs = 4'000;
    config.script.faults = {{demo::FaultKind::BalanceFailure, 200, 0},
                            {demo::FaultKind::DuplicateDelivery, 500, 0},
                            {demo::FaultKind::DroppedEvent, 800, 0},
                            {demo::FaultKind::ExportOutage, 1'100, 400}};
    return config;
}

} // namespace sagashop::test
