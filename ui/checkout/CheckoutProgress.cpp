#include "ui/checkout/CheckoutProgress.h"

#include "saga/CheckoutEvents.h"
#include "ui/Money.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace Events = saga::CheckoutEvents;

namespace {

const QString kStock = u"stock"_s;
const QString kCoupon = u"coupon"_s;
const QString kBalance = u"balance"_s;
const QString kPayment = u"payment"_s;
const QString kConfirmed = u"confirmed"_s;
const QString kOrderCompensated = u"OrderCompensated"_s;

bool isFinal(CheckoutProgress::StepState state)
{
    using S = CheckoutProgress::StepState;
    return state == S::Done || state == S::Failed || state == S::Skipped;
}

qint64 integer(const QJsonObject &payload, const QString &key)
{
    return payload.value(key).toInteger();
}

/// "12,345" → 12345 (the backend writes won amounts this way in its reasons).
qint64 wonFromText(const QString &text)
{
    return QString(text).remove(u',').toLongLong();
}

/// The step key of OrderFailed's failedStep ("confirmation" is the confirmed step here).
QString stepKeyOf(const QString &failedStep)
{
    return failedStep == u"confirmation"_s ? kConfirmed : failedStep;
}

int stepIndex(const QString &key)
{
    for (int step = 0; step < CheckoutProgress::StepCount; ++step) {
        if (CheckoutProgress::stepKey(step) == key)
            return step;
    }
    return -1;
}

} // namespace

// --- applying events -------------------------------------------------------------------------

bool CheckoutProgress::apply(const bus::EventEnvelope &event)
{
    if (!event.eventId.isNull()) {
        if (m_applied.contains(event.eventId))
            return false;
        m_applied.insert(event.eventId);
    }
    const QString &type = event.type;
    const QJsonObject &p = event.payload;
    bool changed = false;

    if (type == Events::PaymentRequested) {
        m_couponChosen = m_couponChosen || integer(p, u"userCouponId"_s) != 0;
        changed = set(Stock, StepState::Active, DetailKind::Working);
    } else if (type == Events::InventoryDeducted) {
        changed = set(Stock, StepState::Done, DetailKind::Reserved, integer(p, u"amount"_s));
        changed |= set(Coupon, StepState::Active, DetailKind::Working);
    } else if (type == Events::InventoryFailed) {
        changed = fail(Stock, classify(kStock, p.value(u"reason"_s).toString(), p, true));
    } else if (type == Events::CouponUsed) {
        m_couponChosen = true;
        changed = implyDoneBefore(Coupon);
        changed |= set(Coupon, StepState::Done, DetailKind::CouponOff, integer(p, u"discount"_s));
        changed |= set(Balance, StepState::Active, DetailKind::Working);
    } else if (type == Events::CouponSkipped) {
        changed = implyDoneBefore(Coupon);
        changed |= set(Coupon, StepState::Skipped, DetailKind::NoCoupon);
        changed |= set(Balance, StepState::Active, DetailKind::Working);
    } else if (type == Events::CouponFailed) {
        changed = implyDoneBefore(Coupon);
        changed |= fail(Coupon, classify(kCoupon, p.value(u"reason"_s).toString(), p, true));
    } else if (type == Events::BalanceDeducted) {
        changed = implyDoneBefore(Balance);
        changed |= set(
                Balance, StepState::Done, DetailKind::BalanceAfter, integer(p, u"balanceAfter"_s));
        changed |= set(Payment, StepState::Active, DetailKind::Working);
    } else if (type == Events::BalanceFailed) {
        changed = implyDoneBefore(Balance);
        changed |= fail(Balance, classify(kBalance, p.value(u"reason"_s).toString(), p, true));
    } else if (type == Events::OrderConfirmed) {
        changed = implyDoneBefore(Payment);
        changed |= set(Payment, StepState::Done, DetailKind::Paid, integer(p, u"amount"_s));
        changed |= set(Confirmed, StepState::Active, DetailKind::Working);
    } else if (type == Events::OrderCompleted) {
        m_sawOutcome = true;
        changed = implyDoneBefore(Confirmed);
        changed |= set(Confirmed, StepState::Done, DetailKind::Done);
        changed |= setStatus(Status::Confirmed);
    } else if (type == Events::OrderConfirmationFailed) {
        m_sawOutcome = true;
        changed = implyDoneBefore(Confirmed);
        changed |= fail(Confirmed, classify(kConfirmed, p.value(u"reason"_s).toString(), p, true));
        changed |= setStatus(Status::Failed);
    } else if (type == Events::OrderFailed) {
        m_sawOutcome = true;
        const QString key = stepKeyOf(p.value(u"failedStep"_s).toString());
        const int step = stepIndex(key);
        if (step >= 0) {
            changed = implyDoneBefore(step);
            changed |= fail(step, classify(key, p.value(u"reason"_s).toString(), {}, false));
        }
        changed |= setStatus(Status::Failed);
    } else if (type == Events::OrderCancelled) {
        m_sawOutcome = true;
        changed = setStatus(Status::Cancelled);
    } else if (type == Events::InventoryRestored) {
        changed = addCompensation(kStock);
    } else if (type == Events::CouponRestored) {
        changed = addCompensation(kCoupon);
    } else if (type == Events::BalanceRefunded) {
        changed = addCompensation(kBalance);
    } else if (type == Events::PaymentCancelled) {
        changed = addCompensation(kPayment);
    } else if (type == kOrderCompensated) {
        const QJsonArray kinds = p.value(u"compensations"_s).toArray();
        for (const QJsonValue &kind : kinds)
            changed |= addCompensation(kind.toString());
        changed |= !std::exchange(m_compensatedEvent, true);
    }
    return changed;
}

