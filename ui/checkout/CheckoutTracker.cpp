#include "ui/checkout/CheckoutTracker.h"
#include "ui/WhenDone.h"

#include "saga/SagaLog.h"
#include "saga/SagaLogEntry.h"
#include "services/order/OrderService.h"
#include "shop/Shop.h"

#include <QFuture>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {
/// Events kept while the sagaId is not known yet (a checkout's own come within milliseconds).
constexpr qsizetype kMaxBuffered = 20'000;
/// A tracked order that has ended but whose end the saga log does not show yet: read the
/// timeline again this often, this many times (the log trails the services a little).
constexpr int kTimelineRetryMs = 250;
constexpr int kMaxTimelineReads = 20;

bool isTerminal(services::OrderStatus status)
{
    return status != services::OrderStatus::Created;
}
} // namespace

CheckoutTracker::CheckoutTracker(QObject *parent)
    : QObject(parent)
    , m_steps(new StepModel(this))
{ }

CheckoutTracker::~CheckoutTracker() = default;

void CheckoutTracker::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    disconnect(m_eventsConnection);
    start(Phase::Idle); // an order of another shop means nothing here
    m_backend = backend;
    if (m_backend)
        m_eventsConnection = connect(
                m_backend, &Backend::eventsArrived, this, &CheckoutTracker::onEventsArrived);
    Q_EMIT backendChanged();
}

void CheckoutTracker::setUserId(qint64 userId)
{
    if (m_userId == userId)
        return;
    m_userId = userId;
    Q_EMIT userIdChanged();
}

void CheckoutTracker::setProducts(ProductModel *products)
{
    if (m_products == products)
        return;
    m_products = products;
    followCatalogue();
    refresh();
    Q_EMIT productsChanged();
}

bool CheckoutTracker::isBusy() const
{
    return m_phase == Phase::Placing
            || (m_phase == Phase::Following && m_progress
                    && m_progress->status() == CheckoutProgress::Status::Running);
}

void CheckoutTracker::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

ProductModel *CheckoutTracker::catalogue() const
{
    if (m_products)
        return m_products;
    return m_cart ? m_cart->products() : nullptr;
}

void CheckoutTracker::followCatalogue()
{
    ProductModel *catalogue = this->catalogue();
    if (m_followedCatalogue == catalogue)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_catalogueConnections))
        disconnect(c);
    m_catalogueConnections.clear();
    m_followedCatalogue = catalogue;
    if (catalogue) {
        // Texts name products and are written in the catalogue's language.
        m_catalogueConnections = {
                connect(catalogue, &ProductModel::languageChanged, this, &CheckoutTracker::refresh),
                connect(catalogue, &ProductModel::loadedChanged, this, &CheckoutTracker::refresh),
        };
    }
}

// --- starting --------------------------------------------------------------------------------

void CheckoutTracker::start(Phase phase)
{
    ++m_generation;
    m_phase = phase;
    m_progress.reset();
    if (phase != Phase::Idle)
        m_progress.emplace();
    m_order.reset();
    m_buffer.clear();
    m_timelineReads = 0;
    m_cart = nullptr;
    m_cartFinished = false;
    m_cartSettled = false;
    followCatalogue();
    if (m_orderId != 0 || !m_sagaId.isEmpty()) {
        m_orderId = 0;
        m_sagaId.clear();
        Q_EMIT orderChanged();
    }
    refresh();
}

bool CheckoutTracker::checkout(CartModel *cart)
{
    if (isBusy()) {
        setError(tr("A checkout is already running."));
        return false;
    }
    if (!m_backend) {
        setError(tr("The shop is not running."));
        return false;
    }
    if (!cart || cart->rowCount() == 0) {
        setError(tr("Your cart is empty."));
        return false;
    }
    if (m_userId < 1 || cart->userId() != m_userId) {
        setError(tr("This cart does not belong to the shopper who is paying."));
        return false;
    }
    if (!cart->couponProblem().isEmpty()) {
        setError(cart->couponProblem());
        return false;
    }

    start(Phase::Placing);
    setError(QString());
    m_cart = cart;
    followCatalogue();
    // The same key until this checkout ends: a repeated click, or another window checking
    // out the same cart, gets the same order back instead of a second one.
    services::PlaceOrderRequest request;
    request.userId = m_userId;
    request.items = cart->items();
    request.userCouponId = cart->userCouponId();
    request.idempotencyKey = cart->beginCheckout();

    const quint64 generation = m_generation;
    whenDone(m_backend->shop().orders().placeOrder(request), 
            this, [this, generation](const bus::Outcome<services::PlacedOrder> &outcome) {
                if (generation != m_generation)
                    return;
                if (!outcome.ok()) {
                    QPointer<CartModel> cart = m_cart;
                    start(Phase::Idle);
                    setError(tr("The order could not be placed: %1").arg(outcome.error));
                    if (cart) {
                        cart->checkoutFinished(
                                false); // nothing was written: the next try is a new order
                        cart->checkoutSettled();
                    }
                    return;
                }
                follow(outcome.value->orderId, outcome.value->sagaId);
            });
    return true;
}

void CheckoutTracker::track(qint64 orderId)
{
    if (!m_backend || orderId < 1) {
        start(Phase::Idle);
        setError(tr("There is no order %1.").arg(orderId));
        return;
    }
    start(Phase::Placing);
    setError(QString());
    const quint64 generation = m_generation;
    whenDone(m_backend->shop().orders().order(orderId), this,
            [this, generation, orderId](
                    const bus::Outcome<std::optional<services::OrderView>> &outcome) {
                if (generation != m_generation)
                    return;
                if (!outcome.ok() || !outcome.value->has_value()) {
                    start(Phase::Idle);
                    setError(outcome.ok()
                                    ? tr("There is no order %1.").arg(orderId)
                                    : tr("The order could not be read: %1").arg(outcome.error));
                    return;
                }
                m_order = **outcome.value;
                follow(m_order->orderId, m_order->sagaId);
            });
}

