// Admin routes: /api/admin/* (coupons, restocks, sagas, DLQ, reconcile, alerts, faults, invariants).

#include "api/ApiServerPrivate.h"
#include "shop/AdminActions.h"

namespace sagashop::api {

namespace {

/// Who the saga log names for actions taken through the API (the admin token has no name).
const QString kApiAdminName = u"api"_s;

/// An admin action's result: 200 with ActionResult::toJson(), or its refusal as an error.
ApiReply actionReply(shop::ActionResult result)
{
    if (result.ok)
        return jsonReply(200, result.toJson());
    int status = 500;
    if (result.errorCode == u"not_found"_s)
        status = 404;
    else if (result.errorCode == u"not_cancellable"_s || result.errorCode == u"nothing_missing"_s)
        status = 409;
    else if (result.errorCode == u"unavailable"_s)
        status = 503;
    throw ApiError(status, result.errorCode, result.error);
}

} // namespace

void ApiServer::adminRoute(const Request &r, const Responder &responder, bool &matched)
{
    RouteMatcher is{r, matched};
    const QStringList &p = r.path;
    // The admin actions (cancel, compensate, retrigger) live with the server, made on first use.
    const auto adminActions = [this]() -> shop::AdminActions & {
        auto *actions = findChild<shop::AdminActions *>(QString(), Qt::FindDirectChildrenOnly);
        return actions ? *actions : *new shop::AdminActions(m_shop, this);
    };

    if (is(Method::Post, u"/api/admin/coupons"_s)) {
        const QJsonObject body = Json::parseObject(r.body);
        services::CouponDefinition d;
        const QString name = Json::requireString(body, u"name"_s);
        d.nameEn = Json::optionalString(body, u"nameEn"_s).value_or(name);
        d.nameKo = Json::optionalString(body, u"nameKo"_s).value_or(name);
        d.kind = Json::requireString(body, u"kind"_s);
        if (d.kind != services::CouponDefinition::Fixed && d.kind != services::CouponDefinition::Percent)
            throw ApiError(400, u"invalid_field"_s, u"Field \"kind\" must be \"fixed\" or \"percent\"."_s);
        d.value = Json::requireInt(body, u"value"_s);
        d.quantity = Json::requireInt(body, u"quantity"_s);
        d.minOrderAmount = Json::optionalInt(body, u"minOrderAmount"_s).value_or(0);
        d.expiresAt = Json::optionalInt(body, u"expiresAt"_s).value_or(0);
        then(m_shop.coupons().createCoupon(d), responder, [](bus::Outcome<qint64> o) {
            return jsonReply(201, QJsonObject{{u"id"_s, take(std::move(o))}});
        });
    } else if (is(Method::Post, u"/api/admin/products/*/restock"_s)) {
        const QString productId = p.at(3);
        const qint64 quantity = Json::requireInt(Json::parseObject(r.body), u"quantity"_s);
        then(m_shop.inventory().restock(productId, quantity), responder, [productId](bus::Outcome<qint64> o) {
            return jsonReply(200, QJsonObject{{u"id"_s, productId}, {u"stock"_s, take(std::move(o))}});
        });
    } else if (is(Method::Get, u"/api/admin/sagas"_s)) {
        // ?status=running|completed|compensating|compensated|failed|abnormal|stuck ("running"
        // and "compensating" leave out the stuck ones: no progress for ShopConfig::stuckAfterMs)
        // &q=<order id | saga id or its beginning | u:<user id>> &from=&to= (startedAt, UTC ms,
        // [from, to)) &limit= &offset= or the keyset &beforeUpdatedAt=&beforeSagaId= (the last
        // saga of the previous page). Newest update first; "status" shows "stuck" too, and
        // "recordedStatus" what the log recorded.
        static const QStringList statuses{u"running"_s,     u"completed"_s, u"compensating"_s, u"compensated"_s,
                                          u"failed"_s,      u"abnormal"_s,  u"stuck"_s};
        const auto queryMs = [&r](const QString &key) -> qint64 {
            if (!r.query.hasQueryItem(key))
                return 0;
            bool ok = false;
            const qint64 value = r.query.queryItemValue(key).toLongLong(&ok);
            if (!ok || value < 0 || value > (qint64(1) << 53))
                throw ApiError(400, u"invalid_parameter"_s,
                               u"Query parameter \"%1\" must be a time in milliseconds since 1970 (UTC)."_s.arg(key));
            return value;
        };
        saga::SagaQuery query;
        query.status = r.query.queryItemValue(u"status"_s);
        if (!query.status.isEmpty() && !statuses.contains(query.status))
            throw ApiError(400, u"invalid_parameter"_s,
                           u"Query parameter \"status\" must be one of %1."_s.arg(statuses.join(u", "_s)));
        query.search = r.query.queryItemValue(u"q"_s, QUrl::FullyDecoded);
        if (const QString error = saga::SagaQuery::parseSearch(query.search).error; !error.isEmpty())
            throw ApiError(400, u"invalid_parameter"_s, error);
        query.startedFrom = queryMs(u"from"_s);
        query.startedTo = queryMs(u"to"_s);
        query.beforeUpdatedAt = queryMs(u"beforeUpdatedAt"_s);
        query.beforeSagaId = r.query.queryItemValue(u"beforeSagaId"_s, QUrl::FullyDecoded);
        if ((query.beforeUpdatedAt > 0) != !query.beforeSagaId.isEmpty())
            throw ApiError(400, u"invalid_parameter"_s,
                           u"Query parameters \"beforeUpdatedAt\" and \"beforeSagaId\" go together."_s);
        query.stuckAfterMs = m_shop.config().stuckAfterMs;
        query.limit = queryInt(r.query, u"limit"_s, 50, 1, 1000);
        query.offset = queryInt(r.query, u"offset"_s, 0, 0, 1'000'000'000);
        then(m_shop.sagaLog().sagas(query), responder, [](bus::Outcome<QList<saga::SagaSummary>> o) {
            QJsonArray list;
            for (const auto &s : take(std::move(o))) {
                QJsonObject json = summaryJson(s);
                json.insert(u"status"_s, s.shownStatus());
                json.insert(u"recordedStatus"_s, s.status);
                json.insert(u"orderId"_s, s.orderId);
                json.insert(u"userId"_s, s.userId);
                json.insert(u"amount"_s, s.amount);
                list.append(json);
            }
            return jsonReply(200, list);
        });
    } else if (is(Method::Get, u"/api/admin/sagas/*"_s)) {
        const QString sagaId = p.at(3);
        then(m_shop.sagaLog().timeline(sagaId), responder, [sagaId](bus::Outcome<QList<saga::SagaLogEntry>> o) {
            const auto entries = take(std::move(o));
            if (entries.isEmpty())
                throw ApiError(404, u"not_found"_s, u"There is no saga \"%1\"."_s.arg(sagaId));
            QJsonArray list;
            for (const auto &e : entries)
                list.append(entryJson(e));
            return jsonReply(200, list);
        });
    } else if (is(Method::Post, u"/api/admin/orders/*/cancel"_s)) {
        const qint64 orderId = idOf(p.at(3), u"order"_s);
        then(adminActions().cancelOrder(orderId, kApiAdminName), responder, actionReply);
    } else if (is(Method::Post, u"/api/admin/sagas/*/compensate"_s)) {
        then(adminActions().compensateSaga(p.at(3), kApiAdminName), responder, actionReply);
    } else if (is(Method::Post, u"/api/admin/sagas/*/retrigger"_s)) {
        then(adminActions().retriggerMissingSteps(p.at(3), kApiAdminName), responder, actionReply);
    } else if (is(Method::Get, u"/api/admin/dlq"_s)) {
        then(m_shop.bus().deadLetters(), responder, [](QList<bus::DeadLetter> letters) {
            QJsonArray list;
            for (const auto &d : letters)
                list.append(deadLetterJson(d));
            return jsonReply(200, list);
        });
    } else if (is(Method::Post, u"/api/admin/dlq/*/retry"_s) || is(Method::Delete, u"/api/admin/dlq/*"_s)) {
        const QUuid id = QUuid::fromString(p.at(3));
        if (id.isNull())
            throw ApiError(404, u"not_found"_s, u"There is no dead letter \"%1\"."_s.arg(p.at(3)));
        if (r.method == Method::Delete) {
            then(m_shop.bus().discardDeadLetter(id), responder, [id](bool discarded) {
                if (!discarded)
                    throw ApiError(404, u"not_found"_s, u"There is no dead letter %1."_s.arg(id.toString(QUuid::WithoutBraces)));
                return jsonReply(200, QJsonObject{{u"id"_s, id.toString(QUuid::WithoutBraces)}, {u"discarded"_s, true}});
            });
        } else {
            then(m_shop.bus().retryDeadLetter(id), responder, [id](bus::DeadLetterRetryResult result) {
                using Status = bus::DeadLetterRetryResult::Status;
                const QString idText = id.toString(QUuid::WithoutBraces);
                switch (result.status) {
                case Status::Handled:
                    return jsonReply(200, QJsonObject{{u"id"_s, idText}, {u"status"_s, u"handled"_s}});
                case Status::FailedAgain:
                    throw ApiError(409, u"failed_again"_s, result.error);
                case Status::NotFound:
                    throw ApiError(404, u"not_found"_s, u"There is no dead letter %1."_s.arg(idText));
                case Status::StorageFailed:
                    break;
                }
                throw ApiError(503, u"unavailable"_s, result.error);
            });
        }
    } else if (is(Method::Post, u"/api/admin/reconcile"_s)) {
        then(m_shop.reconciler().runNow(), responder, [](shop::ReconcileReport report) {
            return jsonReply(200, report.toJson());
        });
    } else if (is(Method::Get, u"/api/admin/alerts"_s)) {
        const int limit = queryInt(r.query, u"limit"_s, 100, 1, 1000);
        const int afterId = queryInt(r.query, u"afterId"_s, 0, 0, std::numeric_limits<int>::max());
        then(m_shop.alerts().alerts(limit, afterId), responder, [](bus::Outcome<QList<alerts::Alert>> o) {
            QJsonArray list;
            for (const auto &a : take(std::move(o)))
                list.append(a.toJson());
            return jsonReply(200, list);
        });
    } else if (is(Method::Post, u"/api/admin/faults"_s)) {
        const QJsonObject body = Json::parseObject(r.body);
        const QString serviceName = Json::requireString(body, u"service"_s);
        bus::Service *service = m_shop.service(serviceName);
        if (!service)
            throw ApiError(404, u"not_found"_s,
                           u"There is no service \"%1\" (one of: %2)."_s.arg(serviceName, m_shop.serviceNames().join(u", "_s)));
        const auto mode = bus::FaultInjector::modeFromName(Json::requireString(body, u"mode"_s));
        if (!mode)
            throw ApiError(400, u"invalid_field"_s, u"Field \"mode\" must be fail, delay, duplicate or drop."_s);
        bus::FaultInjector::Plan plan;
        plan.mode = *mode;
        const qint64 count = Json::optionalInt(body, u"count"_s).value_or(0);
        const qint64 delayMs = Json::optionalInt(body, u"delayMs"_s).value_or(0);
        if (count < 0 || count > 1'000'000)
            throw ApiError(400, u"invalid_field"_s, u"Field \"count\" must be from 0 to 1000000."_s);
        if (delayMs < 0 || delayMs > 60'000)
            throw ApiError(400, u"invalid_field"_s, u"Field \"delayMs\" must be from 0 to 60000."_s);
        plan.count = int(count);
        plan.delayMs = int(delayMs);
        plan.probability = Json::optionalNumber(body, u"probability"_s).value_or(0);
        const QString refusal = service->faults().set(plan);
        if (!refusal.isEmpty())
            throw ApiError(400, u"invalid_fault"_s, refusal);
        send(responder, jsonReply(200, faultsJson(serviceName, service->faults().active())));
    } else if (is(Method::Delete, u"/api/admin/faults"_s)) {
        const QString only = r.query.queryItemValue(u"service"_s);
        QJsonArray cleared;
        for (const QString &name : m_shop.serviceNames()) {
            if (!only.isEmpty() && name != only)
                continue;
            if (bus::Service *service = m_shop.service(name)) {
                service->faults().clearAll();
                cleared.append(name);
            }
        }
        if (!only.isEmpty() && cleared.isEmpty())
            throw ApiError(404, u"not_found"_s, u"There is no service \"%1\"."_s.arg(only));
        send(responder, jsonReply(200, QJsonObject{{u"cleared"_s, cleared}}));
    } else if (is(Method::Get, u"/api/admin/invariants"_s)) {
        shop::Shop &shop = m_shop;
        runBlocking(responder, [&shop]() {
            return jsonReply(200, shop::Invariants::check(shop, bus::HybridClock::nowMs()).toJson());
        });
    }
    if (!matched && is.pathOnly)
        throw ApiError(405, u"method_not_allowed"_s, u"/%1 does not take this method."_s.arg(p.join(u'/')));
}


} // namespace sagashop::api
