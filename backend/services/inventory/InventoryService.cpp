#include "services/inventory/InventoryService.h"

#include "bus/HybridClock.h"
#include "saga/CheckoutEvents.h"
#include "saga/Payload.h"
#include "services/DomainError.h"
#include "services/OrderCompensation.h"
#include "services/PayloadFields.h"
#include "services/Sql.h"
#include "services/inventory/Reservation.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>
#include <QtNumeric>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace {

Q_LOGGING_CATEGORY(lcInventory, "sagashop.inventory")

namespace Events = saga::CheckoutEvents;
using saga::PayloadError;
using saga::Payload::Item;

storage::Schema inventorySchema()
{
    return storage::Schema{
        InventoryService::Name,
        {storage::Migration{
            1,
            u"products and per-order reservations"_s,
            {u"CREATE TABLE products (id TEXT NOT NULL PRIMARY KEY, name_ko TEXT NOT NULL, name_en TEXT NOT NULL,"
             " price BIGINT NOT NULL CHECK (price > 0), stock BIGINT NOT NULL CHECK (stock >= 0),"
             " image TEXT NOT NULL)"_s,
             // items: JSON [{productId, quantity, unitPrice}]; reason: why it failed or what
             // restored it; product_id: the product that made it fail ('' otherwise);
             // saga_id: the order's saga, for events published by commands.
             u"CREATE TABLE reservations (order_id BIGINT NOT NULL PRIMARY KEY, user_id BIGINT NOT NULL,"
             " user_coupon_id BIGINT NOT NULL, saga_id TEXT NOT NULL, items TEXT NOT NULL,"
             " amount BIGINT NOT NULL, status TEXT NOT NULL CHECK (status IN ('deducted', 'restored', 'failed')),"
             " reason TEXT NOT NULL, product_id TEXT NOT NULL, updated_at BIGINT NOT NULL)"_s}},
         storage::Migration{
            2,
            u"restocks are recorded (stock conservation counts them)"_s,
            {u"CREATE TABLE restocks (id ${ID_PK}, product_id TEXT NOT NULL, quantity BIGINT NOT NULL"
             " CHECK (quantity > 0), at BIGINT NOT NULL)"_s,
             u"CREATE INDEX restocks_by_product ON restocks (product_id)"_s}}},
    };
}

const QString kProductColumns = u"id, name_ko, name_en, price, stock, image"_s;

Product productFrom(const QSqlQuery &q)
{
    return Product{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),
                   q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString()};
}

std::optional<Product> findProduct(storage::Database &db, const QString &productId)
{
    return sql::one(db, u"SELECT "_s + kProductColumns + u" FROM products WHERE id = ?"_s, {productId}, productFrom);
}

std::optional<Reservation> findReservation(storage::Database &db, qint64 orderId)
{
    return sql::one(
        db,
        u"SELECT user_id, user_coupon_id, saga_id, items, amount, status, reason, product_id"
        " FROM reservations WHERE order_id = ?"_s,
        {orderId}, [orderId](const QSqlQuery &q) {
            Reservation::Request request;
            request.orderId = orderId;
            request.userId = q.value(0).toLongLong();
            request.userCouponId = q.value(1).toLongLong();
            request.sagaId = q.value(2).toString();
            const QString statusText = q.value(5).toString();
            const std::optional<Reservation::Status> status = Reservation::statusFromName(statusText);
            QJsonParseError parseError;
            const QJsonDocument items = QJsonDocument::fromJson(q.value(3).toString().toUtf8(), &parseError);
            if (!status || parseError.error != QJsonParseError::NoError || !items.isArray()) {
                throw std::runtime_error(u"the stored reservation of order %1 is damaged (status \"%2\")"_s.arg(orderId)
                                             .arg(statusText)
                                             .toStdString());
            }
            request.items = saga::Payload::requireItems(QJsonObject{{u"items"_s, items.array()}});
            return Reservation::fromStored(request, *status, q.value(4).toLongLong(), q.value(6).toString(),
                                           q.value(7).toString());
        });
}

void insertReservation(storage::Database &db, const Reservation &reservation)
{
    const QString items = QString::fromUtf8(
        QJsonDocument(saga::Payload::itemsToJson(reservation.items(), true)).toJson(QJsonDocument::Compact));
    sql::exec(db,
              u"INSERT INTO reservations (order_id, user_id, user_coupon_id, saga_id, items, amount,"
              " status, reason, product_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {reservation.orderId(), reservation.userId(), reservation.userCouponId(),
               storage::text(reservation.sagaId()), items, reservation.amount(),
               Reservation::statusName(reservation.status()), storage::text(reservation.reason()),
               storage::text(reservation.failedProductId()), bus::HybridClock::nowMs()});
}

} // namespace

