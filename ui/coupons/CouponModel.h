#pragma once

#include "services/coupon/CouponDefinition.h"

#include "ui/ShopListModel.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QtQmlIntegration>

namespace sagashop::ui {

/// The coupons a shopper can claim: every definition that has not expired (sold-out ones
/// included, marked soldOut), by id, with whether `userId` already holds one. QML:
/// `CouponModel { backend: Backend; userId: session.userId; language: Language.language }`.
///
/// Updates are incremental (dataChanged for the rows whose figures changed, inserts and
/// removals for new and expired definitions) and coalesced (at most one read in flight).
/// It re-reads after every claim made here, when a coupon is used or restored in a checkout,
/// and at the next expiry instant. The backend publishes no event when a coupon is issued,
/// so claims made elsewhere show up on the next of those re-reads (or refresh()).
class CouponModel : public ShopListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        CouponIdRole = Qt::UserRole + 1,
        NameRole,
        KindTextRole,
        ValueTextRole,
        RemainingRole,
        QuantityRole,
        ExpiresTextRole,
        MinOrderTextRole,
        SoldOutRole,
        ClaimedRole,
    };
    Q_ENUM(Role)

    explicit CouponModel(QObject *parent = nullptr);
    ~CouponModel() override;

    // userId: the shopper claiming; 0 means nobody: nothing is marked claimed.
    // error: why the coupons could not be read.

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Claims `couponId` for userId; claimFinished follows (once per call). A second claim
    /// of the same coupon while the first is on its way is ignored.
    Q_INVOKABLE void claim(qint64 couponId);
    /// Reads the coupons again now (coalesced).
    Q_INVOKABLE void refresh();
    /// The row of `couponId`, or -1.
    Q_INVOKABLE int indexOfCoupon(qint64 couponId) const;

Q_SIGNALS:
    /// A claim is over: `ok` tells whether the coupon is now the shopper's; `message` is a
    /// translated sentence to show either way ("Coupon claimed", "Sorry, this coupon is sold
    /// out", "You already have this coupon", …).
    void claimFinished(qint64 couponId, bool ok, const QString &message);

private:
    struct Row
    {
        services::CouponDefinition coupon;
        bool claimed = false;
    };

    void clearRows() override;
    void load() override;
    void read(int generation);
    void apply(QList<Row> rows);
    void scheduleExpiryRefresh();
    void onEvents(const QList<bus::EventEnvelope> &events) override;
    QString claimFailureText(const QString &error, bool storageFailure) const;
    static bool sameRow(const Row &a, const Row &b);

    QList<Row> m_rows; ///< by coupon id, ascending
    bool m_reading = false; ///< a read is in flight
    bool m_readAgain = false; ///< something changed while it was
    QSet<qint64> m_claiming;
    QTimer m_expiryTimer;
};

} // namespace sagashop::ui
