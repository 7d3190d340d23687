#pragma once

#include "saga/SagaLogEntry.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>
#include <QtQmlIntegration>

#include <optional>

namespace sagashop::ui {

class Backend;

/// Every checkout saga of the saga log, most recently updated first, for the admin client:
/// `SagaListModel { backend: Backend; statusFilter: "failed"; searchText: "u:3" }`.
///
/// Filters (each change reloads the list, coalesced with the others set at the same time):
/// - `statusFilter`: "" (all), running, completed, compensating, compensated, failed,
///   abnormal or stuck. "running" and "compensating" leave out the stuck ones: running or
///   compensating without progress for `stuckAfterMs` (default: the shop's
///   ShopConfig::stuckAfterMs, the reconciler's threshold); those show the status "stuck".
/// - `searchText`: an order number ("123", "#123"), a saga id or its beginning, or a user
///   ("u:3", "user 3"); anything else sets `searchError` and lists nothing.
/// - `fromMs` / `toMs`: started in [fromMs, toMs), UTC ms since 1970, 0 = open. A fixed
///   range: "the last hour" is computed when it is chosen.
///
/// Paged: the first 100 (`pageSize`) at load, then as many more per fetchMore() / loadMore() (keyset paging
/// in the saga log, as fast at row 900,000 as at row 0). Every read is asynchronous.
///
/// Live: on Backend.sagasTouched the touched sagas are read again (at most twice a second,
/// one read at a time): a new saga is inserted at its place (the top), a changed one gets
/// dataChanged (and moves up, being the most recently updated), one that no longer matches
/// the filter is removed. Never a reset except on load. `statusCounts` (per status, stuck
/// included, for the filter chips; over the whole log, not the search or time range) and
/// `totalCount` follow with each refresh and every 5 s (stuck-ness changes with time; so do
/// the rows' "stuck" statuses, re-evaluated then too).
class SagaListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged FINAL)
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY statusFilterChanged FINAL)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged FINAL)
    Q_PROPERTY(qint64 fromMs READ fromMs WRITE setFromMs NOTIFY fromMsChanged FINAL)
    Q_PROPERTY(qint64 toMs READ toMs WRITE setToMs NOTIFY toMsChanged FINAL)
    Q_PROPERTY(int stuckAfterMs READ stuckAfterMs WRITE setStuckAfterMs NOTIFY stuckAfterMsChanged FINAL)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged FINAL)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged FINAL)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY hasMoreChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)
    Q_PROPERTY(QString searchError READ searchError NOTIFY searchErrorChanged FINAL)
    Q_PROPERTY(QVariantMap statusCounts READ statusCounts NOTIFY statusCountsChanged FINAL)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY statusCountsChanged FINAL)
    Q_PROPERTY(QStringList statuses READ statuses CONSTANT FINAL)

public:
    enum Role {
        SagaIdRole = Qt::UserRole + 1,
        OrderIdRole,
        UserIdRole,
        StatusRole,         ///< as shown: "stuck" for a stuck saga
        RecordedStatusRole, ///< as the saga log recorded it (running/compensating for a stuck one)
        StartedAtRole,      ///< UTC ms
        UpdatedAtRole,      ///< UTC ms
        DurationMsRole,     ///< updatedAt - startedAt
        LastEventTypeRole,
        RetriesRole,
        DeadLettersRole,
        CompensationsRole,
        AmountRole,         ///< won; 0 while unknown
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 100;
    /// Live refreshes are at least this far apart.
    static constexpr int RefreshSpacingMs = 500;
    /// How often counts and stuck-ness are looked at again without any event.
    static constexpr int TickMs = 5000;

    explicit SagaListModel(QObject *parent = nullptr);
    ~SagaListModel() override;

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);
    QString statusFilter() const { return m_statusFilter; }
    void setStatusFilter(const QString &status);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    qint64 fromMs() const { return m_fromMs; }
    void setFromMs(qint64 ms);
    qint64 toMs() const { return m_toMs; }
    void setToMs(qint64 ms);
    /// 0 (default): the shop's threshold.
    int stuckAfterMs() const { return m_stuckAfterMs; }
    void setStuckAfterMs(int ms);
    /// Sagas per page (1 … 1000; default 100).
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);

    int count() const { return int(m_rows.size()); }
    bool isLoading() const { return m_loading; }
    /// The first page has arrived (for the current filters).
    bool isLoaded() const { return m_loaded; }
    /// More sagas match than are loaded.
    bool hasMore() const { return m_loaded && !m_exhausted; }
    /// Why the sagas could not be read, in plain words; empty when all is well.
    QString error() const { return m_error; }
    /// Why the search text is not understood, in plain words; empty when it is.
    QString searchError() const { return m_searchError; }
    /// status → count for every status of `statuses`; empty until read.
    QVariantMap statusCounts() const { return m_statusCounts; }
    qint64 totalCount() const { return m_totalCount; }
    /// The statuses a filter can take, in the order the chips show them.
    static QStringList statuses();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// The next page, if there is one and none is on its way.
    Q_INVOKABLE void loadMore();
    /// The row of `sagaId`, or -1.
    Q_INVOKABLE int indexOfSaga(const QString &sagaId) const;
    /// Reads the list again from the top (a reset).
    Q_INVOKABLE void reload();

    /// The effective stuck threshold (stuckAfterMs, else the shop's).
    int effectiveStuckAfterMs() const;

