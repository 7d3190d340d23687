// The loopback HTTP API of issue 3 over real HTTP on 127.0.0.1: auth, every shopper and admin
// route, and bad input (malformed JSON, wrong types, missing fields, negative and overflowing
// numbers, unknown ids, bad tokens, oversized bodies).

#include "api/ApiServer.h"
#include "bus/Service.h"
#include "common/TestServices.h"
#include "common/TestSupport.h"
#include "saga/SagaLog.h"
#include "services/coupon/CouponService.h"
#include "shop/Reconciler.h"
#include "shop/Shop.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sagashop;

namespace {

const QString kApiToken = u"shopper-token-0123456789"_s;
const QString kAdminToken = u"admin-token-9876543210"_s;

QString writeCatalog(const QString &dir)
{
    const QJsonArray products{
        QJsonObject{{u"id"_s, u"p01"_s}, {u"nameKo"_s, u"상품 1"_s}, {u"nameEn"_s, u"Product 1"_s},
                    {u"price"_s, 10'000}, {u"stock"_s, 100}, {u"image"_s, u"images/x.svg"_s}},
        QJsonObject{{u"id"_s, u"p02"_s}, {u"nameKo"_s, u"상품 2"_s}, {u"nameEn"_s, u"Product 2"_s},
                    {u"price"_s, 3'000}, {u"stock"_s, 10}, {u"image"_s, u"images/x.svg"_s}},
        QJsonObject{{u"id"_s, u"p03"_s}, {u"nameKo"_s, u"상품 3"_s}, {u"nameEn"_s, u"Product 3"_s},
                    {u"price"_s, 50'000}, {u"stock"_s, 5}, {u"image"_s, u"images/x.svg"_s}}};
    const QString path = dir + u"/catalog.json"_s;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(products).toJson());
    return path;
}

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;

    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }
    QString errorCode() const { return json.object().value(u"error"_s).toObject().value(u"code"_s).toString(); }
};

} // namespace

class TestApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void refusesNonLoopbackAndMakesTokens();
    void portInUseSaysWhatToDo();
    void authentication();
    void unknownRoute();
    void products();
    void createUser();
    void balanceAndCharge();
    void chargeRejectsBadAmounts_data();
    void chargeRejectsBadAmounts();
    void couponsIssueAndSoldOut();
    void placeOrderConfirmsAndIsIdempotent();
    void orderBadInput();
    void oversizedBody();
    void adminSagasAndTimeline();
    void adminSagasFilterSearchAndPage();
    void adminCancelConfirmedOrder();
    void adminCompensateFailedOrder();
    void adminRetriggerLostStep();
    void deadLetterQueue();
    void deadLetterRetryAndAlert();
    void faultsStillConfirm();
    void slowBackendDoesNotBlockServer();
    void reconcileAlertsInvariantsMetrics();

private:
    Response call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QString &token = kAdminToken, const QByteArray &idempotencyKey = {});
    Response get(const QString &path, const QString &token = kAdminToken) { return call("GET", path, {}, token); }
    Response post(const QString &path, const QJsonObject &body, const QString &token = kAdminToken)
    {
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    qint64 newUser(qint64 charge);
    Response placeOrder(qint64 user, const QJsonArray &items, const QByteArray &key, qint64 userCouponId = 0);
    QString orderStatus(qint64 orderId) { return get(u"/api/orders/%1"_s.arg(orderId), kApiToken).object().value(u"status"_s).toString(); }

    std::unique_ptr<test::TempDataDir> m_dir;
    std::unique_ptr<shop::Shop> m_shop;
    std::unique_ptr<api::ApiServer> m_server;
    QNetworkAccessManager m_net;
    QString m_base;
};

void TestApi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<test::TempDataDir>();
    QVERIFY(m_dir->isValid());
    shop::ShopConfig config;
    config.dataDir = m_dir->path();
    config.catalogPath = writeCatalog(m_dir->path());
    config.retry = bus::RetryPolicy{5, 10, 2.0, 200, 0.2};
    config.reconcileIntervalMs = 0;
    config.stuckAfterMs = 10'000;
    m_shop = std::make_unique<shop::Shop>(config);
    m_shop->start();

    api::ApiConfig apiConfig;
    apiConfig.apiToken = kApiToken;
    apiConfig.adminToken = kAdminToken;
    m_server = std::make_unique<api::ApiServer>(*m_shop, apiConfig);
    const quint16 port = m_server->listen();
    QVERIFY(port != 0);
    QCOMPARE(m_server->port(), port);
    m_base = u"http://127.0.0.1:%1"_s.arg(port);
}

void TestApi::cleanupTestCase()
{
    m_server.reset();
    if (m_shop)
        m_shop->stop();
    m_shop.reset();
    m_dir.reset();
}

Response TestApi::call(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QString &token, const QByteArray &idempotencyKey)
{
    QNetworkRequest request(QUrl(m_base + path));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = m_net.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body);
    reply->deleteLater();
    return r;
}

qint64 TestApi::newUser(qint64 charge)
{
    const Response created = post(u"/api/users"_s, {{u"name"_s, u"buyer"_s}}, kApiToken);
    if (created.status != 201)
        return 0;
    const qint64 id = created.object().value(u"userId"_s).toInteger();
    if (charge > 0 && post(u"/api/users/%1/balance/charge"_s.arg(id), {{u"amount"_s, charge}}, kApiToken).status != 200)
        return 0;
    return id;
}

Response TestApi::placeOrder(qint64 user, const QJsonArray &items, const QByteArray &key, qint64 userCouponId)
{
    QJsonObject body{{u"userId"_s, user}, {u"items"_s, items}};
    if (userCouponId)
        body.insert(u"userCouponId"_s, userCouponId);
    return call("POST", u"/api/orders"_s, QJsonDocument(body).toJson(QJsonDocument::Compact), kApiToken, key);
}

static QJsonArray items(const QString &product, qint64 quantity)
{
    return QJsonArray{QJsonObject{{u"productId"_s, product}, {u"quantity"_s, quantity}}};
}

void TestApi::refusesNonLoopbackAndMakesTokens()
{
    api::ApiConfig config;
    config.apiToken = u"a"_s;
    config.adminToken = u"b"_s;
    config.address = QHostAddress(u"192.0.2.10"_s);
    api::ApiServer outside(*m_shop, config);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, outside.listen());
    QVERIFY(api::ApiServer::isLoopback(QHostAddress(u"127.0.0.1"_s)));
    QVERIFY(api::ApiServer::isLoopback(QHostAddress(u"::1"_s)));
    QVERIFY(!api::ApiServer::isLoopback(QHostAddress(u"0.0.0.0"_s)));

