#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <memory>

class QObject;
class QThread;
class QNetworkAccessManager;

namespace sagashop::services {

/// POSTs JSON and waits for the answer without running the caller's event loop: the
/// QNetworkAccessManager lives on a thread of its own (started on first use), the request
/// is handed to it by queued invocation and the caller blocks on a semaphore. So a bus
/// handler can wait for an HTTP reply without re-entering the bus through a nested event
/// loop. Thread-safe; post() may be called from any thread except the poster's own.
class HttpPoster
{
public:
    struct Result
    {
        bool ok = false;    ///< a 2xx answer arrived
        int httpStatus = 0; ///< 0 when no HTTP answer arrived
        QString error;      ///< when !ok: "export to <url> failed: …" in plain words
    };

    HttpPoster();
    ~HttpPoster();
    HttpPoster(const HttpPoster &) = delete;
    HttpPoster &operator=(const HttpPoster &) = delete;

    /// POSTs `json` (Content-Type: application/json) to `url`. Gives up after `timeoutMs`
    /// without progress (QNetworkRequest::setTransferTimeout) and in any case after
    /// timeoutMs + 500 ms (the request is then aborted).
    Result post(const QUrl &url, const QByteArray &json, int timeoutMs);

private:
    struct Call;
    /// The object living on the network thread (starts the thread on first use).
    QObject *context();

    QMutex m_mutex;
    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr;               ///< lives on m_thread, deleted when it finishes
    QNetworkAccessManager *m_manager = nullptr; ///< child of m_context, used on m_thread only
};

} // namespace sagashop::services
