#include "saga/CheckoutSagaDefinition.h"

#include "bus/SagaLogEvents.h"
#include "saga/CheckoutEvents.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sagashop::saga {

namespace {

namespace E = CheckoutEvents;
using Def = CheckoutSagaDefinition;

/// What the saga has shown so far that changes what a step publishes.
struct Context
{
    bool couponChosen = false; ///< the order names a coupon (restores publish CouponRestored)
    bool expectsCompensated = false; ///< Order will announce OrderCompensated once all are back
};

/// The triggers of the restore steps (each restoring service's subscriptions).
bool isRestoreTrigger(const QString &type)
{
    return type == E::CouponFailed || type == E::BalanceFailed || type == E::OrderConfirmationFailed
            || type == E::OrderCancelled;
}

/// What `service` publishes when handling `type` succeeds / when it fails instead.
std::pair<QStringList, QStringList> outcomes(
        const QString &service, const QString &type, const Context &context)
{
    if (service == Def::Inventory) {
        if (type == E::PaymentRequested)
            return {{E::InventoryDeducted}, {E::InventoryFailed}};
        if (isRestoreTrigger(type))
            return {{E::InventoryRestored}, {}};
    } else if (service == Def::Coupon) {
        if (type == E::InventoryDeducted)
            return context.couponChosen
                    ? std::pair<QStringList, QStringList>{{E::CouponUsed}, {E::CouponFailed}}
                    : std::pair<QStringList, QStringList>{{E::CouponSkipped}, {}};
        if (isRestoreTrigger(type))
            return {context.couponChosen ? QStringList{E::CouponRestored} : QStringList{}, {}};
    } else if (service == Def::Balance) {
        if (type == E::CouponUsed || type == E::CouponSkipped)
            return {{E::BalanceDeducted}, {E::BalanceFailed}};
        if (type == E::OrderConfirmationFailed || type == E::OrderCancelled)
            return {{E::BalanceRefunded}, {}};
    } else if (service == Def::Payment) {
        if (type == E::BalanceDeducted)
            return {{E::OrderConfirmed}, {}};
        if (type == E::OrderConfirmationFailed || type == E::OrderCancelled)
            return {{E::PaymentCancelled}, {}};
    } else if (service == Def::Order) {
        if (type == E::OrderConfirmed)
            return {{E::ProductSalesRankRecorded, E::OrderExportRequested, E::OrderCompleted},
                    {E::OrderConfirmationFailed}};
        if (type == E::InventoryFailed || type == E::CouponFailed || type == E::BalanceFailed)
            return {{E::OrderFailed}, {}};
        if (Def::isCompensationEvent(type))
            return {context.expectsCompensated ? QStringList{E::OrderCompensated} : QStringList{},
                    {}};
    }
    return {}; // a handling that publishes nothing (amounts, statistics, export, alerts)
}

} // namespace

const QStringList &CheckoutSagaDefinition::services()
{
    static const QStringList names{
            Order, Inventory, Coupon, Balance, Payment, Statistics, Export, Alerts};
    return names;
}

const QStringList &CheckoutSagaDefinition::eventTypes()
{
    static const QStringList types{
            E::PaymentRequested,
            E::InventoryDeducted,
            E::InventoryFailed,
            E::CouponUsed,
            E::CouponSkipped,
            E::CouponFailed,
            E::BalanceDeducted,
            E::BalanceFailed,
            E::OrderConfirmed,
            E::OrderConfirmationFailed,
            E::ProductSalesRankRecorded,
            E::OrderExportRequested,
            E::OrderCompleted,
            E::OrderFailed,
            E::OrderCancelled,
            E::InventoryRestored,
            E::CouponRestored,
            E::BalanceRefunded,
            E::PaymentCancelled,
            E::OrderCompensated,
            OrderMarkedAbnormal,
    };
    return types;
}

QStringList CheckoutSagaDefinition::consumersOf(const QString &type)
{
    static const QHash<QString, QStringList> consumers{
            {E::PaymentRequested, {Inventory}},
            {E::InventoryDeducted, {Order, Coupon}},
            {E::InventoryFailed, {Order}},
            {E::CouponUsed, {Order, Balance}},
            {E::CouponSkipped, {Order, Balance}},
            {E::CouponFailed, {Order, Inventory}},
            {E::BalanceDeducted, {Payment}},
            {E::BalanceFailed, {Order, Inventory, Coupon}},
            {E::OrderConfirmed, {Order}},
            {E::OrderConfirmationFailed, {Inventory, Coupon, Balance, Payment}},
            {E::ProductSalesRankRecorded, {Statistics}},
            {E::OrderExportRequested, {Export}},
            {E::OrderCancelled, {Inventory, Coupon, Balance, Payment, Statistics}},
            {E::InventoryRestored, {Order}},
            {E::CouponRestored, {Order}},
            {E::BalanceRefunded, {Order}},
            {E::PaymentCancelled, {Order}},
            {OrderMarkedAbnormal, {Alerts}},
    };
    return consumers.value(type);
}

