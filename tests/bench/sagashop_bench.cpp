// sagashop-bench: checkouts through the real backend (all seven services, saga log, alerts)
// and prints checkouts/s, click-to-confirmed latency percentiles and peak RSS, for
// synchronous NORMAL and FULL. Closed loop (--concurrency C in flight) or open loop
// (--rate R checkouts offered per second). Prints figures only; never a test.

#include "bus/EventBus.h"
#include "bus/Service.h"
#include "saga/CheckoutEvents.h"
#include "services/balance/BalanceService.h"
#include "services/order/OrderService.h"
#include "shop/Shop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <boost/signals2/connection.hpp>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sagashop;

namespace {

constexpr int kProducts = 24;
constexpr int kUsers = 200;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[size_t(std::clamp(p * double(v.size() - 1), 0.0, double(v.size() - 1)))];
}

struct Result
{
    int confirmed = 0;
    int failed = 0;
    double seconds = 0;
    double p50 = 0, p95 = 0, p99 = 0;
    qint64 rssKiB = 0;
    QString backlog; ///< per-service queue depth when the last checkout finished
};

Result run(storage::DatabaseConfig::Synchronous sync, int checkouts, int concurrency, double rate)
{
    QTemporaryDir dir;
    QJsonArray products;
    for (int i = 1; i <= kProducts; ++i) {
        products.append(QJsonObject{{u"id"_s, u"p%1"_s.arg(i, 2, 10, QLatin1Char('0'))},
                                    {u"nameKo"_s, u"상품 %1"_s.arg(i)},
                                    {u"nameEn"_s, u"Product %1"_s.arg(i)},
                                    {u"price"_s, 1'000 + i * 100},
                                    {u"stock"_s, 1'000'000},
                                    {u"image"_s, u"images/p.svg"_s}});
    }
    QFile catalog(dir.filePath(u"catalog.json"_s));
    catalog.open(QIODevice::WriteOnly);
    catalog.write(QJsonDocument(products).toJson());
    catalog.close();

    shop::ShopConfig config;
    config.dataDir = dir.path();
    config.catalogPath = catalog.fileName();
    config.synchronous = sync;
    config.reconcileIntervalMs = 0;
    shop::Shop shop(config);
    try {
        shop.start();
    } catch (const std::exception &e) {
        out() << "the backend did not start: " << e.what() << Qt::endl;
        return {};
    }
    for (int user = 6; user <= kUsers; ++user)
        shop.balances().createUser(u"bench %1"_s.arg(user)).waitForFinished();
    for (int user = 1; user <= kUsers; ++user)
        shop.balances().charge(user, 10'000'000).waitForFinished();

    QEventLoop loop;
    QElapsedTimer clock;
    QHash<qint64, qint64> placedAt; // main thread only
    QHash<qint64, qint64> doneEarly; // order id -> ns, when completion beat the placement reply
    std::vector<double> latencies;
    latencies.reserve(size_t(checkouts));
    Result result;
    int started = 0;
    std::function<void()> startOne;

    const auto finish = [&](qint64 orderId, qint64 doneNs, bool ok) {
        const auto it = placedAt.find(orderId);
        if (it == placedAt.end()) {
            doneEarly.insert(orderId, ok ? doneNs : -doneNs);
            return;
        }
        latencies.push_back(double(doneNs - *it) / 1e6);
        placedAt.erase(it);
        (ok ? result.confirmed : result.failed) += 1;
        if (result.confirmed + result.failed == checkouts)
            loop.quit();
        else if (rate <= 0)
            startOne();
    };
    boost::signals2::scoped_connection completed =
        shop.bus().connectEventPublished([&](const bus::EventPublished &e) {
            const bool ok = e.event.type == saga::CheckoutEvents::OrderCompleted;
            if (!ok && e.event.type != saga::CheckoutEvents::OrderFailed)
                return;
            const qint64 orderId = e.event.payload.value(u"orderId"_s).toInteger();
            const qint64 now = clock.nsecsElapsed();
            QMetaObject::invokeMethod(&loop, [&, orderId, now, ok] { finish(orderId, now, ok); }, Qt::QueuedConnection);
        });

    startOne = [&] {
        if (started >= checkouts)
            return;
        const int n = started++;
        services::PlaceOrderRequest request;
        request.userId = 1 + n % kUsers;
        request.items = {{u"p%1"_s.arg(1 + n % kProducts, 2, 10, QLatin1Char('0')), 1, 0}};
        request.idempotencyKey = u"bench-%1"_s.arg(n);
        const qint64 clickedAt = clock.nsecsElapsed();
        shop.orders().placeOrder(request).then(&loop, [&, clickedAt](const bus::Outcome<services::PlacedOrder> &placed) {
            if (!placed.ok()) {
                out() << "placeOrder failed: " << placed.error << Qt::endl;
                loop.exit(1);
                return;
            }
            const qint64 id = placed.value->orderId;
            placedAt.insert(id, clickedAt);
            if (const auto early = doneEarly.find(id); early != doneEarly.end()) {
                const qint64 done = *early;
                doneEarly.erase(early);
                finish(id, std::abs(done), done > 0);
            }
        });
    };

    QTimer offered;
    clock.start();
    if (rate > 0) {
        // Open loop: offer `rate` checkouts per second in 10 ms ticks, whatever the backlog.
        QObject::connect(&offered, &QTimer::timeout, &loop, [&] {
            const int due = int(double(clock.nsecsElapsed()) / 1e9 * rate) - started;
            for (int i = 0; i < due; ++i)
                startOne();
        });
        offered.start(10);
    } else {
        for (int i = 0; i < std::min(concurrency, checkouts); ++i)
            startOne();
    }
    loop.exec();
    offered.stop();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    for (bus::Service *s : shop.bus().services()) {
        if (const qint64 queued = s->stats().queued; queued > 0)
            result.backlog += u" %1=%2"_s.arg(s->name()).arg(queued);
    }
    completed.disconnect();
    shop.stop();
    result.p50 = percentile(latencies, 0.50);
    result.p95 = percentile(latencies, 0.95);
    result.p99 = percentile(latencies, 0.99);
    result.rssKiB = peakRssKiB();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"sagashop.*.debug=false\nsagashop.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Checkouts through the real SagaShop backend; prints figures only."_s);
    parser.addHelpOption();
    const QCommandLineOption checkouts(u"checkouts"_s, u"Checkouts per run (default 5000)."_s, u"n"_s, u"5000"_s);
    const QCommandLineOption concurrency(u"concurrency"_s, u"Checkouts in flight (closed loop, default 256)."_s, u"c"_s,
                                         u"256"_s);
    const QCommandLineOption rate(u"rate"_s, u"Offer this many checkouts per second instead (open loop)."_s, u"r"_s,
                                  u"0"_s);
    const QCommandLineOption only(u"only"_s, u"normal or full"_s, u"sync"_s);
    parser.addOptions({checkouts, concurrency, rate, only});
    parser.process(app);

    const int n = parser.value(checkouts).toInt();
    const int c = parser.value(concurrency).toInt();
    const double r = parser.value(rate).toDouble();
    for (const auto &[name, sync] : {std::pair{u"NORMAL"_s, storage::DatabaseConfig::Synchronous::Normal},
                                     std::pair{u"FULL"_s, storage::DatabaseConfig::Synchronous::Full}}) {
        if (parser.isSet(only) && parser.value(only).toUpper() != name)
            continue;
        const Result res = run(sync, n, c, r);
        const double perSecond = res.seconds > 0 ? (res.confirmed + res.failed) / res.seconds : 0;
        out() << u"synchronous=%1 %2: %3 checkouts (%4 confirmed, %5 failed) in %6 s = %7 checkouts/s; "
                 "click-to-confirmed p50 %8 ms, p95 %9 ms, p99 %10 ms; peak RSS %11 MiB"_s
                     .arg(name, r > 0 ? u"offered %1/s"_s.arg(r) : u"concurrency %1"_s.arg(c))
                     .arg(n)
                     .arg(res.confirmed)
                     .arg(res.failed)
                     .arg(res.seconds, 0, 'f', 2)
                     .arg(perSecond, 0, 'f', 0)
                     .arg(res.p50, 0, 'f', 1)
                     .arg(res.p95, 0, 'f', 1)
                     .arg(res.p99, 0, 'f', 1)
                     .arg(double(res.rssKiB) / 1024.0, 0, 'f', 0)
              << Qt::endl;
        out() << u"  queued when the last checkout finished:%1"_s.arg(res.backlog.isEmpty() ? u" none"_s : res.backlog)
              << Qt::endl;
        out() << u"RESULT sync=%1 checkouts=%2 confirmed=%3 per_s=%4 p50_ms=%5 p95_ms=%6 p99_ms=%7 rss_mib=%8"_s.arg(name)
                     .arg(n)
                     .arg(res.confirmed)
                     .arg(perSecond, 0, 'f', 1)
                     .arg(res.p50, 0, 'f', 2)
                     .arg(res.p95, 0, 'f', 2)
                     .arg(res.p99, 0, 'f', 2)
                     .arg(double(res.rssKiB) / 1024.0, 0, 'f', 1)
              << Qt::endl;
    }
    return 0;
}
