#pragma once

#include "bus/Service.h"
#include "services/inventory/Product.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sagashop::services {

class Reservation;

/// Inventory: owns product stock. Deducts every item of an order or none
/// (PaymentRequested → InventoryDeducted | InventoryFailed) and gives it back once when the
/// saga fails or the order is cancelled (CouponFailed, BalanceFailed,
/// OrderConfirmationFailed, OrderCancelled → InventoryRestored). Every step is keyed by
/// orderId in the reservations table, so a repeated step re-publishes the stored outcome and
/// a repeated restore changes nothing. Seeds the catalogue on first start.
class InventoryService : public bus::Service
{
public:
    static inline const QString Name = QStringLiteral("inventory");
    /// Largest quantity one restock may add.
    static constexpr qint64 MaxRestock = 1'000'000;

    /// `catalogPath`: the seed catalogue (resources/catalog/products.json), read only when
    /// the products table is empty.
    InventoryService(bus::ServiceConfig config, QString catalogPath);

    const QString &catalogPath() const noexcept { return m_catalogPath; }

    /// Every product, ordered by id.
    QFuture<bus::Outcome<QList<Product>>> products();
    /// One product, or nullopt when there is no such id.
    QFuture<bus::Outcome<std::optional<Product>>> product(const QString &productId);
    /// Stock left per product id.
    QFuture<bus::Outcome<QHash<QString, qint64>>> stockLevels();
    /// Units added by restock() per product id, in total (for stock conservation).
    QFuture<bus::Outcome<QHash<QString, qint64>>> restockedTotals();

    /// Reconciler hook: "none" | "deducted" | "restored" | "failed".
    QFuture<bus::Outcome<QString>> stateForOrder(qint64 orderId);
    /// Reconciler hook: the idempotent restore as a command. True when it gave stock back
    /// now (and published InventoryRestored in the order's saga); false when there was
    /// nothing to give back (no reservation, failed, already restored).
    QFuture<bus::Outcome<bool>> compensateOrder(qint64 orderId);

    /// Admin: adds `quantity` (1 … MaxRestock) to a product's stock; resolves to the new
    /// stock. DomainError "not_found" (no such product) or "invalid_quantity".
    QFuture<bus::Outcome<qint64>> restock(const QString &productId, qint64 quantity);

protected:
    void started(bus::MessageContext &context) override;

private:
    void handlePaymentRequested(const bus::EventEnvelope &event, bus::MessageContext &context);
    void handleRestoreTrigger(const bus::EventEnvelope &event, bus::MessageContext &context);
    /// The idempotent restore shared by the handlers and compensateOrder().
    bool restoreOrder(bus::MessageContext &context, qint64 orderId, const QString &cause);
    void seedCatalogue(storage::Database &db) const;

    QString m_catalogPath;
};

} // namespace sagashop::services
