#pragma once

#include "shop/ShopConfig.h"

#include <boost/signals2/connection.hpp>

#include <memory>

namespace sagashop::bus {
class EventBus;
class Service;
}
namespace sagashop::saga {
class SagaLog;
}
namespace sagashop::alerts {
class AlertService;
class WebhookSender;
}
namespace sagashop::admin {
class AdminAccounts;
}
namespace sagashop::services {
class InventoryService;
class CouponService;
class BalanceService;
class OrderService;
class PaymentService;
class StatisticsService;
class ExportService;
}

namespace sagashop::shop {

class Reconciler;

/// The whole backend, built and wired in one place: the seven domain services, the saga
/// log, alerts and the reconciler on one event bus, each service on its own thread with its
/// own database in `config.dataDir`. The application, the HTTP API and the tests all use it.
class Shop
{
public:
    explicit Shop(ShopConfig config);
    ~Shop();
    Shop(const Shop &) = delete;
    Shop &operator=(const Shop &) = delete;

    /// Opens every database, publishes what is left in the outboxes and starts the
    /// reconciler's timer. Throws storage::StorageError naming the failing file.
    void start();
    /// Finishes in-flight transactions and stops every thread. Idempotent.
    void stop();
    bool isRunning() const;

    const ShopConfig &config() const noexcept { return m_config; }
    bus::EventBus &bus() noexcept { return *m_bus; }
    services::InventoryService &inventory() noexcept { return *m_inventory; }
    services::CouponService &coupons() noexcept { return *m_coupon; }
    services::BalanceService &balances() noexcept { return *m_balance; }
    services::OrderService &orders() noexcept { return *m_order; }
    services::PaymentService &payments() noexcept { return *m_payment; }
    services::StatisticsService &statistics() noexcept { return *m_statistics; }
    services::ExportService &exports() noexcept { return *m_export; }
    saga::SagaLog &sagaLog() noexcept { return *m_sagaLog; }
    alerts::AlertService &alerts() noexcept { return *m_alerts; }
    alerts::WebhookSender &webhook() noexcept { return *m_webhook; }
    Reconciler &reconciler() noexcept { return *m_reconciler; }
    /// The admin client's accounts (service "admin", admin.db): first-run setup and login.
    admin::AdminAccounts &adminAccounts() noexcept { return *m_adminAccounts; }

    /// Every service by its name ("inventory", …, "saga-log", "alerts", "admin").
    bus::Service *service(const QString &name) const;
    QStringList serviceNames() const;

    /// The catalogue built into the application (a Qt resource).
    static QString builtInCatalogPath();

private:
    ShopConfig m_config;
    std::unique_ptr<services::InventoryService> m_inventory;
    std::unique_ptr<services::CouponService> m_coupon;
    std::unique_ptr<services::BalanceService> m_balance;
    std::unique_ptr<services::OrderService> m_order;
    std::unique_ptr<services::PaymentService> m_payment;
    std::unique_ptr<services::StatisticsService> m_statistics;
    std::unique_ptr<services::ExportService> m_export;
    std::unique_ptr<saga::SagaLog> m_sagaLog;
    std::unique_ptr<alerts::AlertService> m_alerts;
    std::unique_ptr<alerts::WebhookSender> m_webhook;
    std::unique_ptr<admin::AdminAccounts> m_adminAccounts;
    std::unique_ptr<bus::EventBus> m_bus; // after the services: stopped before they go
    std::unique_ptr<Reconciler> m_reconciler;
    boost::signals2::scoped_connection m_alertForwarding;
};

} // namespace sagashop::shop
