#pragma once

#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <atomic>

class QNetworkAccessManager;

namespace sagashop::alerts {

/// Posts JSON to a webhook without blocking anyone: the network runs on its own thread;
/// failures are logged and counted, never retried (alerts are also kept in the database).
class WebhookSender : public QObject
{
    Q_OBJECT

public:
    explicit WebhookSender(int timeoutMs = 3000);
    ~WebhookSender() override;

    void setUrl(const QUrl &url);
    QUrl url() const;
    /// Queues one POST (no-op without a URL).
    void post(const QJsonObject &body);

    int sent() const { return m_sent.load(); }
    int failed() const { return m_failed.load(); }

private:
    void send(const QJsonObject &body, const QUrl &url); // on the network thread

    QThread m_thread;
    QNetworkAccessManager *m_network = nullptr; // lives on m_thread
    mutable QMutex m_mutex;
    QUrl m_url;
    int m_timeoutMs;
    std::atomic<int> m_sent{0};
    std::atomic<int> m_failed{0};
};

} // namespace sagashop::alerts
