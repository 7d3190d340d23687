#pragma once

#include "alerts/Alert.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QtQmlIntegration>

#include <boost/signals2/connection.hpp>

#include <memory>

namespace sagashop::ui {

class Backend;

/// The operator's alert feed, newest first: dead-letter arrivals, abnormal sagas and failed
/// exports (alerts::AlertService). QML: `AlertFeedModel { backend: Backend }`.
///
/// Live without polling: the model listens to the bus's EventHandled notification for the
/// alerts service — the one the Shop forwards to the webhook — which fires right after an
/// alert's transaction has committed. Each such wake-up (coalesced: many alerts, one read in
/// flight) reads only what is newer than the newest row (`alerts(limit, afterId)`) and
/// inserts it at the top with one rowsInserted. Chosen over a 1–2 s poll: no latency, no
/// idle reads, and the read cannot miss a committed alert (it runs after the commit, on the
/// alerts service's thread). The list keeps the newest `limit` alerts (default 200).
///
/// Unread: alerts whose id is above `seenId` (0 at first: everything is unread);
/// markAllRead() moves `seenId` to the newest alert. The window may persist `seenId`.
class AlertFeedModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged FINAL)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged FINAL)
    Q_PROPERTY(qint64 seenId READ seenId WRITE setSeenId NOTIFY seenIdChanged FINAL)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged FINAL)

public:
    enum Role {
        AlertIdRole = Qt::UserRole + 1,
        KindRole,     ///< "dead_letter" | "export_failed" | "saga_abnormal"
        KindTextRole, ///< "Dead letter", "Export failed", "Abnormal saga"
        SeverityRole, ///< "warning" | "critical"
        TitleRole,
        DetailRole,
        SagaIdRole,   ///< "" when unknown
        OrderIdRole,  ///< 0 when unknown
        AtRole,       ///< UTC ms
        TimeTextRole,
        UnreadRole,
    };
    Q_ENUM(Role)

    explicit AlertFeedModel(QObject *parent = nullptr);
    ~AlertFeedModel() override;

    Backend *backend() const;
    void setBackend(Backend *backend);
    bool isLoaded() const { return m_loaded; }
    /// Why the alerts could not be read, in words; empty when all is well.
    QString error() const { return m_error; }
    int count() const { return int(m_alerts.size()); }
    int unreadCount() const { return m_unread; }
    qint64 seenId() const { return m_seenId; }
    void setSeenId(qint64 seenId);
    int limit() const { return m_limit; }
    void setLimit(int limit);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Every alert shown counts as read (seenId = the newest).
    Q_INVOKABLE void markAllRead();
    /// Reads what is newer (it also does so by itself when an alert is stored).
    Q_INVOKABLE void refresh();
    /// The kind in words, for any kind name.
    Q_INVOKABLE static QString kindText(const QString &kind);

Q_SIGNALS:
    void backendChanged();
    void loadedChanged();
    void errorChanged();
    void countChanged();
    void unreadCountChanged();
    void seenIdChanged();
    void limitChanged();
    /// New alerts arrived live (not the first load), newest first.
    void alertsArrived(int howMany);

private:
    void setLoaded(bool loaded);
    void setError(const QString &error);
    void restart();
    void fetch();
    void updateUnread();

    QPointer<Backend> m_backend;
    boost::signals2::scoped_connection m_alertStored;
    QList<alerts::Alert> m_alerts; ///< newest (highest id) first
    bool m_loaded = false;
    QString m_error;
    int m_generation = 0;
    bool m_fetching = false;
    bool m_fetchAgain = false;
    qint64 m_seenId = 0;
    int m_unread = 0;
    int m_limit = 200;
};

} // namespace sagashop::ui