bool CheckoutProgress::applyOrder(const services::OrderView &order)
{
    using services::OrderStatus;
    bool changed = false;
    m_couponChosen = m_couponChosen || order.userCouponId != 0;
    switch (order.status) {
    case OrderStatus::Created:
        break;
    case OrderStatus::Confirmed:
    case OrderStatus::Cancelled:
        if (m_status == Status::Running) {
            changed |= implyDoneBefore(Confirmed);
            changed |= set(Confirmed, StepState::Done, DetailKind::Done);
        }
        changed |= setStatus(
                order.status == OrderStatus::Confirmed ? Status::Confirmed : Status::Cancelled);
        break;
    case OrderStatus::Failed: {
        const QString key = stepKeyOf(order.failureStep);
        const int step = stepIndex(key);
        if (step >= 0) {
            changed |= implyDoneBefore(step);
            changed |= fail(step, classify(key, order.failureReason, {}, false));
        }
        changed |= setStatus(Status::Failed);
        break;
    }
    case OrderStatus::Abnormal:
        if (m_failure.kind == FailureKind::None) {
            m_failure.kind = FailureKind::Abnormal;
            m_failure.reason = order.failureReason;
            changed = true;
        }
        changed |= setStatus(Status::Failed);
        break;
    }
    for (const QString &kind : order.compensations)
        changed |= addCompensation(kind);
    return changed;
}

bool CheckoutProgress::set(int step, StepState state, DetailKind detail, qint64 amount)
{
    StepInfo &info = m_steps.at(step);
    if (info.stated && isFinal(info.state))
        return false; // decided by its own event: nothing moves it any more
    if (state == StepState::Active && (info.state != StepState::Pending))
        return false; // never back from done (even implied) to active
    const bool stated = state != StepState::Active;
    if (info.state == state && info.detail == detail && info.amount == amount
            && info.stated == stated)
        return false;
    info = {state, stated, detail, amount};
    return true;
}

bool CheckoutProgress::implyDoneBefore(int step)
{
    bool changed = false;
    for (int earlier = 0; earlier < step; ++earlier) {
        StepInfo &info = m_steps.at(earlier);
        if (isFinal(info.state))
            continue;
        info = {StepState::Done, false, DetailKind::None, 0};
        changed = true;
    }
    return changed;
}

bool CheckoutProgress::fail(int step, const Failure &failure)
{
    bool changed = set(step, StepState::Failed, DetailKind::Failure);
    // The failing step's own event says the most (InventoryFailed names the product;
    // OrderFailed and the order only repeat the reason): it wins whatever the arrival order.
    if (m_failure.kind == FailureKind::None || m_failure.kind == FailureKind::Abnormal
            || (failure.specific && !m_failure.specific)) {
        m_failure = failure;
        changed = true;
    }
    return changed;
}

bool CheckoutProgress::setStatus(Status status)
{
    if (m_status == status)
        return false;
    // Running → any outcome; a confirmed order may still be cancelled; failed and cancelled
    // are final.
    if (m_status == Status::Failed || m_status == Status::Cancelled)
        return false;
    if (m_status == Status::Confirmed && status != Status::Cancelled)
        return false;
    m_status = status;
    return true;
}