Q_SIGNALS:
    void backendChanged();
    void statusFilterChanged();
    void searchTextChanged();
    void fromMsChanged();
    void toMsChanged();
    void stuckAfterMsChanged();
    void pageSizeChanged();
    /// Rows were inserted or removed, or the model was reset.
    void countChanged();
    void loadingChanged();
    void loadedChanged();
    void hasMoreChanged();
    void errorChanged();
    void searchErrorChanged();
    void statusCountsChanged();

private:
    /// Filters changed: reload on the next turn of the event loop (coalesces several).
    void scheduleRestart();
    void restart();
    saga::SagaQuery baseQuery() const;
    /// Whether the list may be read now (see readable() in the .cpp).
    bool readable() const;
    void fetchPage();
    void applyPage(const QList<saga::SagaSummary> &page);
    void onSagasTouched(const QStringList &sagaIds);
    void scheduleRefresh();
    void refresh();
    void applyRefresh(const QStringList &asked, const QList<saga::SagaSummary> &found);
    void refreshCounts();
    void tick();
    void setLoading(bool loading);
    void setLoaded(bool loaded);
    void setError(const QString &error);
    void setExhausted(bool exhausted);

    /// Where a saga with this (updatedAt, sagaId) belongs (rows are ordered newest first).
    qsizetype positionFor(const saga::SagaSummary &s) const;
    /// Whether a saga not in the list belongs in the part of the list already loaded.
    bool withinLoaded(const saga::SagaSummary &s) const;
    void insertRow(const saga::SagaSummary &s);
    void updateRow(qsizetype row, const saga::SagaSummary &s);
    void removeRow(qsizetype row);
    void reindexFrom(qsizetype row);
    bool stuckNow(const saga::SagaSummary &s, qint64 now) const;

    QPointer<Backend> m_backend;
    QMetaObject::Connection m_touchedConnection;
    QString m_statusFilter;
    QString m_searchText;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    int m_stuckAfterMs = 0;
    int m_pageSize = DefaultPageSize;

    QList<saga::SagaSummary> m_rows; ///< ordered by (updatedAt, sagaId) descending
    QHash<QString, qsizetype> m_rowOf;
    /// The last saga of the last page read: the next page starts after it.
    std::optional<std::pair<qint64, QString>> m_cursor;
    bool m_exhausted = false;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_fetching = false; ///< a page is on its way
    int m_generation = 0;    ///< bumped by every restart: older answers are dropped
    QString m_error;
    QString m_searchError;
    QVariantMap m_statusCounts;
    qint64 m_totalCount = 0;

    QTimer m_restartTimer;
    QTimer m_refreshTimer;
    QTimer m_tickTimer;
    QSet<QString> m_touched; ///< touched since the last refresh started
    bool m_refreshing = false;
    QElapsedTimer m_sinceRefresh; ///< since the last refresh started
    bool m_countsInFlight = false;
    bool m_countsAgain = false;
};

} // namespace sagashop::ui