void CheckoutTracker::reset()
{
    start(Phase::Idle);
    setError(QString());
}

// --- following -------------------------------------------------------------------------------

void CheckoutTracker::follow(qint64 orderId, const QString &sagaId)
{
    m_phase = Phase::Following;
    if (m_orderId != orderId || m_sagaId != sagaId) {
        m_orderId = orderId;
        m_sagaId = sagaId;
        Q_EMIT orderChanged();
    }
    // What arrived before the sagaId was known, then the history the saga log has.
    for (const bus::EventEnvelope &event : std::as_const(m_buffer)) {
        if (event.sagaId == m_sagaId)
            m_progress->apply(event);
    }
    m_buffer.clear();
    refresh();
    readTimeline();
}

void CheckoutTracker::readTimeline()
{
    if (!m_backend || m_sagaId.isEmpty())
        return;
    ++m_timelineReads;
    const quint64 generation = m_generation;
    whenDone(m_backend->shop().sagaLog().timeline(m_sagaId), 
            this, [this, generation](const bus::Outcome<QList<saga::SagaLogEntry>> &outcome) {
                if (generation != m_generation)
                    return;
                if (outcome.ok()) {
                    for (const saga::SagaLogEntry &entry : *outcome.value) {
                        if (entry.kind != saga::SagaLogEntry::KindPublished
                                && entry.kind != saga::SagaLogEntry::KindCompensation)
                            continue; // handling records: what a consumer did, not a new fact
                        bus::EventEnvelope event;
                        event.eventId = QUuid::fromString(entry.eventId);
                        event.type = entry.eventType;
                        event.aggregateId = entry.aggregateId;
                        event.sagaId = entry.sagaId;
                        event.causationId = entry.causationId;
                        event.occurredAt = entry.at;
                        event.producer = entry.service;
                        event.payload = entry.payload;
                        m_progress->apply(event);
                    }
                }
                if (m_order)
                    m_progress->applyOrder(*m_order);
                refresh();
                // A tracked order that has ended, but the log does not show how yet: it trails
                // the services by a moment. Read again for the details of the last steps.
                if (m_order && isTerminal(m_order->status) && !m_progress->sawOutcomeEvent()
                        && m_timelineReads < kMaxTimelineReads) {
                    QTimer::singleShot(kTimelineRetryMs, this, [this, generation] {
                        if (generation == m_generation)
                            readTimeline();
                    });
                }
            });
}

void CheckoutTracker::onEventsArrived(const QList<bus::EventEnvelope> &events)
{
    if (m_phase == Phase::Placing) {
        // Our saga may already be running before placeOrder() has answered: keep its events.
        for (const bus::EventEnvelope &event : events) {
            if (!event.sagaId.isEmpty() && m_buffer.size() < kMaxBuffered)
                m_buffer.append(event);
        }
        return;
    }
    if (m_phase != Phase::Following)
        return;
    bool changed = false;
    for (const bus::EventEnvelope &event : events) {
        if (event.sagaId == m_sagaId)
            changed |= m_progress->apply(event);
    }
    if (changed)
        refresh();
}

// --- publishing ------------------------------------------------------------------------------

void CheckoutTracker::refresh()
{
    using Status = CheckoutProgress::Status;
    QString state = u"idle"_s;
    QString failedStep;
    QString failureText;
    QStringList compensations;
    bool compensated = false;
    QList<StepModel::Row> rows = StepModel::initialRows();

    if (m_progress) {
        ProductModel *catalogue = this->catalogue();
        const CheckoutProgress::NameLookup names = [catalogue](const QString &productId) {
            return catalogue ? catalogue->nameOf(productId) : QString();
        };
        const CheckoutProgress &p = *m_progress;
        state = m_phase == Phase::Placing ? u"placing"_s : CheckoutProgress::statusName(p.status());
        if (p.status() == Status::Failed) {
            failedStep = p.failedStep();
            failureText = p.failureText(names);
        }
        compensations = p.compensationTexts();
        compensated = p.isCompensated();
        for (int step = 0; step < CheckoutProgress::StepCount; ++step) {
            rows[step].state = CheckoutProgress::stateName(p.stepState(step));
            rows[step].detail = p.stepDetail(step, names);
        }
    }
    m_steps->setRows(rows);

    if (m_failedStep != failedStep || m_failureText != failureText) {
        m_failedStep = failedStep;
        m_failureText = failureText;
        Q_EMIT failureChanged();
    }
    if (m_compensations != compensations || m_compensated != compensated) {
        m_compensations = compensations;
        m_compensated = compensated;
        Q_EMIT compensationsChanged();
    }
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged();
    }
    notifyCart();
}

void CheckoutTracker::notifyCart()
{
    if (!m_cart || !m_progress || m_phase != Phase::Following)
        return;
    using Status = CheckoutProgress::Status;
    using StepState = CheckoutProgress::StepState;
    const CheckoutProgress &p = *m_progress;
    if (!m_cartFinished && p.status() != Status::Running) {
        m_cartFinished = true;
        m_cart->checkoutFinished(p.status() == Status::Confirmed);
    }
    if (m_cartFinished && !m_cartSettled && p.status() != Status::Confirmed) {
        // The cart keeps its quantities until the stock the order took is back.
        const bool stockTaken = p.stepState(CheckoutProgress::Stock) == StepState::Done;
        if (!stockTaken || p.compensationKinds().contains(u"stock"_s) || p.isCompensated()) {
            m_cartSettled = true;
            m_cart->checkoutSettled();
        }
    }
}

} // namespace sagashop::ui