    const QString token = api::ApiServer::ensureToken(m_dir->path(), u"api-token"_s);
    QCOMPARE(token.size(), 64);
    QCOMPARE(api::ApiServer::ensureToken(m_dir->path(), u"api-token"_s), token); // read back
    QFile file(m_dir->filePath(u"api-token"_s));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(api::ApiServer::ensureToken(m_dir->path(), u"admin-token"_s) != token);
}

void TestApi::portInUseSaysWhatToDo()
{
    // Another program holds the port: a sentence naming the address, the cause and the way out.
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress(u"127.0.0.1"_s), 0));
    api::ApiConfig config;
    config.apiToken = u"a"_s;
    config.adminToken = u"b"_s;
    config.port = holder.serverPort();
    api::ApiServer second(*m_shop, config);
    QString message;
    try {
        second.listen();
    } catch (const std::runtime_error &e) {
        message = QString::fromUtf8(e.what());
    }
    QCOMPARE(message, u"Cannot serve the HTTP API on 127.0.0.1:%1: the port is already in use, by another SagaShop "
                      "or another program. Stop that program, or choose a free port with --listen 127.0.0.1:PORT."_s
                          .arg(holder.serverPort()));
    QCOMPARE(second.port(), quint16(0));

    // The other refusals say what to do too.
    const QString privileged = api::ApiServer::listenFailure(QHostAddress(u"127.0.0.1"_s), 80,
                                                             QAbstractSocket::SocketAccessError, u"denied"_s);
    QVERIFY2(privileged.contains(u"ports below 1024"_s) && privileged.contains(u"--listen"_s), qPrintable(privileged));
    const QString other = api::ApiServer::listenFailure(QHostAddress(u"::1"_s), 8080,
                                                        QAbstractSocket::UnknownSocketError, u"strange"_s);
    QVERIFY2(other.startsWith(u"Cannot serve the HTTP API on [::1]:8080: strange."_s), qPrintable(other));
}

void TestApi::authentication()
{
    QCOMPARE(get(u"/api/products"_s, QString()).status, 401);
    QCOMPARE(get(u"/api/products"_s, QString()).errorCode(), u"unauthorized"_s);
    QCOMPARE(get(u"/api/products"_s, u"wrong"_s).status, 401);
    QCOMPARE(get(u"/api/products"_s, kApiToken).status, 200);
    QCOMPARE(get(u"/api/admin/dlq"_s, kApiToken).status, 403);
    QCOMPARE(get(u"/api/admin/dlq"_s, kApiToken).errorCode(), u"forbidden"_s);
    QCOMPARE(get(u"/api/admin/dlq"_s, QString()).status, 401);
    QCOMPARE(get(u"/api/admin/dlq"_s, kAdminToken).status, 200);
    QCOMPARE(get(u"/metrics"_s, kApiToken).status, 403);
    QCOMPARE(get(u"/metrics"_s, QString()).status, 401);
}

void TestApi::unknownRoute()
{
    const Response r = get(u"/api/nothing/here"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), u"not_found"_s);
    QCOMPARE(get(u"/elsewhere"_s).status, 404);
    QCOMPARE(call("DELETE", u"/api/products"_s).status, 405);
}

void TestApi::products()
{
    const Response r = get(u"/api/products"_s, kApiToken);
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.array();
    QCOMPARE(list.size(), 3);
    for (const QString &key : {u"id"_s, u"name"_s, u"price"_s, u"stock"_s})
        QVERIFY2(list.first().toObject().contains(key), qPrintable(key));
    QCOMPARE(list.first().toObject().value(u"id"_s).toString(), u"p01"_s);
    QCOMPARE(list.first().toObject().value(u"price"_s).toInteger(), 10'000);

    const Response popular = get(u"/api/products/popular"_s, kApiToken);
    QCOMPARE(popular.status, 200);
    QVERIFY(popular.json.isArray());
}

void TestApi::createUser()
{
    const Response r = post(u"/api/users"_s, {{u"name"_s, u"Kim"_s}}, kApiToken);
    QCOMPARE(r.status, 201);
    QVERIFY(r.object().value(u"userId"_s).toInteger() > 0);
    QCOMPARE(post(u"/api/users"_s, {}, kApiToken).errorCode(), u"missing_field"_s);
    QCOMPARE(post(u"/api/users"_s, {{u"name"_s, 5}}, kApiToken).status, 400);
    QCOMPARE(post(u"/api/users"_s, {{u"name"_s, u"   "_s}}, kApiToken).errorCode(), u"invalid_name"_s);
}

void TestApi::balanceAndCharge()
{
    const qint64 user = newUser(0);
    QVERIFY(user > 0);
    Response r = get(u"/api/users/%1/balance"_s.arg(user), kApiToken);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"userId"_s).toInteger(), user);
    QCOMPARE(r.object().value(u"balance"_s).toInteger(), 0);

    r = post(u"/api/users/%1/balance/charge"_s.arg(user), {{u"amount"_s, 50'000}}, kApiToken);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"balance"_s).toInteger(), 50'000);
    QCOMPARE(get(u"/api/users/%1/balance"_s.arg(user), kApiToken).object().value(u"balance"_s).toInteger(), 50'000);

    QCOMPARE(get(u"/api/users/999999/balance"_s, kApiToken).status, 404);
    QCOMPARE(get(u"/api/users/abc/balance"_s, kApiToken).status, 404);
    r = post(u"/api/users/999999/balance/charge"_s, {{u"amount"_s, 100}}, kApiToken);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), u"not_found"_s);
}

