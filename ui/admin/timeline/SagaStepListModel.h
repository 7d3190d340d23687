#pragma once

#include "ui/admin/timeline/SagaTimelineBuilder.h"
#include "ui/admin/timeline/SagaTimelineModel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQmlIntegration>

namespace sagashop::ui {

/// The compact step list of the saga a SagaTimelineModel shows: one row per step in causal
/// order (a service handling an event with all its attempts, a command such as placing the
/// order or an administrator's action), then the steps still expected. QML:
/// `SagaStepListModel { timeline: timelineModel }`.
///
/// Follows the timeline live: rows are merged (inserted, changed, removed), never reset
/// except when the timeline itself is reset (another saga).
class SagaStepListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::SagaTimelineModel *timeline READ timeline WRITE setTimeline NOTIFY
                    timelineChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        ServiceRole = Qt::UserRole + 1,
        EventRole,
        PublishedRole, ///< what it published, joined: "InventoryDeducted"
        PublishedListRole, ///< the same as a list
        ResultRole, ///< done, retrying, deadLettered, duplicate, dropped, discarded, published,
                    ///< admin, pending
        ResultTextRole, ///< the result in words
        AttemptsRole,
        OffsetMsRole,
        DurationMsRole,
        CompensationRole,
        ErrorRole,
        PendingRole,
        MarkerRowRole,
        KeyRole,
    };
    Q_ENUM(Role)

    explicit SagaStepListModel(QObject *parent = nullptr);
    ~SagaStepListModel() override;

    SagaTimelineModel *timeline() const { return m_timeline; }
    void setTimeline(SagaTimelineModel *timeline);
    int count() const { return int(m_steps.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void timelineChanged();
    void countChanged();

private:
    void resetFromTimeline();
    void follow();
    QString resultText(const TimelineStep &step) const;

    QPointer<SagaTimelineModel> m_timeline;
    QList<QMetaObject::Connection> m_connections;
    QList<TimelineStep> m_steps;
};

} // namespace sagashop::ui
