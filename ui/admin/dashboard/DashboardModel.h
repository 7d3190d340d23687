#pragma once

#include "metrics/ShopMetrics.h"
#include "shop/Invariants.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtCharts/QAbstractSeries>
#include <QtQmlIntegration>

#include <memory>

namespace sagashop::ui {

class Backend;

/// The admin dashboard's figures: live checkout rates, failure and compensation rates, saga
/// latency, queue depths per service (metrics::ShopMetrics, which follows the bus from the
/// moment `backend` is set), the best sellers, and whether the books balance
/// (shop::Invariants, run on a worker thread). QML:
///
///     DashboardModel { id: dashboard; backend: Backend; running: page.visible
///                      language: Language.language }
///
/// While `running`, it samples once a second: the current values change and sampled() is
/// emitted; the page then redraws its charts with fill(series, key) (one
/// QXYSeries::replace per series). Best sellers are re-read every PopularEverySeconds, the
/// books every CheckEverySeconds and on checkNow(). The GUI thread only reads atomics and
/// copies the sampled series; every read of a database runs elsewhere.
///
/// Values that do not exist yet (no saga finished in the window) read -1 as numbers and "—"
/// as text.
class DashboardModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged FINAL)
    /// Sampling on (the page binds its visibility); metrics are gathered regardless.
    Q_PROPERTY(bool running READ isRunning WRITE setRunning NOTIFY runningChanged FINAL)
    /// "ko" or "en": the product names of `popular`.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged FINAL)

    // --- current values (metrics::ShopMetrics defines each precisely) -----------------------
    Q_PROPERTY(double checkoutsPerSecond READ checkoutsPerSecond NOTIFY sampled FINAL)
    Q_PROPERTY(double confirmedPerSecond READ confirmedPerSecond NOTIFY sampled FINAL)
    /// Percent of finished sagas that failed, last 30 s; -1 when none finished.
    Q_PROPERTY(double failureRate READ failureRate NOTIFY sampled FINAL)
    /// Percent of ended sagas that were compensated, last 30 s; -1 when none ended.
    Q_PROPERTY(double compensationRate READ compensationRate NOTIFY sampled FINAL)
    /// Saga latency percentiles (PaymentRequested → OrderCompleted/OrderFailed), last 30 s.
    Q_PROPERTY(int p50Ms READ p50Ms NOTIFY sampled FINAL)
    Q_PROPERTY(int p99Ms READ p99Ms NOTIFY sampled FINAL)
    /// Sagas placed whose terminal event has not arrived yet.
    Q_PROPERTY(qint64 inFlight READ inFlight NOTIFY sampled FINAL)
    /// Counts since the model started following the backend.
    Q_PROPERTY(qint64 placedTotal READ placedTotal NOTIFY sampled FINAL)
    Q_PROPERTY(qint64 confirmedTotal READ confirmedTotal NOTIFY sampled FINAL)
    Q_PROPERTY(qint64 failedTotal READ failedTotal NOTIFY sampled FINAL)
    Q_PROPERTY(qint64 compensatedTotal READ compensatedTotal NOTIFY sampled FINAL)
    Q_PROPERTY(qint64 cancelledTotal READ cancelledTotal NOTIFY sampled FINAL)
    /// Sagas forgotten while pending (metrics::ShopMetricsConfig::maxPendingSagas).
    Q_PROPERTY(qint64 droppedSagas READ droppedSagas NOTIFY sampled FINAL)
    /// The same values as the tiles show them ("12.4", "2.5 %", "184 ms", "—").
    Q_PROPERTY(QString checkoutsPerSecondText READ checkoutsPerSecondText NOTIFY sampled FINAL)
    Q_PROPERTY(QString confirmedPerSecondText READ confirmedPerSecondText NOTIFY sampled FINAL)
    Q_PROPERTY(QString failureRateText READ failureRateText NOTIFY sampled FINAL)
    Q_PROPERTY(QString compensationRateText READ compensationRateText NOTIFY sampled FINAL)
    Q_PROPERTY(QString p50Text READ p50Text NOTIFY sampled FINAL)
    Q_PROPERTY(QString p99Text READ p99Text NOTIFY sampled FINAL)
    /// How worrying a figure is: "normal", "warning" or "danger" (the thresholds below).
    Q_PROPERTY(QString failureRateTone READ failureRateTone NOTIFY sampled FINAL)
    Q_PROPERTY(QString compensationRateTone READ compensationRateTone NOTIFY sampled FINAL)
    Q_PROPERTY(QString p99Tone READ p99Tone NOTIFY sampled FINAL)

    // --- the series (fill()) and the ranges of their axes --------------------------------
    /// Time of the first and the last point of every series (UTC ms, for a DateTimeAxis).
    Q_PROPERTY(double seriesStart READ seriesStart NOTIFY sampled FINAL)
    Q_PROPERTY(double seriesEnd READ seriesEnd NOTIFY sampled FINAL)
    /// Round upper bounds for the value axes (1, 2 or 5 × 10^n above the largest point).
    Q_PROPERTY(double checkoutsAxisMax READ checkoutsAxisMax NOTIFY sampled FINAL)
    Q_PROPERTY(double rateAxisMax READ rateAxisMax NOTIFY sampled FINAL)
    Q_PROPERTY(double latencyAxisMax READ latencyAxisMax NOTIFY sampled FINAL)
    Q_PROPERTY(double queueAxisMax READ queueAxisMax NOTIFY queueDepthsChanged FINAL)

    /// [{service, depth}] for every service on the bus, in the bus's order.
    Q_PROPERTY(QVariantList queueDepths READ queueDepths NOTIFY queueDepthsChanged FINAL)
    /// [{productId, name, quantity}]: the best sellers of the last 3 days, best first.
    Q_PROPERTY(QVariantList popular READ popular NOTIFY popularChanged FINAL)

    /// {state: "unknown" | "ok" | "settling" | "broken", ok, title, summary,
    ///  broken: [invariant names], checks: [{name, ok, detail}]}. "settling": an invariant
    /// differed while events were on their way (in-flight sagas move stock and money
    /// between services); "broken": it differed with the bus quiet, or sagas are stuck, or
    /// a service could not be read.
    Q_PROPERTY(QVariantMap booksBalance READ booksBalance NOTIFY booksBalanceChanged FINAL)
    /// booksBalance's state, title and summary, for bindings.
    Q_PROPERTY(QString booksState READ booksState NOTIFY booksBalanceChanged FINAL)
    Q_PROPERTY(QString booksTitle READ booksTitle NOTIFY booksBalanceChanged FINAL)
    Q_PROPERTY(QString booksSummary READ booksSummary NOTIFY booksBalanceChanged FINAL)
    Q_PROPERTY(QDateTime lastCheckedAt READ lastCheckedAt NOTIFY booksBalanceChanged FINAL)
    Q_PROPERTY(QString lastCheckedText READ lastCheckedText NOTIFY booksBalanceChanged FINAL)
    Q_PROPERTY(bool checking READ isChecking NOTIFY checkingChanged FINAL)

