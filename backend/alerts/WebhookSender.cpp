#include "alerts/WebhookSender.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace sagashop::alerts {

namespace {
Q_LOGGING_CATEGORY(lcWebhook, "sagashop.alerts.webhook")
}

WebhookSender::WebhookSender(int timeoutMs) : m_timeoutMs(timeoutMs)
{
    m_thread.setObjectName(u"webhook"_s);
    moveToThread(&m_thread);
    m_thread.start();
}

WebhookSender::~WebhookSender()
{
    QMetaObject::invokeMethod(
        this, [this] {
            delete m_network;
            m_network = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void WebhookSender::setUrl(const QUrl &url)
{
    QMutexLocker lock(&m_mutex);
    m_url = url;
}

QUrl WebhookSender::url() const
{
    QMutexLocker lock(&m_mutex);
    return m_url;
}

void WebhookSender::post(const QJsonObject &body)
{
    const QUrl target = url();
    if (target.isEmpty())
        return;
    QMetaObject::invokeMethod(this, [this, body, target] { send(body, target); }, Qt::QueuedConnection);
}

void WebhookSender::send(const QJsonObject &body, const QUrl &url)
{
    if (!m_network)
        m_network = new QNetworkAccessManager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            m_sent.fetch_add(1);
            return;
        }
        m_failed.fetch_add(1);
        qCWarning(lcWebhook).noquote() << "alert webhook" << url.toString() << "failed:"
                                       << (status ? u"HTTP %1"_s.arg(status) : reply->errorString());
    });
}

} // namespace sagashop::alerts
