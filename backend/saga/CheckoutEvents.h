#pragma once

#include <QString>

/// The checkout saga's event catalogue (ARCHITECTURE.md §3): every event's name, producer,
/// consumers and payload. Every event of one checkout is keyed by the order id (aggregateId
/// = orderId, so each consumer sees one order's events in order) and carries the order's
/// sagaId. Money is integer won (JSON integers). orderId, userId, couponId and
/// userCouponId are positive integers; productId is a string; aggregateId = "order-<orderId>".
///
/// Common payload fields: "orderId" (every event), "userId", "items": [{"productId",
/// "quantity", "unitPrice"?}], "reason" (failures, in plain words).
namespace sagashop::saga::CheckoutEvents {

// --- the forward path --------------------------------------------------------------------
/// Order → Inventory. {orderId, userId, items:[{productId, quantity}], userCouponId (0 when
/// none)}. Published by Order.placeOrder with a new sagaId.
inline const QString PaymentRequested = QStringLiteral("PaymentRequested");
/// Inventory → Coupon, Order. {orderId, userId, items:[{productId, quantity, unitPrice}],
/// amount, userCouponId}. All items deducted or none.
inline const QString InventoryDeducted = QStringLiteral("InventoryDeducted");
/// Inventory → Order. {orderId, reason, productId}. Nothing was deducted.
inline const QString InventoryFailed = QStringLiteral("InventoryFailed");
/// Coupon → Balance, Order. {orderId, userId, userCouponId, amount, discount, finalAmount}.
inline const QString CouponUsed = QStringLiteral("CouponUsed");
/// Coupon → Balance, Order. {orderId, userId, amount, discount: 0, finalAmount: amount}.
inline const QString CouponSkipped = QStringLiteral("CouponSkipped");
/// Coupon → Inventory (restore), Order. {orderId, reason, userCouponId}.
inline const QString CouponFailed = QStringLiteral("CouponFailed");
/// Balance → Payment. {orderId, userId, amount (= finalAmount), balanceAfter}.
inline const QString BalanceDeducted = QStringLiteral("BalanceDeducted");
/// Balance → Coupon (restore), Inventory (restore), Order. {orderId, reason, amount, balance}.
inline const QString BalanceFailed = QStringLiteral("BalanceFailed");
/// Payment → Order (registered by Payment.createSuccess). {orderId, paymentId, amount}.
inline const QString OrderConfirmed = QStringLiteral("OrderConfirmed");
/// Order → Payment, Balance, Coupon, Inventory (all compensate). {orderId, reason}: the
/// order could no longer be confirmed (e.g. cancelled or failed meanwhile).
inline const QString OrderConfirmationFailed = QStringLiteral("OrderConfirmationFailed");
/// Order → Statistics. {orderId, items:[{productId, quantity}], confirmedAt}.
inline const QString ProductSalesRankRecorded = QStringLiteral("ProductSalesRankRecorded");
/// Order → Export. {orderId, userId, items:[{productId, quantity, unitPrice}], amount,
/// discount, finalAmount, confirmedAt}.
inline const QString OrderExportRequested = QStringLiteral("OrderExportRequested");
/// Order → (storefront, saga log: completed). {orderId, userId, finalAmount}.
inline const QString OrderCompleted = QStringLiteral("OrderCompleted");
/// Order → (saga log: failed). {orderId, failedStep ("stock"|"coupon"|"balance"), reason}.
inline const QString OrderFailed = QStringLiteral("OrderFailed");

// --- admin cancellation and compensations ---------------------------------------------------
/// Order → Payment, Balance, Coupon, Inventory, Statistics. {orderId, reason, by, items}:
/// an admin cancelled a CONFIRMED order; the same compensations run, statistics subtract.
inline const QString OrderCancelled = QStringLiteral("OrderCancelled");
/// Inventory → Order. {orderId, items:[{productId, quantity}]} (idempotent: once per order).
inline const QString InventoryRestored = QStringLiteral("InventoryRestored");
/// Coupon → Order. {orderId, userCouponId}.
inline const QString CouponRestored = QStringLiteral("CouponRestored");
/// Balance → Order. {orderId, userId, amount, balanceAfter}.
inline const QString BalanceRefunded = QStringLiteral("BalanceRefunded");
/// Payment → Order. {orderId, paymentId}.
inline const QString PaymentCancelled = QStringLiteral("PaymentCancelled");
/// Order → (saga log: compensated). {orderId, compensations: ["stock", …]}: every compensation
/// a FAILED or CANCELLED order expects has come back.
inline const QString OrderCompensated = QStringLiteral("OrderCompensated");

// --- outside the saga ---------------------------------------------------------------------------
/// Balance (Balance.charge). {userId, amount, balanceAfter}; aggregateId = "user-<id>".
inline const QString RecordBalanceCharge = QStringLiteral("RecordBalanceCharge");
/// Coupon (CouponService::issue). {couponId, userId, userCouponId, remaining}; aggregateId =
/// "coupon-<couponId>": a first-come coupon was claimed (storefronts update the count left).
inline const QString CouponIssued = QStringLiteral("CouponIssued");
/// Balance (BalanceService::createUser). {userId, name}; aggregateId = "user-<id>".
inline const QString UserRegistered = QStringLiteral("UserRegistered");
/// Inventory (admin restock). {productId, quantity, stock}; aggregateId = "product-<id>".
inline const QString ProductRestocked = QStringLiteral("ProductRestocked");

} // namespace sagashop::saga::CheckoutEvents
