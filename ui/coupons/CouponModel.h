#pragma once

#include "services/coupon/CouponDefinition.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QtQmlIntegration>

namespace sagashop::bus {
struct EventEnvelope;
}

namespace sagashop::ui {

class Backend;

/// The coupons a shopper can claim: every definition that has not expired (sold-out ones
/// included, marked soldOut), by id, with whether `userId` already holds one. QML:
/// `CouponModel { backend: Backend; userId: session.userId; language: Language.language }`.
///
/// Updates are incremental (dataChanged for the rows whose figures changed, inserts and
/// removals for new and expired definitions) and coalesced (at most one read in flight).
/// It re-reads after every claim made here, when a coupon is used or restored in a checkout,
/// and at the next expiry instant. The backend publishes no event when a coupon is issued,
/// so claims made elsewhere show up on the next of those re-reads (or refresh()).
class CouponModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged
                    FINAL)
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY userIdChanged FINAL)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged FINAL)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)

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

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);
    /// The shopper claiming; 0 (the default) means nobody: nothing is marked claimed.
    qint64 userId() const { return m_userId; }
    void setUserId(qint64 userId);
    /// "ko" or "en": which name to show and how dates look. Starts with the system's.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool isLoaded() const { return m_loaded; }
    /// Why the coupons could not be read, in plain words; empty when all is well.
    QString error() const { return m_error; }

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
    void backendChanged();
    void userIdChanged();
    void languageChanged();
    void loadedChanged();
    void errorChanged();
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

    void restart();
    void read(int generation);
    void apply(QList<Row> rows);
    void scheduleExpiryRefresh();
    void onEvents(const QList<bus::EventEnvelope> &events);
    QString claimFailureText(const QString &error, bool storageFailure) const;
    void setError(const QString &error);
    static bool sameRow(const Row &a, const Row &b);

    QPointer<Backend> m_backend;
    QMetaObject::Connection m_eventsConnection;
    qint64 m_userId = 0;
    QString m_language;
    QList<Row> m_rows; ///< by coupon id, ascending
    bool m_loaded = false;
    QString m_error;
    int m_generation = 0; ///< bumped by a backend or user change: older answers are dropped
    bool m_reading = false; ///< a read is in flight
    bool m_readAgain = false; ///< something changed while it was
    QSet<qint64> m_claiming;
    QTimer m_expiryTimer;
};

} // namespace sagashop::ui
