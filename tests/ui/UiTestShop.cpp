#include "UiTestShop.h"

#include "common/TestServices.h"
#include "services/balance/BalanceService.h"

#include <QStandardPaths>
#include <QTest>

namespace sagashop::test {

UiTestShop::UiTestShop()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings and friends stay out of the user's files
    shop::ShopConfig config;
    config.dataDir = m_dir.path();
    m_shop = std::make_unique<shop::Shop>(config);
    m_shop->start();
    m_backend = std::make_unique<ui::Backend>(*m_shop);
}

UiTestShop::~UiTestShop()
{
    m_shop->stop();
    m_backend.reset();
}

void UiTestShop::charge(qint64 userId, qint64 amount)
{
    const auto outcome = await(m_shop->balances().charge(userId, amount));
    if (!outcome.ok())
        QFAIL(qPrintable(outcome.error));
}

} // namespace sagashop::test
