#include "api/ApiServer.h"

#include "alerts/AlertService.h"
#include "api/ApiJson.h"
#include "bus/EventBus.h"
#include "bus/HybridClock.h"
#include "saga/SagaLog.h"
#include "services/DomainError.h"
#include "services/balance/BalanceService.h"
#include "services/coupon/CouponService.h"
#include "services/inventory/InventoryService.h"
#include "services/order/OrderService.h"
#include "services/payment/PaymentService.h"
#include "services/statistics/StatisticsService.h"
#include "shop/Invariants.h"
#include "shop/Reconciler.h"
#include "shop/Shop.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>

#include <limits>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace sagashop::api {

using services::DomainError;
using Method = QHttpServerRequest::Method;

/// What the dispatcher keeps of a request (QHttpServerRequest dies when dispatch returns).
struct ApiServer::Request
{
    Method method = Method::Unknown;
    QStringList path; ///< segments, without empty ones
    QUrlQuery query;
    QByteArray body;
    QString idempotencyKey;
    bool hasIdempotencyKey = false;
    bool admin = false;
};

/// The responder of a request in flight, with a guard on its socket: a client that hangs up
/// before the backend answers has its socket deleted by QHttpServer, and then nothing is
/// written.
struct ApiServer::Reply
{
    explicit Reply(QHttpServerResponder &&r) : responder(std::move(r)), socket(responder.socket()) { }
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
};

