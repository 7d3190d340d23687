// The Export service through the real bus, against a real HTTP server on 127.0.0.1 (a small
// HTTP/1.1 responder on QTcpServer, on a thread of its own so that the test thread may block).

#include "common/ServiceHarness.h"
#include "common/TestSupport.h"
#include "saga/CheckoutEvents.h"
#include "saga/Payload.h"
#include "services/export/ExportService.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::services::ExportConfig;
using sagashop::services::ExportRecord;
using sagashop::services::ExportService;
using sagashop::test::await;
using sagashop::test::countRows;
namespace Events = sagashop::saga::CheckoutEvents;

namespace {

/// A data platform stand-in: answers each POST with the next status of a script (then with
/// a default), or never answers (status 0, "hang"). Records every request it received.
class TestHttpServer
{
public:
    static constexpr int Hang = 0;

    TestHttpServer()
    {
        m_thread.setObjectName(u"test-http"_s);
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                m_server = new QTcpServer(m_context);
                QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] { accept(); });
                m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~TestHttpServer()
    {
        m_thread.quit();
        m_thread.wait();
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/orders"_s.arg(m_port)); }
    quint16 port() const { return m_port; }

    /// The statuses of the next requests, in order; afterwards `fallback`.
    void script(QList<int> statuses, int fallback = 200)
    {
        QMutexLocker lock(&m_mutex);
        m_script = std::move(statuses);
        m_fallback = fallback;
    }
    int requests() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_bodies.size());
    }
    QList<QByteArray> bodies() const
    {
        QMutexLocker lock(&m_mutex);
        return m_bodies;
    }
    QList<QByteArray> contentTypes() const
    {
        QMutexLocker lock(&m_mutex);
        return m_contentTypes;
    }
    QList<QByteArray> paths() const
    {
        QMutexLocker lock(&m_mutex);
        return m_paths;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
                qsizetype length = 0;
                QByteArray contentType;
                for (const QByteArray &line : lines) {
                    const qsizetype colon = line.indexOf(':');
                    if (colon < 0)
                        continue;
                    const QByteArray name = line.left(colon).trimmed().toLower();
                    const QByteArray value = line.mid(colon + 1).trimmed();
                    if (name == "content-length")
                        length = value.toLongLong();
                    else if (name == "content-type")
                        contentType = value;
                }
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                respond(socket, lines.value(0).split(' ').value(1), contentType, buffer->mid(headerEnd + 4, length));
                buffer->clear();
            });
        }
    }

    void respond(QTcpSocket *socket, const QByteArray &path, const QByteArray &contentType, const QByteArray &body)
    {
        int status = 200;
        {
            QMutexLocker lock(&m_mutex);
            m_bodies.append(body);
            m_contentTypes.append(contentType);
            m_paths.append(path);
            status = m_script.isEmpty() ? m_fallback : m_script.takeFirst();
        }
        if (status == Hang)
            return; // keep the connection open and say nothing
        const QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + " Test\r\nContent-Type: text/plain\r\n"
                                 "Content-Length: 2\r\nConnection: close\r\n\r\nok";
        socket->write(reply);
        socket->disconnectFromHost();
    }

    QThread m_thread;
    QObject *m_context = nullptr;
    QTcpServer *m_server = nullptr; // server thread only
    quint16 m_port = 0;

    mutable QMutex m_mutex;
    QList<int> m_script;
    int m_fallback = 200;
    QList<QByteArray> m_bodies;
    QList<QByteArray> m_contentTypes;
    QList<QByteArray> m_paths;
};

QJsonObject exportRequest(qint64 orderId)
{
    return {{u"orderId"_s, orderId},
            {u"userId"_s, 3},
            {u"items"_s, saga::Payload::itemsToJson({{u"p01"_s, 2, 1500}, {u"p02"_s, 1, 7000}}, true)},
            {u"amount"_s, 10000},
            {u"discount"_s, 1000},
            {u"finalAmount"_s, 9000},
            {u"confirmedAt"_s, qint64(1'700'000'000'000)}};
}

/// The export service and a script service on one bus, in one data directory; records
/// the error of every failed attempt.
struct Shop : test::ServiceHarness<ExportService>
{
    Shop(const QString &dir, ExportConfig config, int maxAttempts = 3)
        : ServiceHarness(dir, {.maxAttempts = maxAttempts, .start = false}, std::move(config))
    {
        failed = bus.connectEventFailed([this](const bus::EventFailed &e) {
            QMutexLocker lock(&mutex);
            failures.append(e.error);
        });
        bus.start();
    }
    ~Shop() { bus.stop(); } // before `failed`'s slot loses its mutex and list

