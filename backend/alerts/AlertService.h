#pragma once

#include "alerts/Alert.h"
#include "bus/Service.h"

namespace sagashop::alerts {

/// Records alerts in its own database as they arise, from events: every new dead letter
/// (bus.EventDeadLettered; an export consumer's dead letter is an export failure) and every
/// saga the reconciler marks abnormal (OrderMarkedAbnormal). Each is logged; the composition
/// root forwards committed alerts to the webhook (see Shop).
class AlertService : public bus::Service
{
public:
    static inline const QString Name = QStringLiteral("alerts");
    static inline const QString OrderMarkedAbnormal = QStringLiteral("OrderMarkedAbnormal");

    explicit AlertService(bus::ServiceConfig config);

    /// Newest first; `afterId` > 0 returns only newer alerts (for live feeds).
    QFuture<bus::Outcome<QList<Alert>>> alerts(int limit = 100, qint64 afterId = 0);
    QFuture<bus::Outcome<qint64>> count();

    /// The alert an event produces (the same mapping the handlers store).
    static Alert fromEvent(const bus::EventEnvelope &event);

private:
    void record(const bus::EventEnvelope &event, bus::MessageContext &context);
};

} // namespace sagashop::alerts
