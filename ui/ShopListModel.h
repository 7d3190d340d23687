#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QtQmlIntegration>

namespace sagashop::bus {
struct EventEnvelope;
}

namespace sagashop::ui {

class Backend;

/// The plumbing every per-user list of the storefront shares: `backend`, `userId` and
/// `language` (set from QML), `loaded`, `error` and `count` (read by QML), the feed of
/// Backend.eventsArrived, and a restart (drop the rows, forget loaded and error, load again)
/// whenever the backend or the user changes.
///
/// Subclasses hold the rows and say how to clear and load them (clearRows(), load()) and what
/// to do with the events (onEvents()). Answers to reads started before the last restart are
/// recognised by generation() and dropped.
class ShopListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged
                    FINAL)
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY userIdChanged FINAL)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged FINAL)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    ~ShopListModel() override;

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);
    /// Whose list; 0 (the default) means nobody.
    qint64 userId() const { return m_userId; }
    void setUserId(qint64 userId);
    /// "ko" or "en": which names to show and how dates look. Starts with the system's.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool isLoaded() const { return m_loaded; }
    /// Why the list could not be read, in plain words; empty when all is well.
    QString error() const { return m_error; }
    /// The number of rows (rowCount()).
    int count() const { return rowCount(); }

Q_SIGNALS:
    void backendChanged();
    void userIdChanged();
    void languageChanged();
    void loadedChanged();
    void errorChanged();
    /// Rows were inserted or removed, or the model was reset.
    void countChanged();

protected:
    explicit ShopListModel(QObject *parent = nullptr);

    /// Bumped by every restart(): an answer read under an older generation is stale.
    int generation() const { return m_generation; }
    void setLoaded(bool loaded);
    void setError(const QString &error);

    /// Brings `rows` to `incoming` (both ordered by `keyOf`) with one insert, removal or
    /// dataChanged per row that differs (`same(a, b)`: the row reads the same), never a reset.
    /// Every matched row takes the incoming value, so it carries the newer read.
    template<typename Row, typename KeyOf, typename Same>
    void mergeRows(QList<Row> &rows, const QList<Row> &incoming, KeyOf keyOf, Same same)
    {
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < rows.size() || j < incoming.size()) {
            if (j == incoming.size() || (i < rows.size() && keyOf(rows.at(i)) < keyOf(incoming.at(j)))) {
                beginRemoveRows({}, int(i), int(i)); // gone (expired, or no longer listed)
                rows.removeAt(i);
                endRemoveRows();
            } else if (i == rows.size() || keyOf(incoming.at(j)) < keyOf(rows.at(i))) {
                beginInsertRows({}, int(i), int(i));
                rows.insert(i, incoming.at(j));
                endInsertRows();
                ++i;
                ++j;
            } else {
                const bool changed = !same(rows.at(i), incoming.at(j));
                rows[i] = incoming.at(j);
                if (changed)
                    Q_EMIT dataChanged(index(int(i)), index(int(i)));
                ++i;
                ++j;
            }
        }
    }

    /// Drops every row and loads again: a new generation, a model reset, not loaded, no error.
    void restart();
    /// Empties the rows (called between beginResetModel() and endResetModel()) and forgets
    /// whatever is on its way.
    virtual void clearRows() = 0;
    /// Starts the first read (backend() may be null, userId() may be 0).
    virtual void load() = 0;
    /// Called when the backend changed, after backendChanged and before the restart.
    virtual void backendSwitched() { }
    /// Committed domain events from the backend, on the GUI thread.
    virtual void onEvents(const QList<bus::EventEnvelope> &events) = 0;

private:
    QPointer<Backend> m_backend;
    QMetaObject::Connection m_eventsConnection;
    qint64 m_userId = 0;
    QString m_language;
    bool m_loaded = false;
    QString m_error;
    int m_generation = 0;
};

} // namespace sagashop::ui
