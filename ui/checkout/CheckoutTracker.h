#pragma once

#include "bus/EventEnvelope.h"
#include "services/order/OrderView.h"
#include "ui/Backend.h"
#include "ui/cart/CartModel.h"
#include "ui/catalog/ProductModel.h"
#include "ui/checkout/CheckoutProgress.h"
#include "ui/checkout/StepModel.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQmlIntegration>

#include <optional>

namespace sagashop::ui {

/// Places a cart's order and follows its checkout saga live, step by step, or rebuilds the
/// progress of an order placed earlier (track()).
///
/// The saga's events come from Backend.eventsArrived (filtered by sagaId) and, once the
/// sagaId is known, from the saga log's timeline as well (events may come before the order's
/// placement has even answered, or long before the window opened): both go through one
/// idempotent CheckoutProgress, so an event seen twice changes nothing.
///
/// `state`: idle, placing (the order is being placed or looked up), running, confirmed,
/// failed, cancelled. A confirmed checkout empties the cart; a failed one keeps it and
/// forgets its checkout key (the next attempt is a new order).
class CheckoutTracker : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged
                    FINAL)
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY userIdChanged FINAL)
    /// Optional: names products in failure texts and follows its language (by default the
    /// catalogue of the cart given to checkout()).
    Q_PROPERTY(sagashop::ui::ProductModel *products READ products WRITE setProducts NOTIFY
                    productsChanged FINAL)
    Q_PROPERTY(QString state READ state NOTIFY stateChanged FINAL)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged FINAL)
    Q_PROPERTY(qint64 orderId READ orderId NOTIFY orderChanged FINAL)
    Q_PROPERTY(QString sagaId READ sagaId NOTIFY orderChanged FINAL)
    /// The step key that failed (stock, coupon, balance, payment, confirmed), or empty.
    Q_PROPERTY(QString failedStep READ failedStep NOTIFY failureChanged FINAL)
    Q_PROPERTY(QString failureText READ failureText NOTIFY failureChanged FINAL)
    /// What was given back, in arrival order ("Stock restored", …).
    Q_PROPERTY(QStringList compensations READ compensations NOTIFY compensationsChanged FINAL)
    /// Everything the failure or cancellation called for has been given back.
    Q_PROPERTY(bool compensated READ isCompensated NOTIFY compensationsChanged FINAL)
    Q_PROPERTY(sagashop::ui::StepModel *steps READ steps CONSTANT FINAL)
    /// Empty, or why checkout() or track() could not start or place the order.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)

public:
    explicit CheckoutTracker(QObject *parent = nullptr);
    ~CheckoutTracker() override;

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);
    qint64 userId() const { return m_userId; }
    void setUserId(qint64 userId);
    ProductModel *products() const { return m_products; }
    void setProducts(ProductModel *products);

    QString state() const { return m_state; }
    bool isBusy() const;
    qint64 orderId() const { return m_orderId; }
    QString sagaId() const { return m_sagaId; }
    QString failedStep() const { return m_failedStep; }
    QString failureText() const { return m_failureText; }
    QStringList compensations() const { return m_compensations; }
    bool isCompensated() const { return m_compensated; }
    StepModel *steps() const { return m_steps; }
    QString error() const { return m_error; }

    /// Places the cart's order (userId, items, coupon, the cart's checkout key) and follows
    /// it. False, with `error` saying why, when the cart is empty, its coupon does not apply,
    /// or a checkout is already running.
    Q_INVOKABLE bool checkout(sagashop::ui::CartModel *cart);
    /// Follows an order placed earlier: its history from the saga log, then live.
    Q_INVOKABLE void track(qint64 orderId);
    /// Back to idle: forgets the order being followed.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void backendChanged();
    void userIdChanged();
    void productsChanged();
    void stateChanged();
    /// orderId or sagaId changed.
    void orderChanged();
    /// failedStep or failureText changed.
    void failureChanged();
    /// compensations or compensated changed.
    void compensationsChanged();
    void errorChanged();

private:
    enum class Phase {
        Idle,
        Placing,
        Following
    };

    /// Forgets the current order (and its cart) and starts a new generation.
    void start(Phase phase);
    void setError(const QString &error);
    void follow(qint64 orderId, const QString &sagaId);
    void readTimeline();
    void onEventsArrived(const QList<bus::EventEnvelope> &events);
    /// Publishes the progress: properties, steps, and what the cart must hear.
    void refresh();
    void notifyCart();
    ProductModel *catalogue() const;
    void followCatalogue();

    QPointer<Backend> m_backend;
    qint64 m_userId = 0;
    QPointer<ProductModel> m_products;
    QPointer<CartModel> m_cart;
    QPointer<ProductModel> m_followedCatalogue;
    QList<QMetaObject::Connection> m_catalogueConnections;
    QMetaObject::Connection m_eventsConnection;

    Phase m_phase = Phase::Idle;
    quint64 m_generation = 0;
    std::optional<CheckoutProgress> m_progress;
    std::optional<services::OrderView> m_order; ///< track(): the order as the Order service has it
    QList<bus::EventEnvelope> m_buffer; ///< events seen while the sagaId was not yet known
    int m_timelineReads = 0;
    bool m_cartFinished = false;
    bool m_cartSettled = false;

    QString m_state = QStringLiteral("idle");
    qint64 m_orderId = 0;
    QString m_sagaId;
    QString m_failedStep;
    QString m_failureText;
    QStringList m_compensations;
    bool m_compensated = false;
    QString m_error;
    StepModel *m_steps = nullptr;
};

} // namespace sagashop::ui
