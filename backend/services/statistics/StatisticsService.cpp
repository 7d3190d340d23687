#include "services/statistics/StatisticsService.h"

#include "saga/CheckoutEvents.h"
#include "saga/Payload.h"
#include "services/PayloadFields.h"
#include "services/Sql.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace {

Q_LOGGING_CATEGORY(lcStatistics, "sagashop.statistics")

namespace Events = saga::CheckoutEvents;
using saga::PayloadError;
using saga::Payload::Item;

storage::Schema statisticsSchema()
{
    return storage::Schema{
        StatisticsService::Name,
        {storage::Migration{
            1,
            u"sales per product and day; orders counted"_s,
            {u"CREATE TABLE sales (product_id TEXT NOT NULL, day TEXT NOT NULL, quantity BIGINT NOT NULL,"
             " PRIMARY KEY (product_id, day))"_s,
             // One row per order seen: the day and items it was counted with ('' and [] for
             // a cancellation that arrived before the order was counted: it never will be).
             u"CREATE TABLE order_sales (order_id BIGINT NOT NULL PRIMARY KEY, day TEXT NOT NULL, items TEXT NOT NULL,"
             " cancelled INTEGER NOT NULL)"_s}}},
    };
}

void addToDay(storage::Database &db, const QString &day, const QList<Item> &items, qint64 sign)
{
    for (const Item &item : items) {
        sql::exec(db,
                  u"INSERT INTO sales (product_id, day, quantity) VALUES (?, ?, ?)"
                  " ON CONFLICT (product_id, day) DO UPDATE SET quantity = sales.quantity + excluded.quantity"_s,
                  {item.productId, day, sign * item.quantity});
    }
}

} // namespace

StatisticsService::StatisticsService(bus::ServiceConfig config) : Service(std::move(config))
{
    addSchema(statisticsSchema());
    subscribe(Events::ProductSalesRankRecorded,
              [this](const bus::EventEnvelope &e, bus::MessageContext &c) { handleSalesRecorded(e, c); });
    subscribe(Events::OrderCancelled,
              [this](const bus::EventEnvelope &e, bus::MessageContext &c) { handleOrderCancelled(e, c); });
}

QString StatisticsService::dayOf(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).date().toString(Qt::ISODate);
}

QFuture<bus::Outcome<QList<StatisticsService::ProductQuantity>>> StatisticsService::popular(qint64 nowMs, int days,
                                                                                             int limit)
{
    return read<QList<ProductQuantity>>([nowMs, days, limit](storage::Database &db) {
        if (days < 1 || limit < 1)
            return QList<ProductQuantity>{};
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
        return sql::all(db,
                        u"SELECT product_id, SUM(quantity) AS total FROM sales WHERE day >= ? AND day <= ?"
                        " GROUP BY product_id HAVING SUM(quantity) > 0"
                        " ORDER BY total DESC, product_id ASC LIMIT ?"_s,
                        {today.addDays(-(days - 1)).toString(Qt::ISODate), today.toString(Qt::ISODate), limit},
                        [](const QSqlQuery &q) {
                            return ProductQuantity{q.value(0).toString(), q.value(1).toLongLong()};
                        });
    });
}

QFuture<bus::Outcome<QList<StatisticsService::DayQuantity>>> StatisticsService::soldPerDay(const QString &productId)
{
    return read<QList<DayQuantity>>([productId](storage::Database &db) {
        return sql::all(db, u"SELECT day, quantity FROM sales WHERE product_id = ? AND quantity > 0 ORDER BY day"_s,
                        {productId},
                        [](const QSqlQuery &q) { return DayQuantity{q.value(0).toString(), q.value(1).toLongLong()}; });
    });
}

QFuture<bus::Outcome<QString>> StatisticsService::stateForOrder(qint64 orderId)
{
    return read<QString>([orderId](storage::Database &db) {
        return sql::one(db, u"SELECT cancelled FROM order_sales WHERE order_id = ?"_s, {orderId},
                        [](const QSqlQuery &q) { return q.value(0).toInt() != 0 ? u"cancelled"_s : u"counted"_s; })
            .value_or(u"none"_s);
    });
}

void StatisticsService::handleSalesRecorded(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const qint64 orderId = requireOrderId(event.payload);
    const QList<Item> items = saga::Payload::requireItems(event.payload);
    const qint64 confirmedAt = saga::Payload::requireInt(event.payload, u"confirmedAt"_s);
    if (confirmedAt < 1)
        throw PayloadError("payload field \"confirmedAt\" must be a positive UTC millisecond time");
    const QString day = dayOf(confirmedAt);

    storage::Database &db = context.database();
    const QString itemsJson =
        QString::fromUtf8(QJsonDocument(saga::Payload::itemsToJson(items, false)).toJson(QJsonDocument::Compact));
    if (sql::exec(db,
                  u"INSERT INTO order_sales (order_id, day, items, cancelled) VALUES (?, ?, ?, 0)"
                  " ON CONFLICT (order_id) DO NOTHING"_s,
                  {orderId, day, itemsJson}) == 0) {
        qCDebug(lcStatistics).noquote() << "order" << orderId << "was already counted (or cancelled)";
        return;
    }
    addToDay(db, day, items, +1);
    qCDebug(lcStatistics).noquote() << "counted order" << orderId << "on" << day;
}

void StatisticsService::handleOrderCancelled(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const qint64 orderId = requireOrderId(event.payload);
    storage::Database &db = context.database();

    struct Counted
    {
        QString day;
        QByteArray itemsJson;
        bool cancelled = false;
    };
    const std::optional<Counted> counted =
        sql::one(db, u"SELECT day, items, cancelled FROM order_sales WHERE order_id = ?"_s, {orderId},
                 [](const QSqlQuery &q) {
                     return Counted{q.value(0).toString(), q.value(1).toString().toUtf8(), q.value(2).toInt() != 0};
                 });
    if (!counted) {
        // Never counted: remember the cancellation so that a late ProductSalesRankRecorded
        // (e.g. a dead letter retried afterwards) does not count a cancelled order.
        sql::exec(db, u"INSERT INTO order_sales (order_id, day, items, cancelled) VALUES (?, '', '[]', 1)"_s, {orderId});
        qCInfo(lcStatistics).noquote() << "order" << orderId << "cancelled before it was counted: nothing to subtract";
        return;
    }
    const auto &[day, itemsJson, cancelled] = *counted;
    if (cancelled) {
        qCDebug(lcStatistics).noquote() << "order" << orderId << "was already subtracted";
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument stored = QJsonDocument::fromJson(itemsJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !stored.isArray())
        throw std::runtime_error(u"the stored items of order %1 are damaged"_s.arg(orderId).toStdString());
    const QList<Item> items = saga::Payload::requireItems(QJsonObject{{u"items"_s, stored.array()}});
    addToDay(db, day, items, -1);

    sql::exec(db, u"UPDATE order_sales SET cancelled = 1 WHERE order_id = ?"_s, {orderId});
    qCInfo(lcStatistics).noquote() << "subtracted cancelled order" << orderId << "from" << day;
}

} // namespace sagashop::services
