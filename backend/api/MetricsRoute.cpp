// GET /metrics: Prometheus text.

#include "api/ApiServerPrivate.h"

namespace sagashop::api {

void ApiServer::metrics(const Responder &responder)
{
    // Counters that are plain atomics are read here; order counts and the latency histogram
    // come from one read on the Order service's own database.
    auto read = m_shop.orders().read<std::pair<QHash<QString, qint64>, Latency>>([](storage::Database &db) {
        std::pair<QHash<QString, qint64>, Latency> result;
        QSqlQuery counts = db.execDirect(u"SELECT status, count(*) FROM orders GROUP BY status"_s);
        while (counts.next())
            result.first.insert(counts.value(0).toString(), counts.value(1).toLongLong());
        QString sql = u"SELECT count(*), COALESCE(SUM(confirmed_at - created_at), 0)"_s;
        for (const qint64 bound : kLatencyBuckets)
            sql += u", COALESCE(SUM(CASE WHEN confirmed_at - created_at <= %1 THEN 1 ELSE 0 END), 0)"_s.arg(bound);
        sql += u" FROM orders WHERE confirmed_at > 0"_s;
        QSqlQuery latency = db.execDirect(sql);
        if (latency.next()) {
            result.second.count = latency.value(0).toLongLong();
            result.second.sum = latency.value(1).toLongLong();
            for (int i = 0; i < int(std::size(kLatencyBuckets)); ++i)
                result.second.cumulative.append(latency.value(2 + i).toLongLong());
        }
        return result;
    });
    then(std::move(read), responder, [this](bus::Outcome<std::pair<QHash<QString, qint64>, Latency>> o) {
        const auto [counts, latency] = take(std::move(o));
        QString out;
        out += u"# HELP sagashop_sagas Checkout sagas (orders) by status.\n# TYPE sagashop_sagas gauge\n"_s;
        for (const QString &status : {u"CREATED"_s, u"CONFIRMED"_s, u"FAILED"_s, u"CANCELLED"_s, u"ABNORMAL"_s})
            out += u"sagashop_sagas{status=\"%1\"} %2\n"_s.arg(status).arg(counts.value(status));
        const QList<bus::Service *> services = m_shop.bus().services();
        struct Family
        {
            QString name, type, help;
            qint64 bus::ServiceStats::*field;
        };
        const Family families[] = {
            {u"sagashop_events_handled_total"_s, u"counter"_s, u"Events handled per service."_s, &bus::ServiceStats::handled},
            {u"sagashop_events_retried_total"_s, u"counter"_s, u"Handling attempts retried per service."_s, &bus::ServiceStats::retried},
            {u"sagashop_events_dead_lettered_total"_s, u"counter"_s, u"Events dead-lettered per service."_s, &bus::ServiceStats::deadLettered},
            {u"sagashop_events_duplicates_total"_s, u"counter"_s, u"Duplicate deliveries absorbed per service."_s, &bus::ServiceStats::duplicates},
            {u"sagashop_events_published_total"_s, u"counter"_s, u"Events published per service."_s, &bus::ServiceStats::published},
            {u"sagashop_queue_depth"_s, u"gauge"_s, u"Deliveries on their way, waiting or in retry per service."_s, &bus::ServiceStats::queued},
            {u"sagashop_commands_held_back_total"_s, u"counter"_s, u"Times new commands waited for a backlog to drain (backpressure)."_s, &bus::ServiceStats::deferred},
        };
        QList<std::pair<QString, bus::ServiceStats>> stats;
        for (bus::Service *service : services)
            stats.append({service->name(), service->stats()});
        for (const Family &f : families) {
            out += u"# HELP %1 %2\n# TYPE %1 %3\n"_s.arg(f.name, f.help, f.type);
            for (const auto &[name, s] : stats)
                out += u"%1{service=\"%2\"} %3\n"_s.arg(f.name, promLabel(name)).arg(s.*(f.field));
        }
        out += u"# HELP sagashop_saga_latency_ms Order created to CONFIRMED, in milliseconds.\n"
               "# TYPE sagashop_saga_latency_ms histogram\n"_s;
        for (int i = 0; i < latency.cumulative.size(); ++i)
            out += u"sagashop_saga_latency_ms_bucket{le=\"%1\"} %2\n"_s.arg(kLatencyBuckets[i]).arg(latency.cumulative.at(i));
        out += u"sagashop_saga_latency_ms_bucket{le=\"+Inf\"} %1\n"_s.arg(latency.count);
        out += u"sagashop_saga_latency_ms_sum %1\nsagashop_saga_latency_ms_count %2\n"_s.arg(latency.sum).arg(latency.count);
        return ApiReply{200, out.toUtf8(), QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8")};
    });
}


} // namespace sagashop::api
