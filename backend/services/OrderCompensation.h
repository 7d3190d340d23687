#pragma once

#include "bus/Service.h"
#include "services/PayloadFields.h"

#include <QLoggingCategory>

/// The two ways into a step service's idempotent per-order compensation (README:
/// "Idempotent per order", "Reconciler hooks"): the saga's restore triggers and the
/// reconciler's compensateOrder() command both run the same `undo(context, orderId) -> bool`,
/// which changes nothing and returns false when there is nothing (left) to undo.
namespace sagashop::services {

/// The handler a step service subscribes to the triggers of its compensation (BalanceFailed,
/// OrderConfirmationFailed, OrderCancelled, …): reads the event's "orderId" and runs
/// `undo`. A trigger that finds nothing to undo is logged at debug level in `category` with
/// `nothingToUndo`.
template<typename Undo>
bus::Handler compensationTrigger(
        QMessageLogger::CategoryFunction category, const char *nothingToUndo, Undo undo)
{
    return [category, nothingToUndo, undo](
                   const bus::EventEnvelope &event, bus::MessageContext &context) {
        const qint64 orderId = requireOrderId(event.payload);
        if (!undo(context, orderId))
            qCDebug(category) << event.type << "for order" << orderId << ":" << nothingToUndo;
    };
}

/// compensateOrder(): runs `undo` for `orderId` as a command of `service`. Resolves to true
/// when it undid the step now, false when there was nothing to undo.
template<typename Undo>
QFuture<bus::Outcome<bool>> compensationCommand(bus::Service &service, qint64 orderId, Undo undo)
{
    return service.execute<bool>(
            [orderId, undo](bus::MessageContext &context) { return undo(context, orderId); });
}

} // namespace sagashop::services
