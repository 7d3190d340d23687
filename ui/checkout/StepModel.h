#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQmlIntegration>

namespace sagashop::ui {

/// The five steps of a checkout as the storefront shows them, in order: stock, coupon,
/// balance, payment, confirmed. Always five rows; CheckoutTracker owns one (`steps`) and
/// updates it, emitting dataChanged only for the rows (and roles) that changed.
class StepModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A StepModel comes from CheckoutTracker.steps")

public:
    enum Role {
        KeyRole = Qt::UserRole,
        TitleRole,
        StateRole,
        DetailRole,
    };
    Q_ENUM(Role)

    struct Row
    {
        QString key; ///< stock, coupon, balance, payment, confirmed
        QString title; ///< translated
        QString state; ///< pending, active, done, failed, skipped
        QString detail; ///< translated; may be empty
        bool operator==(const Row &) const = default;
    };

    /// Five pending rows.
    explicit StepModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<Row> &rows() const { return m_rows; }
    /// Replaces the rows (the same five keys, in order); dataChanged for each changed row.
    void setRows(const QList<Row> &rows);

    /// The rows of a checkout that has not started.
    static QList<Row> initialRows();

private:
    QList<Row> m_rows;
};

} // namespace sagashop::ui
