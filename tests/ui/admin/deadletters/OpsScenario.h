#pragma once

// Real trouble for the operations views' tests (dead letters, alerts, faults): orders whose
// export or statistics step fails for good, undecodable messages, all through the real
// backend of a UiTestShop (retry policy: 5 attempts, about 1.5 s to the dead-letter queue).

#include "UiTestShop.h"
#include "catalog/ShopScenario.h"

#include "bus/DeadLetter.h"
#include "bus/EventBus.h"
#include "bus/FaultInjector.h"
#include "services/export/ExportService.h"
#include "services/inventory/InventoryService.h"
#include "services/statistics/StatisticsService.h"

#include <QTest>

namespace sagashop::test {

/// The error every statistics handling fails with under a "fail" fault.
inline const QString kInjectedFailure = QStringLiteral("injected failure (fault injection)");
/// The error of an export while the endpoint is down and no URL is configured.
inline const QString kExportDown =
        QStringLiteral("export failed: endpoint down (simulated outage; no export URL is configured)");

/// Every statistics handling fails from now on (until cleared).
inline void breakStatistics(UiTestShop &shop)
{
    const QString refused = shop.shop().statistics().faults().set(
            {bus::FaultInjector::Mode::Fail, 0, 1.0, 0});
    if (!refused.isEmpty())
        qWarning().noquote() << "fault refused:" << refused;
}

inline void repairStatistics(UiTestShop &shop)
{
    shop.shop().statistics().faults().clearAll();
}

/// Charges user 1 and places one order of product p01; returns its id (0 on failure).
inline qint64 placeOneOrder(UiTestShop &shop)
{
    shop.charge(1, 50'000);
    return placeOrder(shop, 1, {{QStringLiteral("p01"), 1, 0}});
}

inline QList<bus::DeadLetter> deadLetters(UiTestShop &shop)
{
    return await(shop.shop().bus().deadLetters());
}

/// Waits until the shop holds `count` dead letters (false after 20 s).
[[nodiscard]] inline bool waitForDeadLetters(UiTestShop &shop, int count)
{
    return QTest::qWaitFor([&] { return deadLetters(shop).size() == count; }, kSagaTimeoutMs);
}

/// A message no consumer can decode, dead-lettered at once by `consumer`.
inline void deliverGarbage(UiTestShop &shop, const QString &consumer)
{
    shop.shop().bus().deliverRaw(consumer, QByteArrayLiteral("{\"this is\": \"not an envelope\"}"));
}

} // namespace sagashop::test