    bool request(qint64 orderId) { return send(Events::OrderExportRequested, orderId, exportRequest(orderId)); }
    /// Requests the export and waits until the service handled it successfully.
    bool requestAndWait(qint64 orderId)
    {
        return deliver(Events::OrderExportRequested, orderId, exportRequest(orderId));
    }
    QString state(qint64 orderId) { return await(service.exportState(orderId)).value.value_or(u"?"_s); }
    std::optional<ExportRecord> record(qint64 orderId)
    {
        for (const ExportRecord &r : test::valueOr(service.exports(), QList<ExportRecord>{})) {
            if (r.orderId == orderId)
                return r;
        }
        return std::nullopt;
    }
    QStringList failureTexts()
    {
        QMutexLocker lock(&mutex);
        return failures;
    }

    bus::EventBus::Connection failed;
    QMutex mutex;
    QStringList failures;
};

} // namespace

class TestExportService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sendsTheConfirmedOrder();
    void skipsWithoutUrl();
    void retriesUntilTheServerAccepts();
    void deadLettersWhenAlwaysRefused();
    void deadLettersWhenNobodyListens();
    void timeoutIsRetried();
    void urlCanChangeAtRunTime();
    void sentOrderIsNotSentAgain();
    void malformedRequestIsDeadLettered();
    void outageFailsRetriesAndDeadLetters();
    void outageWithoutUrlStillFails();
    void urlSetDuringOutageIsUsedWhenBackUp();
    void sentOrderNeedsNoEndpointDuringOutage();
};

void TestExportService::initTestCase()
{
    // (storage::Database::open serialises QtSql's first use; see the comment there.)
}

void TestExportService::sendsTheConfirmedOrder()
{
    TestHttpServer server;
    test::TempDataDir dir;
    Shop shop(dir.path(), ExportConfig{server.url(), 3000});

    QVERIFY(shop.requestAndWait(7));
    QCOMPARE(shop.state(7), u"sent"_s);
    QCOMPARE(server.requests(), 1);
    QCOMPARE(server.paths().first(), QByteArray("/orders"));
    QCOMPARE(server.contentTypes().first(), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(server.bodies().first()).object();
    QCOMPARE(body, exportRequest(7));
    QCOMPARE(body.value(u"orderId"_s).toInteger(), 7);
    QCOMPARE(body.value(u"finalAmount"_s).toInteger(), 9000);

    const std::optional<ExportRecord> r = shop.record(7);
    QVERIFY(r);
    QCOMPARE(r->status, u"sent"_s);
    QCOMPARE(r->httpStatus, 200);
    QCOMPARE(r->attempts, 1);
    QVERIFY(r->at > 0);
    QCOMPARE(r->toJson().value(u"status"_s).toString(), u"sent"_s);
    QCOMPARE(shop.state(8), u"none"_s);
    QCOMPARE(shop.service.stats().published, 0); // never publishes anything
}

void TestExportService::skipsWithoutUrl()
{
    TestHttpServer server;
    test::TempDataDir dir;
    Shop shop(dir.path(), ExportConfig{});
    QVERIFY(shop.service.url().isEmpty());

    QVERIFY(shop.requestAndWait(1));
    QCOMPARE(shop.state(1), u"skipped"_s);
    QCOMPARE(shop.record(1)->httpStatus, 0);
    QCOMPARE(server.requests(), 0);
    QCOMPARE(await(shop.service.deadLetters()).size(), 0);
}

void TestExportService::retriesUntilTheServerAccepts()
{
    TestHttpServer server;
    server.script({503, 503}, 200);
    test::TempDataDir dir;
    Shop shop(dir.path(), ExportConfig{server.url(), 3000}, 4);

    QVERIFY(shop.request(1));
    QTRY_COMPARE(shop.state(1), u"sent"_s);
    QCOMPARE(server.requests(), 3);
    QCOMPARE(shop.record(1)->attempts, 3);
    QCOMPARE(shop.record(1)->httpStatus, 200);
    const QStringList failures = shop.failureTexts();
    QCOMPARE(failures.size(), 2);
    for (const QString &f : failures)
        QCOMPARE(f, u"export to %1 failed: HTTP 503"_s.arg(server.url().toString()));
    QCOMPARE(shop.service.stats().retried, 2);
    QCOMPARE(await(shop.service.deadLetters()).size(), 0);
    // Every attempt sent the same body.
    QCOMPARE(server.bodies().at(0), server.bodies().at(2));
}

void TestExportService::deadLettersWhenAlwaysRefused()
{
    TestHttpServer server;
    server.script({}, 500);
    test::TempDataDir dir;
    Shop shop(dir.path(), ExportConfig{server.url(), 3000}, 3);

    QVERIFY(shop.request(1));
    QTRY_COMPARE(await(shop.service.deadLetters()).size(), 1);
    const bus::DeadLetter letter = await(shop.service.deadLetters()).first();
    QCOMPARE(letter.eventType, Events::OrderExportRequested);
    QCOMPARE(letter.attempts, 3);
    QCOMPARE(letter.error, u"export to %1 failed: HTTP 500"_s.arg(server.url().toString()));
    QCOMPARE(server.requests(), 3);
    QCOMPARE(shop.state(1), u"none"_s);

    // Once the platform is back, the admin's retry of the dead letter sends it.
    server.script({}, 200);
    const bus::DeadLetterRetryResult retried = await(shop.service.retryDeadLetter(letter.id));
    QCOMPARE(retried.status, bus::DeadLetterRetryResult::Status::Handled);
    QCOMPARE(shop.state(1), u"sent"_s);
    QCOMPARE(server.requests(), 4);
}

void TestExportService::deadLettersWhenNobodyListens()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    const QUrl url(u"http://127.0.0.1:%1/orders"_s.arg(closedPort));
    test::TempDataDir dir;
    Shop shop(dir.path(), ExportConfig{url, 3000}, 2);

    QVERIFY(shop.request(1));
    QTRY_COMPARE(await(shop.service.deadLetters()).size(), 1);
    const bus::DeadLetter letter = await(shop.service.deadLetters()).first();
    QCOMPARE(letter.error, u"export to %1 failed: connection refused"_s.arg(url.toString()));
    QCOMPARE(shop.state(1), u"none"_s);
}

