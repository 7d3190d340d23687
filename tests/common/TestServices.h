#pragma once

#include "bus/Service.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>

namespace sagashop::test {

/// Waits for a future resolved on a service thread (blocking the test thread is fine: the
/// services run on their own threads) and returns its result.
template<typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

/// The value a command or read resolves to, or `fallback` when it failed.
template<typename T>
T valueOr(QFuture<bus::Outcome<T>> future, T fallback)
{
    return await(std::move(future)).value.value_or(std::move(fallback));
}

/// Counts the rows of `table` in a running service's database (reads on its thread).
qint64 countRows(bus::Service &service, const QString &table, const QString &where = {});

/// Checks the dead letters of a running service against `expected` (aggregate id → a part of
/// the error it must name): exactly one letter per expected aggregate, each left by `service`
/// after `attempts` attempts. Returns what differs, in words; empty when nothing does.
QStringList deadLetterMismatches(bus::Service &service, const QHash<QString, QString> &expected, int attempts);

/// Builds a ServiceConfig for `name` with its database in `dir` and fast retries.
bus::ServiceConfig serviceConfig(const QString &dir, const QString &name, int maxAttempts = 3);

/// Publishes numbered events on command: "TestEvent" with payload {"key", "n"}, keyed by key.
class ProducerService : public bus::Service
{
public:
    static inline const QString EventType = QStringLiteral("TestEvent");

    explicit ProducerService(bus::ServiceConfig config);

    /// Publishes events n = first … first+count-1 for `key` in one transaction. Records them
    /// in its own table "produced" (the proof of what was committed).
    QFuture<bus::Outcome<int>> publish(const QString &key, int first, int count, const QString &sagaId = {});
    /// Publishes one event of any type (no record in "produced").
    QFuture<bus::Outcome<int>> publishEvent(const QString &type, const QString &key, const QString &sagaId);
    /// Publishes, then throws: nothing may be stored or delivered.
    QFuture<bus::Outcome<int>> publishThenFail(const QString &key, int n);
};

/// Handles "TestEvent": records each handling in its own table "handled" (event id, key, n,
/// times handled) in the handler's transaction, and in memory for the test to look at.
/// Failures can be injected per (key, n).
class RecordingService : public bus::Service
{
public:
    struct Record
    {
        QString key;
        int n = 0;
        int attempt = 0;
    };

    explicit RecordingService(bus::ServiceConfig config, const QString &eventType = ProducerService::EventType);

    /// The next `times` attempts at (key, n) throw.
    void failNext(const QString &key, int n, int times);
    /// Every attempt at (key, n) throws until cleared.
    void failAlways(const QString &key, int n, bool enabled = true);

    QList<Record> records() const;
    /// The n values handled for `key`, in handling order.
    QList<int> order(const QString &key) const;
    int handledCount() const { return m_count.load(); }

private:
    void handle(const bus::EventEnvelope &event, bus::MessageContext &context);

    mutable QMutex m_mutex;
    QList<Record> m_records;
    QHash<QString, int> m_failNext;
    QHash<QString, bool> m_failAlways;
    std::atomic<int> m_count{0};
};

} // namespace sagashop::test
