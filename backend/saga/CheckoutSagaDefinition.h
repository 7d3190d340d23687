#pragma once

#include "saga/SagaLogEntry.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sagashop::saga {

/// The checkout saga's choreography as data (ARCHITECTURE.md §3, CheckoutEvents.h): who
/// handles which event, what each handler publishes, which steps are compensations, and, from
/// what a saga has done so far, which steps it still expects. Pure functions, no state: the
/// admin timeline draws the expected steps as pending markers; nothing in the saga itself
/// reads this (the services are wired by their own subscriptions, and a test checks that this
/// table says the same as the bus).
///
/// A step is one service handling one event type: "inventory handles PaymentRequested and
/// publishes InventoryDeducted (or InventoryFailed)". A step is settled once its handling is
/// recorded (handled, duplicate, dead-lettered or discarded: a dead letter waits for an
/// administrator, it is no longer "on its way"), or once the service has published one of
/// its outcomes. A retried or dropped delivery leaves the step expected.
class CheckoutSagaDefinition
{
public:
    /// An event of the saga, as published (type, producer, payload).
    struct Event
    {
        QString type;
        QString producer;
        QJsonObject payload;
    };

    /// A settled handling: `service` is done with the event type `eventType`.
    struct Handling
    {
        QString service;
        QString eventType;
    };

    /// A step the saga still expects.
    struct Step
    {
        QString service; ///< who is expected to act
        QString handles; ///< the event type it is expected to handle
        QStringList publishes; ///< what it publishes when the step succeeds (all of them)
        QStringList otherwise; ///< what it publishes instead when the step fails (one of them)
        bool compensation = false; ///< part of undoing the order (restore, refund, cancel)
        /// 0: its event is published, the step is due now; n: it follows n expected steps
        /// (the happy path from here, assuming each expected step succeeds).
        int depth = 0;

        bool operator==(const Step &) const = default;
    };

    // Service names (the bus's; the services define the same strings).
    static inline const QString Order = QStringLiteral("order");
    static inline const QString Inventory = QStringLiteral("inventory");
    static inline const QString Coupon = QStringLiteral("coupon");
    static inline const QString Balance = QStringLiteral("balance");
    static inline const QString Payment = QStringLiteral("payment");
    static inline const QString Statistics = QStringLiteral("statistics");
    static inline const QString Export = QStringLiteral("export");
    static inline const QString Alerts = QStringLiteral("alerts");
    /// Published by Order when the reconciler gives up on an order (alerts handles it).
    static inline const QString OrderMarkedAbnormal = QStringLiteral("OrderMarkedAbnormal");

    /// The saga's services in the order a timeline draws them (the way an order flows).
    static const QStringList &services();
    /// Every event type of the checkout saga.
    static const QStringList &eventTypes();
    /// The services that handle `eventType`, in services() order (empty: nobody but the log).
    static QStringList consumersOf(const QString &eventType);
    /// The compensations: events that report a step undone.
    static bool isCompensationEvent(const QString &eventType);
    /// Whether `service` handling `eventType` undoes something (or records it undone).
    static bool isCompensationStep(const QString &service, const QString &eventType);

    /// The steps still expected after `published` (in causal order) and the `settled`
    /// handlings, ordered by depth, then by their event's order, then by service. Empty when
    /// the saga has nothing left to do. Handling steps that publish nothing (statistics,
    /// export, Order recording amounts) are settled only by their handling.
    static QList<Step> expectedSteps(
            const QList<Event> &published, const QList<Handling> &settled = {});
    /// The same from a saga's log entries (SagaLog::timeline): published and compensation
    /// entries are the events; handled, duplicate, dead-lettered, dead-letter-retried,
    /// dead-letter-retry-failed and dead-letter-discarded entries settle their step.
    static QList<Step> expectedSteps(const QList<SagaLogEntry> &entries);
};

} // namespace sagashop::saga
