#include "shop/Shop.h"

#include "admin/AdminAccounts.h"
#include "alerts/AlertService.h"
#include "alerts/WebhookSender.h"
#include "bus/EventBus.h"
#include "saga/CheckoutEvents.h"
#include "saga/SagaLog.h"
#include "services/balance/BalanceService.h"
#include "services/coupon/CouponService.h"
#include "services/export/ExportService.h"
#include "services/inventory/InventoryService.h"
#include "services/order/OrderService.h"
#include "services/payment/PaymentService.h"
#include "services/statistics/StatisticsService.h"
#include "shop/Reconciler.h"

#include <QDir>

using namespace Qt::StringLiterals;

static void initShopResources()
{
    Q_INIT_RESOURCE(shop_resources);
}

namespace sagashop::shop {

namespace {

saga::SagaLogConfig checkoutSagaStatuses()
{
    namespace E = saga::CheckoutEvents;
    saga::SagaLogConfig config;
    config.compensationTypes = {E::InventoryRestored, E::CouponRestored, E::BalanceRefunded, E::PaymentCancelled};
    config.statusByEventType = {
        {E::OrderCompleted, u"completed"_s},
        {E::OrderFailed, u"failed"_s},
        {E::OrderConfirmationFailed, u"compensating"_s},
        {E::OrderCancelled, u"compensating"_s},
        {alerts::AlertService::OrderMarkedAbnormal, u"abnormal"_s},
        {E::OrderCompensated, u"compensated"_s},
    };
    return config;
}

} // namespace

QString Shop::builtInCatalogPath()
{
    initShopResources();
    return u":/sagashop/catalog/products.json"_s;
}

Shop::Shop(ShopConfig config) : m_config(std::move(config))
{
    const auto serviceConfig = [this](const QString &name) {
        bus::ServiceConfig c;
        c.name = name;
        c.database.location = QDir(m_config.dataDir).filePath(name + u".db"_s);
        c.database.synchronous = m_config.synchronous;
        c.retry = m_config.retry;
        c.maxBatch = m_config.maxBatch;
        return c;
    };
    const QString catalog = m_config.catalogPath.isEmpty() ? builtInCatalogPath() : m_config.catalogPath;
    m_inventory = std::make_unique<services::InventoryService>(serviceConfig(services::InventoryService::Name), catalog);
    m_coupon = std::make_unique<services::CouponService>(serviceConfig(services::CouponService::Name));
    m_balance = std::make_unique<services::BalanceService>(serviceConfig(services::BalanceService::Name));
    m_order = std::make_unique<services::OrderService>(serviceConfig(services::OrderService::Name));
    m_payment = std::make_unique<services::PaymentService>(serviceConfig(services::PaymentService::Name));
    m_statistics = std::make_unique<services::StatisticsService>(serviceConfig(services::StatisticsService::Name));
    m_export = std::make_unique<services::ExportService>(serviceConfig(services::ExportService::Name),
                                                         services::ExportConfig{m_config.exportUrl, m_config.exportTimeoutMs});
    m_sagaLog = std::make_unique<saga::SagaLog>(serviceConfig(saga::SagaLog::ServiceName), checkoutSagaStatuses());
    m_alerts = std::make_unique<alerts::AlertService>(serviceConfig(alerts::AlertService::Name));
    m_webhook = std::make_unique<alerts::WebhookSender>();
    m_webhook->setUrl(m_config.webhookUrl);
    m_adminAccounts = std::make_unique<admin::AdminAccounts>(serviceConfig(admin::AdminAccounts::Name));

    m_bus = std::make_unique<bus::EventBus>();
    for (bus::Service *s : std::initializer_list<bus::Service *>{m_inventory.get(), m_coupon.get(), m_balance.get(),
                                                                  m_order.get(), m_payment.get(), m_statistics.get(),
                                                                  m_export.get(), m_sagaLog.get(), m_alerts.get(),
                                                                  m_adminAccounts.get()})
        m_bus->addService(*s);

    // An alert goes to the webhook once it is stored (committed), never before.
    m_alertForwarding = m_bus->connectEventHandled([this](const bus::EventHandled &handled) {
        if (handled.consumer == alerts::AlertService::Name && !handled.duplicate)
            m_webhook->post(alerts::AlertService::fromEvent(handled.event).toSlackJson());
    });
    m_reconciler = std::make_unique<Reconciler>(*this);
}

Shop::~Shop()
{
    stop();
}

void Shop::start()
{
    m_bus->start();
    m_reconciler->start();
}

void Shop::stop()
{
    if (m_reconciler)
        m_reconciler->stop();
    if (m_bus)
        m_bus->stop();
}

bool Shop::isRunning() const
{
    return m_bus && m_bus->isRunning();
}

bus::Service *Shop::service(const QString &name) const
{
    return m_bus->service(name);
}

QStringList Shop::serviceNames() const
{
    QStringList names;
    for (const bus::Service *s : m_bus->services())
        names.append(s->name());
    return names;
}

} // namespace sagashop::shop
