// ShopMetrics with synthetic notifications and an injected clock: per-second counts, rates,
// latency percentiles, window expiry, the bounded pending map, concurrency.

#include "metrics/ShopMetrics.h"

#include "saga/CheckoutEvents.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sagashop;
using metrics::ShopMetrics;
using metrics::ShopMetricsConfig;
namespace E = saga::CheckoutEvents;

namespace {

constexpr qint64 T0 = 1'700'000'000'000; // a whole second, UTC ms

struct FakeClock
{
    std::atomic<qint64> now{T0};
    ShopMetrics::Clock function()
    {
        return [this] { return now.load(); };
    }
    void advanceSeconds(int n) { now += qint64(n) * 1000; }
};

bus::EventPublished published(const QString &type, const QString &sagaId, qint64 occurredAt)
{
    bus::EventPublished e;
    e.event.type = type;
    e.event.sagaId = sagaId;
    e.event.occurredAt = occurredAt;
    e.event.aggregateId = u"order-1"_s;
    return e;
}

QString sagaNo(int n)
{
    return u"saga-%1"_s.arg(n);
}

/// Places saga n at `at` and ends it `latency` ms later with `terminal`.
void run(ShopMetrics &m, int n, qint64 at, qint64 latency, const QString &terminal = E::OrderCompleted)
{
    m.record(published(E::PaymentRequested, sagaNo(n), at));
    m.record(published(terminal, sagaNo(n), at + latency));
}

} // namespace

class TestShopMetrics : public QObject
{
    Q_OBJECT

private slots:
    void countsPerSecondAndSeriesShape();
    void otherEventsAreIgnored();
    void failureAndCompensationRates();
    void percentilesAreNearestRank();
    void largeLatenciesAreBinnedWithinOnePercent();
    void windowExpires();
    void pendingSagasAreBounded();
    void repeatedPlacementCountsOnce();
    void longSilenceStartsAfresh();
    void concurrentRecordingLosesNothing();
};

void TestShopMetrics::countsPerSecondAndSeriesShape()
{
    FakeClock clock;
    ShopMetrics m(clock.function());
    for (int i = 0; i < 10; ++i)
        m.record(published(E::PaymentRequested, sagaNo(i), T0));
    clock.advanceSeconds(1);
    for (int i = 0; i < 8; ++i)
        m.record(published(E::OrderCompleted, sagaNo(i), T0 + 1000));
    for (int i = 8; i < 10; ++i)
        m.record(published(E::OrderFailed, sagaNo(i), T0 + 1000));
    clock.advanceSeconds(1);

    const metrics::MetricsSnapshot s = m.sample();
    QCOMPARE(s.seconds.size(), 300);
    QCOMPARE(s.seconds.last().second, T0 + 1000); // the last closed second
    QCOMPARE(s.seconds.first().second, T0 + 1000 - 299 * 1000);
    for (qsizetype i = 1; i < s.seconds.size(); ++i)
        QCOMPARE(s.seconds.at(i).second - s.seconds.at(i - 1).second, 1000);
    const metrics::SecondSample &first = s.seconds.at(298);
    const metrics::SecondSample &second = s.seconds.at(299);
    QCOMPARE(first.placed, 10);
    QCOMPARE(first.confirmed, 0);
    QCOMPARE(second.placed, 0);
    QCOMPARE(second.confirmed, 8);
    QCOMPARE(second.failed, 2);
    QCOMPARE(s.checkoutsPerSecond, 10.0 / 5);
    QCOMPARE(s.confirmedPerSecond, 8.0 / 5);
    QCOMPARE(s.inFlight, 0);
    QCOMPARE(s.placedTotal, 10);
    QCOMPARE(s.confirmedTotal, 8);
    QCOMPARE(s.failedTotal, 2);
    QVERIFY(s.queues.isEmpty()); // no bus

    // The second being recorded is not in the series until it closes.
    m.record(published(E::PaymentRequested, sagaNo(99), clock.now));
    QCOMPARE(m.sample().seconds.last().placed, 0);
    clock.advanceSeconds(1);
    QCOMPARE(m.sample().seconds.last().placed, 1);
}

