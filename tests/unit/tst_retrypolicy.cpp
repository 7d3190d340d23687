// Unit tests of RetryPolicy (exponential backoff with a cap, deterministic jitter bounds,
// exhaustion) and HybridClock (strictly increasing and unique across threads, observe(),
// close to the wall clock).

#include "bus/HybridClock.h"
#include "bus/RetryPolicy.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using sagashop::bus::HybridClock;
using sagashop::bus::RetryPolicy;

namespace {

RetryPolicy withoutJitter()
{
    RetryPolicy p;
    p.jitter = 0.0;
    return p;
}

RetryPolicy policy(int initialDelayMs, double multiplier, int maxDelayMs, double jitter)
{
    RetryPolicy p;
    p.initialDelayMs = initialDelayMs;
    p.multiplier = multiplier;
    p.maxDelayMs = maxDelayMs;
    p.jitter = jitter;
    return p;
}

/// The undisturbed delay: initial * multiplier^(n-1), capped.
double baseDelay(const RetryPolicy &p, int failedAttempts)
{
    return std::min<double>(
            p.maxDelayMs, p.initialDelayMs * std::pow(p.multiplier, failedAttempts - 1));
}

} // namespace

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void defaultsAreDocumented();
    void delayGrowsByMultiplier_data();
    void delayGrowsByMultiplier();
    void customGrowthAndCap_data();
    void customGrowthAndCap();
    void jitterBounds_data();
    void jitterBounds();
    void randomJitterStaysWithinBoundsAndSpreads();
    void delayIsNeverNegative_data();
    void delayIsNeverNegative();
    void exhausted_data();
    void exhausted();

    void clockIsStrictlyIncreasing();
    void clockIsUniqueAcrossThreads_data();
    void clockIsUniqueAcrossThreads();
    void observeMakesNextLarger();
    void clockFollowsWallClockInMicroseconds();
    void nowMsIsTheWallClock();
};

