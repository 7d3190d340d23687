#pragma once

#include "api/ApiConfig.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace sagashop::shop {
class Shop;
}

namespace sagashop::api {

/// What a route answers: an HTTP status, a body and its content type. Status 0 means "the
/// route answers later by itself" (a chained continuation).
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
};

/// The loopback HTTP API of issue 3 over a Shop: JSON routes under /api (bearer tokens;
/// /api/admin/* and /metrics need the admin token) and Prometheus text at /metrics.
///
/// Threading: the server lives on the thread that creates it (the application's main
/// thread) and never blocks it. A route calls a backend service, which returns a QFuture,
/// and answers from a `.then(this, …)` continuation on the server's thread. Routes that need
/// several blocking reads in a row (invariants, saga compensation) run on the server's own
/// worker thread and post their answer back.
///
/// Every request goes through one dispatcher (QHttpServer's missing handler) so that auth,
/// the body size limit and JSON errors for unknown routes are uniform.
class ApiServer : public QObject
{
    Q_OBJECT

public:
    ApiServer(shop::Shop &shop, ApiConfig config, QObject *parent = nullptr);
    ~ApiServer() override;

    /// Binds config().address:port. Returns the port bound. Throws std::runtime_error with a
    /// sentence when the address is not loopback (and listenAny is off), a token is empty,
    /// or the port cannot be bound (listenFailure(): what happened and what to do).
    quint16 listen();
    /// The sentence listen() throws when the socket refuses `address`:`port` with `error`
    /// (`detail`: the socket's own words, used for errors without a better sentence).
    static QString listenFailure(const QHostAddress &address, quint16 port, QAbstractSocket::SocketError error,
                                 const QString &detail);
    /// The bound port (0 before listen()).
    quint16 port() const noexcept { return m_port; }
    const ApiConfig &config() const noexcept { return m_config; }

    /// Reads the token in `<dataDir>/<fileName>`, or creates it (32 random bytes as hex,
    /// permissions 0600). Throws std::runtime_error when the file cannot be read or written.
    static QString ensureToken(const QString &dataDir, const QString &fileName);
    /// 127.0.0.0/8 or ::1 (also IPv4-mapped).
    static bool isLoopback(const QHostAddress &address);

    struct Request;
    struct Reply;
    using Responder = std::shared_ptr<Reply>;

private:
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void route(const Request &request, const Responder &responder);
    void send(const Responder &responder, const ApiReply &reply);
    /// Runs `work` (blocking reads allowed) on the worker thread and answers with its reply.
    void runBlocking(const Responder &responder, std::function<ApiReply()> work);
    template<typename T, typename F>
    void then(QFuture<T> future, const Responder &responder, F handler);

    // Route groups (each answers through `responder`).
    void shopperRoute(const Request &request, const Responder &responder, bool &matched);
    void adminRoute(const Request &request, const Responder &responder, bool &matched);
    void metrics(const Responder &responder);

    shop::Shop &m_shop;
    ApiConfig m_config;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QThread m_worker;
    QObject *m_workerContext = nullptr; // lives on m_worker
};

} // namespace sagashop::api
