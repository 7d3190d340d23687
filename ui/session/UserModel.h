#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QtQmlIntegration>

namespace sagashop::ui {

class Backend;

/// Every shopper (the Balance service's users), by id, for the user switcher; and creating a
/// new one. QML: `UserModel { backend: Backend }`. Loads when the backend is set.
///
/// The backend publishes no event when a user is created, so users created elsewhere (the
/// HTTP API, another window) appear on reload(); users created here appear at once.
class UserModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sagashop::ui::Backend *backend READ backend WRITE setBackend NOTIFY backendChanged
                    FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged FINAL)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        NameRole
    };
    Q_ENUM(Role)

    explicit UserModel(QObject *parent = nullptr);
    ~UserModel() override;

    Backend *backend() const { return m_backend; }
    void setBackend(Backend *backend);
    /// Why the last createUser (or the load) failed, in plain words; empty otherwise.
    QString error() const { return m_error; }
    bool isLoaded() const { return m_loaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Creates a shopper called `name` (trimmed, 1–50 characters). On success the row
    /// appears and userCreated(userId) follows; otherwise `error` says why.
    Q_INVOKABLE void createUser(const QString &name);
    /// Reads the users again (users created elsewhere appear).
    Q_INVOKABLE void reload();
    /// The row of `userId`, or -1.
    Q_INVOKABLE int indexOfUser(qint64 userId) const;
    /// The name of `userId`, or an empty string.
    Q_INVOKABLE QString nameOf(qint64 userId) const;

Q_SIGNALS:
    void backendChanged();
    void errorChanged();
    void loadedChanged();
    void countChanged();
    /// A user created by createUser() is in the model.
    void userCreated(qint64 userId);

private:
    struct User
    {
        qint64 userId = 0;
        QString name;
    };

    void setError(const QString &error);
    void upsert(const User &user);

    QPointer<Backend> m_backend;
    QList<User> m_users; ///< by userId, ascending
    QString m_error;
    bool m_loaded = false;
    int m_loadGeneration = 0;
};

} // namespace sagashop::ui