bool CheckoutProgress::addCompensation(const QString &kind)
{
    if (kind.isEmpty() || m_compensations.contains(kind))
        return false;
    m_compensations.append(kind);
    return true;
}

QStringList CheckoutProgress::expectedCompensations() const
{
    // As the Order service expects them (Order::expectedCompensations).
    switch (m_status) {
    case Status::Failed:
        if (m_failure.step == kCoupon)
            return {kStock};
        if (m_failure.step == kBalance)
            return m_couponChosen ? QStringList{kStock, kCoupon} : QStringList{kStock};
        if (m_failure.step == kConfirmed)
            return m_couponChosen ? QStringList{kStock, kCoupon, kBalance, kPayment}
                                  : QStringList{kStock, kBalance, kPayment};
        return {};
    case Status::Cancelled:
        return m_couponChosen ? QStringList{kStock, kCoupon, kBalance, kPayment}
                              : QStringList{kStock, kBalance, kPayment};
    case Status::Running:
    case Status::Confirmed:
        return {};
    }
    return {};
}

bool CheckoutProgress::isCompensated() const
{
    if (m_compensatedEvent)
        return true;
    const QStringList expected = expectedCompensations();
    return !expected.isEmpty()
            && std::all_of(expected.cbegin(), expected.cend(),
                    [this](const QString &k) { return m_compensations.contains(k); });
}

// --- failures in plain words -----------------------------------------------------------------

CheckoutProgress::Failure CheckoutProgress::classify(
        const QString &step, const QString &reason, const QJsonObject &payload, bool specific)
{
    Failure f;
    f.specific = specific;
    f.step = step;
    f.reason = reason;
    f.kind = FailureKind::Other;
    if (step == kStock) {
        f.productId = payload.value(u"productId"_s).toString();
        if (reason.contains(u"does not exist"_s))
            f.kind = FailureKind::NoSuchProduct;
        else if (reason.contains(u"too large"_s))
            f.kind = FailureKind::TooLarge;
        else
            f.kind = FailureKind::Stock;
    } else if (step == kCoupon) {
        static const QRegularExpression minimum(
                u"order total ([\\d,]+) won is below the coupon minimum of ([\\d,]+) won"_s);
        const QRegularExpressionMatch m = minimum.match(reason);
        if (m.hasMatch()) {
            f.kind = FailureKind::CouponMinimum;
            f.first = wonFromText(m.captured(1));
            f.second = wonFromText(m.captured(2));
        } else if (reason.contains(u"expired"_s)) {
            f.kind = FailureKind::CouponExpired;
        } else if (reason.contains(u"already used"_s)) {
            f.kind = FailureKind::CouponUsed;
        } else if (reason.contains(u"another user"_s)) {
            f.kind = FailureKind::CouponNotOwned;
        } else if (reason.contains(u"does not exist"_s)) {
            f.kind = FailureKind::CouponMissing;
        } else {
            f.kind = FailureKind::CouponOther;
        }
    } else if (step == kBalance) {
        if (payload.contains(u"balance"_s) && payload.contains(u"amount"_s)) {
            f.first = integer(payload, u"balance"_s);
            f.second = integer(payload, u"amount"_s);
        } else {
            static const QRegularExpression shortOf(
                    u"balance ([\\d,]+) won is less than the ([\\d,]+) won to pay"_s);
            const QRegularExpressionMatch m = shortOf.match(reason);
            if (m.hasMatch()) {
                f.first = wonFromText(m.captured(1));
                f.second = wonFromText(m.captured(2));
            }
        }
        f.kind = f.first < f.second ? FailureKind::BalanceShort : FailureKind::BalanceOther;
    } else if (step == kConfirmed) {
        f.kind = FailureKind::Confirmation;
    }
    return f;
}

