#pragma once

#include <QString>

#include <optional>

namespace sagashop::services {

/// The order's state machine: CREATED → CONFIRMED / FAILED, CONFIRMED → CANCELLED (admin), and
/// ABNORMAL for what the reconciler could not bring to a consistent end.
enum class OrderStatus { Created, Confirmed, Failed, Cancelled, Abnormal };

/// "CREATED", "CONFIRMED", "FAILED", "CANCELLED", "ABNORMAL" (the HTTP API's and the
/// database's spelling).
QString orderStatusName(OrderStatus status);
/// The status spelled `name` (exactly, upper case), or nullopt.
std::optional<OrderStatus> orderStatusFromName(const QString &name);

} // namespace sagashop::services
