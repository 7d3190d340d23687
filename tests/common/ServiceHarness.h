#pragma once

#include "bus/EventBus.h"
#include "common/ScriptService.h"
#include "common/TestServices.h"
#include "services/DomainError.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include <utility>

namespace sagashop::test {

/// The aggregate id of an order's checkout events: "order-<orderId>".
inline QString orderKey(qint64 orderId)
{
    return QStringLiteral("order-%1").arg(orderId);
}

/// A fixed saga id per order, shaped like a UUID: "5a9a0000-0000-4000-8000-<orderId, 12 digits>".
inline QString sagaOf(qint64 orderId)
{
    return QStringLiteral("5a9a0000-0000-4000-8000-%1").arg(orderId, 12, 10, QChar(u'0'));
}

/// The payload of a restore trigger (a failure, a cancellation) for `orderId`: orderId and reason.
inline QJsonObject compensation(qint64 orderId, const QString &reason = QStringLiteral("test"))
{
    return {{QStringLiteral("orderId"), orderId}, {QStringLiteral("reason"), reason}};
}

/// "ok" for a successful outcome, otherwise the DomainError code of its error.
template<typename T>
QString codeOf(const bus::Outcome<T> &outcome)
{
    return outcome.ok() ? QStringLiteral("ok") : services::DomainError::codeOf(outcome.error);
}

/// Waits until `service` has handled `count` events in all (stats().handled), up to
/// `timeoutMs`; true when the count is then exactly `count`.
inline bool waitHandled(const bus::Service &service, qint64 count, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return service.stats().handled >= count; }, timeoutMs)
            && service.stats().handled == count;
}

/// An event the service under test must refuse as malformed: sent for `orderId` (in saga
/// `sagaId`, sagaOf(orderId) when empty), it must end up a dead letter whose error names `error`.
struct Malformed
{
    QString type;
    qint64 orderId = 0;
    QJsonObject payload;
    QString error;
    QString sagaId = {};
};

/// How a ServiceHarness is built.
struct HarnessOptions
{
    /// Attempts of the service under test before an event is dead-lettered.
    int maxAttempts = 3;
    /// Start the bus in the constructor (otherwise call bus.start()).
    bool start = true;
};

/// One domain service under test on the real bus, with a test::ScriptService that publishes
/// the events other services would publish and records everything published, in one data
/// directory. `S` is built from serviceConfig(dir, S::Name, maxAttempts) followed by `args`.
template<typename S>
class ServiceHarness
{
public:
    template<typename... Args>
    explicit ServiceHarness(const QString &dir, HarnessOptions options = {}, Args &&...args)
        : service(serviceConfig(dir, S::Name, options.maxAttempts), std::forward<Args>(args)...)
        , script(serviceConfig(dir, QStringLiteral("script")), bus)
    {
        bus.addService(service);
        bus.addService(script);
        if (options.start)
            bus.start();
    }
    ~ServiceHarness() { bus.stop(); }
    ServiceHarness(const ServiceHarness &) = delete;
    ServiceHarness &operator=(const ServiceHarness &) = delete;

    /// Publishes `type` for `orderId` as another service would: aggregate orderKey(orderId),
    /// in saga `sagaId` (sagaOf(orderId) when empty). Does not wait.
    QFuture<bus::Outcome<QString>> publish(const QString &type, qint64 orderId,
            const QJsonObject &payload, const QString &sagaId = {})
    {
        return script.publish(
                {type, orderKey(orderId), payload, sagaId.isEmpty() ? sagaOf(orderId) : sagaId});
    }
    /// publish(), waiting until the event is committed; false (with a warning) when it was not.
    bool send(const QString &type, qint64 orderId, const QJsonObject &payload,
            const QString &sagaId = {})
    {
        const bus::Outcome<QString> outcome = await(publish(type, orderId, payload, sagaId));
        if (!outcome.ok())
            qWarning("publish failed: %s", qPrintable(outcome.error));
        return outcome.ok();
    }
    /// send(), then waits until the service under test has handled one more event (the
    /// events it caused are recorded by then).
    bool deliver(const QString &type, qint64 orderId, const QJsonObject &payload,
            const QString &sagaId = {})
    {
        const qint64 before = service.stats().handled;
        return send(type, orderId, payload, sagaId)
                && QTest::qWaitFor([&] { return service.stats().handled > before; }, 10000);
    }

    /// Sends every `malformed` event (at most one per order) and waits until the service has
    /// dead-lettered as many, each after `attempts` attempts (deadLetterMismatches()).
    /// Returns what differs, in words; empty when nothing does.
    QStringList rejects(const QList<Malformed> &malformed, int attempts)
    {
        QStringList mismatches;
        QHash<QString, QString> expected;
        const qint64 before = service.stats().deadLettered;
        for (const Malformed &m : malformed) {
            if (!send(m.type, m.orderId, m.payload, m.sagaId))
                mismatches.append(QStringLiteral("%1 for order %2 was not published")
                                          .arg(m.type)
                                          .arg(m.orderId));
            expected.insert(orderKey(m.orderId), m.error);
        }
        const qint64 wanted = before + malformed.size();
        if (!QTest::qWaitFor([&] { return service.stats().deadLettered >= wanted; }, 20000)
                || service.stats().deadLettered != wanted) {
            mismatches.append(QStringLiteral("%1 dead-lettered, not %2")
                                      .arg(service.stats().deadLettered)
                                      .arg(wanted));
        }
        return mismatches + deadLetterMismatches(service, expected, attempts);
    }

    /// The `type` events of one order, in publish order.
    QList<bus::EventEnvelope> eventsOf(const QString &type, qint64 orderId) const
    {
        QList<bus::EventEnvelope> matching;
        for (const bus::EventEnvelope &e : script.published(type)) {
            if (e.aggregateId == orderKey(orderId))
                matching.append(e);
        }
        return matching;
    }
    /// The payloads of the `type` events of one order.
    QList<QJsonObject> payloads(const QString &type, qint64 orderId) const
    {
        return script.payloads(type, orderKey(orderId));
    }
    /// The only `type` event of the order (an empty object, which fails any comparison,
    /// when there is none or more than one).
    QJsonObject only(const QString &type, qint64 orderId) const
    {
        const QList<QJsonObject> list = payloads(type, orderId);
        return list.size() == 1 ? list.first() : QJsonObject{};
    }
    /// How many `type` events anyone published.
    int count(const QString &type) const { return script.count(type); }

    /// The service's stateForOrder(), or "error: …".
    QString state(qint64 orderId)
    {
        const auto outcome = await(service.stateForOrder(orderId));
        return outcome.ok() ? *outcome.value : QStringLiteral("error: ") + outcome.error;
    }

    bus::EventBus bus; // first: the script service connects to it; stopped before the services go
    S service;
    ScriptService script;
};

} // namespace sagashop::test