bool CheckoutSagaDefinition::isCompensationEvent(const QString &type)
{
    return type == E::InventoryRestored || type == E::CouponRestored || type == E::BalanceRefunded
            || type == E::PaymentCancelled;
}

bool CheckoutSagaDefinition::isCompensationStep(const QString &service, const QString &type)
{
    if (service == Order)
        return isCompensationEvent(type);
    if (service == Statistics)
        return type == E::OrderCancelled;
    return isRestoreTrigger(type) && consumersOf(type).contains(service);
}

QList<CheckoutSagaDefinition::Step> CheckoutSagaDefinition::expectedSteps(
        const QList<Event> &published, const QList<Handling> &settled)
{
    QSet<QString> publishedTypes; // type
    QSet<std::pair<QString, QString>> publishedBy; // (producer, type)
    QStringList order; // distinct published types, first appearance first
    Context context;
    for (const Event &e : published) {
        if (!publishedTypes.contains(e.type))
            order.append(e.type);
        publishedTypes.insert(e.type);
        publishedBy.insert({e.producer, e.type});
        if ((e.type == E::PaymentRequested || e.type == E::InventoryDeducted)
                && e.payload.value(u"userCouponId"_s).toInteger() > 0)
            context.couponChosen = true;
        if (e.type == E::CouponUsed || e.type == E::CouponRestored)
            context.couponChosen = true;
    }
    context.expectsCompensated = !publishedTypes.contains(E::OrderCompensated)
            && (publishedTypes.contains(E::CouponFailed)
                    || publishedTypes.contains(E::BalanceFailed)
                    || publishedTypes.contains(E::OrderCancelled));

    QSet<std::pair<QString, QString>> done; // (service, type)
    for (const Handling &h : settled)
        done.insert({h.service, h.eventType});

    // Breadth first from the published events (depth 0) along the outcomes each unsettled
    // step would publish on success (depth + 1): the happy path from where the saga stands.
    QList<std::pair<QString, int>> queue;
    QSet<QString> queued;
    for (const QString &type : std::as_const(order)) {
        queue.append({type, 0});
        queued.insert(type);
    }
    QList<Step> steps;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const auto [type, depth] = queue.at(i);
        for (const QString &service : consumersOf(type)) {
            auto [publishes, otherwise] = outcomes(service, type, context);
            const auto isOut = [&](const QString &t) { return publishedBy.contains({service, t}); };
            if (done.contains({service, type})
                    || std::any_of(publishes.cbegin(), publishes.cend(), isOut)
                    || std::any_of(otherwise.cbegin(), otherwise.cend(), isOut))
                continue; // settled: whatever it published is in `published` already
            for (const QString &next : std::as_const(publishes)) {
                if (!queued.contains(next)) {
                    queued.insert(next);
                    queue.append({next, depth + 1});
                }
            }
            steps.append(Step{service, type, std::move(publishes), std::move(otherwise),
                    isCompensationStep(service, type), depth});
        }
    }
    // The queue is breadth first, so steps are already ordered by depth, then by event.
    return steps;
}

QList<CheckoutSagaDefinition::Step> CheckoutSagaDefinition::expectedSteps(
        const QList<SagaLogEntry> &entries)
{
    namespace L = bus::SagaLogEvents;
    QList<Event> published;
    QList<Handling> settled;
    for (const SagaLogEntry &e : entries) {
        if (e.kind == SagaLogEntry::KindPublished || e.kind == SagaLogEntry::KindCompensation)
            published.append(Event{e.eventType, e.service, e.payload});
        else if (e.kind == L::Handled || e.kind == L::Duplicate || e.kind == L::DeadLettered
                || e.kind == L::DeadLetterRetried || e.kind == L::DeadLetterRetryFailed
                || e.kind == L::DeadLetterDiscarded)
            settled.append(Handling{e.service, e.eventType});
    }
    return expectedSteps(published, settled);
}

} // namespace sagashop::saga
