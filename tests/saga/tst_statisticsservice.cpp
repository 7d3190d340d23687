// The Statistics service through the real bus: test::ScriptService publishes
// ProductSalesRankRecorded and OrderCancelled as the Order service would.

#include "common/ServiceHarness.h"
#include "common/TestSupport.h"
#include "saga/CheckoutEvents.h"
#include "services/statistics/StatisticsService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::services::StatisticsService;
using sagashop::test::await;
using sagashop::test::countRows;
namespace Events = sagashop::saga::CheckoutEvents;

using Ranking = QList<std::pair<QString, qint64>>;

namespace {

constexpr int kWaitMs = 20000;
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

/// 2025-03-10 00:30 UTC: "now" for the window tests, half an hour into a UTC day.
qint64 now()
{
    return QDateTime(QDate(2025, 3, 10), QTime(0, 30), Qt::UTC).toMSecsSinceEpoch();
}
qint64 startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QJsonArray items(std::initializer_list<std::pair<QString, qint64>> lines)
{
    QJsonArray array;
    for (const auto &[productId, quantity] : lines)
        array.append(QJsonObject{{u"productId"_s, productId}, {u"quantity"_s, quantity}});
    return array;
}

/// The statistics service and a script service on one bus, in one data directory.
struct Shop : test::ServiceHarness<StatisticsService>
{
    explicit Shop(const QString &dir, int maxAttempts = 3) : ServiceHarness(dir, {.maxAttempts = maxAttempts}) { }

    bool recorded(qint64 orderId, const QJsonArray &lines, qint64 confirmedAt)
    {
        return send(Events::ProductSalesRankRecorded, orderId,
                    {{u"orderId"_s, orderId}, {u"items"_s, lines}, {u"confirmedAt"_s, confirmedAt}});
    }
    bool cancelled(qint64 orderId, const QJsonArray &lines)
    {
        return send(Events::OrderCancelled, orderId,
                    {{u"orderId"_s, orderId}, {u"reason"_s, u"admin cancel"_s}, {u"by"_s, u"admin"_s}, {u"items"_s, lines}});
    }
    Ranking popular(qint64 nowMs, int days = 3, int limit = 5)
    {
        const auto outcome = await(service.popular(nowMs, days, limit));
        if (!outcome.ok())
            qWarning() << outcome.error;
        return outcome.value.value_or(Ranking{{u"error"_s, -1}});
    }
    Ranking soldPerDay(const QString &productId)
    {
        return test::valueOr(service.soldPerDay(productId), Ranking{{u"error"_s, -1}});
    }
};

} // namespace

class TestStatisticsService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dayIsUtc();
    void countsAnOrderOnce();
    void cancelSubtractsOnceFromTheDayCounted();
    void cancelOfAnUncountedOrderDoesNothing();
    void popularRanksLimitsAndWindows();
    void malformedEventIsDeadLettered();
    void publishesNothing();
};

void TestStatisticsService::dayIsUtc()
{
    QCOMPARE(StatisticsService::dayOf(now()), u"2025-03-10"_s);
    QCOMPARE(StatisticsService::dayOf(startOfDay(QDate(2025, 3, 10)) - 1), u"2025-03-09"_s);
    QCOMPARE(StatisticsService::dayOf(0), u"1970-01-01"_s);
}

void TestStatisticsService::countsAnOrderOnce()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const QJsonArray lines = items({{u"p01"_s, 2}, {u"p02"_s, 1}, {u"p01"_s, 1}});
    QVERIFY(shop.recorded(1, lines, now()));
    QVERIFY(shop.recorded(1, lines, now())); // delivered twice (a new event id each time)
    QVERIFY(shop.recorded(2, items({{u"p02"_s, 1}}), now() - kDayMs));
    QVERIFY(test::waitHandled(shop.service, 3, kWaitMs));

    QCOMPARE(shop.soldPerDay(u"p01"_s), (Ranking{{u"2025-03-10"_s, 3}}));
    QCOMPARE(shop.soldPerDay(u"p02"_s), (Ranking{{u"2025-03-09"_s, 1}, {u"2025-03-10"_s, 1}}));
    QCOMPARE(shop.soldPerDay(u"p77"_s), Ranking{});
    QCOMPARE(shop.popular(now()), (Ranking{{u"p01"_s, 3}, {u"p02"_s, 2}}));
    QCOMPARE(shop.state(1), u"counted"_s);
    QCOMPARE(shop.state(3), u"none"_s);
    QCOMPARE(countRows(shop.service, u"order_sales"_s), 2);
}

