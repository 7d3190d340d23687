// The simulated shoppers used by the demo and the storefront frame benchmark: they place
// real checkouts at the asked rate, keep themselves solvent and the shelves stocked, and
// stop cleanly.

#include "common/TestServices.h"
#include "common/TestSupport.h"
#include "bus/HybridClock.h"
#include "demo/ShopperSimulator.h"
#include "services/order/OrderService.h"
#include "shop/Invariants.h"
#include "shop/Shop.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::test::await;

class TestShopperSimulator : public QObject
{
    Q_OBJECT

private slots:
    void placesConfirmedCheckoutsAndStops();
};

void TestShopperSimulator::placesConfirmedCheckoutsAndStops()
{
    test::TempDataDir dir;
    shop::ShopConfig config;
    config.dataDir = dir.path();
    shop::Shop shop(config);
    shop.start();
    {
        demo::ShopperSimulator shoppers(shop);
        QVERIFY(!shoppers.isRunning());
        shoppers.start(300);
        QVERIFY(shoppers.isRunning());
        QTRY_VERIFY2_WITH_TIMEOUT(shoppers.stats().placed >= 150,
                                  qPrintable(u"placed %1, refused %2"_s.arg(shoppers.stats().placed).arg(shoppers.stats().refused)),
                                  30'000);
        // Demo users start with no money: the simulator topped them up.
        QVERIFY(shoppers.stats().topUps >= 1);
        shoppers.stop();
        QVERIFY(!shoppers.isRunning());
        QTRY_COMPARE(shoppers.stats().inFlight, 0); // placements already sent are answered
        const qint64 placed = shoppers.stats().placed;
        QCOMPARE(shoppers.stats().refused, 0);

        // Every placed order runs to an end; most confirm (early ones may find no money yet).
        QTRY_COMPARE_WITH_TIMEOUT(test::await(shop.orders().statusCounts()).value->value(u"CREATED"_s), 0, 30'000);
        const auto counts = *test::await(shop.orders().statusCounts()).value;
        qint64 total = 0;
        for (const qint64 n : counts)
            total += n;
        QVERIFY2(total >= placed, qPrintable(u"%1 orders for %2 placed"_s.arg(total).arg(placed)));
        QVERIFY(counts.value(u"CONFIRMED"_s) > placed / 2);
        // Stopped means stopped: nothing new arrives.
        QCOMPARE(shoppers.stats().placed, placed);
    }
    QTRY_VERIFY_WITH_TIMEOUT(shop::Invariants::check(shop, bus::HybridClock::nowMs()).ok, 30'000);
    shop.stop();
}

QTEST_GUILESS_MAIN(TestShopperSimulator)
#include "tst_shoppersimulator.moc"