public:
    static constexpr int SampleIntervalMs = 1000;
    static constexpr int PopularEverySeconds = 5;
    static constexpr int CheckEverySeconds = 10;
    static constexpr int PopularDays = 3;
    static constexpr int PopularLimit = 5;
    /// Tone thresholds: rates in percent, latency in ms.
    static constexpr double RateWarning = 5, RateDanger = 20;
    static constexpr qint64 LatencyWarningMs = 1000, LatencyDangerMs = 5000;

    explicit DashboardModel(QObject *parent = nullptr);
    /// Waits for a books check still running on the worker (its reads take milliseconds).
    ~DashboardModel() override;

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);
    bool isRunning() const { return m_running; }
    void setRunning(bool running);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    double checkoutsPerSecond() const { return m_snapshot.checkoutsPerSecond; }
    double confirmedPerSecond() const { return m_snapshot.confirmedPerSecond; }
    double failureRate() const { return m_snapshot.failureRate.value_or(-1); }
    double compensationRate() const { return m_snapshot.compensationRate.value_or(-1); }
    int p50Ms() const { return int(m_snapshot.p50Ms.value_or(-1)); }
    int p99Ms() const { return int(m_snapshot.p99Ms.value_or(-1)); }
    qint64 inFlight() const { return m_snapshot.inFlight; }
    qint64 placedTotal() const { return m_snapshot.placedTotal; }
    qint64 confirmedTotal() const { return m_snapshot.confirmedTotal; }
    qint64 failedTotal() const { return m_snapshot.failedTotal; }
    qint64 compensatedTotal() const { return m_snapshot.compensatedTotal; }
    qint64 cancelledTotal() const { return m_snapshot.cancelledTotal; }
    qint64 droppedSagas() const { return m_snapshot.droppedSagas; }
    QString checkoutsPerSecondText() const;
    QString confirmedPerSecondText() const;
    QString failureRateText() const;
    QString compensationRateText() const;
    QString p50Text() const;
    QString p99Text() const;
    QString failureRateTone() const;
    QString compensationRateTone() const;
    QString p99Tone() const;

    double seriesStart() const;
    double seriesEnd() const;
    double checkoutsAxisMax() const { return m_checkoutsAxisMax; }
    double rateAxisMax() const { return m_rateAxisMax; }
    double latencyAxisMax() const { return m_latencyAxisMax; }
    double queueAxisMax() const { return m_queueAxisMax; }

    QVariantList queueDepths() const { return m_queueDepths; }
    QVariantList popular() const { return m_popular; }
    QVariantMap booksBalance() const { return m_booksBalance; }
    QString booksState() const { return m_booksBalance.value(QStringLiteral("state")).toString(); }
    QString booksTitle() const { return m_booksBalance.value(QStringLiteral("title")).toString(); }
    QString booksSummary() const { return m_booksBalance.value(QStringLiteral("summary")).toString(); }
    QDateTime lastCheckedAt() const { return m_lastCheckedAt; }
    QString lastCheckedText() const;
    bool isChecking() const { return m_checking; }

    /// Replaces the points of `series` (a LineSeries, SplineSeries or ScatterSeries) with
    /// one point per closed second of the last 5 minutes: x = the second (UTC ms), y = the
    /// figure named `key`: "placed", "confirmed", "failed", "compensated" (per second),
    /// "failureRate", "compensationRate" (percent), "p50", "p99" (ms). Seconds without a
    /// value (no saga finished) read 0. False (with a warning) for an unknown key or a
    /// series that holds no points.
    Q_INVOKABLE bool fill(QAbstractSeries *series, const QString &key) const;
    /// Takes a sample now (the timer does it once a second while running).
    Q_INVOKABLE void sample();
    /// Checks the books now (unless a check is already running: then once more after it).
    Q_INVOKABLE void checkNow();
    /// Re-reads the best sellers now (after the read under way, if there is one).
    Q_INVOKABLE void refreshPopular();

    /// The last sample (C++ callers, tests).
    const metrics::MetricsSnapshot &snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void backendChanged();
    void runningChanged();
    void languageChanged();
    /// A new sample is in: every current value, axis range and series may have changed.
    void sampled();
    void queueDepthsChanged();
    void popularChanged();
    void booksBalanceChanged();
    void checkingChanged();
    /// A books check finished (booksBalance holds its verdict, changed or not).
    void checkFinished();

