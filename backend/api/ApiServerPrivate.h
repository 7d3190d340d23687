#pragma once

// Internal to backend/api: what ApiServer.cpp and the route files share (request state,
// reply helpers, JSON shapes). Not part of the API server's public interface.

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
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>
#include <limits>
#include <stdexcept>

namespace sagashop::api {

using namespace Qt::StringLiterals;

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


inline ApiReply jsonReply(int status, const QJsonObject &o)
{
    return {status, QJsonDocument(o).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json")};
}
inline ApiReply jsonReply(int status, const QJsonArray &a)
{
    return {status, QJsonDocument(a).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json")};
}
inline ApiReply errorReply(int status, const QString &code, const QString &message)
{
    return {status, Json::errorBody(code, message), QByteArrayLiteral("application/json")};
}
constexpr int kDeferred = 0;

/// The ApiError for a failed backend Outcome.
inline ApiError outcomeError(const QString &error, bool storageFailure)
{
    if (storageFailure)
        return ApiError(503, u"unavailable"_s, error);
    const QString code = DomainError::codeOf(error);
    if (code.isEmpty())
        return ApiError(500, u"internal"_s, error);
    return ApiError(Json::statusForDomainCode(code), code, DomainError::messageOf(error));
}

template<typename T>
inline T take(bus::Outcome<T> outcome)
{
    if (!outcome.ok())
        throw outcomeError(outcome.error, outcome.storageFailure);
    return std::move(*outcome.value);
}

template<typename T>
inline T wait(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

/// A positive id in a path segment; anything else names nothing (404).
inline qint64 idOf(const QString &segment, const QString &what)
{
    bool ok = false;
    const qint64 id = segment.size() <= 16 ? segment.toLongLong(&ok) : 0;
    if (!ok || id < 1 || id > (qint64(1) << 53) || segment.startsWith(u'+'))
        throw ApiError(404, u"not_found"_s, u"There is no %1 \"%2\"."_s.arg(what, segment));
    return id;
}

/// A non-negative integer query parameter within [min, max] (400 otherwise).
inline int queryInt(const QUrlQuery &query, const QString &key, int fallback, int min, int max)
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

inline bool sameToken(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

inline QJsonObject summaryJson(const saga::SagaSummary &s)
{
    return {{u"sagaId"_s, s.sagaId},           {u"status"_s, s.status},
            {u"startedAt"_s, s.startedAt},     {u"updatedAt"_s, s.updatedAt},
            {u"lastEventType"_s, s.lastEventType}, {u"entries"_s, s.entries},
            {u"retries"_s, s.retries},         {u"deadLetters"_s, s.deadLetters},
            {u"compensations"_s, s.compensations}};
}

inline QJsonObject entryJson(const saga::SagaLogEntry &e)
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

inline QJsonObject deadLetterJson(const bus::DeadLetter &d)
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

inline QJsonObject faultsJson(const QString &service, const QList<bus::FaultInjector::Plan> &plans)
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

inline QString promLabel(const QString &value)
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

} // namespace sagashop::api
