#include "services/export/HttpPoster.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSemaphore>
#include <QThread>

using namespace Qt::StringLiterals;

namespace sagashop::services {

struct HttpPoster::Call
{
    QSemaphore done;
    Result result;                  ///< written on the network thread before done is released
    QPointer<QNetworkReply> reply;  ///< network thread only
};

namespace {

QString failure(const QUrl &url, const QString &what)
{
    return u"export to %1 failed: %2"_s.arg(url.toDisplayString(), what);
}

QString timedOut(const QUrl &url, int timeoutMs)
{
    return u"export to %1 timed out after %2 ms"_s.arg(url.toDisplayString()).arg(timeoutMs);
}

HttpPoster::Result resultOf(QNetworkReply &reply, const QUrl &url, int timeoutMs)
{
    HttpPoster::Result result;
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.httpStatus = status.isValid() ? status.toInt() : 0;
    if (result.httpStatus >= 200 && result.httpStatus < 300 && reply.error() == QNetworkReply::NoError) {
        result.ok = true;
        return result;
    }
    if (result.httpStatus != 0) {
        result.error = failure(url, u"HTTP %1"_s.arg(result.httpStatus));
        return result;
    }
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        result.error = failure(url, u"connection refused"_s);
        break;
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
    case QNetworkReply::TimeoutError:
        result.error = timedOut(url, timeoutMs);
        break;
    case QNetworkReply::HostNotFoundError:
        result.error = failure(url, u"host not found"_s);
        break;
    default:
        result.error = failure(url, reply.errorString());
        break;
    }
    return result;
}

} // namespace

HttpPoster::HttpPoster() = default;

HttpPoster::~HttpPoster()
{
    QMutexLocker lock(&m_mutex);
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

QObject *HttpPoster::context()
{
    QMutexLocker lock(&m_mutex);
    if (!m_thread) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(u"export-http"_s);
        m_context = new QObject;
        m_context->moveToThread(m_thread.get());
        // Deferred deletions run as the thread finishes: the manager and its replies are
        // deleted on their own thread.
        QObject::connect(m_thread.get(), &QThread::finished, m_context, &QObject::deleteLater);
        m_thread->start();
    }
    return m_context;
}

HttpPoster::Result HttpPoster::post(const QUrl &url, const QByteArray &json, int timeoutMs)
{
    QObject *target = context();
    Q_ASSERT_X(QThread::currentThread() != m_thread.get(), "HttpPoster::post", "would wait for itself");
    auto call = std::make_shared<Call>();
    QMetaObject::invokeMethod(
        target,
        [this, call, url, json, timeoutMs] {
            if (!m_manager)
                m_manager = new QNetworkAccessManager(m_context);
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setTransferTimeout(timeoutMs);
            QNetworkReply *reply = m_manager->post(request, json);
            call->reply = reply;
            QObject::connect(reply, &QNetworkReply::finished, reply, [call, reply, url, timeoutMs] {
                call->result = resultOf(*reply, url, timeoutMs);
                reply->deleteLater();
                call->done.release();
            });
        },
        Qt::QueuedConnection);

    if (call->done.tryAcquire(1, timeoutMs + 500))
        return call->result;
    // No answer in time, not even the transfer timeout's: give up and abort it there.
    QMetaObject::invokeMethod(
        target, [call] {
            if (call->reply)
                call->reply->abort();
        },
        Qt::QueuedConnection);
    return Result{false, 0, timedOut(url, timeoutMs)};
}

} // namespace sagashop::services