void TestStatisticsService::cancelSubtractsOnceFromTheDayCounted()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 twoDaysAgo = now() - 2 * kDayMs;
    QVERIFY(shop.recorded(1, items({{u"p01"_s, 2}, {u"p02"_s, 4}}), twoDaysAgo));
    QVERIFY(shop.recorded(2, items({{u"p01"_s, 1}}), twoDaysAgo));
    QVERIFY(shop.recorded(3, items({{u"p01"_s, 5}}), now()));
    QVERIFY(test::waitHandled(shop.service, 3, kWaitMs));
    QCOMPARE(shop.popular(now()), (Ranking{{u"p01"_s, 8}, {u"p02"_s, 4}}));

    // Cancelled today, twice: subtracted once, from the day it was counted.
    QVERIFY(shop.cancelled(1, items({{u"p01"_s, 2}, {u"p02"_s, 4}})));
    QVERIFY(shop.cancelled(1, items({{u"p01"_s, 2}, {u"p02"_s, 4}})));
    QVERIFY(test::waitHandled(shop.service, 5, kWaitMs));

    QCOMPARE(shop.soldPerDay(u"p01"_s), (Ranking{{u"2025-03-08"_s, 1}, {u"2025-03-10"_s, 5}}));
    QCOMPARE(shop.soldPerDay(u"p02"_s), Ranking{}); // back to zero: not listed
    QCOMPARE(shop.popular(now()), (Ranking{{u"p01"_s, 6}})); // no zero totals
    QCOMPARE(shop.state(1), u"cancelled"_s);
    QCOMPARE(shop.state(2), u"counted"_s);

    // A late repeat of the count does not bring a cancelled order back.
    QVERIFY(shop.recorded(1, items({{u"p01"_s, 2}, {u"p02"_s, 4}}), twoDaysAgo));
    QVERIFY(test::waitHandled(shop.service, 6, kWaitMs));
    QCOMPARE(shop.popular(now()), (Ranking{{u"p01"_s, 6}}));
}

void TestStatisticsService::cancelOfAnUncountedOrderDoesNothing()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.recorded(1, items({{u"p01"_s, 2}}), now()));
    QVERIFY(shop.cancelled(9, items({{u"p01"_s, 2}})));
    QVERIFY(test::waitHandled(shop.service, 2, kWaitMs));
    QCOMPARE(shop.popular(now()), (Ranking{{u"p01"_s, 2}}));
    QCOMPARE(shop.soldPerDay(u"p01"_s), (Ranking{{u"2025-03-10"_s, 2}}));
    QCOMPARE(shop.state(1), u"counted"_s);
    QCOMPARE(countRows(shop.service, u"sales"_s), 1);

    // Decision: the cancellation is remembered, so that a ProductSalesRankRecorded arriving
    // after it (a dead letter retried late) never counts a cancelled order.
    QCOMPARE(shop.state(9), u"cancelled"_s);
    QVERIFY(shop.recorded(9, items({{u"p01"_s, 2}}), now()));
    QVERIFY(test::waitHandled(shop.service, 3, kWaitMs));
    QCOMPARE(shop.popular(now()), (Ranking{{u"p01"_s, 2}}));
}

