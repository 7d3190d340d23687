#pragma once

#include "bus/FaultInjector.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQmlIntegration>

namespace sagashop::ui {

class Backend;

/// Fault injection for demos: one row per service of the shop (Shop::serviceNames(), in bus
/// order) with its active plans, and the export endpoint's outage switch. QML:
/// `FaultsModel { backend: Backend }`.
///
/// set(service, mode, …) applies a plan through the service's FaultInjector (validated there);
/// a refused plan leaves the row's `error` sentence and returns false. Modes are the injector's
/// ("fail", "delay", "duplicate", "drop") plus two shorthands the page offers: "failNext" (fail
/// the next `count`) and "failRandom" (fail each with `probability`, no count). `modes` lists
/// them with their words and which inputs each uses.
///
/// The plans change by themselves as the services consume them ("fail next 3" counts down,
/// then vanishes): the rows are compared with the injectors every `refreshMs` (a mutex per
/// service, no database, no I/O) and only the rows that changed emit dataChanged.
///
/// `exportDown` is ExportService::setOutage(): every export fails ("endpoint down"), retries,
/// dead-letters and raises an alert (with or without an export URL configured). It shows on
/// the export row as an "endpoint down" plan; clear("export") and clearAll() switch it off too.
class FaultsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged FINAL)
    Q_PROPERTY(bool exportDown READ exportDown WRITE setExportDown NOTIFY exportDownChanged FINAL)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY activeCountChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)
    Q_PROPERTY(QVariantList modes READ modes CONSTANT FINAL)
    Q_PROPERTY(int refreshMs READ refreshMs WRITE setRefreshMs NOTIFY refreshMsChanged FINAL)

public:
    enum Role {
        ServiceRole = Qt::UserRole + 1,
        PlansRole,     ///< list of {mode, text}: "fail next 3", "delay 500 ms", "endpoint down"
        PlansTextRole, ///< the plans' texts joined
        HasFaultsRole,
        ErrorRole,     ///< why the last set() on this service was refused; "" otherwise
    };
    Q_ENUM(Role)

    /// The mode of the outage "plan" on the export row (not an injector mode).
    static inline const QString OutageMode = QStringLiteral("outage");

    explicit FaultsModel(QObject *parent = nullptr);
    ~FaultsModel() override;

    Backend *backend() const;
    void setBackend(Backend *backend);
    bool exportDown() const;
    void setExportDown(bool down);
    /// Services with at least one fault (the outage counts for export).
    int activeCount() const { return m_activeCount; }
    int count() const { return int(m_rows.size()); }
    /// The last error that belongs to no row (unknown service or mode), in words.
    QString error() const { return m_error; }
    /// [{key, mode, text, usesCount, usesProbability, usesDelay}] for the mode selector.
    QVariantList modes() const;
    int refreshMs() const { return m_timer.interval(); }
    void setRefreshMs(int ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Applies a plan; false (with the row's or the model's `error`) when refused.
    /// `probability` is 0 … 1; `delayMs` 1 … 60,000; what a mode does not use is ignored.
    Q_INVOKABLE bool set(const QString &service, const QString &mode, int count, double probability, int delayMs);
    /// Every fault of one service (and the outage, for export).
    Q_INVOKABLE void clear(const QString &service);
    /// One mode of one service ("fail", …, or "outage" on export).
    Q_INVOKABLE void clearMode(const QString &service, const QString &mode);
    Q_INVOKABLE void clearAll();
    /// Compares the rows with the injectors now (it also does so every refreshMs).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE int indexOfService(const QString &service) const;
    /// A plan in words ("fail next 3", "fail 30 %", "delay 500 ms", "duplicate next 2", …).
    static QString planText(const bus::FaultInjector::Plan &plan);

Q_SIGNALS:
    void backendChanged();
    void exportDownChanged();
    void activeCountChanged();
    void countChanged();
    void errorChanged();
    void refreshMsChanged();

private:
    struct Row
    {
        QString service;
        QList<bus::FaultInjector::Plan> plans; ///< ordered by mode
        bool outage = false;                   ///< export only
        QString error;
    };

    bus::FaultInjector *injector(const QString &service) const;
    QList<bus::FaultInjector::Plan> plansOf(const QString &service) const;
    void setError(const QString &error);
    void setRowError(int row, const QString &error);
    void rebuild();
    void updateActiveCount();

    QPointer<Backend> m_backend;
    QList<Row> m_rows;
    int m_activeCount = 0;
    bool m_exportDown = false;
    QString m_error;
    QTimer m_timer;
};

} // namespace sagashop::ui
