#pragma once

#include "demo/DemoScript.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQmlIntegration>

namespace sagashop::ui {

/// The faults a demo has staged so far, newest first, at most `limit` rows (older ones drop
/// off the end; `total` still counts them). Filled by DemoController on the GUI thread; QML
/// reads it as `Demo.firedFaults`. Titles are translated when read, so a language switch
/// (retranslate()) renames every row.
class DemoFaultListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(int total READ total NOTIFY totalChanged FINAL)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< "balance-failure", … (demo::faultKey)
        TitleRole,                  ///< "Balance failure", translated
        DetailRole,                 ///< what was staged, e.g. "order 42: a shopper with …"
        CycleRole,                  ///< 1, 2, …
        SinceStartSecondsRole,      ///< whole seconds since the demo started
        SinceStartTextRole,         ///< "0:32", "1:02:03"
        SagaIdRole,                 ///< the saga the fault made, "" if none
        OrderIdRole,                ///< its order, 0 if none
    };
    Q_ENUM(Role)

    static constexpr int DefaultLimit = 30;

    explicit DemoFaultListModel(QObject *parent = nullptr);
    ~DemoFaultListModel() override;

    int count() const { return int(m_rows.size()); }
    /// Every fault added since the last reset, including those no longer listed.
    int total() const { return m_total; }
    int limit() const { return m_limit; }
    void setLimit(int limit);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// A fault that just fired: inserted at the top (the last row drops beyond `limit`).
    void add(const demo::FiredFault &fault);
    /// Replaces every row with `faults` (oldest first, as DemoRun::fired() gives them).
    void reset(const QList<demo::FiredFault> &faults);
    /// Every row's texts changed (a language switch).
    void retranslate();

    /// "m:ss" below an hour, else "h:mm:ss".
    static QString durationText(qint64 seconds);

Q_SIGNALS:
    void countChanged();
    void totalChanged();

private:
    void setTotal(int total);

    QList<demo::FiredFault> m_rows; ///< newest first
    int m_total = 0;
    int m_limit = DefaultLimit;
};

} // namespace sagashop::ui
