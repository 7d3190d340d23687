#pragma once

#include "ui/Backend.h"
#include "ui/admin/timeline/SagaTimelineBuilder.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>
#include <QtQmlIntegration>

#include <functional>

namespace sagashop::ui {

/// One saga's timeline for the admin client: a marker per thing that happened (events
/// published, handlings, retries, dead letters, compensations, administrator actions) and
/// one per step the saga still expects (pending), each in its service's lane at its time,
/// with the row of its cause. QML:
/// `SagaTimelineModel { backend: Backend; sagaId: "0190…" }`.
///
/// Reads SagaLog::timeline() and the saga's summary (status) off the GUI thread. Live:
/// Backend.sagasTouched naming this saga reloads it (one read at a time; touches during a
/// read coalesce into one more), and the rows are merged: new markers are inserted, changed
/// ones emit dataChanged, fulfilled pending markers are removed; only the first load (and
/// a change of saga or backend) resets the model. While steps are expected, a clock moves the
/// pending markers with "now" (dataChanged on those rows only).
///
/// Cause -> effect (causeRow): an event -> each consumer's first handling of it; an attempt ->
/// the next attempt of the same consumer; a handling -> the events its handler published
/// (causationId); an administrator's action -> the command event that followed it; an expected
/// step -> the event it waits for (or the expected step that is to publish it).
class SagaTimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged
                    FINAL)
    Q_PROPERTY(QString sagaId READ sagaId WRITE setSagaId NOTIFY sagaIdChanged FINAL)
    /// The first read of this saga is under way (later reloads do not set it).
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged FINAL)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged FINAL)
    /// Why the saga could not be shown, in plain words; empty when all is well.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)
    /// The saga log's status: running, completed, failed, compensating, compensated, abnormal.
    Q_PROPERTY(QString status READ status NOTIFY statusChanged FINAL)
    Q_PROPERTY(qint64 startedAt READ startedAt NOTIFY timesChanged FINAL)
    /// The last entry's time once nothing is expected any more; 0 while steps are expected.
    Q_PROPERTY(qint64 endedAt READ endedAt NOTIFY timesChanged FINAL)
    /// endedAt - startedAt, or now - startedAt while steps are expected.
    Q_PROPERTY(qint64 durationMs READ durationMs NOTIFY timesChanged FINAL)
    /// Where "now" is on the timeline (ms since the start); the pending markers sit there.
    Q_PROPERTY(qint64 nowOffsetMs READ nowOffsetMs NOTIFY timesChanged FINAL)
    /// Steps are still expected (the pending markers move with the clock).
    Q_PROPERTY(bool live READ isLive NOTIFY liveChanged FINAL)
    /// The services drawn, in lane order (only those that appear or are expected).
    Q_PROPERTY(QStringList lanes READ lanes NOTIFY lanesChanged FINAL)
    Q_PROPERTY(int markerCount READ markerCount NOTIFY markerCountChanged FINAL)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY markerCountChanged FINAL)
    /// Failed attempts that were retried, dead letters and compensation events so far.
    Q_PROPERTY(int retryCount READ retryCount NOTIFY timelineUpdated FINAL)
    Q_PROPERTY(int deadLetterCount READ deadLetterCount NOTIFY timelineUpdated FINAL)
    Q_PROPERTY(int compensationCount READ compensationCount NOTIFY timelineUpdated FINAL)

public:
    enum Role {
        LaneRole = Qt::UserRole + 1,
        ServiceRole,
        AtRole,
        OffsetMsRole,
        KindRole,
        LogKindRole,
        EventTypeRole,
        EventIdRole,
        CausationIdRole,
        AttemptRole,
        ErrorRole,
        CauseRowRole,
        DurationFromCauseMsRole,
        PayloadJsonRole,
        PendingRole,
        PendingDepthRole,
        PublishesRole,
        OtherwiseRole,
        CompensationRole,
        SummaryRole,
        KeyRole,
    };
    Q_ENUM(Role)

    /// How often the pending markers follow the clock.
    static constexpr int ClockIntervalMs = 250;

    explicit SagaTimelineModel(QObject *parent = nullptr);
    ~SagaTimelineModel() override;

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);
    QString sagaId() const { return m_sagaId; }
    void setSagaId(const QString &sagaId);
    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    QString error() const { return m_error; }
    QString status() const { return m_status; }
    qint64 startedAt() const { return m_data.startedAt; }
    qint64 endedAt() const;
    qint64 durationMs() const;
    qint64 nowOffsetMs() const { return m_data.nowOffsetMs; }
    bool isLive() const { return m_data.live; }
    QStringList lanes() const { return m_data.lanes; }
    int markerCount() const { return int(m_data.markers.size()); }
    int pendingCount() const { return m_data.pendingCount(); }
    int retryCount() const { return countKind(QStringLiteral("retry")); }
    int deadLetterCount() const { return countKind(QStringLiteral("deadLetter")); }
    int compensationCount() const { return countKind(QStringLiteral("compensation")); }
    /// Everything built from the last read (the step list reads its steps from here).
    const SagaTimelineData &timelineData() const { return m_data; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// A marker's roles as a map (by role name), for a details panel; empty for a bad row.
    Q_INVOKABLE QVariantMap marker(int row) const;
    /// The row of the marker whose key is `key`, or -1.
    Q_INVOKABLE int rowOfKey(const QString &key) const;
    /// Reads the saga again now (coalesced with a read under way).
    Q_INVOKABLE void reload();

    /// For tests: where "now" comes from (UTC ms). Defaults to the bus's clock.
    void setClock(std::function<qint64()> clock);

Q_SIGNALS:
    void backendChanged();
    void sagaIdChanged();
    void loadingChanged();
    void loadedChanged();
    void errorChanged();
    void statusChanged();
    void timesChanged();
    void liveChanged();
    void lanesChanged();
    void markerCountChanged();
    /// The markers or steps changed (after a reload was merged, or the clock moved the
    /// pending ones); data() holds the new state.
    void timelineUpdated();

private:
    void restart();
    void load();
    void apply(const QList<saga::SagaLogEntry> &entries, const QString &status);
    void merge(const QList<TimelineMarker> &incoming);
    void tick();
    void setLoading(bool loading);
    void setLoaded(bool loaded);
    void setError(const QString &error);
    void setStatus(const QString &status);
    void updateClock();
    QString summary(const TimelineMarker &m) const;
    int countKind(const QString &kind) const;

    QPointer<Backend> m_backend;
    QMetaObject::Connection m_touched;
    QString m_sagaId;
    SagaTimelineData m_data;
    QString m_status;
    QString m_error;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_reading = false; ///< a read is under way
    bool m_readAgain = false; ///< the saga was touched during that read
    int m_generation = 0; ///< bumped by restart(): older answers are dropped
    QTimer m_clock;
    std::function<qint64()> m_now;
};

} // namespace sagashop::ui
