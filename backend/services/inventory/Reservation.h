#pragma once

#include "bus/AggregateRoot.h"
#include "saga/Payload.h"
#include "services/inventory/Product.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sagashop::services {

/// What the Inventory service did with one order's stock: the aggregate behind the
/// reservations table, keyed by orderId. It decides all-or-none (every item deducted, or
/// none), remembers the outcome so a repeated PaymentRequested gets the same answer, and
/// restores at most once. It registers the saga events it causes (InventoryDeducted,
/// InventoryFailed, InventoryRestored); the service writes them with the row.
class Reservation : public bus::AggregateRoot
{
public:
    enum class Status { Deducted, Restored, Failed };

    /// The step asked for by PaymentRequested.
    struct Request
    {
        qint64 orderId = 0;
        qint64 userId = 0;
        qint64 userCouponId = 0; ///< 0 when no coupon was chosen
        QList<saga::Payload::Item> items;
        QString sagaId;
    };

    /// Decides the step against the current catalogue rows of the requested products
    /// (`products`, keyed by id; an id missing from it does not exist). Lines of the same
    /// product are summed first. Deducted: every product has the stock, and the amount
    /// Σ price × quantity fits in 64 bits; the items then carry their unit prices.
    /// Otherwise Failed, naming the first product that blocks the order. Registers
    /// InventoryDeducted or InventoryFailed.
    static Reservation decide(const Request &request, const QHash<QString, Product> &products);

    /// Rebuilds a stored reservation (registers nothing).
    static Reservation fromStored(const Request &request, Status status, qint64 amount, const QString &reason,
                                  const QString &failedProductId);

    /// Sums lines of the same product (first appearance keeps its place); a sum past the
    /// 64-bit range saturates (no stock is ever that large, so the order then fails).
    static QList<saga::Payload::Item> mergeItems(const QList<saga::Payload::Item> &items);

    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);

    /// Registers the stored outcome again for a repeated step, changing nothing: the same
    /// InventoryDeducted or InventoryFailed; for a reservation already restored,
    /// InventoryFailed saying that the order was compensated (its stock is no longer held).
    void repeatOutcome();

    /// Gives the stock back once: from Deducted to Restored, registering InventoryRestored.
    /// Returns false and registers nothing when there is nothing to give back (Failed, or
    /// already Restored). `cause` is kept as the reason (what triggered the restore).
    bool restore(const QString &cause);

    qint64 orderId() const noexcept { return m_request.orderId; }
    qint64 userId() const noexcept { return m_request.userId; }
    qint64 userCouponId() const noexcept { return m_request.userCouponId; }
    const QString &sagaId() const noexcept { return m_request.sagaId; }
    /// The merged items; with unit prices once deducted (0 for a failed reservation).
    const QList<saga::Payload::Item> &items() const noexcept { return m_request.items; }
    Status status() const noexcept { return m_status; }
    qint64 amount() const noexcept { return m_amount; }
    /// Why it failed (Failed), what restored it (Restored), empty when Deducted.
    const QString &reason() const noexcept { return m_reason; }
    /// The product that made it fail, empty otherwise.
    const QString &failedProductId() const noexcept { return m_failedProductId; }

    /// "order-<orderId>": the aggregateId of every event of the order.
    QString aggregateId() const;

private:
    Reservation() = default;

    void registerDeducted();
    void registerFailed(const QString &reason, const QString &productId);

    Request m_request;
    Status m_status = Status::Failed;
    qint64 m_amount = 0;
    QString m_reason;
    QString m_failedProductId;
};

} // namespace sagashop::services
