#pragma once

#include "services/payment/Payment.h"
#include "storage/Migration.h"

#include <optional>

namespace sagashop::storage {
class Database;
}

namespace sagashop::services {

/// The Payment service's table (payments), on the service thread.
class PaymentRepository
{
public:
    explicit PaymentRepository(storage::Database &database) : m_db(database) {}

    static storage::Schema schema();

    /// Reserves the row of a new successful payment and returns its payment id.
    qint64 insertSuccess(qint64 orderId, const QString &sagaId, qint64 userId, qint64 amount, qint64 now);
    /// Writes status and cancelledAt back.
    void save(const Payment &payment);
    std::optional<PaymentView> findByOrder(qint64 orderId);
    /// Sum of the amounts of the 'success' payments.
    qint64 totalSucceeded();

private:
    storage::Database &m_db;
};

} // namespace sagashop::services