void TestStatisticsService::popularRanksLimitsAndWindows()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    const qint64 today = now();
    const qint64 yesterday = today - kDayMs;
    const qint64 firstDayOfWindow = startOfDay(QDate(2025, 3, 8));   // 00:00:00.000, inside
    const qint64 justBeforeWindow = startOfDay(QDate(2025, 3, 8)) - 1; // 03-07 23:59:59.999
    const qint64 fourDaysAgo = today - 4 * kDayMs;
    int orderId = 0;
    const auto sell = [&](const QString &productId, qint64 quantity, qint64 at) {
        return shop.recorded(++orderId, items({{productId, quantity}}), at);
    };
    QVERIFY(sell(u"p01"_s, 5, today));
    QVERIFY(sell(u"p02"_s, 4, today));
    QVERIFY(sell(u"p02"_s, 3, yesterday));
    QVERIFY(sell(u"p03"_s, 5, yesterday));
    QVERIFY(sell(u"p04"_s, 1, today));
    QVERIFY(sell(u"p05"_s, 3, today));
    QVERIFY(sell(u"p06"_s, 2, today));
    QVERIFY(sell(u"p08"_s, 4, firstDayOfWindow));
    QVERIFY(sell(u"p07"_s, 60, justBeforeWindow));
    QVERIFY(sell(u"p07"_s, 40, fourDaysAgo));
    QVERIFY(sell(u"p09"_s, 9, today + kDayMs)); // tomorrow: outside too
    QVERIFY(test::waitHandled(shop.service, orderId, kWaitMs));

    // Top 5 of 2025-03-08 … 2025-03-10; p01 and p03 tie at 5: by id.
    QCOMPARE(shop.popular(today),
             (Ranking{{u"p02"_s, 7}, {u"p01"_s, 5}, {u"p03"_s, 5}, {u"p08"_s, 4}, {u"p05"_s, 3}}));
    QCOMPARE(shop.popular(today, 3, 2), (Ranking{{u"p02"_s, 7}, {u"p01"_s, 5}}));
    QCOMPARE(shop.popular(today, 3, 100).size(), 7);
    // Wider windows take the older sales in; one day is today only.
    QCOMPARE(shop.popular(today, 4, 1), (Ranking{{u"p07"_s, 60}}));
    QCOMPARE(shop.popular(today, 5, 1), (Ranking{{u"p07"_s, 100}}));
    QCOMPARE(shop.popular(today, 1, 2), (Ranking{{u"p01"_s, 5}, {u"p02"_s, 4}}));
    // The window moves with "now".
    QCOMPARE(shop.popular(today + 2 * kDayMs, 3, 1), (Ranking{{u"p09"_s, 9}}));
    QCOMPARE(shop.popular(today, 0, 5), Ranking{});
    QCOMPARE(shop.popular(today, 3, 0), Ranking{});
}

void TestStatisticsService::malformedEventIsDeadLettered()
{
    test::TempDataDir dir;
    Shop shop(dir.path(), 2);
    const QList<test::Malformed> malformed{
        {Events::ProductSalesRankRecorded, 1, {{u"orderId"_s, 1}, {u"items"_s, items({{u"p01"_s, 2}})}},
         u"\"confirmedAt\""_s},
        {Events::OrderCancelled, 2, {{u"reason"_s, u"no id"_s}}, u"\"orderId\""_s}};
    QCOMPARE(shop.rejects(malformed, 2), QStringList());
    QCOMPARE(shop.service.stats().handled, 0);
    QCOMPARE(countRows(shop.service, u"sales"_s), 0);
    QCOMPARE(countRows(shop.service, u"order_sales"_s), 0);
}

void TestStatisticsService::publishesNothing()
{
    test::TempDataDir dir;
    Shop shop(dir.path());
    QVERIFY(shop.recorded(1, items({{u"p01"_s, 2}}), now()));
    QVERIFY(shop.cancelled(1, items({{u"p01"_s, 2}})));
    QVERIFY(test::waitHandled(shop.service, 2, kWaitMs));
    for (const bus::EventEnvelope &e : shop.script.published())
        QVERIFY2(e.producer != StatisticsService::Name, qPrintable(e.type));
    QCOMPARE(shop.script.published().size(), 2);
}

QTEST_GUILESS_MAIN(TestStatisticsService)
#include "tst_statisticsservice.moc"