void TestExportService::timeoutIsRetried()
{
    TestHttpServer server;
    server.script({TestHttpServer::Hang}, 200);
    test::TempDataDir dir;
    Shop shop(dir.path(), ExportConfig{server.url(), 300}, 3);
    QCOMPARE(shop.service.timeoutMs(), 300);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(shop.request(1));
    QTRY_COMPARE(shop.state(1), u"sent"_s);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(server.requests(), 2);
    QCOMPARE(shop.record(1)->attempts, 2);
    QCOMPARE(shop.failureTexts(), QStringList{u"export to %1 timed out after 300 ms"_s.arg(server.url().toString())});
}

void TestExportService::urlCanChangeAtRunTime()
{
    TestHttpServer server;
    test::TempDataDir dir;
    Shop shop(dir.path(), ExportConfig{});

    QVERIFY(shop.requestAndWait(1));
    QCOMPARE(shop.state(1), u"skipped"_s);

    shop.service.setUrl(server.url());
    QCOMPARE(shop.service.url(), server.url());
    QVERIFY(shop.requestAndWait(2));
    QCOMPARE(shop.state(2), u"sent"_s);
    QCOMPARE(server.requests(), 1);

    // A skipped order asked for again is sent now.
    QVERIFY(shop.requestAndWait(1));
    QCOMPARE(shop.state(1), u"sent"_s);
    QCOMPARE(server.requests(), 2);

    shop.service.setUrl(QUrl());
    QVERIFY(shop.requestAndWait(3));
    QCOMPARE(shop.state(3), u"skipped"_s);
    QCOMPARE(server.requests(), 2);
}

void TestExportService::sentOrderIsNotSentAgain()
{
    TestHttpServer server;
    test::TempDataDir dir;
    Shop shop(dir.path(), ExportConfig{server.url(), 3000});

    QVERIFY(shop.requestAndWait(1));
    QCOMPARE(server.requests(), 1);
    QVERIFY(shop.requestAndWait(1)); // a new request event for the same order
    QVERIFY(shop.requestAndWait(1));
    QCOMPARE(server.requests(), 1);
    QCOMPARE(shop.state(1), u"sent"_s);
    QCOMPARE(shop.record(1)->attempts, 1);

    // Even with the endpoint gone.
    shop.service.setUrl(QUrl());
    QVERIFY(shop.requestAndWait(1));
    QCOMPARE(shop.state(1), u"sent"_s);
    QCOMPARE(countRows(shop.service, u"exports"_s), 1);
}

