#pragma once

#include "services/order/OrderView.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <optional>

namespace sagashop::shop {

class Shop;

/// What one admin action did, for people (outcome, error) and for programs (code,
/// errorCode, the lists).
struct ActionResult
{
    bool ok = false;
    QString action;     ///< "cancel" | "compensate" | "retrigger"
    QString admin;      ///< who pressed it
    qint64 orderId = 0; ///< 0 when unknown
    QString sagaId;     ///< empty when unknown
    /// What happened, when ok: "cancelled", "already_cancelled" (cancel; compensate of a
    /// CONFIRMED order), "restored", "nothing_to_restore" (compensate), "redelivered"
    /// (retrigger).
    QString code;
    /// A short sentence: "Cancelled; the compensations follow", "Already cancelled: nothing
    /// done", "Restored stock, coupon and balance", "Nothing to restore", "Redelivered 1
    /// missing step: InventoryDeducted to coupon", or a refusal ("Nothing is missing: …").
    QString outcome;
    /// Why it was refused or failed (empty when ok). errorCode: "not_found",
    /// "not_cancellable", "nothing_missing", "unavailable" (storage, a stopped backend),
    /// "failed" (anything else).
    QString error;
    QString errorCode;
    /// False when the action found nothing to do (pressing it again is harmless).
    bool changed = false;
    bool markedAbnormal = false;  ///< compensate: the order was still CREATED
    QStringList restored;         ///< compensate: "stock", "coupon", "balance", "payment"
    QStringList redelivered;      ///< retrigger: "<EventType> to <consumer>", causal order
    std::optional<services::OrderView> order; ///< the order after the action, when read
    qint64 at = 0;                ///< when it was pressed (UTC ms)
    /// Whether the saga log holds the record of it (false for unknown ids, and when the
    /// record itself could not be written: then recordError says why).
    bool recorded = false;
    QString recordError;

    /// {"ok", "action", "admin", "orderId", "sagaId", "code", "outcome", "changed",
    /// "markedAbnormal", "restored", "redelivered", "at", "recorded", "order"?, "error"?,
    /// "errorCode"?}
    QJsonObject toJson() const;
};

/// Everything the admin needs to decide which action applies to a saga.
struct SagaActionState
{
    QString sagaId;
    bool found = false;
    QString error;       ///< the saga is unknown, or a read failed
    QString sagaStatus;  ///< the saga log's status ("running", …), or "stuck"
    qint64 updatedAt = 0; ///< the saga's last entry (UTC ms)
    qint64 orderId = 0;
    std::optional<services::OrderView> order;
    /// What the services still hold for the order: "stock", "coupon", "balance", "payment".
    QStringList holdings;
    /// Missing steps as "<EventType> to <consumer>" (see Reconciler::missingSteps).
    QStringList missing;

    bool canCancel = false;     ///< the order is CONFIRMED
    /// The saga is stuck or abnormal, or failed/cancelled while a service still holds
    /// something, or its order is still CREATED.
    bool canCompensate = false;
    /// The saga is not finished (running, compensating, stuck) or a step is missing.
    bool canRetrigger = false;
};

/// The admin client's three actions on a checkout saga (ARCHITECTURE §3: detect →
/// idempotent restore → verify, here on an administrator's request):
///  - cancelOrder: a CONFIRMED order → CANCELLED (OrderCancelled; the compensations follow);
///  - compensateSaga: a stuck or abnormal saga: a CONFIRMED order is cancelled; otherwise a
///    still-CREATED order is marked ABNORMAL (so it can no longer confirm) and every service
///    runs its idempotent restore;
///  - retriggerMissingSteps: delivers again the steps a subscriber never handled
///    (Reconciler::redeliverMissing), refused when nothing is missing.
///
/// Each is idempotent (a second press changes nothing and says so) and recorded in the saga
/// log (SagaLog::recordAdminAction: kind "admin", eventType "admin.<action>") with the
/// admin's name and the time it was pressed; ids that name nothing are refused with
/// errorCode "not_found" and not recorded.
///
/// Threading: every call returns at once and does its work (blocking reads through the
/// services) on this object's own worker thread, never on the caller's (the GUI calls it).
/// Actions of all AdminActions objects in the process run one at a time, so two admins
/// pressing "Cancel" together cancel once. The destructor waits for a running action.
class AdminActions : public QObject
{
    Q_OBJECT

public:
    explicit AdminActions(Shop &shop, QObject *parent = nullptr);
    ~AdminActions() override;

    QFuture<ActionResult> cancelOrder(qint64 orderId, const QString &admin);
    QFuture<ActionResult> compensateSaga(const QString &sagaId, const QString &admin);
    QFuture<ActionResult> retriggerMissingSteps(const QString &sagaId, const QString &admin);

    /// Reads what the actions need to know about a saga (off the caller's thread too).
    QFuture<SagaActionState> state(const QString &sagaId);

private:
    Shop &m_shop;
    QThreadPool m_pool;
};

} // namespace sagashop::shop
