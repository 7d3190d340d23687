#pragma once

#include "shop/ShopConfig.h"

#include <QString>

#include <boost/signals2/connection.hpp>

class QObject;

namespace sagashop::demo {
class DemoRun;
}

namespace sagashop::app {

/// Prints each staged fault of `run` on standard output as it fires ("[ 2.0 s] Balance
/// failure: order 6: …"), from `context`'s thread (the main thread). Disconnect (or let the
/// scoped connection go) before `context` dies.
boost::signals2::scoped_connection printFiredFaults(demo::DemoRun &run, QObject *context);

struct HeadlessDemoOptions
{
    shop::ShopConfig shop;  ///< dataDir empty: a fresh temporary directory
    double checkoutsPerSecond = 3.0;
    int durationSeconds = 0; ///< 0: until SIGINT/SIGTERM
};

/// `sagashop --demo --headless`: the demo without a window. Prints the timetable, each staged
/// fault as it fires and a progress line every five seconds; when the duration is over (or on
/// Ctrl+C) it stops the shoppers, lets the sagas settle and prints the summary. Returns 0 when
/// every saga ended and the invariants hold.
int runHeadlessDemo(const HeadlessDemoOptions &options);

} // namespace sagashop::app
