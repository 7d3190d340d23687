#include "ui/ShopListModel.h"

#include "ui/Backend.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

ShopListModel::ShopListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_language(QLocale::system().language() == QLocale::Korean ? u"ko"_s : u"en"_s)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &ShopListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ShopListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ShopListModel::countChanged);
}

ShopListModel::~ShopListModel() = default;

void ShopListModel::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    if (m_eventsConnection)
        disconnect(m_eventsConnection);
    m_backend = backend;
    if (m_backend)
        m_eventsConnection
                = connect(m_backend, &Backend::eventsArrived, this, &ShopListModel::onEvents);
    Q_EMIT backendChanged();
    backendSwitched();
    restart();
}

void ShopListModel::setUserId(qint64 userId)
{
    if (m_userId == userId)
        return;
    m_userId = userId;
    Q_EMIT userIdChanged();
    restart();
}

void ShopListModel::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
    // Every text role may read differently now (names, translations, dates).
    if (const int rows = rowCount(); rows > 0)
        Q_EMIT dataChanged(index(0), index(rows - 1));
}

void ShopListModel::setLoaded(bool loaded)
{
    if (m_loaded == loaded)
        return;
    m_loaded = loaded;
    Q_EMIT loadedChanged();
}

void ShopListModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void ShopListModel::restart()
{
    ++m_generation;
    beginResetModel();
    clearRows();
    endResetModel();
    setLoaded(false);
    setError({});
    load();
}

} // namespace sagashop::ui