InventoryService::InventoryService(bus::ServiceConfig config, QString catalogPath)
    : Service(std::move(config)), m_catalogPath(std::move(catalogPath))
{
    addSchema(inventorySchema());
    subscribe(Events::PaymentRequested,
              [this](const bus::EventEnvelope &e, bus::MessageContext &c) { handlePaymentRequested(e, c); });
    for (const QString &trigger :
         {Events::CouponFailed, Events::BalanceFailed, Events::OrderConfirmationFailed, Events::OrderCancelled}) {
        subscribe(trigger, [this](const bus::EventEnvelope &e, bus::MessageContext &c) { handleRestoreTrigger(e, c); });
    }
}

QFuture<bus::Outcome<QList<Product>>> InventoryService::products()
{
    return read<QList<Product>>([](storage::Database &db) {
        return sql::all(db, u"SELECT "_s + kProductColumns + u" FROM products ORDER BY id"_s, {}, productFrom);
    });
}

QFuture<bus::Outcome<std::optional<Product>>> InventoryService::product(const QString &productId)
{
    return read<std::optional<Product>>([productId](storage::Database &db) { return findProduct(db, productId); });
}

QFuture<bus::Outcome<QHash<QString, qint64>>> InventoryService::stockLevels()
{
    return read<QHash<QString, qint64>>([](storage::Database &db) {
        return sql::keyedIntegers(db, u"SELECT id, stock FROM products"_s);
    });
}

QFuture<bus::Outcome<QString>> InventoryService::stateForOrder(qint64 orderId)
{
    return read<QString>([orderId](storage::Database &db) {
        return sql::one(db, u"SELECT status FROM reservations WHERE order_id = ?"_s, {orderId},
                        [](const QSqlQuery &q) { return q.value(0).toString(); })
            .value_or(u"none"_s);
    });
}

QFuture<bus::Outcome<bool>> InventoryService::compensateOrder(qint64 orderId)
{
    return compensationCommand(*this, orderId, [this](bus::MessageContext &context, qint64 id) {
        return restoreOrder(context, id, u"compensateOrder"_s);
    });
}

QFuture<bus::Outcome<QHash<QString, qint64>>> InventoryService::restockedTotals()
{
    return read<QHash<QString, qint64>>([](storage::Database &db) {
        return sql::keyedIntegers(db, u"SELECT product_id, SUM(quantity) FROM restocks GROUP BY product_id"_s);
    });
}

QFuture<bus::Outcome<qint64>> InventoryService::restock(const QString &productId, qint64 quantity)
{
    return execute<qint64>([productId, quantity](bus::MessageContext &context) {
        if (quantity < 1 || quantity > MaxRestock) {
            throw DomainError(u"invalid_quantity"_s,
                              u"A restock adds from 1 to %1 units, not %2."_s.arg(MaxRestock).arg(quantity));
        }
        storage::Database &db = context.database();
        const std::optional<Product> product = findProduct(db, productId);
        if (!product)
            throw DomainError(u"not_found"_s, u"There is no product \"%1\"."_s.arg(productId));
        qint64 stock = 0;
        if (qAddOverflow(product->stock, quantity, &stock))
            throw DomainError(u"invalid_quantity"_s, u"The stock of %1 cannot grow that large."_s.arg(productId));
        sql::exec(db, u"UPDATE products SET stock = ? WHERE id = ?"_s, {stock, productId});
        sql::exec(db, u"INSERT INTO restocks (product_id, quantity, at) VALUES (?, ?, ?)"_s,
                  {productId, quantity, bus::HybridClock::nowMs()});
        context.publish({saga::CheckoutEvents::ProductRestocked, u"product-"_s + productId,
                         QJsonObject{{u"productId"_s, productId}, {u"quantity"_s, quantity}, {u"stock"_s, stock}},
                         {}});
        qCInfo(lcInventory).noquote() << "restocked" << productId << "by" << quantity << "to" << stock;
        return stock;
    });
}

void InventoryService::started(bus::MessageContext &context)
{
    storage::Database &db = context.database();
    if (sql::integer(db, u"SELECT count(*) FROM products"_s) == 0)
        seedCatalogue(db);
}

