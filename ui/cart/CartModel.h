#pragma once

#include "bus/EventEnvelope.h"
#include "saga/Payload.h"
#include "services/coupon/UserCoupon.h"
#include "ui/Backend.h"
#include "ui/catalog/ProductModel.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QtQmlIntegration>

#include <optional>

namespace sagashop::ui {

/// One shopper's cart: the chosen products and quantities, an optional coupon, and the
/// totals, in the current language of `products`.
///
/// Quantities never exceed the product's current stock: add() and setQuantity() clamp, and
/// when the live stock drops below a quantity the cart lowers it (or takes a sold-out product
/// out) and says so in `notice`. While a checkout of this cart runs, and after a failed one
/// until its stock is back (checkoutSettled()), the cart does not lower quantities: the
/// order's own reservation would otherwise shrink it.
///
/// The cart (items, coupon, checkout key) is saved per user in QSettings ("cart/<userId>",
/// JSON) on every change and restored when `userId` is set, so it survives a restart.
///
/// `checkoutKey` is the idempotency key of the order this cart becomes: created by
/// beginCheckout() and kept until checkoutFinished(), so a repeated click (or a restart in
/// between) places the same order once. Any change to the items or the coupon drops it.
class CartModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged
                    FINAL)
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY userIdChanged FINAL)
    Q_PROPERTY(sagashop::ui::ProductModel *products READ products WRITE setProducts NOTIFY
                    productsChanged FINAL)
    /// Units in the cart (the sum of the quantities).
    Q_PROPERTY(int count READ count NOTIFY totalsChanged FINAL)
    Q_PROPERTY(qint64 subtotal READ subtotal NOTIFY totalsChanged FINAL)
    Q_PROPERTY(qint64 discount READ discount NOTIFY totalsChanged FINAL)
    Q_PROPERTY(qint64 total READ total NOTIFY totalsChanged FINAL)
    Q_PROPERTY(QString subtotalText READ subtotalText NOTIFY totalsChanged FINAL)
    Q_PROPERTY(QString discountText READ discountText NOTIFY totalsChanged FINAL)
    Q_PROPERTY(QString totalText READ totalText NOTIFY totalsChanged FINAL)
    /// The chosen user coupon (0: none); set with setCoupon().
    Q_PROPERTY(qint64 userCouponId READ userCouponId NOTIFY couponChanged FINAL)
    Q_PROPERTY(QString couponName READ couponName NOTIFY couponChanged FINAL)
    /// Empty, or why the chosen coupon does not apply to this cart (then discount is 0).
    Q_PROPERTY(QString couponProblem READ couponProblem NOTIFY couponChanged FINAL)
    Q_PROPERTY(QString checkoutKey READ checkoutKey NOTIFY checkoutKeyChanged FINAL)
    /// Empty, or what the cart changed by itself (a quantity lowered to the stock left).
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged FINAL)

