// The API server: listening, tokens, dispatch (auth, size limit, errors) and replies.
// Routes live in ShopperRoutes.cpp, AdminRoutes.cpp and MetricsRoute.cpp.

#include "api/ApiServerPrivate.h"

namespace sagashop::api {


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
    // Our own QTcpServer rather than QHttpServer::listen(), which answers a failure with 0
    // and a log line: the socket error is what tells the person what to do.
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(m_config.address, m_config.port))
        throw std::runtime_error(listenFailure(m_config.address, m_config.port, tcp->serverError(), tcp->errorString())
                                         .toStdString());
    const quint16 port = tcp->serverPort();
    m_server->bind(tcp.release()); // takes ownership
    m_port = port;
    return port;
}

QString ApiServer::listenFailure(const QHostAddress &address, quint16 port, QAbstractSocket::SocketError error,
                                 const QString &detail)
{
    const QString where = u"%1:%2"_s.arg(address.protocol() == QAbstractSocket::IPv6Protocol
                                                 ? u"[%1]"_s.arg(address.toString())
                                                 : address.toString())
                              .arg(port);
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        return u"Cannot serve the HTTP API on %1: the port is already in use, by another SagaShop or another "
               u"program. Stop that program, or choose a free port with --listen 127.0.0.1:PORT."_s.arg(where);
    case QAbstractSocket::SocketAccessError:
        return u"Cannot serve the HTTP API on %1: not allowed to use this port (ports below 1024 need extra "
               u"privileges). Choose a port from 1024 to 65535 with --listen 127.0.0.1:PORT."_s.arg(where);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return u"Cannot serve the HTTP API on %1: this machine has no such address. Use --listen 127.0.0.1:PORT."_s.arg(
                where);
    default:
        return u"Cannot serve the HTTP API on %1: %2. Check the address, or choose another port with --listen "
               u"127.0.0.1:PORT."_s.arg(where, detail);
    }
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



} // namespace sagashop::api