namespace {

ApiReply jsonReply(int status, const QJsonObject &o)
{
    return {status, QJsonDocument(o).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json")};
}
ApiReply jsonReply(int status, const QJsonArray &a)
{
    return {status, QJsonDocument(a).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json")};
}
ApiReply errorReply(int status, const QString &code, const QString &message)
{
    return {status, Json::errorBody(code, message), QByteArrayLiteral("application/json")};
}
constexpr int kDeferred = 0;

/// The ApiError for a failed backend Outcome.
ApiError outcomeError(const QString &error, bool storageFailure)
{
    if (storageFailure)
        return ApiError(503, u"unavailable"_s, error);
    const QString code = DomainError::codeOf(error);
    if (code.isEmpty())
        return ApiError(500, u"internal"_s, error);
    return ApiError(Json::statusForDomainCode(code), code, DomainError::messageOf(error));
}

template<typename T>
T take(bus::Outcome<T> outcome)
{
    if (!outcome.ok())
        throw outcomeError(outcome.error, outcome.storageFailure);
    return std::move(*outcome.value);
}

template<typename T>
T wait(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

/// A positive id in a path segment; anything else names nothing (404).
qint64 idOf(const QString &segment, const QString &what)
{
    bool ok = false;
    const qint64 id = segment.size() <= 16 ? segment.toLongLong(&ok) : 0;
    if (!ok || id < 1 || id > (qint64(1) << 53) || segment.startsWith(u'+'))
        throw ApiError(404, u"not_found"_s, u"There is no %1 \"%2\"."_s.arg(what, segment));
    return id;
}

/// A non-negative integer query parameter within [min, max] (400 otherwise).
int queryInt(const QUrlQuery &query, const QString &key, int fallback, int min, int max)
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const QString text = query.queryItemValue(key);
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        throw ApiError(400, u"invalid_parameter"_s,
                       u"Query parameter \"%1\" must be a whole number from %2 to %3."_s.arg(key).arg(min).arg(max));
    return value;
}

bool sameToken(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QJsonObject summaryJson(const saga::SagaSummary &s)
{
    return {{u"sagaId"_s, s.sagaId},           {u"status"_s, s.status},
            {u"startedAt"_s, s.startedAt},     {u"updatedAt"_s, s.updatedAt},
            {u"lastEventType"_s, s.lastEventType}, {u"entries"_s, s.entries},
            {u"retries"_s, s.retries},         {u"deadLetters"_s, s.deadLetters},
            {u"compensations"_s, s.compensations}};
}

QJsonObject entryJson(const saga::SagaLogEntry &e)
{
    return {{u"id"_s, e.id},
            {u"sequence"_s, e.sequence},
            {u"sagaId"_s, e.sagaId},
            {u"at"_s, e.at},
            {u"kind"_s, e.kind},
            {u"service"_s, e.service},
            {u"eventId"_s, e.eventId},
            {u"eventType"_s, e.eventType},
            {u"aggregateId"_s, e.aggregateId},
            {u"causationId"_s, e.causationId},
            {u"attempt"_s, e.attempt},
            {u"error"_s, e.error},
            {u"payload"_s, e.payload}};
}

QJsonObject deadLetterJson(const bus::DeadLetter &d)
{
    QJsonObject o{{u"id"_s, d.id.toString(QUuid::WithoutBraces)},
                  {u"consumer"_s, d.consumer},
                  {u"eventId"_s, d.eventId.toString(QUuid::WithoutBraces)},
                  {u"eventType"_s, d.eventType},
                  {u"aggregateId"_s, d.aggregateId},
                  {u"sagaId"_s, d.sagaId},
                  {u"error"_s, d.error},
                  {u"attempts"_s, d.attempts},
                  {u"firstFailureAt"_s, d.firstFailureAt},
                  {u"lastFailureAt"_s, d.lastFailureAt}};
    const QJsonDocument envelope = QJsonDocument::fromJson(d.envelope);
    if (envelope.isObject())
        o.insert(u"envelope"_s, envelope.object());
    else
        o.insert(u"envelope"_s, QString::fromUtf8(d.envelope));
    return o;
}

QJsonObject faultsJson(const QString &service, const QList<bus::FaultInjector::Plan> &plans)
{
    QJsonArray active;
    for (const auto &p : plans) {
        active.append(QJsonObject{{u"mode"_s, bus::FaultInjector::modeName(p.mode)},
                                  {u"count"_s, p.count},
                                  {u"probability"_s, p.probability},
                                  {u"delayMs"_s, p.delayMs}});
    }
    return {{u"service"_s, service}, {u"faults"_s, active}};
}

QString promLabel(const QString &value)
{
    QString v = value;
    v.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return v;
}

// Saga latency buckets (ms): click (order created) to CONFIRMED.
constexpr qint64 kLatencyBuckets[] = {5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000};
struct Latency
{
    QList<qint64> cumulative; // one per bucket
    qint64 count = 0;
    qint64 sum = 0;
};

} // namespace

ApiServer::ApiServer(shop::Shop &shop, ApiConfig config, QObject *parent)
    : QObject(parent), m_shop(shop), m_config(std::move(config)), m_server(std::make_unique<QHttpServer>())
{
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        dispatch(request, std::move(responder));
    });
    m_worker.setObjectName(u"api-worker"_s);
    m_workerContext = new QObject;
    m_workerContext->moveToThread(&m_worker);
    connect(&m_worker, &QThread::finished, m_workerContext, &QObject::deleteLater);
    m_worker.start();
}

ApiServer::~ApiServer()
{
    m_server.reset(); // stop accepting first
    m_worker.quit();
    m_worker.wait();
}

bool ApiServer::isLoopback(const QHostAddress &address)
{
    if (address.isLoopback())
        return true;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also IPv4-mapped IPv6
    return isV4 && (v4 >> 24) == 127;
}

quint16 ApiServer::listen()
{
    if (m_config.apiToken.isEmpty() || m_config.adminToken.isEmpty())
        throw std::runtime_error("the API needs both an API token and an admin token");
    if (m_config.apiToken == m_config.adminToken)
        throw std::runtime_error("the API token and the admin token must differ");
    if (!isLoopback(m_config.address) && !m_config.listenAny) {
        throw std::runtime_error(
                u"refusing to listen on %1: not a loopback address (use --listen-any to allow it)"_s
                        .arg(m_config.address.toString())
                        .toStdString());
    }
    const quint16 port = m_server->listen(m_config.address, m_config.port);
    if (port == 0) {
        throw std::runtime_error(u"cannot listen on %1:%2"_s.arg(m_config.address.toString()).arg(m_config.port).toStdString());
    }
    m_port = port;
    return port;
}

QString ApiServer::ensureToken(const QString &dataDir, const QString &fileName)
{
    if (!QDir().mkpath(dataDir))
        throw std::runtime_error(u"cannot create the directory %1"_s.arg(dataDir).toStdString());
    const QString path = QDir(dataDir).filePath(fileName);
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error(u"cannot read the token file %1: %2"_s.arg(path, file.errorString()).toStdString());
        const QString token = QString::fromLatin1(file.readAll()).trimmed();
        if (token.isEmpty())
            throw std::runtime_error(u"the token file %1 is empty"_s.arg(path).toStdString());
        return token;
    }
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    const QByteArray token = bytes.toHex();
    // Create with 0600 before any byte is written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        throw std::runtime_error(u"cannot create the token file %1: %2"_s.arg(path, file.errorString()).toStdString());
    if (file.write(token + '\n') != token.size() + 1 || !file.flush())
        throw std::runtime_error(u"cannot write the token file %1: %2"_s.arg(path, file.errorString()).toStdString());
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return QString::fromLatin1(token);
}

