#pragma once

#include "bus/DeadLetter.h"
#include "ui/admin/deadletters/DeadLetterListModel.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUuid>
#include <QtQmlIntegration>

#include <deque>

namespace sagashop::ui {

class Backend;

/// The dead-letter queue of every service, grouped by consumer and error (ServicePulse's
/// "failed message groups"). One row per group; each group's letters are a
/// DeadLetterListModel in the `letters` role. QML:
/// `DeadLetterGroupModel { id: dlq; backend: Backend }`, badge: `dlq.count`.
///
/// Grouping: letters of one consumer whose errors read the same once ids and numbers are
/// set aside ("There is no order 17." and "There is no order 18." are one group; "HTTP 500"
/// and "HTTP 503" stay two) — see groupKeyOf(). Groups are ordered by consumer, then error,
/// so rows do not jump while the admin works; letters by their first failure.
///
/// Live: loads when `backend` is set, again on Backend.deadLettered() and after every action
/// (coalesced: one read in flight at most), and merges what it read incrementally (rows
/// inserted, removed or changed; never a reset). A read that started before an action
/// finished is dropped and read again, so a retried letter cannot come back from a stale read.
///
/// Actions never block the GUI thread: each retry or discard goes to the bus as a future and
/// is continued with whenDone(). Bulk actions (selected, a group, all) queue their letters and
/// run at most `concurrency` at a time; `busy`, `progressDone`/`progressTotal` and
/// `progressText` ("Retrying 12 of 40") follow them. Per letter: handled → the letter leaves
/// the list (and the count drops at once); failed again → the letter stays, its `retryText`
/// reads "Failed again: <error>" and its error, attempts and last failure are updated. When a
/// run ends, `lastActionText` sums it up ("3 handled, 1 failed again") and actionFinished()
/// is emitted. A letter already queued or running is not queued twice.
class DeadLetterGroupModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged FINAL)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(int groupCount READ groupCount NOTIFY groupCountChanged FINAL)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged FINAL)
    Q_PROPERTY(bool busy READ isBusy NOTIFY progressChanged FINAL)
    Q_PROPERTY(int progressDone READ progressDone NOTIFY progressChanged FINAL)
    Q_PROPERTY(int progressTotal READ progressTotal NOTIFY progressChanged FINAL)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged FINAL)
    Q_PROPERTY(QString lastActionText READ lastActionText NOTIFY lastActionTextChanged FINAL)
    Q_PROPERTY(int concurrency READ concurrency WRITE setConcurrency NOTIFY concurrencyChanged FINAL)

public:
    enum Role {
        GroupKeyRole = Qt::UserRole + 1,
        ConsumerRole,
        ErrorRole,          ///< the error of the letter that failed last
        ErrorVariantsRole,  ///< how many different error texts the group holds (1 usually)
        CountRole,
        FirstFailureAtRole, ///< UTC ms
        LastFailureAtRole,
        FirstFailureTextRole,
        LastFailureTextRole,
        EventTypesRole,     ///< QStringList, sorted
        EventTypesTextRole, ///< "OrderExportRequested, ProductSalesRankRecorded"
        LettersRole,        ///< DeadLetterListModel *
        SelectedCountRole,
        AllSelectedRole,
        BusyRole,           ///< one of its letters is queued or being retried/discarded
        FailedAgainCountRole,
    };
    Q_ENUM(Role)

    /// How a letter's last retry went (the `retryState` role of its letters).
    enum class RetryState { None, Queued, Running, FailedAgain, Failed };

    explicit DeadLetterGroupModel(QObject *parent = nullptr);
    ~DeadLetterGroupModel() override;

    Backend *backend() const;
    void setBackend(Backend *backend);
    bool isLoaded() const { return m_loaded; }
    /// Why the list could not be read or an action could not start, in words; empty when fine.
    QString error() const { return m_error; }
    /// Dead letters in all groups (the window's badge).
    int count() const { return m_letterCount; }
    int groupCount() const { return int(m_groups.size()); }
    int selectedCount() const { return int(m_selected.size()); }
    bool isBusy() const { return m_progressTotal > 0; }
    int progressDone() const { return m_progressDone; }
    int progressTotal() const { return m_progressTotal; }
    QString progressText() const;
    QString lastActionText() const { return m_lastActionText; }
    /// Most retries/discards in flight at once (1 … 16, default 4).
    int concurrency() const { return m_concurrency; }
    void setConcurrency(int concurrency);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The group key of a letter: consumer and error with UUIDs and free-standing numbers
    /// (not an HTTP status) replaced, so the same failure of different orders groups together.
    static QString groupKeyOf(const QString &consumer, const QString &error);

    /// Reads the dead letters again (it also does so by itself when one arrives).
    Q_INVOKABLE void refresh();

    Q_INVOKABLE void retryOne(const QString &letterId);
    Q_INVOKABLE void retrySelected();
    Q_INVOKABLE void retryGroup(const QString &groupKey);
    Q_INVOKABLE void retryAll();
    /// Discards for good (the page asks for confirmation first).
    Q_INVOKABLE void discard(const QString &letterId);
    Q_INVOKABLE void discardGroup(const QString &groupKey);
    Q_INVOKABLE void discardSelected();

    Q_INVOKABLE void setSelected(const QString &letterId, bool selected);
    Q_INVOKABLE bool isSelected(const QString &letterId) const;
    Q_INVOKABLE void setGroupSelected(const QString &groupKey, bool selected);
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void clearSelection();

    /// The row of a group, or -1.
    Q_INVOKABLE int indexOfGroup(const QString &groupKey) const;
    /// The key of the group holding a letter, or "".
    Q_INVOKABLE QString groupOf(const QString &letterId) const;
    /// The letters of a group (owned by this model), or nullptr.
    Q_INVOKABLE sagashop::ui::DeadLetterListModel *lettersOf(const QString &groupKey) const;
    /// The letter's envelope as indented JSON (the bytes as they are when not JSON).
    Q_INVOKABLE QString envelopeJson(const QString &letterId) const;
    /// "Failed again: …" for a letter whose last retry failed, else "".
    Q_INVOKABLE QString retryText(const QString &letterId) const;

    // For DeadLetterListModel.
    RetryState retryState(const QUuid &id) const;
    QString retryText(const QUuid &id) const;
    bool isSelected(const QUuid &id) const { return m_selected.contains(id); }