void InventoryService::seedCatalogue(storage::Database &db) const
{
    const auto fail = [this](const QString &what) {
        throw std::runtime_error(u"product catalogue \"%1\": %2"_s.arg(m_catalogPath, what).toStdString());
    };
    if (m_catalogPath.isEmpty())
        throw std::runtime_error("the products table is empty and no product catalogue file was given");
    QFile file(m_catalogPath);
    if (!file.open(QIODevice::ReadOnly))
        fail(u"cannot be read (%1)"_s.arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail(u"is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isArray() || document.array().isEmpty())
        fail(u"must be a non-empty JSON array of products"_s);

    const QJsonArray entries = document.array();
    QList<Product> catalogue;
    QSet<QString> ids;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject())
            fail(u"entry %1 is not a JSON object"_s.arg(i + 1));
        try {
            catalogue.append(Product::fromCatalogJson(entry.toObject()));
        } catch (const std::invalid_argument &e) {
            const QString id = entry.toObject().value(u"id"_s).toString();
            fail(u"entry %1%2: %3"_s.arg(i + 1)
                     .arg(id.isEmpty() ? QString() : u" (\"%1\")"_s.arg(id), QString::fromUtf8(e.what())));
        }
        if (ids.contains(catalogue.constLast().id))
            fail(u"entry %1: the id \"%2\" appears twice"_s.arg(i + 1).arg(catalogue.constLast().id));
        ids.insert(catalogue.constLast().id);
    }

    const QString insert = u"INSERT INTO products ("_s + kProductColumns + u") VALUES (?, ?, ?, ?, ?, ?)"_s;
    for (const Product &p : std::as_const(catalogue))
        sql::exec(db, insert, {p.id, p.nameKo, p.nameEn, p.price, p.stock, p.image});
    qCInfo(lcInventory).noquote() << "seeded" << catalogue.size() << "products from" << m_catalogPath;
}

void InventoryService::handlePaymentRequested(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const QJsonObject &payload = event.payload;
    Reservation::Request request;
    request.orderId = requireOrderId(payload);
    request.userId = requirePositive(payload, u"userId"_s);
    request.items = saga::Payload::requireItems(payload);
    request.userCouponId = saga::Payload::requireInt(payload, u"userCouponId"_s);
    if (request.userCouponId < 0)
        throw PayloadError("payload field \"userCouponId\" must be 0 (none) or a positive whole number");
    request.sagaId = event.sagaId;

    storage::Database &db = context.database();
    if (std::optional<Reservation> existing = findReservation(db, request.orderId)) {
        // A repeated step (redelivery with a new event id, reconciler): same answer, no change.
        qCInfo(lcInventory).noquote() << "order" << request.orderId << "was already"
                                      << Reservation::statusName(existing->status()) << "- outcome published again";
        existing->repeatOutcome();
        context.collect(*existing);
        return;
    }

    QHash<QString, Product> products;
    for (const Item &item : std::as_const(request.items)) {
        if (products.contains(item.productId))
            continue;
        if (std::optional<Product> product = findProduct(db, item.productId))
            products.insert(item.productId, *product);
    }

    Reservation reservation = Reservation::decide(request, products);
    if (reservation.status() == Reservation::Status::Deducted) {
        for (const Item &item : reservation.items()) {
            if (sql::exec(db, u"UPDATE products SET stock = stock - ? WHERE id = ? AND stock >= ?"_s,
                          {item.quantity, item.productId, item.quantity})
                != 1) {
                // Cannot happen on the service's own thread; never deduct part of an order.
                throw std::runtime_error(
                    u"stock of %1 changed while order %2 was reserved"_s.arg(item.productId).arg(request.orderId)
                        .toStdString());
            }
        }
        qCDebug(lcInventory).noquote() << "order" << request.orderId << "deducted, amount" << reservation.amount();
    } else {
        qCInfo(lcInventory).noquote() << "order" << request.orderId << "failed:" << reservation.reason();
    }
    insertReservation(db, reservation);
    context.collect(reservation);
}

void InventoryService::handleRestoreTrigger(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const qint64 orderId = requireOrderId(event.payload);
    const QString reason = event.payload.value(u"reason"_s).toString();
    restoreOrder(context, orderId, reason.isEmpty() ? event.type : event.type + u": "_s + reason);
}

bool InventoryService::restoreOrder(bus::MessageContext &context, qint64 orderId, const QString &cause)
{
    storage::Database &db = context.database();
    std::optional<Reservation> reservation = findReservation(db, orderId);
    if (!reservation || !reservation->restore(cause)) {
        qCDebug(lcInventory).noquote() << "order" << orderId << "has no stock to restore ("
                                       << (reservation ? Reservation::statusName(reservation->status()) : u"none"_s)
                                       << ")";
        return false;
    }

    for (const Item &item : reservation->items()) {
        if (sql::exec(db, u"UPDATE products SET stock = stock + ? WHERE id = ?"_s, {item.quantity, item.productId}) !=
            1) {
            throw std::runtime_error(
                u"product %1 of order %2 is missing from the catalogue"_s.arg(item.productId).arg(orderId).toStdString());
        }
    }
    if (sql::exec(db,
                  u"UPDATE reservations SET status = ?, reason = ?, updated_at = ?"
                  " WHERE order_id = ? AND status = ?"_s,
                  {Reservation::statusName(Reservation::Status::Restored), storage::text(cause),
                   bus::HybridClock::nowMs(), orderId, Reservation::statusName(Reservation::Status::Deducted)}) != 1)
        throw std::runtime_error(u"the reservation of order %1 changed while being restored"_s.arg(orderId).toStdString());
    context.collect(*reservation);
    qCInfo(lcInventory).noquote() << "restored the stock of order" << orderId << "(" << cause << ")";
    return true;
}

} // namespace sagashop::services
