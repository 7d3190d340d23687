#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace sagashop::shop {

/// Turns SIGTERM and SIGINT into a call on the event loop (self-pipe trick): the signal
/// handler only writes a byte; `onShutdown` then runs like any slot, where it may stop the
/// HTTP server, let in-flight transactions finish and quit. One instance per process.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(std::function<void(int signal)> onShutdown, QObject *parent = nullptr);
    ~ShutdownSignals() override;

private:
    std::function<void(int)> m_onShutdown;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sagashop::shop
