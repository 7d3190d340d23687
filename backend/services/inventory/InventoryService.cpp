#include "services/inventory/InventoryService.h"

#include "bus/HybridClock.h"
#include "saga/CheckoutEvents.h"
#include "saga/Payload.h"
#include "services/DomainError.h"
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

/// A positive id field of a payload (orderId, userId); anything else is malformed.
qint64 requirePositive(const QJsonObject &payload, const QString &key)
{
    const qint64 id = saga::Payload::requireInt(payload, key);
    if (id < 1)
        throw PayloadError(u"payload field \"%1\" must be a positive whole number"_s.arg(key).toStdString());
    return id;
}

const QString kProductColumns = u"id, name_ko, name_en, price, stock, image"_s;

Product productFrom(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toString();
    p.nameKo = q.value(1).toString();
    p.nameEn = q.value(2).toString();
    p.price = q.value(3).toLongLong();
    p.stock = q.value(4).toLongLong();
    p.image = q.value(5).toString();
    return p;
}

std::optional<Product> findProduct(storage::Database &db, const QString &productId)
{
    QSqlQuery &q = db.prepared(u"SELECT "_s + kProductColumns + u" FROM products WHERE id = ?"_s);
    q.bindValue(0, productId);
    db.exec(q);
    std::optional<Product> product;
    if (q.next())
        product = productFrom(q);
    q.finish();
    return product;
}

std::optional<Reservation> findReservation(storage::Database &db, qint64 orderId)
{
    QSqlQuery &q = db.prepared(u"SELECT user_id, user_coupon_id, saga_id, items, amount, status, reason, product_id"
                               " FROM reservations WHERE order_id = ?"_s);
    q.bindValue(0, orderId);
    db.exec(q);
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    Reservation::Request request;
    request.orderId = orderId;
    request.userId = q.value(0).toLongLong();
    request.userCouponId = q.value(1).toLongLong();
    request.sagaId = q.value(2).toString();
    const QByteArray itemsJson = q.value(3).toString().toUtf8();
    const qint64 amount = q.value(4).toLongLong();
    const QString statusText = q.value(5).toString();
    const QString reason = q.value(6).toString();
    const QString failedProductId = q.value(7).toString();
    q.finish();

    const std::optional<Reservation::Status> status = Reservation::statusFromName(statusText);
    QJsonParseError parseError;
    const QJsonDocument items = QJsonDocument::fromJson(itemsJson, &parseError);
    if (!status || parseError.error != QJsonParseError::NoError || !items.isArray()) {
        throw std::runtime_error(
            u"the stored reservation of order %1 is damaged (status \"%2\")"_s.arg(orderId).arg(statusText).toStdString());
    }
    request.items = saga::Payload::requireItems(QJsonObject{{u"items"_s, items.array()}});
    return Reservation::fromStored(request, *status, amount, reason, failedProductId);
}

void insertReservation(storage::Database &db, const Reservation &reservation)
{
    QSqlQuery &q = db.prepared(u"INSERT INTO reservations (order_id, user_id, user_coupon_id, saga_id, items, amount,"
                               " status, reason, product_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, reservation.orderId());
    q.bindValue(1, reservation.userId());
    q.bindValue(2, reservation.userCouponId());
    q.bindValue(3, storage::text(reservation.sagaId()));
    q.bindValue(4, QString::fromUtf8(QJsonDocument(saga::Payload::itemsToJson(reservation.items(), true))
                                         .toJson(QJsonDocument::Compact)));
    q.bindValue(5, reservation.amount());
    q.bindValue(6, Reservation::statusName(reservation.status()));
    q.bindValue(7, storage::text(reservation.reason()));
    q.bindValue(8, storage::text(reservation.failedProductId()));
    q.bindValue(9, bus::HybridClock::nowMs());
    db.exec(q);
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
        QSqlQuery &q = db.prepared(u"SELECT "_s + kProductColumns + u" FROM products ORDER BY id"_s);
        db.exec(q);
        QList<Product> products;
        while (q.next())
            products.append(productFrom(q));
        q.finish();
        return products;
    });
}

QFuture<bus::Outcome<std::optional<Product>>> InventoryService::product(const QString &productId)
{
    return read<std::optional<Product>>([productId](storage::Database &db) { return findProduct(db, productId); });
}

QFuture<bus::Outcome<QHash<QString, qint64>>> InventoryService::stockLevels()
{
    return read<QHash<QString, qint64>>([](storage::Database &db) {
        QSqlQuery &q = db.prepared(u"SELECT id, stock FROM products"_s);
        db.exec(q);
        QHash<QString, qint64> levels;
        while (q.next())
            levels.insert(q.value(0).toString(), q.value(1).toLongLong());
        q.finish();
        return levels;
    });
}