void TestShopMetrics::otherEventsAreIgnored()
{
    FakeClock clock;
    ShopMetrics m(clock.function());
    for (const QString &type : {E::InventoryDeducted, E::OrderConfirmed, E::CouponUsed, E::BalanceRefunded,
                                E::OrderConfirmationFailed, E::RecordBalanceCharge})
        m.record(published(type, sagaNo(1), T0));
    clock.advanceSeconds(1);
    const metrics::MetricsSnapshot s = m.sample();
    QCOMPARE(s.placedTotal + s.confirmedTotal + s.failedTotal + s.compensatedTotal + s.cancelledTotal, 0);
    QCOMPARE(s.inFlight, 0);
    QVERIFY(!s.failureRate);
    QVERIFY(!s.p50Ms);
}

void TestShopMetrics::failureAndCompensationRates()
{
    FakeClock clock;
    ShopMetrics m(clock.function());
    // Second 0: 6 confirmed, 3 failed (two of them compensated), 1 admin cancellation that
    // is compensated too.
    for (int i = 0; i < 6; ++i)
        run(m, i, T0, 10);
    for (int i = 6; i < 9; ++i)
        run(m, i, T0, 10, E::OrderFailed);
    m.record(published(E::OrderCompensated, sagaNo(6), T0));
    m.record(published(E::OrderCompensated, sagaNo(7), T0));
    m.record(published(E::OrderCancelled, sagaNo(0), T0));
    m.record(published(E::OrderCompensated, sagaNo(0), T0));
    clock.advanceSeconds(1);

    metrics::MetricsSnapshot s = m.sample();
    QVERIFY(s.failureRate);
    QCOMPARE(*s.failureRate, 100.0 * 3 / 9);          // failed / (confirmed + failed)
    QVERIFY(s.compensationRate);
    QCOMPARE(*s.compensationRate, 100.0 * 3 / 10);    // compensated / (finished + cancelled)
    QCOMPARE(s.compensatedTotal, 3);
    QCOMPARE(s.cancelledTotal, 1);

    // Ten seconds later two more failures: still in the 30 s window with the rest.
    clock.advanceSeconds(10);
    run(m, 20, clock.now, 5, E::OrderFailed);
    run(m, 21, clock.now, 5, E::OrderFailed);
    clock.advanceSeconds(1);
    s = m.sample();
    QCOMPARE(*s.failureRate, 100.0 * 5 / 11);
    // Each closed second carries the rate of the window ending with it.
    QCOMPARE(s.seconds.last().failureRate, 100.0 * 5 / 11);
    QCOMPARE(s.seconds.at(s.seconds.size() - 2).failureRate, 100.0 * 3 / 9);
    QCOMPARE(s.seconds.at(s.seconds.size() - 13).failureRate, -1.0); // before anything finished
}

void TestShopMetrics::percentilesAreNearestRank()
{
    FakeClock clock;
    ShopMetrics m(clock.function());
    // Latencies 1 … 100 ms, in a shuffled order.
    QList<int> latencies;
    for (int i = 1; i <= 100; ++i)
        latencies.append(i);
    std::shuffle(latencies.begin(), latencies.end(), *QRandomGenerator::global());
    for (int i = 0; i < latencies.size(); ++i)
        run(m, i, T0 + i, latencies.at(i));
    clock.advanceSeconds(1);
    metrics::MetricsSnapshot s = m.sample();
    QVERIFY(s.p50Ms && s.p99Ms);
    QCOMPARE(*s.p50Ms, 50);
    QCOMPARE(*s.p99Ms, 99);

    // One slow saga among 100 more fast ones (2 ms): p50 falls, p99 stays in the tail.
    for (int i = 0; i < 100; ++i)
        run(m, 1000 + i, clock.now, 2);
    run(m, 2000, clock.now, 240);
    clock.advanceSeconds(1);
    s = m.sample();
    // 201 samples sorted: 1, then 101 × 2 ms, then 3 … 100, then 240. Rank 101 (p50) is
    // 2 ms; rank 199 (p99 = ceil(0.99 × 201)) is 99 ms.
    QCOMPARE(*s.p50Ms, 2);
    QCOMPARE(*s.p99Ms, 99);

    // A single sample is both percentiles.
    FakeClock clock2;
    ShopMetrics one(clock2.function());
    run(one, 1, T0, 137);
    clock2.advanceSeconds(1);
    s = one.sample();
    QCOMPARE(*s.p50Ms, 137);
    QCOMPARE(*s.p99Ms, 137);
}