public:
    enum Role {
        ProductIdRole = Qt::UserRole,
        NameRole,
        PriceRole,
        PriceTextRole,
        QuantityRole,
        MaxQuantityRole,
        LineTotalTextRole,
        ImageUrlRole,
    };
    Q_ENUM(Role)

    explicit CartModel(QObject *parent = nullptr);
    ~CartModel() override;

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);
    qint64 userId() const { return m_userId; }
    void setUserId(qint64 userId);
    ProductModel *products() const { return m_products; }
    void setProducts(ProductModel *products);

    int count() const;
    qint64 subtotal() const;
    qint64 discount() const { return m_discount; }
    qint64 total() const { return subtotal() - m_discount; }
    QString subtotalText() const;
    QString discountText() const;
    QString totalText() const;
    qint64 userCouponId() const { return m_userCouponId; }
    QString couponName() const;
    QString couponProblem() const { return m_couponProblem; }
    QString checkoutKey() const { return m_checkoutKey; }
    QString notice() const { return m_notice; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// One more of `productId`, never above its current stock. False (nothing changes) for
    /// a sold-out or unknown product, or when the cart already holds all the stock.
    Q_INVOKABLE bool add(const QString &productId);
    /// Takes the product out. False when it was not in the cart.
    Q_INVOKABLE bool remove(const QString &productId);
    /// Sets the quantity, clamped to 1 … stock; 0 or less removes. True when the cart changed.
    Q_INVOKABLE bool setQuantity(const QString &productId, int quantity);
    /// Chooses one of the user's coupons (0: none).
    Q_INVOKABLE void setCoupon(qint64 userCouponId);
    /// Empties the cart and forgets the coupon.
    Q_INVOKABLE void clear();
    Q_INVOKABLE void clearNotice();

    // --- for CheckoutTracker (C++) ------------------------------------------------------------
    QList<saga::Payload::Item> items() const;
    /// The checkout key, created now when there is none; the cart counts as checking out
    /// until checkoutFinished().
    QString beginCheckout();
    /// The order placed with checkoutKey() ended: confirmed → the cart is emptied; otherwise
    /// the key is dropped (the next checkout is a new order) and the cart stays as it was.
    void checkoutFinished(bool confirmed);
    /// After a failed checkout: its stock is back (or was never taken), so live stock checks
    /// may lower quantities again (from the next stock read on).
    void checkoutSettled();

Q_SIGNALS:
    void backendChanged();
    void userIdChanged();
    void productsChanged();
    /// count, subtotal, discount, total or their texts changed.
    void totalsChanged();
    /// userCouponId, couponName or couponProblem changed.
    void couponChanged();
    void checkoutKeyChanged();
    void noticeChanged();

private:
    struct Item
    {
        QString productId;
        qint64 quantity = 0;
    };
    struct Snapshot
    {
        int count = 0;
        qint64 subtotal = 0;
        qint64 discount = 0;
        QString subtotalText, discountText, totalText;
        qint64 userCouponId = 0;
        QString couponName, couponProblem;
        bool operator==(const Snapshot &) const = default;
    };

    int rowOf(const QString &productId) const;
    qint64 priceOf(const QString &productId) const;
    /// Current stock, 0 for an unknown product once the catalogue is loaded, -1 before.
    qint64 stockOf(const QString &productId) const;
    qint64 maxQuantityOf(const QString &productId) const;
    Snapshot snapshot() const;
    /// Recomputes the discount and the coupon problem, then emits what differs from what
    /// was last announced.
    void update();
    /// Items or coupon changed (by the shopper or the stock): drop the key, save, update.
    void changed();
    void setNotice(const QString &notice);
    void dropCheckoutKey();
    void save() const;
    void restore();
    void loadCoupon();
    void scheduleExpiry();
    void onEventsArrived(const QList<bus::EventEnvelope> &events);
    void onStockRefreshed(const QStringList &changedIds);
    void onProductsLoaded();
    void languageChanged();
    /// Lowers quantities above the stock left (unless a checkout holds the stock).
    void enforceStock();
    bool stockChecksPaused() const;

    QPointer<Backend> m_backend;
    QPointer<ProductModel> m_products;
    qint64 m_userId = 0;
    QList<Item> m_items;
    qint64 m_userCouponId = 0;
    std::optional<services::UserCoupon> m_coupon; ///< the chosen coupon as last read
    bool m_couponMissing = false; ///< the user has no such coupon
    QString m_couponReadError;
    quint64 m_couponGeneration = 0;
    qint64 m_discount = 0;
    QString m_couponProblem;
    QString m_checkoutKey;
    QString m_notice;
    bool m_checkingOut = false; ///< between beginCheckout() and checkoutFinished()
    bool m_holdAfterFailure = false; ///< a failed checkout's stock may still be on its way back
    quint64 m_resumeAfterRead = 0; ///< stock checks resume once this read has completed
    bool m_waitingForRead = false;
    Snapshot m_announced; ///< what totalsChanged / couponChanged last announced
    QTimer m_expiry;
    QList<QMetaObject::Connection> m_productConnections;
    QMetaObject::Connection m_eventsConnection;
};

} // namespace sagashop::ui