Q_SIGNALS:
    void backendChanged();
    void loadedChanged();
    void errorChanged();
    void countChanged();
    void groupCountChanged();
    void selectionChanged();
    void progressChanged();
    void lastActionTextChanged();
    void concurrencyChanged();
    /// A retry of one letter came back: handled (it is gone), or not (`error` says why).
    void retryFinished(const QString &letterId, bool handled, const QString &error);
    /// A discard came back (`found` false when it was already gone).
    void discardFinished(const QString &letterId, bool found);
    /// A run of actions (one letter or many) has finished; `summary` is lastActionText.
    void actionFinished(const QString &summary);

private:
    struct Group
    {
        QString key;
        QString consumer;
        DeadLetterListModel *letters = nullptr; // child of this model
    };
    struct Job
    {
        QUuid id;
        bool discard = false;
    };
    struct Result
    {
        RetryState state = RetryState::None;
        QString text;
    };

    void setLoaded(bool loaded);
    void setError(const QString &error);
    void restart();
    void load();
    void apply(const QList<bus::DeadLetter> &letters);
    void updateCount();
    int rowOf(const QUuid &letterId) const;
    void groupChanged(int row, const QList<int> &roles = {});
    void letterChanged(const QUuid &id, const QList<int> &roles);
    void removeLetter(const QUuid &id);

    void enqueue(const QList<QUuid> &ids, bool discard);
    void pump();
    void start(const Job &job);
    void finish(const QUuid &id);
    void retryDone(const QUuid &id, const bus::DeadLetterRetryResult &result);
    void discardDone(const QUuid &id, bool found);
    QList<QUuid> idsOfGroup(const QString &groupKey) const;
    QList<QUuid> allIds() const;
    QString summary() const;

    QPointer<Backend> m_backend;
    QMetaObject::Connection m_deadLetteredConnection;
    bool m_loaded = false;
    QString m_error;
    int m_generation = 0;
    bool m_loading = false;
    bool m_loadAgain = false;
    /// Bumped whenever an action finished: a read that started before is stale.
    int m_epoch = 0;

    QList<Group> m_groups; ///< ordered by key
    int m_letterCount = 0;
    QSet<QUuid> m_selected;
    QHash<QUuid, Result> m_results;

    std::deque<Job> m_queue;
    QSet<QUuid> m_pending; ///< queued or in flight
    int m_inFlight = 0;
    int m_concurrency = 4;
    int m_progressDone = 0;
    int m_progressTotal = 0;
    bool m_runHasRetries = false;
    int m_runHandled = 0;
    int m_runFailed = 0;
    int m_runDiscarded = 0;
    int m_runGone = 0;
    QString m_lastActionText;
};

} // namespace sagashop::ui
