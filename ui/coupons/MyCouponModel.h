#pragma once

#include "services/coupon/UserCoupon.h"

#include "ui/ShopListModel.h"

#include <QList>
#include <QString>
#include <QTimer>
#include <QtQmlIntegration>

#include <optional>

namespace sagashop::ui {

/// The coupons `userId` holds, oldest first, with their status (AVAILABLE, USED, EXPIRED).
/// QML: `MyCouponModel { backend: Backend; userId: session.userId; language: Language.language }`;
/// the cart reads a chosen coupon through coupon().
///
/// Live: re-reads (coalesced, at most one read in flight) when a checkout uses one of this
/// user's coupons (CouponUsed) or gives one back (CouponRestored), and at the next expiry.
/// Claiming publishes no event, so call refresh() after CouponModel.claimFinished.
/// Updates are incremental: dataChanged for the coupons whose state changed, inserts for
/// new ones.
class MyCouponModel : public ShopListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// Only the coupons that can be used now (AVAILABLE): what a coupon chooser offers.
    Q_PROPERTY(bool usableOnly READ usableOnly WRITE setUsableOnly NOTIFY usableOnlyChanged FINAL)

public:
    enum Role {
        UserCouponIdRole = Qt::UserRole + 1,
        CouponIdRole,
        NameRole,
        StatusRole,
        StatusTextRole,
        ExpiresTextRole,
        ValueTextRole,
        UsableRole,
    };
    Q_ENUM(Role)

    explicit MyCouponModel(QObject *parent = nullptr);
    ~MyCouponModel() override;

    // userId: whose coupons; 0 shows none. error: why the coupons could not be read.
    bool usableOnly() const { return m_usableOnly; }
    void setUsableOnly(bool usableOnly);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Reads the coupons again (coalesced). Call it after a claim.
    Q_INVOKABLE void refresh();
    /// The row of `userCouponId`, or -1.
    Q_INVOKABLE int indexOfCoupon(qint64 userCouponId) const;

    /// The coupon as last read (its status as of that read), or nullopt when the user does
    /// not hold it.
    std::optional<services::UserCoupon> coupon(qint64 userCouponId) const;

Q_SIGNALS:
    void usableOnlyChanged();

private:
    void clearRows() override;
    void load() override;
    void apply(QList<services::UserCoupon> coupons);
    void scheduleExpiryRefresh();
    void onEvents(const QList<bus::EventEnvelope> &events) override;
    static bool sameCoupon(const services::UserCoupon &a, const services::UserCoupon &b);

    QList<services::UserCoupon> m_coupons; ///< by userCouponId, ascending (oldest first)
    bool m_usableOnly = false;
    bool m_reading = false; ///< a read is in flight
    bool m_readAgain = false; ///< something changed while it was
    QTimer m_expiryTimer;
};

} // namespace sagashop::ui
