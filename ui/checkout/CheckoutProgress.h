#pragma once

#include "bus/EventEnvelope.h"
#include "services/order/OrderView.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <array>
#include <functional>

namespace sagashop::ui {

/// The storefront's view of one checkout saga, rebuilt from its events: the state of each of
/// the five steps (stock, coupon, balance, payment, confirmed), how the order ended, why it
/// failed, and which compensations came back. A plain value with no Qt object behind it, so
/// it can be tested on its own; CheckoutTracker feeds it live events and the saga log.
///
/// apply() is idempotent (an event id is applied once) and tolerant of arrival order: a
/// later step implies the earlier ones are done, an explicit event overrides what was only
/// implied, and nothing ever moves backwards.
///
/// Texts are rendered on demand in the current UI language (tr()); product names come from
/// a lookup the caller provides (the catalogue in the shopper's language).
class CheckoutProgress
{
    Q_DECLARE_TR_FUNCTIONS(CheckoutProgress)

public:
    enum class Status {
        Running,
        Confirmed,
        Failed,
        Cancelled
    };
    enum class StepState {
        Pending,
        Active,
        Done,
        Failed,
        Skipped
    };
    enum Step {
        Stock,
        Coupon,
        Balance,
        Payment,
        Confirmed
    };
    static constexpr int StepCount = 5;

    /// productId → the name to show (empty when unknown: the id is shown instead).
    using NameLookup = std::function<QString(const QString &productId)>;

    /// Applies one event of the saga; true when anything changed. Events of other types
    /// (and an event id seen before) change nothing.
    bool apply(const bus::EventEnvelope &event);
    /// Fills in what the Order service knows and the events applied so far do not say (a saga
    /// log that has not caught up, or lost history): the outcome, the failure, compensations.
    bool applyOrder(const services::OrderView &order);

    Status status() const noexcept { return m_status; }
    StepState stepState(int step) const { return m_steps.at(step).state; }
    /// The step key that failed ("stock", "coupon", "balance", "payment", "confirmed"), or empty.
    QString failedStep() const { return m_failure.step; }
    /// Compensation kinds in arrival order: "stock", "coupon", "balance", "payment".
    QStringList compensationKinds() const { return m_compensations; }
    /// OrderCompensated arrived, or every compensation the outcome calls for came back.
    bool isCompensated() const;
    /// The event that ends the forward path (OrderCompleted, OrderFailed,
    /// OrderConfirmationFailed, OrderCancelled) has been applied.
    bool sawOutcomeEvent() const noexcept { return m_sawOutcome; }
    bool hasApplied(const QUuid &eventId) const { return m_applied.contains(eventId); }

    static QString stepKey(int step);
    static QString stepTitle(int step);
    static QString stateName(StepState state);
    static QString statusName(Status status);
    static QString compensationText(const QString &kind);

    QString stepDetail(int step, const NameLookup &names) const;
    QString failureText(const NameLookup &names) const;
    QStringList compensationTexts() const;

private:
    enum class DetailKind {
        None,
        Working,
        Reserved,
        CouponOff,
        NoCoupon,
        BalanceAfter,
        Paid,
        Done,
        Failure
    };
    struct StepInfo
    {
        StepState state = StepState::Pending;
        bool stated = false; ///< set by the step's own event (not only implied by a later one)
        DetailKind detail = DetailKind::None;
        qint64 amount = 0;
    };
    enum class FailureKind {
        None,
        Stock,
        NoSuchProduct,
        TooLarge,
        CouponExpired,
        CouponUsed,
        CouponNotOwned,
        CouponMissing,
        CouponMinimum,
        CouponOther,
        BalanceShort,
        BalanceOther,
        Confirmation,
        Abnormal,
        Other,
    };
    struct Failure
    {
        QString step;
        FailureKind kind = FailureKind::None;
        QString productId;
        qint64 first = 0; ///< order total / balance, by kind
        qint64 second = 0; ///< coupon minimum / amount to pay, by kind
        QString reason; ///< the backend's words, for kinds without a sentence of their own
        bool specific = false; ///< from the failing step's own event (it says the most)
    };

    bool set(int step, StepState state, DetailKind detail = DetailKind::None, qint64 amount = 0);
    bool implyDoneBefore(int step);
    bool fail(int step, const Failure &failure);
    bool setStatus(Status status);
    bool addCompensation(const QString &kind);
    QStringList expectedCompensations() const;
    static Failure classify(
            const QString &step, const QString &reason, const QJsonObject &payload, bool specific);

    std::array<StepInfo, StepCount> m_steps;
    Status m_status = Status::Running;
    Failure m_failure;
    QStringList m_compensations;
    bool m_compensatedEvent = false;
    bool m_couponChosen = false;
    bool m_sawOutcome = false;
    QSet<QUuid> m_applied;
};

} // namespace sagashop::ui