void ApiServer::send(const Responder &responder, const ApiReply &reply)
{
    if (reply.status == kDeferred || !responder || !responder->socket)
        return;
    if (responder->socket->state() != QAbstractSocket::ConnectedState)
        return;
    responder->responder.write(reply.body, {{QByteArrayLiteral("Content-Type"), reply.contentType}},
                     static_cast<QHttpServerResponder::StatusCode>(reply.status));
}

template<typename T, typename F>
void ApiServer::then(QFuture<T> future, const Responder &responder, F handler)
{
    future.then(this, [this, responder, handler = std::move(handler)](T value) mutable {
        ApiReply reply;
        try {
            reply = handler(std::move(value));
        } catch (const ApiError &e) {
            reply = errorReply(e.status(), e.code(), e.message());
        } catch (const std::exception &e) {
            reply = errorReply(500, u"internal"_s, QString::fromUtf8(e.what()));
        }
        send(responder, reply);
    });
}

void ApiServer::runBlocking(const Responder &responder, std::function<ApiReply()> work)
{
    QPointer<ApiServer> self(this);
    QMetaObject::invokeMethod(m_workerContext, [self, responder, work = std::move(work)] {
        ApiReply reply;
        try {
            reply = work();
        } catch (const ApiError &e) {
            reply = errorReply(e.status(), e.code(), e.message());
        } catch (const std::exception &e) {
            reply = errorReply(500, u"internal"_s, QString::fromUtf8(e.what()));
        }
        if (self) {
            QMetaObject::invokeMethod(self.data(), [self, responder, reply] {
                if (self)
                    self->send(responder, reply);
            }, Qt::QueuedConnection);
        }
    }, Qt::QueuedConnection);
}

void ApiServer::dispatch(const QHttpServerRequest &httpRequest, QHttpServerResponder &&httpResponder)
{
    auto responder = std::make_shared<Reply>(std::move(httpResponder));
    Request request;
    request.method = httpRequest.method();
    request.path = httpRequest.url().path().split(u'/', Qt::SkipEmptyParts);
    request.query = httpRequest.query();

    const bool isApi = !request.path.isEmpty() && request.path.first() == u"api";
    const bool isMetrics = request.path == QStringList{u"metrics"_s};
    if (!isApi && !isMetrics) {
        send(responder, errorReply(404, u"not_found"_s, u"There is no route %1."_s.arg(httpRequest.url().path())));
        return;
    }

    // Authentication: any token for /api, the admin token for /api/admin and /metrics.
    QByteArray authorization;
    for (const auto &[key, value] : httpRequest.headers()) {
        if (key.compare("authorization", Qt::CaseInsensitive) == 0)
            authorization = value.trimmed();
        else if (key.compare("idempotency-key", Qt::CaseInsensitive) == 0) {
            request.idempotencyKey = QString::fromUtf8(value.trimmed());
            request.hasIdempotencyKey = true;
        }
    }
    QByteArray token;
    if (authorization.size() > 7 && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        token = authorization.mid(7).trimmed();
    const bool admin = sameToken(token, m_config.adminToken.toUtf8());
    const bool shopper = !admin && sameToken(token, m_config.apiToken.toUtf8());
    if (!admin && !shopper) {
        send(responder, errorReply(401, u"unauthorized"_s,
                                   token.isEmpty() ? u"Send Authorization: Bearer <token>."_s
                                                   : u"The bearer token is not valid."_s));
        return;
    }
    const bool adminRouteRequested = isMetrics || (request.path.size() > 1 && request.path.at(1) == u"admin");
    if (adminRouteRequested && !admin) {
        send(responder, errorReply(403, u"forbidden"_s, u"This route needs the admin token."_s));
        return;
    }
    request.admin = admin;

    const QByteArray body = httpRequest.body();
    if (body.size() > m_config.maxBodyBytes) {
        send(responder, errorReply(413, u"body_too_large"_s,
                                   u"Request bodies are limited to %1 bytes."_s.arg(m_config.maxBodyBytes)));
        return;
    }
    request.body = body;

    try {
        route(request, responder);
    } catch (const ApiError &e) {
        send(responder, errorReply(e.status(), e.code(), e.message()));
    } catch (const std::exception &e) {
        send(responder, errorReply(500, u"internal"_s, QString::fromUtf8(e.what())));
    }
}

void ApiServer::route(const Request &request, const Responder &responder)
{
    if (request.path == QStringList{u"metrics"_s}) {
        if (request.method != Method::Get)
            throw ApiError(405, u"method_not_allowed"_s, u"Use GET /metrics."_s);
        metrics(responder);
        return;
    }
    bool matched = false;
    if (request.path.size() > 1 && request.path.at(1) == u"admin")
        adminRoute(request, responder, matched);
    else
        shopperRoute(request, responder, matched);
    if (!matched)
        throw ApiError(404, u"not_found"_s, u"There is no route /%1."_s.arg(request.path.join(u'/')));
}

/// Whether the request has the shape of a pattern ("*" matches one segment) and its method.
/// `pathOnly` records that only the method differed, so the caller can answer 405.
struct RouteMatcher
{
    const ApiServer::Request &request;
    bool &matched;
    bool pathOnly = false;

    bool operator()(Method method, const QString &pattern)
    {
        const QStringList parts = pattern.split(u'/', Qt::SkipEmptyParts);
        if (parts.size() != request.path.size())
            return false;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (parts.at(i) != u"*" && parts.at(i) != request.path.at(i))
                return false;
        }
        if (request.method != method) {
            pathOnly = true;
            return false;
        }
        matched = true;
        return true;
    }
};

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