QString CheckoutProgress::failureText(const NameLookup &names) const
{
    const Failure &f = m_failure;
    const auto nameOf = [&](const QString &productId) {
        const QString name = names ? names(productId) : QString();
        return name.isEmpty() ? productId : name;
    };
    switch (f.kind) {
    case FailureKind::None:
        return {};
    case FailureKind::Stock:
        if (f.productId.isEmpty())
            return tr("There is not enough stock for this order.");
        return tr("Not enough stock for %1").arg(nameOf(f.productId));
    case FailureKind::NoSuchProduct:
        return tr("%1 is no longer sold").arg(nameOf(f.productId));
    case FailureKind::TooLarge:
        return tr("The order total is too large to be paid");
    case FailureKind::CouponExpired:
        return tr("The coupon could not be used: it has expired");
    case FailureKind::CouponUsed:
        return tr("The coupon could not be used: it was already used");
    case FailureKind::CouponNotOwned:
        return tr("The coupon could not be used: it belongs to someone else");
    case FailureKind::CouponMissing:
        return tr("The coupon could not be used: it does not exist");
    case FailureKind::CouponMinimum:
        return tr("The coupon could not be used: the order total %1 is below its minimum of %2")
                .arg(Money::format(f.first), Money::format(f.second));
    case FailureKind::CouponOther:
        return tr("The coupon could not be used: %1").arg(f.reason);
    case FailureKind::BalanceShort:
        return tr("Your balance %1 is less than the %2 to pay")
                .arg(Money::format(f.first), Money::format(f.second));
    case FailureKind::BalanceOther:
        return tr("The payment could not be taken from your balance: %1").arg(f.reason);
    case FailureKind::Confirmation:
        return tr("The order was no longer open when the payment arrived, so everything is given "
                  "back");
    case FailureKind::Abnormal:
        return tr("The order needs an administrator: %1").arg(f.reason);
    case FailureKind::Other:
        return tr("The order failed: %1").arg(f.reason);
    }
    return {};
}

// --- texts -----------------------------------------------------------------------------------

QString CheckoutProgress::stepKey(int step)
{
    switch (step) {
    case Stock:
        return kStock;
    case Coupon:
        return kCoupon;
    case Balance:
        return kBalance;
    case Payment:
        return kPayment;
    case Confirmed:
        return kConfirmed;
    default:
        return {};
    }
}

QString CheckoutProgress::stepTitle(int step)
{
    switch (step) {
    case Stock:
        return tr("Stock");
    case Coupon:
        return tr("Coupon");
    case Balance:
        return tr("Balance");
    case Payment:
        return tr("Payment");
    case Confirmed:
        return tr("Confirmed");
    default:
        return {};
    }
}

QString CheckoutProgress::stateName(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return u"pending"_s;
    case StepState::Active:
        return u"active"_s;
    case StepState::Done:
        return u"done"_s;
    case StepState::Failed:
        return u"failed"_s;
    case StepState::Skipped:
        return u"skipped"_s;
    }
    return {};
}

QString CheckoutProgress::statusName(Status status)
{
    switch (status) {
    case Status::Running:
        return u"running"_s;
    case Status::Confirmed:
        return u"confirmed"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString CheckoutProgress::compensationText(const QString &kind)
{
    if (kind == kStock)
        return tr("Stock restored");
    if (kind == kCoupon)
        return tr("Coupon restored");
    if (kind == kBalance)
        return tr("Balance refunded");
    if (kind == kPayment)
        return tr("Payment cancelled");
    return kind;
}

QStringList CheckoutProgress::compensationTexts() const
{
    QStringList texts;
    for (const QString &kind : m_compensations)
        texts.append(compensationText(kind));
    return texts;
}

QString CheckoutProgress::stepDetail(int step, const NameLookup &names) const
{
    const StepInfo &info = m_steps.at(step);
    switch (info.detail) {
    case DetailKind::None:
        return {};
    case DetailKind::Working:
        if (info.state != StepState::Active)
            return {};
        switch (step) {
        case Stock:
            return tr("Reserving the stock…");
        case Coupon:
            return tr("Applying the coupon…");
        case Balance:
            return tr("Taking the amount from your balance…");
        case Payment:
            return tr("Recording the payment…");
        default:
            return tr("Confirming the order…");
        }
    case DetailKind::Reserved:
        return tr("Reserved, %1 in all").arg(Money::format(info.amount));
    case DetailKind::CouponOff:
        return tr("%1 off").arg(Money::format(info.amount));
    case DetailKind::NoCoupon:
        return tr("No coupon");
    case DetailKind::BalanceAfter:
        return tr("Balance after: %1").arg(Money::format(info.amount));
    case DetailKind::Paid:
        return tr("Paid %1").arg(Money::format(info.amount));
    case DetailKind::Done:
        return tr("Your order is confirmed");
    case DetailKind::Failure:
        return m_failure.step == stepKey(step) ? failureText(names) : QString();
    }
    return {};
}

} // namespace sagashop::ui
