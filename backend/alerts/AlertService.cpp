#include "alerts/AlertService.h"

#include "bus/SagaLogEvents.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sagashop::alerts {

namespace {
Q_LOGGING_CATEGORY(lcAlerts, "sagashop.alerts")

qint64 orderIdOf(const QString &aggregateId)
{
    return aggregateId.startsWith(u"order-"_s) ? aggregateId.mid(6).toLongLong() : 0;
}
} // namespace

AlertService::AlertService(bus::ServiceConfig config) : Service(std::move(config))
{
    addSchema({Name,
               {{1,
                 u"alerts"_s,
                 {u"CREATE TABLE alerts (id ${ID_PK}, kind TEXT NOT NULL, severity TEXT NOT NULL, title TEXT NOT NULL,"
                  " detail TEXT NOT NULL, saga_id TEXT NOT NULL, order_id BIGINT NOT NULL, at BIGINT NOT NULL,"
                  " source_event TEXT NOT NULL UNIQUE)"_s,
                  u"CREATE INDEX alerts_by_time ON alerts (at)"_s}}}});
    const auto handler = [this](const bus::EventEnvelope &e, bus::MessageContext &c) { record(e, c); };
    subscribe(bus::SagaLogEvents::EventDeadLettered, handler);
    subscribe(OrderMarkedAbnormal, handler);
}

Alert AlertService::fromEvent(const bus::EventEnvelope &event)
{
    Alert alert;
    alert.at = event.occurredAt;
    alert.sagaId = event.sagaId;
    alert.orderId = orderIdOf(event.aggregateId);
    const QJsonObject &p = event.payload;
    if (event.type == OrderMarkedAbnormal) {
        alert.kind = u"saga_abnormal"_s;
        alert.severity = u"critical"_s;
        alert.title = u"Order %1 is abnormal: the reconciler could not repair it"_s.arg(alert.orderId);
        alert.detail = p.value(u"reason"_s).toString();
        return alert;
    }
    const QString consumer = p.value(u"consumer"_s).toString();
    const QString type = p.value(u"eventType"_s).toString();
    alert.detail = p.value(u"error"_s).toString();
    if (consumer == u"export"_s) {
        alert.kind = u"export_failed"_s;
        alert.severity = u"warning"_s;
        alert.title = u"Export of order %1 failed after %2 attempts"_s.arg(alert.orderId).arg(p.value(u"attempts"_s).toInt());
    } else {
        alert.kind = u"dead_letter"_s;
        alert.severity = u"critical"_s;
        alert.title = u"%1 gave up on %2 after %3 attempts (dead letter)"_s
                          .arg(consumer, type.isEmpty() ? u"an undecodable event"_s : type)
                          .arg(p.value(u"attempts"_s).toInt());
    }
    return alert;
}

void AlertService::record(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const Alert alert = fromEvent(event);
    storage::Database &db = context.database();
    QSqlQuery &q = db.prepared(u"INSERT INTO alerts (kind, severity, title, detail, saga_id, order_id, at, source_event)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_event) DO NOTHING"_s);
    q.bindValue(0, alert.kind);
    q.bindValue(1, alert.severity);
    q.bindValue(2, alert.title);
    q.bindValue(3, storage::text(alert.detail));
    q.bindValue(4, storage::text(alert.sagaId));
    q.bindValue(5, alert.orderId);
    q.bindValue(6, alert.at);
    q.bindValue(7, event.eventId.toString(QUuid::WithoutBraces));
    if (db.exec(q) > 0)
        qCWarning(lcAlerts).noquote() << alert.severity << alert.title << "-" << alert.detail;
}

QFuture<bus::Outcome<QList<Alert>>> AlertService::alerts(int limit, qint64 afterId)
{
    return read<QList<Alert>>([limit, afterId](storage::Database &db) {
        QSqlQuery &q = db.prepared(u"SELECT id, kind, severity, title, detail, saga_id, order_id, at FROM alerts"
                                   " WHERE id > ? ORDER BY id DESC LIMIT ?"_s);
        q.bindValue(0, afterId);
        q.bindValue(1, std::clamp(limit, 1, 1000));
        db.exec(q);
        QList<Alert> list;
        while (q.next()) {
            Alert a;
            a.id = q.value(0).toLongLong();
            a.kind = q.value(1).toString();
            a.severity = q.value(2).toString();
            a.title = q.value(3).toString();
            a.detail = q.value(4).toString();
            a.sagaId = q.value(5).toString();
            a.orderId = q.value(6).toLongLong();
            a.at = q.value(7).toLongLong();
            list.append(a);
        }
        q.finish();
        return list;
    });
}

QFuture<bus::Outcome<qint64>> AlertService::count()
{
    return read<qint64>([](storage::Database &db) {
        QSqlQuery q = db.execDirect(u"SELECT count(*) FROM alerts"_s);
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    });
}

} // namespace sagashop::alerts
