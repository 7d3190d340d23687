#pragma once

#include <QString>

namespace sagashop::app {

/// `sagashop --self-test`: `chains` sagas through a chain of seven stand-in services and the
/// saga log on `dataDir`; prints throughput, latency and one saga's timeline. Returns the
/// exit code (0 when every saga completed).
int runSelfTest(const QString &dataDir, int chains);

} // namespace sagashop::app
