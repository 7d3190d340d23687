#pragma once

#include "bus/DeadLetter.h"

#include <QAbstractListModel>
#include <QList>
#include <QUuid>
#include <QtQmlIntegration>

namespace sagashop::ui {

class DeadLetterGroupModel;

/// The letters of one dead-letter group (DeadLetterGroupModel's `letters` role), ordered by
/// first failure. Selection and retry results live in the group model, which owns this one.
class DeadLetterListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DeadLetterGroupModel hands these out in its 'letters' role")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        LetterIdRole = Qt::UserRole + 1,
        EventIdRole,
        EventTypeRole,       ///< "" when the event could not be decoded
        SagaIdRole,
        AggregateIdRole,
        AttemptsRole,
        FirstFailureAtRole,  ///< UTC ms
        LastFailureAtRole,
        FirstFailureTextRole,
        LastFailureTextRole,
        ErrorRole,
        EnvelopeJsonRole,    ///< indented JSON, computed when asked for
        SelectedRole,
        RetryStateRole,      ///< "", "queued", "running", "failedAgain", "failed"
        RetryTextRole,       ///< "Failed again: <error>", "Retrying…", …
        BusyRole,            ///< queued or running
    };
    Q_ENUM(Role)

    explicit DeadLetterListModel(DeadLetterGroupModel *owner);
    ~DeadLetterListModel() override;

    int count() const { return int(m_letters.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<bus::DeadLetter> &letters() const { return m_letters; }
    int indexOf(const QUuid &id) const;
    /// Brings the letters to `incoming` (ordered like this list) row by row.
    void merge(const QList<bus::DeadLetter> &incoming);
    void remove(const QUuid &id);
    /// Replaces one letter's data (same id) and announces its row.
    void update(const bus::DeadLetter &letter);
    void changed(const QUuid &id, const QList<int> &roles);
    void changedAll(const QList<int> &roles);

    static QString envelopeJson(const QByteArray &envelope);
    static QString timeText(qint64 utcMs);

Q_SIGNALS:
    void countChanged();

private:
    DeadLetterGroupModel *m_owner;
    QList<bus::DeadLetter> m_letters;
};

} // namespace sagashop::ui