private:
    struct Product
    {
        QString nameKo;
        QString nameEn;
    };
    struct PopularEntry
    {
        QString productId;
        qint64 quantity = 0;
    };
    /// What a check found, with whether the bus was quiet throughout.
    struct CheckResult
    {
        shop::InvariantReport report;
        bool quiet = false;
    };

    void restartTimer();
    void loadProducts();
    void rebuildPopular();
    void applyCheck(const CheckResult &result);
    static QString invariantTitle(const QString &name);
    QString describe(const shop::InvariantCheck &check) const;
    static QString formatRate(const std::optional<double> &rate);
    static QString formatLatency(const std::optional<qint64> &ms);

    QPointer<Backend> m_backend;
    bool m_running = false;
    QString m_language;
    std::unique_ptr<metrics::ShopMetrics> m_metrics;
    metrics::MetricsSnapshot m_snapshot;
    QTimer m_timer;
    quint64 m_ticks = 0;
    quint64 m_generation = 0; ///< bumped per backend: answers for an older one are dropped

    double m_checkoutsAxisMax = 10;
    double m_rateAxisMax = 10;
    double m_latencyAxisMax = 100;
    double m_queueAxisMax = 10;
    QVariantList m_queueDepths;

    QHash<QString, Product> m_products;
    QList<PopularEntry> m_popularEntries;
    QVariantList m_popular;
    bool m_popularReading = false;
    bool m_popularAgain = false;

    QVariantMap m_booksBalance;
    QDateTime m_lastCheckedAt;
    bool m_checking = false;
    bool m_checkAgain = false;
    QThreadPool m_checkPool; ///< one thread: Invariants::check blocks on every service
};

} // namespace sagashop::ui