void TestExportService::malformedRequestIsDeadLettered()
{
    TestHttpServer server;
    test::TempDataDir dir;
    Shop shop(dir.path(), ExportConfig{server.url(), 3000}, 2);
    QCOMPARE(shop.rejects({{Events::OrderExportRequested, 1, {{u"finalAmount"_s, 1}}, u"orderId"_s}}, 2), QStringList());
    QCOMPARE(server.requests(), 0);
}

void TestExportService::outageFailsRetriesAndDeadLetters()
{
    TestHttpServer server;
    test::TempDataDir dir;
    Shop shop(dir.path(), ExportConfig{server.url(), 3000}, 3);
    QVERIFY(!shop.service.outage());
    shop.service.setOutage(true);
    QVERIFY(shop.service.outage());
    QCOMPARE(shop.service.url(), server.url()); // the configured URL stays

    QVERIFY(shop.request(1));
    QTRY_COMPARE(await(shop.service.deadLetters()).size(), 1);
    const QString down = u"export to %1 failed: endpoint down (simulated outage)"_s.arg(server.url().toString());
    const bus::DeadLetter letter = await(shop.service.deadLetters()).first();
    QCOMPARE(letter.eventType, Events::OrderExportRequested);
    QCOMPARE(letter.attempts, 3);
    QCOMPARE(letter.error, down);
    QCOMPARE(shop.failureTexts(), (QStringList{down, down, down})); // retried twice, then dead-lettered
    QCOMPARE(shop.service.stats().retried, 2);
    QCOMPARE(server.requests(), 0); // nothing reached the platform
    QCOMPARE(shop.state(1), u"none"_s);

    // Still down: the admin's retry fails again and keeps the letter.
    const bus::DeadLetterRetryResult again = await(shop.service.retryDeadLetter(letter.id));
    QCOMPARE(again.status, bus::DeadLetterRetryResult::Status::FailedAgain);
    QCOMPARE(again.error, down);
    QCOMPARE(await(shop.service.deadLetters()).size(), 1);

    // Back up: the configured URL is used again and the retry sends the order.
    shop.service.setOutage(false);
    QVERIFY(!shop.service.outage());
    const bus::DeadLetterRetryResult retried = await(shop.service.retryDeadLetter(letter.id));
    QCOMPARE(retried.status, bus::DeadLetterRetryResult::Status::Handled);
    QCOMPARE(shop.state(1), u"sent"_s);
    QCOMPARE(server.requests(), 1);
    QCOMPARE(await(shop.service.deadLetters()).size(), 0);
}

void TestExportService::outageWithoutUrlStillFails()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), ExportConfig{}, 2);
    shop.service.setOutage(true);

    QVERIFY(shop.request(4));
    QTRY_COMPARE(await(shop.service.deadLetters()).size(), 1);
    const bus::DeadLetter letter = await(shop.service.deadLetters()).first();
    QCOMPARE(letter.error, u"export failed: endpoint down (simulated outage; no export URL is configured)"_s);
    QCOMPARE(letter.attempts, 2);
    QCOMPARE(shop.state(4), u"none"_s);

    // Back up without a URL: the order is skipped, as it would have been.
    shop.service.setOutage(false);
    QCOMPARE(await(shop.service.retryDeadLetter(letter.id)).status, bus::DeadLetterRetryResult::Status::Handled);
    QCOMPARE(shop.state(4), u"skipped"_s);
}

void TestExportService::urlSetDuringOutageIsUsedWhenBackUp()
{
    TestHttpServer server;
    test::TempDataDir dir;
    Shop shop(dir.path(), ExportConfig{}, 2);
    shop.service.setOutage(true);
    shop.service.setUrl(server.url());
    QCOMPARE(shop.service.url(), server.url());
    shop.service.setOutage(true); // idempotent
    shop.service.setOutage(false);
    QVERIFY(shop.requestAndWait(5));
    QCOMPARE(shop.state(5), u"sent"_s);
    QCOMPARE(server.requests(), 1);
}

void TestExportService::sentOrderNeedsNoEndpointDuringOutage()
{
    TestHttpServer server;
    test::TempDataDir dir;
    Shop shop(dir.path(), ExportConfig{server.url(), 3000}, 2);
    QVERIFY(shop.requestAndWait(6));
    shop.service.setOutage(true);
    QVERIFY(shop.requestAndWait(6)); // handled (ignored), not failed
    QCOMPARE(shop.state(6), u"sent"_s);
    QCOMPARE(server.requests(), 1);
    QVERIFY(shop.failureTexts().isEmpty());
}

QTEST_GUILESS_MAIN(TestExportService)
#include "tst_exportservice.moc"