QFuture<bus::Outcome<QString>> InventoryService::stateForOrder(qint64 orderId)
{
    return read<QString>([orderId](storage::Database &db) {
        QSqlQuery &q = db.prepared(u"SELECT status FROM reservations WHERE order_id = ?"_s);
        q.bindValue(0, orderId);
        db.exec(q);
        const QString state = q.next() ? q.value(0).toString() : u"none"_s;
        q.finish();
        return state;
    });
}

QFuture<bus::Outcome<bool>> InventoryService::compensateOrder(qint64 orderId)
{
    return execute<bool>([this, orderId](bus::MessageContext &context) {
        return restoreOrder(context, orderId, u"compensateOrder"_s);
    });
}

QFuture<bus::Outcome<QHash<QString, qint64>>> InventoryService::restockedTotals()
{
    return read<QHash<QString, qint64>>([](storage::Database &db) {
        QSqlQuery &q = db.prepared(u"SELECT product_id, SUM(quantity) FROM restocks GROUP BY product_id"_s);
        db.exec(q);
        QHash<QString, qint64> totals;
        while (q.next())
            totals.insert(q.value(0).toString(), q.value(1).toLongLong());
        q.finish();
        return totals;
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
        QSqlQuery &q = db.prepared(u"UPDATE products SET stock = ? WHERE id = ?"_s);
        q.bindValue(0, stock);
        q.bindValue(1, productId);
        db.exec(q);
        QSqlQuery &record = db.prepared(u"INSERT INTO restocks (product_id, quantity, at) VALUES (?, ?, ?)"_s);
        record.bindValue(0, productId);
        record.bindValue(1, quantity);
        record.bindValue(2, bus::HybridClock::nowMs());
        db.exec(record);
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
    QSqlQuery &count = db.prepared(u"SELECT count(*) FROM products"_s);
    db.exec(count);
    const qint64 products = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    if (products == 0)
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

    QSqlQuery &insert = db.prepared(u"INSERT INTO products ("_s + kProductColumns + u") VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const Product &p : std::as_const(catalogue)) {
        insert.bindValue(0, p.id);
        insert.bindValue(1, p.nameKo);
        insert.bindValue(2, p.nameEn);
        insert.bindValue(3, p.price);
        insert.bindValue(4, p.stock);
        insert.bindValue(5, p.image);
        db.exec(insert);
    }
    qCInfo(lcInventory).noquote() << "seeded" << catalogue.size() << "products from" << m_catalogPath;
}

void InventoryService::handlePaymentRequested(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const QJsonObject &payload = event.payload;
    Reservation::Request request;
    request.orderId = requirePositive(payload, u"orderId"_s);
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
        QSqlQuery &deduct = db.prepared(u"UPDATE products SET stock = stock - ? WHERE id = ? AND stock >= ?"_s);
        for (const Item &item : reservation.items()) {
            deduct.bindValue(0, item.quantity);
            deduct.bindValue(1, item.productId);
            deduct.bindValue(2, item.quantity);
            if (db.exec(deduct) != 1) {
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
    const qint64 orderId = requirePositive(event.payload, u"orderId"_s);
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

    QSqlQuery &giveBack = db.prepared(u"UPDATE products SET stock = stock + ? WHERE id = ?"_s);
    for (const Item &item : reservation->items()) {
        giveBack.bindValue(0, item.quantity);
        giveBack.bindValue(1, item.productId);
        if (db.exec(giveBack) != 1) {
            throw std::runtime_error(
                u"product %1 of order %2 is missing from the catalogue"_s.arg(item.productId).arg(orderId).toStdString());
        }
    }
    QSqlQuery &mark = db.prepared(u"UPDATE reservations SET status = ?, reason = ?, updated_at = ?"
                                  " WHERE order_id = ? AND status = ?"_s);
    mark.bindValue(0, Reservation::statusName(Reservation::Status::Restored));
    mark.bindValue(1, storage::text(cause));
    mark.bindValue(2, bus::HybridClock::nowMs());
    mark.bindValue(3, orderId);
    mark.bindValue(4, Reservation::statusName(Reservation::Status::Deducted));
    if (db.exec(mark) != 1)
        throw std::runtime_error(u"the reservation of order %1 changed while being restored"_s.arg(orderId).toStdString());
    context.collect(*reservation);
    qCInfo(lcInventory).noquote() << "restored the stock of order" << orderId << "(" << cause << ")";
    return true;
}

} // namespace sagashop::services