void TestApi::chargeRejectsBadAmounts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("zero") << QByteArray(R"({"amount":0})") << u"invalid_amount"_s;
    QTest::newRow("negative") << QByteArray(R"({"amount":-5})") << u"invalid_amount"_s;
    QTest::newRow("over max charge") << QByteArray(R"({"amount":10000001})") << u"invalid_amount"_s;
    QTest::newRow("fraction") << QByteArray(R"({"amount":1.5})") << u"invalid_field"_s;
    QTest::newRow("string") << QByteArray(R"({"amount":"100"})") << u"invalid_field"_s;
    QTest::newRow("2^60") << QByteArray(R"({"amount":1152921504606846976})") << u"invalid_field"_s;
    QTest::newRow("1e300") << QByteArray(R"({"amount":1e300})") << u"invalid_field"_s;
    QTest::newRow("missing") << QByteArray(R"({})") << u"missing_field"_s;
    QTest::newRow("malformed") << QByteArray(R"({"amount":)") << u"malformed_json"_s;
    QTest::newRow("array body") << QByteArray(R"([1])") << u"invalid_body"_s;
}

void TestApi::chargeRejectsBadAmounts()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const Response r = call("POST", u"/api/users/1/balance/charge"_s, body, kApiToken);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.object().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
}

void TestApi::couponsIssueAndSoldOut()
{
    Response r = post(u"/api/admin/coupons"_s,
                      {{u"name"_s, u"One only"_s}, {u"kind"_s, u"fixed"_s}, {u"value"_s, 1000}, {u"quantity"_s, 1}});
    QCOMPARE(r.status, 201);
    const qint64 couponId = r.object().value(u"id"_s).toInteger();
    QVERIFY(couponId > 0);
    QCOMPARE(post(u"/api/admin/coupons"_s, {{u"name"_s, u"x"_s}, {u"kind"_s, u"fixed"_s}, {u"value"_s, 1000}},
                  kApiToken).status, 403);
    QCOMPARE(post(u"/api/admin/coupons"_s, {{u"name"_s, u"x"_s}, {u"kind"_s, u"gift"_s}, {u"value"_s, 1000}, {u"quantity"_s, 1}}).status, 400);
    QCOMPARE(post(u"/api/admin/coupons"_s, {{u"name"_s, u"x"_s}, {u"kind"_s, u"percent"_s}, {u"value"_s, 101}, {u"quantity"_s, 1}}).errorCode(),
             u"invalid_coupon"_s);

    r = get(u"/api/coupons"_s, kApiToken);
    QCOMPARE(r.status, 200);
    QJsonObject mine;
    for (const QJsonValue &v : r.array()) {
        if (v.toObject().value(u"id"_s).toInteger() == couponId)
            mine = v.toObject();
    }
    for (const QString &key : {u"id"_s, u"name"_s, u"kind"_s, u"value"_s, u"quantity"_s, u"remaining"_s, u"expiresAt"_s})
        QVERIFY2(mine.contains(key), qPrintable(key));
    QCOMPARE(mine.value(u"remaining"_s).toInteger(), 1);

    const qint64 a = newUser(0), b = newUser(0);
    QVERIFY(a > 0 && b > 0);
    r = post(u"/api/coupons/%1/issue"_s.arg(couponId), {{u"userId"_s, a}}, kApiToken);
    QCOMPARE(r.status, 201);
    const qint64 userCouponId = r.object().value(u"userCouponId"_s).toInteger();
    QVERIFY(userCouponId > 0);
    r = post(u"/api/coupons/%1/issue"_s.arg(couponId), {{u"userId"_s, a}}, kApiToken);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"already_issued"_s);
    r = post(u"/api/coupons/%1/issue"_s.arg(couponId), {{u"userId"_s, b}}, kApiToken);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"sold_out"_s);
    QCOMPARE(post(u"/api/coupons/999999/issue"_s, {{u"userId"_s, a}}, kApiToken).status, 404);
    QCOMPARE(post(u"/api/coupons/%1/issue"_s.arg(couponId), {{u"userId"_s, 999999}}, kApiToken).status, 404);
    QCOMPARE(post(u"/api/coupons/%1/issue"_s.arg(couponId), {{u"userId"_s, u"1"_s}}, kApiToken).status, 400);

    r = get(u"/api/users/%1/coupons"_s.arg(a), kApiToken);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 1);
    const QJsonObject uc = r.array().first().toObject();
    QCOMPARE(uc.value(u"userCouponId"_s).toInteger(), userCouponId);
    QCOMPARE(uc.value(u"couponId"_s).toInteger(), couponId);
    QCOMPARE(uc.value(u"status"_s).toString(), u"AVAILABLE"_s);
    QCOMPARE(get(u"/api/users/999999/coupons"_s, kApiToken).status, 404);

    // The coupon pays part of an order and ends USED.
    QVERIFY(post(u"/api/users/%1/balance/charge"_s.arg(a), {{u"amount"_s, 20'000}}, kApiToken).status == 200);
    r = placeOrder(a, items(u"p01"_s, 1), "coupon-order", userCouponId);
    QCOMPARE(r.status, 202);
    const qint64 orderId = r.object().value(u"orderId"_s).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(orderId), u"CONFIRMED"_s, 20'000);
    const QJsonObject order = get(u"/api/orders/%1"_s.arg(orderId), kApiToken).object();
    QCOMPARE(order.value(u"discount"_s).toInteger(), 1000);
    QCOMPARE(order.value(u"finalAmount"_s).toInteger(), 9000);
    QCOMPARE(get(u"/api/users/%1/coupons"_s.arg(a), kApiToken).array().first().toObject().value(u"status"_s).toString(),
             u"USED"_s);
}

void TestApi::placeOrderConfirmsAndIsIdempotent()
{
    const qint64 user = newUser(100'000);
    QVERIFY(user > 0);
    Response r = placeOrder(user, items(u"p01"_s, 2), "key-1");
    QCOMPARE(r.status, 202);
    const qint64 orderId = r.object().value(u"orderId"_s).toInteger();
    QVERIFY(orderId > 0);
    QVERIFY(!r.object().value(u"sagaId"_s).toString().isEmpty());
    QVERIFY(r.object().contains(u"status"_s));

    const Response again = placeOrder(user, items(u"p01"_s, 2), "key-1");
    QCOMPARE(again.status, 202);
    QCOMPARE(again.object().value(u"orderId"_s).toInteger(), orderId);
    // The same key for a different request is a conflict.
    QCOMPARE(placeOrder(user, items(u"p01"_s, 3), "key-1").status, 409);

    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(orderId), u"CONFIRMED"_s, 20'000);
    const QJsonObject order = get(u"/api/orders/%1"_s.arg(orderId), kApiToken).object();
    for (const QString &key : {u"orderId"_s, u"sagaId"_s, u"userId"_s, u"status"_s, u"failureReason"_s,
                               u"amount"_s, u"discount"_s, u"finalAmount"_s, u"items"_s})
        QVERIFY2(order.contains(key), qPrintable(key));
    QCOMPARE(order.value(u"amount"_s).toInteger(), 20'000);
    QCOMPARE(order.value(u"items"_s).toArray().size(), 1);
    QCOMPARE(get(u"/api/users/%1/balance"_s.arg(user), kApiToken).object().value(u"balance"_s).toInteger(), 80'000);

    r = get(u"/api/users/%1/orders"_s.arg(user), kApiToken);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().first().toObject().value(u"orderId"_s).toInteger(), orderId);
    QCOMPARE(get(u"/api/users/%1/orders?limit=0"_s.arg(user), kApiToken).status, 400);
    QCOMPARE(get(u"/api/orders/999999"_s, kApiToken).status, 404);
    QCOMPARE(get(u"/api/orders/-1"_s, kApiToken).status, 404);
}

void TestApi::orderBadInput()
{
    const QByteArray good = R"({"userId":1,"items":[{"productId":"p01","quantity":1}]})";
    Response r = call("POST", u"/api/orders"_s, good, kApiToken);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"missing_idempotency_key"_s);

    const QList<std::pair<QByteArray, QString>> cases{
        {R"({"userId":1,"items":[)", u"malformed_json"_s},
        {R"({"userId":"1","items":[{"productId":"p01","quantity":1}]})", u"invalid_field"_s},
        {R"({"userId":1,"items":"p01"})", u"invalid_field"_s},
        {R"({"userId":1,"items":[{"productId":"p01","quantity":"1"}]})", u"invalid_field"_s},
        {R"({"userId":1,"items":[{"productId":"p01","quantity":-1}]})", u"invalid_field"_s},
        {R"({"userId":1,"items":[{"productId":"p01","quantity":1.5}]})", u"invalid_field"_s},
        {R"({"userId":1,"items":[{"productId":"p01","quantity":1001}]})", u"invalid_order"_s},
        {R"({"userId":1,"items":[]})", u"invalid_field"_s},
        {R"({"items":[{"productId":"p01","quantity":1}]})", u"missing_field"_s},
        {R"({"userId":1})", u"missing_field"_s},
        {R"({"userId":1,"items":[{"productId":"p01","quantity":1}],"userCouponId":"x"})", u"invalid_field"_s},
    };
    for (const auto &[body, code] : cases) {
        r = call("POST", u"/api/orders"_s, body, kApiToken, "bad-input");
        QVERIFY2(r.status == 400, body.constData());
        QVERIFY2(r.errorCode() == code, qPrintable(QString::fromUtf8(body) + u" → "_s + r.errorCode()));
    }
    r = call("POST", u"/api/orders"_s, R"({"userId":999999,"items":[{"productId":"p01","quantity":1}]})", kApiToken, "k");
    QCOMPARE(r.status, 404);
}

void TestApi::oversizedBody()
{
    QByteArray big = R"({"name":")" + QByteArray(70'000, 'x') + R"("})";
    Response r = call("POST", u"/api/users"_s, big, kApiToken);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), u"body_too_large"_s);
    // Just under the limit is read (and refused for its content, not its size).
    big = R"({"name":")" + QByteArray(60'000, 'x') + R"("})";
    QCOMPARE(call("POST", u"/api/users"_s, big, kApiToken).status, 400);
}

void TestApi::adminSagasAndTimeline()
{
    const qint64 user = newUser(10'000);
    Response r = placeOrder(user, items(u"p02"_s, 1), "saga-list");
    QCOMPARE(r.status, 202);
    const QString sagaId = r.object().value(u"sagaId"_s).toString();
    const qint64 orderId = r.object().value(u"orderId"_s).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(orderId), u"CONFIRMED"_s, 20'000);

    const auto listed = [&]() {
        for (const QJsonValue &v : get(u"/api/admin/sagas?limit=1000"_s).array()) {
            if (v.toObject().value(u"sagaId"_s).toString() == sagaId)
                return v.toObject();
        }
        return QJsonObject();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!listed().isEmpty(), 10'000);
    QVERIFY(listed().contains(u"status"_s));
    QCOMPARE(get(u"/api/admin/sagas?limit=1"_s).array().size(), 1);
    QCOMPARE(get(u"/api/admin/sagas?limit=abc"_s).status, 400);

    r = get(u"/api/admin/sagas/"_s + sagaId);
    QCOMPARE(r.status, 200);
    QVERIFY(r.array().size() >= 5);
    QStringList types;
    for (const QJsonValue &v : r.array())
        types.append(v.toObject().value(u"eventType"_s).toString());
    for (const QString &type : {u"PaymentRequested"_s, u"InventoryDeducted"_s, u"BalanceDeducted"_s, u"OrderConfirmed"_s})
        QVERIFY2(types.contains(type), qPrintable(types.join(u',')));
    QCOMPARE(get(u"/api/admin/sagas/no-such-saga"_s).status, 404);
}

void TestApi::adminSagasFilterSearchAndPage()
{
    // One user whose balance pays an order of p02 (3,000 here), one whose balance does not.
    const qint64 user = newUser(20'000);
    const qint64 poor = newUser(1'000);
    Response r = placeOrder(user, items(u"p02"_s, 1), "saga-filter-1");
    QCOMPARE(r.status, 202);
    const QString paidSaga = r.object().value(u"sagaId"_s).toString();
    const qint64 paid = r.object().value(u"orderId"_s).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(paid), u"CONFIRMED"_s, 20'000);
    r = placeOrder(poor, items(u"p02"_s, 1), "saga-filter-2");
    QCOMPARE(r.status, 202);
    const qint64 unpaid = r.object().value(u"orderId"_s).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(unpaid), u"FAILED"_s, 20'000);

    // By order id: the summary names the order, the user and the amount.
    QJsonArray found;
    QTRY_VERIFY_WITH_TIMEOUT((found = get(u"/api/admin/sagas?q=%1"_s.arg(paid)).array()).size() == 1
                                 && found.first().toObject().value(u"status"_s).toString() == u"completed"_s,
                             10'000);
    QJsonObject saga = found.first().toObject();
    QCOMPARE(saga.value(u"sagaId"_s).toString(), paidSaga);
    QCOMPARE(saga.value(u"orderId"_s).toInteger(), paid);
    QCOMPARE(saga.value(u"userId"_s).toInteger(), user);
    QCOMPARE(saga.value(u"amount"_s).toInteger(), 3'000); // p02's price in this test's catalogue
    QCOMPARE(saga.value(u"recordedStatus"_s).toString(), u"completed"_s);
    // By user ("u:N"), by saga id and its beginning ('#' must be sent as %23).
    QTRY_COMPARE_WITH_TIMEOUT(get(u"/api/admin/sagas?q=u:%1"_s.arg(user)).array().size(), 1, 10'000);
    QCOMPARE(get(u"/api/admin/sagas?q=user%20"_s + QString::number(user)).array().size(), 1);
    QCOMPARE(get(u"/api/admin/sagas?q=%23%1"_s.arg(paid)).array().size(), 1);
    QCOMPARE(get(u"/api/admin/sagas?q="_s + paidSaga).array().size(), 1);
    QCOMPARE(get(u"/api/admin/sagas?q="_s + paidSaga.left(13)).array().first().toObject().value(u"sagaId"_s).toString(),
             paidSaga);
    // By status: the failed order ends compensated once its restores are back (or is still failed).
    QTRY_VERIFY_WITH_TIMEOUT(get(u"/api/admin/sagas?status=compensated&q=u:%1"_s.arg(poor)).array().size()
                                     + get(u"/api/admin/sagas?status=failed&q=u:%1"_s.arg(poor)).array().size()
                                 == 1,
                             10'000);
    QCOMPARE(get(u"/api/admin/sagas?status=completed&q=u:%1"_s.arg(poor)).array().size(), 0);
    QCOMPARE(get(u"/api/admin/sagas?status=completed&q=u:%1"_s.arg(user)).array().size(), 1);
    QCOMPARE(get(u"/api/admin/sagas?status=stuck"_s).status, 200);
    // By start time: [from, to) in ms.
    const qint64 startedAt = saga.value(u"startedAt"_s).toInteger();
    QCOMPARE(get(u"/api/admin/sagas?q=%1&from=%2"_s.arg(paid).arg(startedAt)).array().size(), 1);
    QCOMPARE(get(u"/api/admin/sagas?q=%1&from=%2"_s.arg(paid).arg(startedAt + 1)).array().size(), 0);
    QCOMPARE(get(u"/api/admin/sagas?q=%1&to=%2"_s.arg(paid).arg(startedAt)).array().size(), 0);
    QCOMPARE(get(u"/api/admin/sagas?q=%1&to=%2"_s.arg(paid).arg(startedAt + 1)).array().size(), 1);

    // Keyset pages: the next page starts after the last saga of the previous one.
    const QJsonArray first = get(u"/api/admin/sagas?limit=2"_s).array();
    QCOMPARE(first.size(), 2);
    const QJsonObject last = first.last().toObject();
    const QJsonArray next = get(u"/api/admin/sagas?limit=2&beforeUpdatedAt=%1&beforeSagaId=%2"_s
                                    .arg(last.value(u"updatedAt"_s).toInteger())
                                    .arg(last.value(u"sagaId"_s).toString()))
                                .array();
    QVERIFY(!next.isEmpty());
    for (const QJsonValue &v : next) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(u"sagaId"_s) != first.first().toObject().value(u"sagaId"_s));
        QVERIFY(o.value(u"sagaId"_s) != last.value(u"sagaId"_s));
        QVERIFY(o.value(u"updatedAt"_s).toInteger() <= last.value(u"updatedAt"_s).toInteger());
    }

    // Bad input: a clear sentence, 400.
    r = get(u"/api/admin/sagas?status=sleeping"_s);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("stuck"), r.body.constData());
    r = get(u"/api/admin/sagas?q=hello%20world"_s);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("order number"), r.body.constData());
    QCOMPARE(get(u"/api/admin/sagas?from=yesterday"_s).status, 400);
    QCOMPARE(get(u"/api/admin/sagas?beforeUpdatedAt=5"_s).status, 400);
}

void TestApi::adminCancelConfirmedOrder()
{
    const qint64 user = newUser(100'000);
    Response r = placeOrder(user, items(u"p01"_s, 1), "cancel-me");
    QCOMPARE(r.status, 202);
    const qint64 orderId = r.object().value(u"orderId"_s).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(orderId), u"CONFIRMED"_s, 20'000);

    QCOMPARE(call("POST", u"/api/admin/orders/%1/cancel"_s.arg(orderId), {}, kApiToken).status, 403);
    r = call("POST", u"/api/admin/orders/%1/cancel"_s.arg(orderId));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"ok"_s).toBool(), true);
    QCOMPARE(r.object().value(u"action"_s).toString(), u"cancel"_s);
    QCOMPARE(r.object().value(u"code"_s).toString(), u"cancelled"_s);
    QCOMPARE(r.object().value(u"admin"_s).toString(), u"api"_s);
    QCOMPARE(r.object().value(u"order"_s).toObject().value(u"status"_s).toString(), u"CANCELLED"_s);
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(orderId), u"CANCELLED"_s, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(get(u"/api/users/%1/balance"_s.arg(user), kApiToken).object().value(u"balance"_s).toInteger(),
                              100'000, 20'000);
    // Again: nothing happens, and the answer says so.
    r = call("POST", u"/api/admin/orders/%1/cancel"_s.arg(orderId));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"code"_s).toString(), u"already_cancelled"_s);
    QCOMPARE(r.object().value(u"changed"_s).toBool(), false);
    QCOMPARE(get(u"/api/users/%1/balance"_s.arg(user), kApiToken).object().value(u"balance"_s).toInteger(), 100'000);
    QCOMPARE(call("POST", u"/api/admin/orders/999999/cancel"_s).status, 404);
    QCOMPARE(call("POST", u"/api/admin/orders/abc/cancel"_s).status, 404);
}

void TestApi::adminCompensateFailedOrder()
{
    const qint64 user = newUser(1'000);
    // Not enough balance: FAILED at the balance step, stock restored.
    Response r = placeOrder(user, items(u"p02"_s, 1), "fail-me");
    QCOMPARE(r.status, 202);
    const qint64 orderId = r.object().value(u"orderId"_s).toInteger();
    const QString sagaId = r.object().value(u"sagaId"_s).toString();
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(orderId), u"FAILED"_s, 20'000);
    QVERIFY(!get(u"/api/orders/%1"_s.arg(orderId), kApiToken).object().value(u"failureReason"_s).toString().isEmpty());

    r = call("POST", u"/api/admin/sagas/%1/compensate"_s.arg(sagaId));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"orderId"_s).toInteger(), orderId);
    QCOMPARE(r.object().value(u"action"_s).toString(), u"compensate"_s);
    // The saga's own restore may or may not have run yet; either way nothing is held after.
    const QString code = r.object().value(u"code"_s).toString();
    QVERIFY2(code == u"restored"_s || code == u"nothing_to_restore"_s, qPrintable(code));
    QCOMPARE(orderStatus(orderId), u"FAILED"_s); // terminal: unchanged
    r = call("POST", u"/api/admin/sagas/%1/compensate"_s.arg(sagaId));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"code"_s).toString(), u"nothing_to_restore"_s);
    QCOMPARE(r.object().value(u"outcome"_s).toString(), u"Nothing to restore"_s);
    QCOMPARE(call("POST", u"/api/admin/sagas/nope/compensate"_s).status, 404);

    // Both presses are in the saga's timeline, by "api".
    QTRY_COMPARE_WITH_TIMEOUT(
        [&] {
            int admin = 0;
            for (const QJsonValue &v : get(u"/api/admin/sagas/"_s + sagaId).array()) {
                const QJsonObject e = v.toObject();
                if (e.value(u"kind"_s).toString() == u"admin"_s && e.value(u"eventType"_s).toString() == u"admin.compensate"_s
                    && e.value(u"payload"_s).toObject().value(u"admin"_s).toString() == u"api"_s)
                    ++admin;
            }
            return admin;
        }(),
        2, 10'000);
}

void TestApi::adminRetriggerLostStep()
{
    const qint64 user = newUser(100'000);
    // Coupon loses the next delivery (InventoryDeducted): the saga stops half-way.
    QCOMPARE(post(u"/api/admin/faults"_s, {{u"service"_s, u"coupon"_s}, {u"mode"_s, u"drop"_s}, {u"count"_s, 1}}).status, 200);
    Response r = placeOrder(user, items(u"p01"_s, 1), "retrigger-me");
    QCOMPARE(r.status, 202);
    const qint64 orderId = r.object().value(u"orderId"_s).toInteger();
    const QString sagaId = r.object().value(u"sagaId"_s).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_shop->coupons().stats().dropped, qint64(1), 20'000);
    QCOMPARE(orderStatus(orderId), u"CREATED"_s);
    QCOMPARE(call("GET", u"/api/admin/sagas/%1/retrigger"_s.arg(sagaId)).status, 405);
    QCOMPARE(call("POST", u"/api/admin/sagas/%1/retrigger"_s.arg(sagaId), {}, kApiToken).status, 403);

    r = call("POST", u"/api/admin/sagas/%1/retrigger"_s.arg(sagaId));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"code"_s).toString(), u"redelivered"_s);
    QCOMPARE(r.object().value(u"orderId"_s).toInteger(), orderId);
    const QStringList redelivered = r.object().value(u"redelivered"_s).toVariant().toStringList();
    QVERIFY2(redelivered.contains(u"InventoryDeducted to coupon"_s), qPrintable(redelivered.join(u"; "_s)));
    QVERIFY2(r.object().value(u"outcome"_s).toString().startsWith(u"Redelivered "_s),
             qPrintable(r.object().value(u"outcome"_s).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(orderId), u"CONFIRMED"_s, 20'000);

    // Once every handling has reached the saga log, nothing is missing: a second press is refused.
    QTRY_VERIFY_WITH_TIMEOUT(shop::Reconciler::missingSteps(
                                 test::await(m_shop->sagaLog().timeline(sagaId)).value.value_or(QList<saga::SagaLogEntry>{}),
                                 m_shop->bus())
                                 .isEmpty(),
                             20'000);
    r = call("POST", u"/api/admin/sagas/%1/retrigger"_s.arg(sagaId));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"nothing_missing"_s);
    QVERIFY(r.object().value(u"error"_s).toObject().value(u"message"_s).toString().startsWith(u"Nothing is missing"_s));
    QCOMPARE(call("POST", u"/api/admin/sagas/no-such-saga/retrigger"_s).status, 404);
}

void TestApi::deadLetterQueue()
{
    Response r = get(u"/api/admin/dlq"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.isArray());
    QCOMPARE(r.array().size(), 0);
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(call("POST", u"/api/admin/dlq/%1/retry"_s.arg(unknown)).status, 404);
    QCOMPARE(call("DELETE", u"/api/admin/dlq/%1"_s.arg(unknown)).status, 404);
    QCOMPARE(call("DELETE", u"/api/admin/dlq/not-a-uuid"_s).status, 404);
}

void TestApi::deadLetterRetryAndAlert()
{
    // Statistics fails every attempt of one event: it is dead-lettered (the order stays
    // CONFIRMED), raises an alert, and an admin retry handles it once the fault is gone.
    QCOMPARE(post(u"/api/admin/faults"_s, {{u"service"_s, u"statistics"_s}, {u"mode"_s, u"fail"_s}, {u"count"_s, 5}}).status, 200);
    const qint64 user = newUser(50'000);
    Response r = placeOrder(user, items(u"p03"_s, 1), "dead-letter");
    QCOMPARE(r.status, 202);
    const qint64 orderId = r.object().value(u"orderId"_s).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(orderId), u"CONFIRMED"_s, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(get(u"/api/admin/dlq"_s).array().size(), 1, 20'000);
    QCOMPARE(call("DELETE", u"/api/admin/faults"_s).status, 200);
    const QJsonObject letter = get(u"/api/admin/dlq"_s).array().first().toObject();
    QCOMPARE(letter.value(u"consumer"_s).toString(), u"statistics"_s);
    QVERIFY(!letter.value(u"error"_s).toString().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!get(u"/api/admin/alerts"_s).array().isEmpty(), 20'000);
    QCOMPARE(get(u"/api/admin/alerts"_s).array().first().toObject().value(u"kind"_s).toString(), u"dead_letter"_s);

    const QString id = letter.value(u"id"_s).toString();
    r = call("POST", u"/api/admin/dlq/%1/retry"_s.arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_s).toString(), u"handled"_s);
    QCOMPARE(get(u"/api/admin/dlq"_s).array().size(), 0);
    QCOMPARE(call("DELETE", u"/api/admin/dlq/%1"_s.arg(id)).status, 404); // already gone
    QTRY_VERIFY_WITH_TIMEOUT(get(u"/metrics"_s).body.contains("sagashop_events_dead_lettered_total{service=\"statistics\"} 1\n"), 5'000);
}

void TestApi::faultsStillConfirm()
{
    Response r = post(u"/api/admin/faults"_s, {{u"service"_s, u"balance"_s}, {u"mode"_s, u"fail"_s}, {u"count"_s, 1}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"faults"_s).toArray().size(), 1);
    QCOMPARE(post(u"/api/admin/faults"_s, {{u"service"_s, u"nowhere"_s}, {u"mode"_s, u"fail"_s}, {u"count"_s, 1}}).status, 404);
    QCOMPARE(post(u"/api/admin/faults"_s, {{u"service"_s, u"balance"_s}, {u"mode"_s, u"explode"_s}}).status, 400);
    QCOMPARE(post(u"/api/admin/faults"_s, {{u"service"_s, u"balance"_s}, {u"mode"_s, u"fail"_s}, {u"count"_s, -1}}).status, 400);
    QCOMPARE(post(u"/api/admin/faults"_s, {{u"service"_s, u"balance"_s}, {u"mode"_s, u"fail"_s}, {u"probability"_s, 2.0}}).status, 400);

    const qint64 retriedBefore = m_shop->service(u"balance"_s)->stats().retried;
    const qint64 user = newUser(50'000);
    r = placeOrder(user, items(u"p01"_s, 1), "faulty");
    QCOMPARE(r.status, 202);
    const qint64 orderId = r.object().value(u"orderId"_s).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(orderId), u"CONFIRMED"_s, 20'000);
    QVERIFY(m_shop->service(u"balance"_s)->stats().retried > retriedBefore); // the fault did fire

    r = call("DELETE", u"/api/admin/faults"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(u"cleared"_s).toArray().contains(u"balance"_s));
    QCOMPARE(m_shop->service(u"balance"_s)->faults().active().size(), 0);
    QVERIFY(get(u"/metrics"_s).body.contains("sagashop_events_retried_total{service=\"balance\"}"));
}

void TestApi::slowBackendDoesNotBlockServer()
{
    const qint64 user = newUser(50'000);
    QVERIFY(user > 0);
    QCOMPARE(post(u"/api/admin/faults"_s, {{u"service"_s, u"inventory"_s}, {u"mode"_s, u"delay"_s}, {u"delayMs"_s, 1500}}).status, 200);
    // An order waits in the Inventory service for 1.5 s; meanwhile other routes answer.
    Response placed = placeOrder(user, items(u"p01"_s, 1), "slow");
    QCOMPARE(placed.status, 202);
    const qint64 orderId = placed.object().value(u"orderId"_s).toInteger();
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(u"/api/users/%1/balance"_s.arg(user), kApiToken).status, 200);
    QCOMPARE(orderStatus(orderId), u"CREATED"_s);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

    // A client that hangs up while its request waits on the backend costs the server nothing.
    Response second = placeOrder(user, items(u"p01"_s, 1), "slow-2"); // queued behind the delay
    QCOMPARE(second.status, 202);
    QNetworkRequest request(QUrl(m_base + u"/api/products"_s));
    request.setRawHeader("Authorization", "Bearer " + kApiToken.toUtf8());
    QNetworkReply *abandoned = m_net.get(request);
    QTest::qWait(100);
    abandoned->abort();
    abandoned->deleteLater();
    QCOMPARE(call("DELETE", u"/api/admin/faults?service=inventory"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(orderId), u"CONFIRMED"_s, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(second.object().value(u"orderId"_s).toInteger()), u"CONFIRMED"_s, 20'000);
    QCOMPARE(get(u"/api/products"_s, kApiToken).status, 200);
}

void TestApi::reconcileAlertsInvariantsMetrics()
{
    const qint64 user = newUser(20'000);
    Response r = placeOrder(user, items(u"p02"_s, 2), "books");
    QCOMPARE(r.status, 202);
    const qint64 orderId = r.object().value(u"orderId"_s).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(orderStatus(orderId), u"CONFIRMED"_s, 20'000);

    r = call("POST", u"/api/admin/reconcile"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().contains(u"sagasExamined"_s));
    QVERIFY(r.object().contains(u"actions"_s));

    r = get(u"/api/admin/alerts"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.isArray());

    // A restock is recorded, so stock conservation still holds after it.
    qint64 stockBefore = -1;
    for (const QJsonValue &product : get(u"/api/products"_s, kApiToken).json.array()) {
        if (product.toObject().value(u"id"_s).toString() == u"p02"_s)
            stockBefore = product.toObject().value(u"stock"_s).toInteger();
    }
    QVERIFY(stockBefore >= 0);
    r = call("POST", u"/api/admin/products/p02/restock"_s, R"({"quantity":7})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"stock"_s).toInteger(), stockBefore + 7);
    QCOMPARE(call("POST", u"/api/admin/products/p02/restock"_s, R"({"quantity":0})").status, 400);
    QCOMPARE(call("POST", u"/api/admin/products/p99/restock"_s, R"({"quantity":1})").status, 404);
    QCOMPARE(call("POST", u"/api/admin/products/p02/restock"_s, R"({"quantity":1})", kApiToken).status, 403);

    QTRY_VERIFY_WITH_TIMEOUT(get(u"/api/admin/invariants"_s).object().value(u"ok"_s).toBool(), 20'000);
    r = get(u"/api/admin/invariants"_s);
    QCOMPARE(r.status, 200);
    QStringList names;
    for (const QJsonValue &c : r.object().value(u"checks"_s).toArray()) {
        names.append(c.toObject().value(u"name"_s).toString());
        QVERIFY(c.toObject().value(u"ok"_s).toBool());
    }
    QCOMPARE(names, (QStringList{u"stock"_s, u"balance"_s, u"coupons"_s, u"stuck"_s}));
    // The figures are real: p01 sold in confirmed orders is visible in the stock check.
    const QJsonObject stock = r.object().value(u"checks"_s).toArray().first().toObject();
    QCOMPARE(stock.value(u"expected"_s).toObject().value(u"p02"_s).toInteger(), 10 + 7);
    QCOMPARE(stock.value(u"actual"_s).toObject().value(u"p02"_s).toInteger(), 10 + 7);
    const QJsonObject balance = r.object().value(u"checks"_s).toArray().at(1).toObject();
    QVERIFY(balance.value(u"expected"_s).toObject().value(u"confirmedFinalAmount"_s).toInteger() >= 6'000);

    r = get(u"/metrics"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("sagashop_events_handled_total{service=\"order\"}"));
    QVERIFY(r.body.contains("sagashop_queue_depth{service="));
    QVERIFY(r.body.contains("sagashop_sagas{status=\"CONFIRMED\"}"));
    QVERIFY(r.body.contains("sagashop_saga_latency_ms_bucket{le=\"+Inf\"}"));
    QVERIFY(!r.body.contains("sagashop_sagas{status=\"CONFIRMED\"} 0\n"));
}

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
