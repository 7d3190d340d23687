#pragma once

#include "saga/Payload.h"

#include <QList>
#include <QString>

namespace sagashop::services {

/// What a shopper asks for at checkout.
struct PlaceOrderRequest
{
    static constexpr int MaxItems = 50;
    static constexpr qint64 MaxQuantity = 1000;
    static constexpr int MaxProductIdLength = 64;
    static constexpr int MaxIdempotencyKeyLength = 128;

    qint64 userId = 0;
    QList<saga::Payload::Item> items; ///< unitPrice is ignored (Inventory prices the order)
    qint64 userCouponId = 0;          ///< 0 = no coupon
    /// Chosen by the client, once per checkout attempt: the same key for the same user
    /// returns the order already placed instead of placing a second one.
    QString idempotencyKey;

    /// Throws DomainError "invalid_order" naming the first problem: userId ≥ 1; 1..50 items;
    /// each productId non-empty, at most 64 characters and listed once; each quantity
    /// 1..1000; userCouponId ≥ 0; an idempotency key of 1..128 characters.
    void validate() const;
    /// SHA-256 (hex) of the request body (user, coupon, items sorted by productId, not the
    /// key): tells a genuine retry from a different request reusing a key.
    QString bodyHash() const;
};

/// The answer to placeOrder.
struct PlacedOrder
{
    qint64 orderId = 0;
    QString sagaId;
    QString status;       ///< the order's current status ("CREATED" for a new one)
    bool created = false; ///< false when the idempotency key had been seen: the existing order
};

} // namespace sagashop::services