void TestShopMetrics::largeLatenciesAreBinnedWithinOnePercent()
{
    for (qint64 v : {0LL, 1LL, 255LL, 256LL, 257LL, 511LL, 512LL, 1000LL, 4321LL, 65'535LL, 1'000'000LL,
                     (1LL << 24) - 1}) {
        const qint64 edge = ShopMetrics::latencyBinLowerEdge(ShopMetrics::latencyBin(v));
        QVERIFY2(edge <= v, qPrintable(u"%1 → %2"_s.arg(v).arg(edge)));
        QVERIFY2(v < 256 ? edge == v : double(v - edge) < 0.008 * double(v), qPrintable(u"%1 → %2"_s.arg(v).arg(edge)));
    }
    // Bins are monotonic and every lower edge falls into its own bin.
    for (int bin = 0; bin < ShopMetrics::latencyBin((1LL << 24) - 1); ++bin) {
        QCOMPARE(ShopMetrics::latencyBin(ShopMetrics::latencyBinLowerEdge(bin)), bin);
        QVERIFY(ShopMetrics::latencyBinLowerEdge(bin + 1) > ShopMetrics::latencyBinLowerEdge(bin));
    }
    // Beyond the cap: the last bin; below zero (a skewed clock): zero.
    QCOMPARE(ShopMetrics::latencyBin(1LL << 40), ShopMetrics::latencyBin((1LL << 24) - 1));
    QCOMPARE(ShopMetrics::latencyBin(-5), 0);

    FakeClock clock;
    ShopMetrics m(clock.function());
    run(m, 1, T0, 12'345);
    clock.advanceSeconds(1);
    const qint64 p = *m.sample().p50Ms;
    QVERIFY2(p <= 12'345 && p > 12'345 * 0.992, qPrintable(QString::number(p)));
}

void TestShopMetrics::windowExpires()
{
    FakeClock clock;
    ShopMetricsConfig config;
    config.windowSeconds = 30;
    ShopMetrics m(clock.function(), config);
    run(m, 1, T0, 500, E::OrderFailed); // second 0
    clock.advanceSeconds(1);
    QCOMPARE(*m.sample().p50Ms, ShopMetrics::latencyBinLowerEdge(ShopMetrics::latencyBin(500)));

    // Second 29 closes: second 0 is still one of the last 30.
    clock.advanceSeconds(29);
    metrics::MetricsSnapshot s = m.sample();
    QCOMPARE(s.seconds.last().second, T0 + 29'000);
    QVERIFY(s.p50Ms);
    QVERIFY(s.failureRate);
    QCOMPARE(*s.failureRate, 100.0);

    // Second 30 closes: second 0 has left the window.
    clock.advanceSeconds(1);
    s = m.sample();
    QVERIFY2(!s.p50Ms, "the latency sample of second 0 is still in the window");
    QVERIFY(!s.p99Ms);
    QVERIFY(!s.failureRate);
    QCOMPARE(s.seconds.last().p50Ms, -1);
    QCOMPARE(s.seconds.at(s.seconds.size() - 2).p50Ms, 500 - 500 % 2); // the window ending at 29

    // The counts stay in the 5-minute series until they are older than that.
    QCOMPARE(s.seconds.at(s.seconds.size() - 31).failed, 1);
    clock.advanceSeconds(269);
    QCOMPARE(m.sample().seconds.first().failed, 1);
    clock.advanceSeconds(1);
    s = m.sample();
    for (const metrics::SecondSample &x : s.seconds)
        QCOMPARE(x.failed, 0);
    QCOMPARE(s.failedTotal, 1);

    // A sample at the same second twice changes nothing.
    const metrics::MetricsSnapshot again = m.sample();
    QCOMPARE(again.seconds.last().second, s.seconds.last().second);
}

void TestShopMetrics::pendingSagasAreBounded()
{
    FakeClock clock;
    ShopMetricsConfig config;
    config.maxPendingSagas = 3;
    ShopMetrics m(clock.function(), config);
    for (int i = 1; i <= 5; ++i)
        m.record(published(E::PaymentRequested, sagaNo(i), T0));
    metrics::MetricsSnapshot s = m.sample();
    QCOMPARE(s.inFlight, 3);
    QCOMPARE(s.droppedSagas, 2);
    QCOMPARE(s.placedTotal, 5);

    // The two oldest were forgotten: their terminal events count but add no latency.
    m.record(published(E::OrderCompleted, sagaNo(1), T0 + 7000));
    m.record(published(E::OrderCompleted, sagaNo(2), T0 + 7000));
    m.record(published(E::OrderCompleted, sagaNo(5), T0 + 40));
    clock.advanceSeconds(1);
    s = m.sample();
    QCOMPARE(s.confirmedTotal, 3);
    QCOMPARE(s.inFlight, 2);
    QCOMPARE(*s.p99Ms, 40);

    // Many stuck sagas never grow the map beyond the cap.
    for (int i = 100; i < 10'100; ++i)
        m.record(published(E::PaymentRequested, sagaNo(i), clock.now));
    s = m.sample();
    QCOMPARE(s.inFlight, 3);
    QCOMPARE(s.droppedSagas, 2 + 9'999); // the first fills the map to 3, each later one evicts
}

void TestShopMetrics::repeatedPlacementCountsOnce()
{
    FakeClock clock;
    ShopMetrics m(clock.function());
    m.record(published(E::PaymentRequested, sagaNo(1), T0));
    m.record(published(E::PaymentRequested, sagaNo(1), T0)); // the outbox published it again
    m.record(published(E::OrderCompleted, sagaNo(1), T0 + 30));
    clock.advanceSeconds(1);
    const metrics::MetricsSnapshot s = m.sample();
    QCOMPARE(s.placedTotal, 1);
    QCOMPARE(s.seconds.last().placed, 1);
    QCOMPARE(s.inFlight, 0);
    QCOMPARE(*s.p50Ms, 30);
}

void TestShopMetrics::longSilenceStartsAfresh()
{
    FakeClock clock;
    ShopMetrics m(clock.function());
    run(m, 1, T0, 20);
    clock.advanceSeconds(1);
    QCOMPARE(m.sample().confirmedTotal, 1);
    clock.advanceSeconds(3600); // an hour without events or samples
    run(m, 2, clock.now, 30);
    clock.advanceSeconds(1);
    const metrics::MetricsSnapshot s = m.sample();
    QCOMPARE(s.seconds.last().confirmed, 1);
    QCOMPARE(*s.p50Ms, 30); // the old sample is gone
    QCOMPARE(s.confirmedTotal, 2);
    int confirmed = 0;
    for (const metrics::SecondSample &x : s.seconds)
        confirmed += x.confirmed;
    QCOMPARE(confirmed, 1);
}

void TestShopMetrics::concurrentRecordingLosesNothing()
{
    FakeClock clock;
    ShopMetricsConfig config;
    config.maxPendingSagas = 1'000'000;
    ShopMetrics m(clock.function(), config);
    constexpr int Threads = 4;
    constexpr int PerThread = 20'000;
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            while (!go.load())
                std::this_thread::yield();
            for (int i = 0; i < PerThread; ++i) {
                const int n = t * PerThread + i;
                m.record(published(E::InventoryDeducted, sagaNo(n), T0)); // noise, no lock
                m.record(published(E::PaymentRequested, sagaNo(n), T0));
                m.record(published(n % 10 == 0 ? E::OrderFailed : E::OrderCompleted, sagaNo(n), T0 + 7));
                if (i % 5000 == 0)
                    clock.now += 1000; // seconds close while others record
            }
        });
    }
    // A sampler running alongside.
    std::thread sampler([&] {
        while (!go.load())
            std::this_thread::yield();
        for (int i = 0; i < 50; ++i)
            (void)m.sample();
    });
    go = true;
    for (std::thread &t : threads)
        t.join();
    sampler.join();
    clock.advanceSeconds(1);
    const metrics::MetricsSnapshot s = m.sample();
    QCOMPARE(s.placedTotal, qint64(Threads) * PerThread);
    QCOMPARE(s.confirmedTotal + s.failedTotal, qint64(Threads) * PerThread);
    QCOMPARE(s.failedTotal, qint64(Threads) * PerThread / 10);
    QCOMPARE(s.inFlight, 0);
    QCOMPARE(s.droppedSagas, 0);
    qint64 placed = 0;
    for (const metrics::SecondSample &x : s.seconds)
        placed += x.placed;
    QCOMPARE(placed, qint64(Threads) * PerThread);
    QCOMPARE(*s.p50Ms, 7);
}

QTEST_GUILESS_MAIN(TestShopMetrics)
#include "tst_shopmetrics.moc"
