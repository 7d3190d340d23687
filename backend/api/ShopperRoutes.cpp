// Shopper routes: /api/products, users, balance, coupons, orders.

#include "api/ApiServerPrivate.h"

namespace sagashop::api {

void ApiServer::shopperRoute(const Request &r, const Responder &responder, bool &matched)
{
    RouteMatcher is{r, matched};
    const QStringList &p = r.path;
    const qint64 now = bus::HybridClock::nowMs();

    if (is(Method::Get, u"/api/products"_s)) {
        then(m_shop.inventory().products(), responder, [](bus::Outcome<QList<services::Product>> o) {
            QJsonArray list;
            for (const auto &product : take(std::move(o)))
                list.append(product.toJson());
            return jsonReply(200, list);
        });
    } else if (is(Method::Get, u"/api/products/popular"_s)) {
        then(m_shop.statistics().popular(now), responder,
             [this, responder](bus::Outcome<QList<services::StatisticsService::ProductQuantity>> o) {
                 const auto popular = take(std::move(o));
                 then(m_shop.inventory().products(), responder,
                      [popular](bus::Outcome<QList<services::Product>> products) {
                          QHash<QString, services::Product> byId;
                          for (const auto &product : take(std::move(products)))
                              byId.insert(product.id, product);
                          QJsonArray list;
                          for (const auto &[productId, quantity] : popular) {
                              QJsonObject entry = byId.contains(productId)
                                      ? byId.value(productId).toJson()
                                      : QJsonObject{{u"id"_s, productId}, {u"name"_s, productId}};
                              entry.insert(u"productId"_s, productId);
                              entry.insert(u"quantity"_s, quantity);
                              list.append(entry);
                          }
                          return jsonReply(200, list);
                      });
                 return ApiReply{kDeferred, {}, {}};
             });
    } else if (is(Method::Post, u"/api/users"_s)) {
        const QJsonObject body = Json::parseObject(r.body);
        const QString name = Json::requireString(body, u"name"_s);
        then(m_shop.balances().createUser(name), responder, [](bus::Outcome<qint64> o) {
            return jsonReply(201, QJsonObject{{u"userId"_s, take(std::move(o))}});
        });
    } else if (is(Method::Get, u"/api/users/*/balance"_s)) {
        const qint64 userId = idOf(p.at(2), u"user"_s);
        then(m_shop.balances().balance(userId), responder, [userId](bus::Outcome<qint64> o) {
            return jsonReply(200, QJsonObject{{u"userId"_s, userId}, {u"balance"_s, take(std::move(o))}});
        });
    } else if (is(Method::Post, u"/api/users/*/balance/charge"_s)) {
        const qint64 userId = idOf(p.at(2), u"user"_s);
        const qint64 amount = Json::requireInt(Json::parseObject(r.body), u"amount"_s);
        then(m_shop.balances().charge(userId, amount), responder, [userId](bus::Outcome<qint64> o) {
            return jsonReply(200, QJsonObject{{u"userId"_s, userId}, {u"balance"_s, take(std::move(o))}});
        });
    } else if (is(Method::Get, u"/api/coupons"_s)) {
        then(m_shop.coupons().coupons(now), responder, [](bus::Outcome<QList<services::CouponDefinition>> o) {
            QJsonArray list;
            for (const auto &coupon : take(std::move(o)))
                list.append(coupon.toJson());
            return jsonReply(200, list);
        });
    } else if (is(Method::Post, u"/api/coupons/*/issue"_s)) {
        const qint64 couponId = idOf(p.at(2), u"coupon"_s);
        const qint64 userId = Json::requireInt(Json::parseObject(r.body), u"userId"_s);
        if (userId < 1)
            throw ApiError(400, u"invalid_field"_s, u"Field \"userId\" must be a user id (1 or more)."_s);
        // The Coupon service knows no users: ask the Balance service first (404 for none).
        then(m_shop.balances().balance(userId), responder, [this, responder, couponId, userId, now](bus::Outcome<qint64> o) {
            take(std::move(o));
            then(m_shop.coupons().issue(couponId, userId, now), responder, [couponId, userId](bus::Outcome<qint64> issued) {
                return jsonReply(201, QJsonObject{{u"userCouponId"_s, take(std::move(issued))},
                                                  {u"couponId"_s, couponId},
                                                  {u"userId"_s, userId}});
            });
            return ApiReply{kDeferred, {}, {}};
        });
    } else if (is(Method::Get, u"/api/users/*/coupons"_s)) {
        const qint64 userId = idOf(p.at(2), u"user"_s);
        then(m_shop.balances().balance(userId), responder, [this, responder, userId, now](bus::Outcome<qint64> o) {
            take(std::move(o));
            then(m_shop.coupons().userCoupons(userId, now), responder, [](bus::Outcome<QList<services::UserCoupon>> list) {
                QJsonArray out;
                for (const auto &coupon : take(std::move(list)))
                    out.append(coupon.toJson());
                return jsonReply(200, out);
            });
            return ApiReply{kDeferred, {}, {}};
        });
    } else if (is(Method::Post, u"/api/orders"_s)) {
        if (!r.hasIdempotencyKey || r.idempotencyKey.isEmpty())
            throw ApiError(400, u"missing_idempotency_key"_s, u"POST /api/orders needs an Idempotency-Key header."_s);
        const QJsonObject body = Json::parseObject(r.body);
        services::PlaceOrderRequest order;
        order.userId = Json::requireInt(body, u"userId"_s);
        if (!body.contains(u"items"_s))
            throw ApiError(400, u"missing_field"_s, u"Field \"items\" is required."_s);
        try {
            order.items = saga::Payload::requireItems(body, u"items"_s);
        } catch (const saga::PayloadError &e) {
            throw ApiError(400, u"invalid_field"_s, QString::fromUtf8(e.what()));
        }
        order.userCouponId = Json::optionalInt(body, u"userCouponId"_s).value_or(0);
        order.idempotencyKey = r.idempotencyKey;
        try {
            order.validate();
        } catch (const DomainError &e) {
            throw ApiError(400, e.code(), e.message());
        }
        then(m_shop.balances().balance(order.userId), responder, [this, responder, order](bus::Outcome<qint64> o) {
            take(std::move(o)); // 404 for an unknown user
            then(m_shop.orders().placeOrder(order), responder, [](bus::Outcome<services::PlacedOrder> placed) {
                const services::PlacedOrder value = take(std::move(placed));
                return jsonReply(202, QJsonObject{{u"orderId"_s, value.orderId},
                                                  {u"sagaId"_s, value.sagaId},
                                                  {u"status"_s, value.status}});
            });
            return ApiReply{kDeferred, {}, {}};
        });
    } else if (is(Method::Get, u"/api/orders/*"_s)) {
        const qint64 orderId = idOf(p.at(2), u"order"_s);
        then(m_shop.orders().order(orderId), responder, [orderId](bus::Outcome<std::optional<services::OrderView>> o) {
            const auto order = take(std::move(o));
            if (!order)
                throw ApiError(404, u"not_found"_s, u"There is no order %1."_s.arg(orderId));
            return jsonReply(200, order->toJson());
        });
    } else if (is(Method::Get, u"/api/users/*/orders"_s)) {
        const qint64 userId = idOf(p.at(2), u"user"_s);
        const int limit = queryInt(r.query, u"limit"_s, 50, 1, 1000);
        const int offset = queryInt(r.query, u"offset"_s, 0, 0, 1'000'000'000);
        then(m_shop.balances().balance(userId), responder, [this, responder, userId, limit, offset](bus::Outcome<qint64> o) {
            take(std::move(o));
            then(m_shop.orders().ordersOfUser(userId, limit, offset), responder,
                 [](bus::Outcome<QList<services::OrderView>> orders) {
                     QJsonArray list;
                     for (const auto &order : take(std::move(orders)))
                         list.append(order.toJson());
                     return jsonReply(200, list);
                 });
            return ApiReply{kDeferred, {}, {}};
        });
    }
    if (!matched && is.pathOnly)
        throw ApiError(405, u"method_not_allowed"_s, u"/%1 does not take this method."_s.arg(p.join(u'/')));
}


} // namespace sagashop::api
