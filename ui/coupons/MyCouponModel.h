#pragma once

#include "services/coupon/UserCoupon.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QtQmlIntegration>

#include <optional>

namespace sagashop::bus {
struct EventEnvelope;
}

namespace sagashop::ui {

class Backend;

/// The coupons `userId` holds, oldest first, with their status (AVAILABLE, USED, EXPIRED).
/// QML: `MyCouponModel { backend: Backend; userId: session.userId; language: Language.language }`;
/// the cart reads a chosen coupon through coupon().
///
/// Live: re-reads (coalesced, at most one read in flight) when a checkout uses one of this
/// user's coupons (CouponUsed) or gives one back (CouponRestored), and at the next expiry.
/// Claiming publishes no event, so call refresh() after CouponModel.claimFinished.
/// Updates are incremental: dataChanged for the coupons whose state changed, inserts for
/// new ones.
class MyCouponModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged
                    FINAL)
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY userIdChanged FINAL)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged FINAL)
    /// Only the coupons that can be used now (AVAILABLE): what a coupon chooser offers.
    Q_PROPERTY(bool usableOnly READ usableOnly WRITE setUsableOnly NOTIFY usableOnlyChanged FINAL)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

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

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);
    /// Whose coupons; 0 (the default) shows none.
    qint64 userId() const { return m_userId; }
    void setUserId(qint64 userId);
    /// "ko" or "en": which name to show and how dates look. Starts with the system's.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool usableOnly() const { return m_usableOnly; }
    void setUsableOnly(bool usableOnly);
    bool isLoaded() const { return m_loaded; }
    /// Why the coupons could not be read, in plain words; empty when all is well.
    QString error() const { return m_error; }

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
    void backendChanged();
    void userIdChanged();
    void languageChanged();
    void usableOnlyChanged();
    void loadedChanged();
    void errorChanged();
    void countChanged();

private:
    void restart();
    void apply(QList<services::UserCoupon> coupons);
    void scheduleExpiryRefresh();
    void onEvents(const QList<bus::EventEnvelope> &events);
    void setError(const QString &error);
    static bool sameCoupon(const services::UserCoupon &a, const services::UserCoupon &b);

    QPointer<Backend> m_backend;
    QMetaObject::Connection m_eventsConnection;
    qint64 m_userId = 0;
    QString m_language;
    QList<services::UserCoupon> m_coupons; ///< by userCouponId, ascending (oldest first)
    bool m_loaded = false;
    bool m_usableOnly = false;
    QString m_error;
    int m_generation = 0; ///< bumped by a backend or user change: older answers are dropped
    bool m_reading = false; ///< a read is in flight
    bool m_readAgain = false; ///< something changed while it was
    QTimer m_expiryTimer;
};

} // namespace sagashop::ui