void ApiServer::adminRoute(const Request &r, const Responder &responder, bool &matched)
{
    RouteMatcher is{r, matched};
    const QStringList &p = r.path;

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
    } else if (is(Method::Get, u"/api/admin/sagas"_s)) {
        saga::SagaQuery query;
        query.status = r.query.queryItemValue(u"status"_s);
        query.limit = queryInt(r.query, u"limit"_s, 50, 1, 1000);
        query.offset = queryInt(r.query, u"offset"_s, 0, 0, 1'000'000'000);
        then(m_shop.sagaLog().sagas(query), responder, [](bus::Outcome<QList<saga::SagaSummary>> o) {
            QJsonArray list;
            for (const auto &s : take(std::move(o)))
                list.append(summaryJson(s));
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
        then(m_shop.orders().cancel(orderId, u"admin"_s), responder, [](bus::Outcome<services::OrderView> o) {
            return jsonReply(200, take(std::move(o)).toJson());
        });
    } else if (is(Method::Post, u"/api/admin/sagas/*/compensate"_s)) {
        const QString sagaId = p.at(3);
        shop::Shop &shop = m_shop;
        runBlocking(responder, [&shop, sagaId]() -> ApiReply {
            const auto entries = take(wait(shop.sagaLog().timeline(sagaId)));
            qint64 orderId = 0;
            for (const auto &e : entries) {
                if (e.aggregateId.startsWith(u"order-")) {
                    orderId = e.aggregateId.mid(6).toLongLong();
                    if (orderId > 0)
                        break;
                }
            }
            if (entries.isEmpty() || orderId <= 0)
                throw ApiError(404, u"not_found"_s, u"There is no saga \"%1\" with an order."_s.arg(sagaId));
            const auto order = take(wait(shop.orders().order(orderId)));
            if (!order)
                throw ApiError(404, u"not_found"_s, u"There is no order %1."_s.arg(orderId));
            if (order->status == services::OrderStatus::Confirmed) {
                const auto cancelled = take(wait(shop.orders().cancel(orderId, u"admin"_s)));
                return jsonReply(200, QJsonObject{{u"orderId"_s, orderId},
                                                  {u"sagaId"_s, sagaId},
                                                  {u"action"_s, u"cancelled"_s},
                                                  {u"order"_s, cancelled.toJson()}});
            }
            // Not confirmed: run every idempotent restore; a saga still in flight is marked
            // ABNORMAL so it cannot confirm afterwards.
            QJsonObject restored;
            restored.insert(u"stock"_s, take(wait(shop.inventory().compensateOrder(orderId))));
            restored.insert(u"coupon"_s, take(wait(shop.coupons().compensateOrder(orderId))));
            restored.insert(u"balance"_s, take(wait(shop.balances().compensateOrder(orderId))));
            restored.insert(u"payment"_s, take(wait(shop.payments().compensateOrder(orderId))));
            services::OrderView after = *order;
            if (order->status == services::OrderStatus::Created)
                after = take(wait(shop.orders().markAbnormal(orderId, u"compensated by an administrator"_s)));
            return jsonReply(200, QJsonObject{{u"orderId"_s, orderId},
                                              {u"sagaId"_s, sagaId},
                                              {u"action"_s, u"compensated"_s},
                                              {u"restored"_s, restored},
                                              {u"order"_s, after.toJson()}});
        });
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
            {u"sagashop_queue_depth"_s, u"gauge"_s, u"Deliveries waiting or in retry per service."_s, &bus::ServiceStats::queued},
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
