#include "ui/session/UserModel.h"
#include "ui/WhenDone.h"

#include "saga/CheckoutEvents.h"

#include "services/DomainError.h"
#include "services/balance/BalanceService.h"
#include "shop/Shop.h"
#include "ui/Backend.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

using services::Account;
using services::DomainError;

UserModel::UserModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &UserModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &UserModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &UserModel::countChanged);
}

UserModel::~UserModel() = default;

void UserModel::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    Q_EMIT backendChanged();
    if (m_backend) {
        // Users registered anywhere (another window, the HTTP API) appear at once.
        connect(m_backend, &Backend::eventsArrived, this, [this](const QList<bus::EventEnvelope> &events) {
            for (const bus::EventEnvelope &e : events) {
                if (e.type == saga::CheckoutEvents::UserRegistered && m_loaded)
                    upsert({e.payload.value(u"userId"_s).toInteger(), e.payload.value(u"name"_s).toString()});
            }
        });
    }
    beginResetModel();
    m_users.clear();
    endResetModel();
    if (std::exchange(m_loaded, false))
        Q_EMIT loadedChanged();
    reload();
}

int UserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const User &user = m_users.at(index.row());
    switch (role) {
    case UserIdRole:
        return user.userId;
    case NameRole:
    case Qt::DisplayRole:
        return user.name;
    default:
        return {};
    }
}

QHash<int, QByteArray> UserModel::roleNames() const
{
    return {{UserIdRole, "userId"}, {NameRole, "name"}};
}

int UserModel::indexOfUser(qint64 userId) const
{
    const auto it = std::find_if(m_users.cbegin(), m_users.cend(),
            [userId](const User &u) { return u.userId == userId; });
    return it == m_users.cend() ? -1 : int(it - m_users.cbegin());
}

QString UserModel::nameOf(qint64 userId) const
{
    const int row = indexOfUser(userId);
    return row < 0 ? QString() : m_users.at(row).name;
}

void UserModel::reload()
{
    if (!m_backend)
        return;
    const int generation = ++m_loadGeneration;
    whenDone(m_backend->shop().balances().users(), 
            this, [this, generation](const bus::Outcome<QList<Account>> &outcome) {
                if (generation != m_loadGeneration)
                    return; // a newer load (or another backend) took over
                if (!outcome.ok()) {
                    setError(tr("The list of users could not be read: %1")
                                     .arg(DomainError::messageOf(outcome.error)));
                    return;
                }
                if (!m_loaded) {
                    // A user created here while this load was under way stays.
                    const QList<User> createdMeanwhile = m_users;
                    beginResetModel();
                    m_users.clear();
                    for (const Account &account : *outcome.value)
                        m_users.append({account.userId(), account.name()});
                    for (const User &user : createdMeanwhile) {
                        if (indexOfUser(user.userId) < 0)
                            m_users.append(user);
                    }
                    std::sort(m_users.begin(), m_users.end(),
                            [](const User &a, const User &b) { return a.userId < b.userId; });
                    endResetModel();
                    m_loaded = true;
                    Q_EMIT loadedChanged();
                    return;
                }
                // Later loads: users are never deleted; add what is new, update renamed ones.
                for (const Account &account : *outcome.value)
                    upsert({account.userId(), account.name()});
            });
}

void UserModel::upsert(const User &user)
{
    const auto it = std::lower_bound(m_users.begin(), m_users.end(), user.userId,
            [](const User &u, qint64 id) { return u.userId < id; });
    const int row = int(it - m_users.begin());
    if (it != m_users.end() && it->userId == user.userId) {
        if (it->name != user.name) {
            it->name = user.name;
            const QModelIndex changed = index(row);
            Q_EMIT dataChanged(changed, changed, {NameRole, Qt::DisplayRole});
        }
        return;
    }
    beginInsertRows({}, row, row);
    m_users.insert(row, user);
    endInsertRows();
}

void UserModel::createUser(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        setError(tr("Enter a name."));
        return;
    }
    if (trimmed.toUcs4().size() > Account::MaxNameLength) {
        setError(tr(
                "A name can have at most %n character(s).", nullptr, int(Account::MaxNameLength)));
        return;
    }
    if (!m_backend) {
        setError(tr("The shop is not ready yet; try again in a moment."));
        return;
    }
    setError({});
    const QPointer<Backend> backend = m_backend;
    whenDone(m_backend->shop().balances().createUser(trimmed), 
            this, [this, trimmed, backend](const bus::Outcome<qint64> &outcome) {
                if (backend != m_backend)
                    return;
                if (!outcome.ok()) {
                    if (outcome.storageFailure)
                        setError(tr("The new user could not be saved right now. Please try again "
                                    "in a moment."));
                    else if (DomainError::codeOf(outcome.error) == u"invalid_name"_s)
                        setError(tr("A name must have 1 to %1 characters.")
                                         .arg(Account::MaxNameLength));
                    else
                        setError(tr("The user could not be created: %1")
                                         .arg(DomainError::messageOf(outcome.error)));
                    return;
                }
                const qint64 userId = *outcome.value;
                upsert({userId, trimmed});
                Q_EMIT userCreated(userId);
            });
}

void UserModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace sagashop::ui