void tst_RetryPolicy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_RetryPolicy::defaultsAreDocumented()
{
    const RetryPolicy p;
    QCOMPARE(p.maxAttempts, 5);
    QCOMPARE(p.initialDelayMs, 200);
    QCOMPARE(p.multiplier, 2.0);
    QCOMPARE(p.maxDelayMs, 30'000);
    QCOMPARE(p.jitter, 0.2);
}

void tst_RetryPolicy::delayGrowsByMultiplier_data()
{
    QTest::addColumn<int>("failedAttempts");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("1") << 1 << qint64(200);
    QTest::newRow("2") << 2 << qint64(400);
    QTest::newRow("3") << 3 << qint64(800);
    QTest::newRow("4") << 4 << qint64(1'600);
    QTest::newRow("5") << 5 << qint64(3'200);
    QTest::newRow("6") << 6 << qint64(6'400);
    QTest::newRow("7") << 7 << qint64(12'800);
    QTest::newRow("8") << 8 << qint64(25'600);
    QTest::newRow("9 capped") << 9 << qint64(30'000);
    QTest::newRow("10 capped") << 10 << qint64(30'000);
    QTest::newRow("64 capped") << 64 << qint64(30'000);
    QTest::newRow("2000 capped (power overflows)") << 2000 << qint64(30'000);
    QTest::newRow("INT_MAX capped") << INT_MAX << qint64(30'000);
}

void tst_RetryPolicy::delayGrowsByMultiplier()
{
    QFETCH(int, failedAttempts);
    QFETCH(qint64, expected);

    const RetryPolicy p = withoutJitter();
    // Without jitter the random sample makes no difference.
    QCOMPARE(p.delayMs(failedAttempts, 0.0), expected);
    QCOMPARE(p.delayMs(failedAttempts, 0.5), expected);
    QCOMPARE(p.delayMs(failedAttempts, 0.999), expected);
}

void tst_RetryPolicy::customGrowthAndCap_data()
{
    QTest::addColumn<int>("initialDelayMs");
    QTest::addColumn<double>("multiplier");
    QTest::addColumn<int>("maxDelayMs");
    QTest::addColumn<QList<qint64>>("delays"); // for failedAttempts 1, 2, 3, ...

    QTest::newRow("x3 capped at 5000")
            << 100 << 3.0 << 5'000 << QList<qint64>{100, 300, 900, 2'700, 5'000, 5'000};
    QTest::newRow("x1.5") << 1'000 << 1.5 << 60'000
                          << QList<qint64>{1'000, 1'500, 2'250, 3'375, 5'063};
    QTest::newRow("constant") << 250 << 1.0 << 60'000 << QList<qint64>{250, 250, 250, 250};
    QTest::newRow("cap below initial") << 500 << 2.0 << 300 << QList<qint64>{300, 300, 300};
    QTest::newRow("cap hit exactly") << 200 << 2.0 << 800 << QList<qint64>{200, 400, 800, 800};
}

void tst_RetryPolicy::customGrowthAndCap()
{
    QFETCH(int, initialDelayMs);
    QFETCH(double, multiplier);
    QFETCH(int, maxDelayMs);
    QFETCH(QList<qint64>, delays);

    const RetryPolicy p = policy(initialDelayMs, multiplier, maxDelayMs, 0.0);
    QList<qint64> actual;
    for (int n = 1; n <= delays.size(); ++n)
        actual << p.delayMs(n, 0.3);
    QCOMPARE(actual, delays);
}

void tst_RetryPolicy::jitterBounds_data()
{
    QTest::addColumn<int>("failedAttempts");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<qint64>("low"); // unitRandom = 0.0: base * (1 - jitter)
    QTest::addColumn<qint64>("mid"); // unitRandom = 0.5: base
    QTest::addColumn<qint64>("high"); // unitRandom = 1.0: base * (1 + jitter)

    QTest::newRow("n=1 default jitter") << 1 << 0.2 << qint64(160) << qint64(200) << qint64(240);
    QTest::newRow("n=2 default jitter") << 2 << 0.2 << qint64(320) << qint64(400) << qint64(480);
    QTest::newRow("n=3 default jitter") << 3 << 0.2 << qint64(640) << qint64(800) << qint64(960);
    QTest::newRow("n=8 default jitter")
            << 8 << 0.2 << qint64(20'480) << qint64(25'600) << qint64(30'720);
    // Jitter spreads the capped delay (so it may exceed maxDelayMs by the jitter fraction).
    QTest::newRow("n=9 capped, default jitter")
            << 9 << 0.2 << qint64(24'000) << qint64(30'000) << qint64(36'000);
    QTest::newRow("n=2 jitter 0.5") << 2 << 0.5 << qint64(200) << qint64(400) << qint64(600);
    QTest::newRow("n=1 jitter 0") << 1 << 0.0 << qint64(200) << qint64(200) << qint64(200);
    QTest::newRow("n=1 jitter 1") << 1 << 1.0 << qint64(0) << qint64(200) << qint64(400);
    QTest::newRow("n=4 jitter 0.1") << 4 << 0.1 << qint64(1'440) << qint64(1'600) << qint64(1'760);
}

void tst_RetryPolicy::jitterBounds()
{
    QFETCH(int, failedAttempts);
    QFETCH(double, jitter);
    QFETCH(qint64, low);
    QFETCH(qint64, mid);
    QFETCH(qint64, high);

    RetryPolicy p;
    p.jitter = jitter;
    QCOMPARE(p.delayMs(failedAttempts, 0.0), low);
    QCOMPARE(p.delayMs(failedAttempts, 0.5), mid);
    QCOMPARE(p.delayMs(failedAttempts, 1.0), high);

    // Just below 1 (the documented range is [0, 1)): within a millisecond of the upper bound.
    const qint64 nearlyHigh = p.delayMs(failedAttempts, std::nextafter(1.0, 0.0));
    QVERIFY2(nearlyHigh <= high && nearlyHigh >= high - 1, qPrintable(QString::number(nearlyHigh)));
}

void tst_RetryPolicy::randomJitterStaysWithinBoundsAndSpreads()
{
    const RetryPolicy p; // default jitter 0.2
    QRandomGenerator rng(99);
    for (int n = 1; n <= 12; ++n) {
        const double base = baseDelay(p, n);
        const qint64 lowest = std::llround(base * (1.0 - p.jitter));
        const qint64 highest = std::llround(base * (1.0 + p.jitter));
        qint64 seenMin = LLONG_MAX;
        qint64 seenMax = LLONG_MIN;
        std::vector<std::pair<double, qint64>> samples;
        for (int i = 0; i < 2'000; ++i) {
            const double r = rng.generateDouble();
            const qint64 d = p.delayMs(n, r);
            QVERIFY2(d >= lowest && d <= highest,
                    qPrintable(u"n=%1 r=%2: %3 outside [%4, %5]"_s.arg(n)
                                       .arg(r)
                                       .arg(d)
                                       .arg(lowest)
                                       .arg(highest)));
            seenMin = std::min(seenMin, d);
            seenMax = std::max(seenMax, d);
            samples.emplace_back(r, d);
        }
        // The spread is really used: samples reach close to both ends.
        QVERIFY2(seenMin < base * 0.82 && seenMax > base * 1.18,
                qPrintable(u"n=%1: samples only in [%2, %3]"_s.arg(n).arg(seenMin).arg(seenMax)));
        // A larger sample never gives a shorter delay.
        std::sort(samples.begin(), samples.end());
        for (size_t i = 1; i < samples.size(); ++i)
            QVERIFY(samples[i - 1].second <= samples[i].second);
    }
}

void tst_RetryPolicy::delayIsNeverNegative_data()
{
    QTest::addColumn<int>("initialDelayMs");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<int>("failedAttempts");
    QTest::addColumn<double>("unitRandom");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("full jitter, lowest sample") << 200 << 1.0 << 1 << 0.0 << qint64(0);
    QTest::newRow("jitter above 1 is clamped") << 200 << 3.0 << 1 << 0.0 << qint64(0);
    QTest::newRow("jitter above 1, highest sample") << 200 << 3.0 << 1 << 1.0 << qint64(400);
    QTest::newRow("negative jitter is none") << 200 << -0.5 << 2 << 0.0 << qint64(400);
    QTest::newRow("sample below 0 is clamped") << 200 << 0.2 << 1 << -5.0 << qint64(160);
    QTest::newRow("sample above 1 is clamped") << 200 << 0.2 << 1 << 7.0 << qint64(240);
    QTest::newRow("negative initial delay") << -100 << 0.2 << 3 << 0.5 << qint64(0);
    QTest::newRow("zero initial delay") << 0 << 0.2 << 3 << 1.0 << qint64(0);
    QTest::newRow("zero failures") << 200 << 0.0 << 0 << 0.5 << qint64(200);
    QTest::newRow("negative failures") << 200 << 0.0 << -3 << 0.5 << qint64(200);
}

void tst_RetryPolicy::delayIsNeverNegative()
{
    QFETCH(int, initialDelayMs);
    QFETCH(double, jitter);
    QFETCH(int, failedAttempts);
    QFETCH(double, unitRandom);
    QFETCH(qint64, expected);

    RetryPolicy p;
    p.initialDelayMs = initialDelayMs;
    p.jitter = jitter;
    const qint64 d = p.delayMs(failedAttempts, unitRandom);
    QVERIFY(d >= 0);
    QCOMPARE(d, expected);
}

void tst_RetryPolicy::exhausted_data()
{
    QTest::addColumn<int>("maxAttempts");
    QTest::addColumn<int>("failedAttempts");
    QTest::addColumn<bool>("expected");

    QTest::newRow("5: 0 failures") << 5 << 0 << false;
    QTest::newRow("5: 1 failure") << 5 << 1 << false;
    QTest::newRow("5: 4 failures") << 5 << 4 << false;
    QTest::newRow("5: 5 failures") << 5 << 5 << true;
    QTest::newRow("5: 6 failures") << 5 << 6 << true;
    QTest::newRow("5: many failures") << 5 << 1'000 << true;
    QTest::newRow("1: 0 failures") << 1 << 0 << false;
    QTest::newRow("1: 1 failure") << 1 << 1 << true;
    QTest::newRow("3: 2 failures") << 3 << 2 << false;
    QTest::newRow("3: 3 failures") << 3 << 3 << true;
}

void tst_RetryPolicy::exhausted()
{
    QFETCH(int, maxAttempts);
    QFETCH(int, failedAttempts);
    QFETCH(bool, expected);

    RetryPolicy p;
    p.maxAttempts = maxAttempts;
    QCOMPARE(p.exhausted(failedAttempts), expected);
}

void tst_RetryPolicy::clockIsStrictlyIncreasing()
{
    HybridClock clock;
    qint64 previous = clock.next();
    for (int i = 0; i < 100'000; ++i) {
        const qint64 value = clock.next();
        if (value <= previous)
            QFAIL(qPrintable(u"call %1: %2 after %3"_s.arg(i).arg(value).arg(previous)));
        previous = value;
    }
}

void tst_RetryPolicy::clockIsUniqueAcrossThreads_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("2 threads") << 2;
    QTest::newRow("4 threads") << 4;
}

void tst_RetryPolicy::clockIsUniqueAcrossThreads()
{
    QFETCH(int, threads);
    constexpr int kPerThread = 100'000;

    HybridClock clock;
    std::atomic<int> waiting{threads};
    std::vector<std::vector<qint64>> values(threads);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            std::vector<qint64> &mine = values[size_t(t)];
            mine.reserve(kPerThread);
            // Start together so that the calls really interleave.
            waiting.fetch_sub(1);
            while (waiting.load() > 0) { }
            for (int i = 0; i < kPerThread; ++i)
                mine.push_back(clock.next());
        });
    }
    for (std::thread &worker : workers)
        worker.join();

    std::vector<qint64> all;
    for (const std::vector<qint64> &mine : values) {
        QCOMPARE(mine.size(), size_t(kPerThread));
        // Each thread sees a strictly increasing sequence.
        QVERIFY(std::adjacent_find(mine.begin(), mine.end(), std::greater_equal<>()) == mine.end());
        all.insert(all.end(), mine.begin(), mine.end());
    }
    std::sort(all.begin(), all.end());
    const auto duplicate = std::adjacent_find(all.begin(), all.end());
    QVERIFY2(duplicate == all.end(),
            qPrintable(
                    u"value %1 handed out twice"_s.arg(duplicate == all.end() ? 0 : *duplicate)));

    // And the clock continues above everything it handed out.
    QVERIFY(clock.next() > all.back());
}

void tst_RetryPolicy::observeMakesNextLarger()
{
    HybridClock clock;
    const qint64 first = clock.next();

    // A value far ahead of the wall clock (e.g. read back from disk after the clock moved
    // back): next() continues right after it.
    const qint64 future = first + qint64(3'600) * 1'000'000;
    clock.observe(future);
    QCOMPARE(clock.next(), future + 1);
    QCOMPARE(clock.next(), future + 2);

    // An older value never moves the clock back.
    clock.observe(first);
    clock.observe(1);
    QCOMPARE(clock.next(), future + 3);

    // Observing the last value handed out: the next one is still larger.
    const qint64 last = clock.next();
    clock.observe(last);
    QVERIFY(clock.next() > last);

    // Observing on a fresh clock works too.
    HybridClock fresh;
    fresh.observe(future * 2);
    QCOMPARE(fresh.next(), future * 2 + 1);
}

void tst_RetryPolicy::clockFollowsWallClockInMicroseconds()
{
    HybridClock clock;
    const qint64 beforeMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 value = clock.next();
    const qint64 afterMs = QDateTime::currentMSecsSinceEpoch();
    // Microseconds of the wall clock (1 s of slack for clock adjustments between the calls).
    QVERIFY2(value >= (beforeMs - 1'000) * 1'000 && value <= (afterMs + 1'000) * 1'000,
            qPrintable(u"%1 not within [%2, %3] ms"_s.arg(value).arg(beforeMs).arg(afterMs)));

    // Sustained use does not drift away from the wall clock (it only adds 1 µs when calls
    // come faster than the clock ticks).
    qint64 latest = value;
    for (int i = 0; i < 10'000; ++i)
        latest = clock.next();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(std::llabs(latest / 1'000 - nowMs) <= 1'000,
            qPrintable(u"%1 vs %2 ms"_s.arg(latest).arg(nowMs)));
}

void tst_RetryPolicy::nowMsIsTheWallClock()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = HybridClock::nowMs();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(now >= before - 1'000 && now <= after + 1'000,
            qPrintable(u"%1 not within [%2, %3]"_s.arg(now).arg(before).arg(after)));
    // UTC milliseconds, whatever the local time zone.
    const qint64 utc = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch();
    QVERIFY2(std::llabs(utc - now) <= 1'000, qPrintable(u"%1 vs UTC %2"_s.arg(now).arg(utc)));
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
