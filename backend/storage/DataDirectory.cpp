#include "storage/DataDirectory.h"

#include "storage/StorageError.h"
#include "storage/StorageLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

#include <utility>

using namespace Qt::StringLiterals;

namespace sagashop::storage {

namespace {

const QString lockFileName = u"sagashop.lock"_s;

} // namespace

DataDirectory DataDirectory::acquire(const QString &path)
{
    const QString dirPath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(dirPath);

    if (info.exists() && !info.isDir()) {
        throw StorageError(StorageError::Kind::Open, dirPath,
                           u"the data directory path exists but is not a directory"_s);
    }
    if (!info.exists()) {
        const QFileInfo leaf(dirPath);
        QDir parent = leaf.dir();
        if (!parent.exists() && !QDir().mkpath(parent.path())) {
            throw StorageError(StorageError::Kind::Open, dirPath,
                               u"could not create the folder %1"_s.arg(parent.path()));
        }
        // Created with mode 0700 in one step: the databases are this user's business only.
        if (!parent.mkdir(leaf.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)
            && !QFileInfo(dirPath).isDir()) {
            throw StorageError(StorageError::Kind::Open, dirPath,
                               u"could not create the data directory"_s);
        }
        qCInfo(lcStorage) << "created data directory" << dirPath;
    }

    auto lock = std::make_unique<QLockFile>(QDir(dirPath).filePath(lockFileName));
    // Held for the whole run: never time out a live holder. A holder that died is still
    // detected (its pid no longer runs) and its lock taken over by tryLock().
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        switch (lock->error()) {
        case QLockFile::LockFailedError: {
            qint64 pid = 0;
            QString hostName;
            QString appName;
            const bool known = lock->getLockInfo(&pid, &hostName, &appName);
            const QString who = known ? u"pid %1"_s.arg(pid) : u"pid unknown"_s;
            QString detail = u"%1 holds %2"_s.arg(who, lock->fileName());
            if (known && !hostName.isEmpty())
                detail += u" on host "_s + hostName;
            throw StorageError(
                StorageError::Kind::Locked, dirPath, detail,
                u"Another SagaShop (%1) is using the data directory %2. Close it, or start with "
                u"another --data-dir."_s.arg(who, dirPath));
        }
        case QLockFile::PermissionError:
            throw StorageError(StorageError::Kind::ReadOnly, dirPath,
                               u"cannot create the lock file %1"_s.arg(lock->fileName()));
        case QLockFile::NoError:
        case QLockFile::UnknownError:
            break;
        }
        throw StorageError(StorageError::Kind::Open, dirPath,
                           u"cannot take the lock file %1"_s.arg(lock->fileName()));
    }
    qCDebug(lcStorage) << "locked data directory" << dirPath;
    return DataDirectory(dirPath, std::move(lock));
}

QString DataDirectory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

DataDirectory::DataDirectory(QString path, std::unique_ptr<QLockFile> lock) noexcept
    : m_path(std::move(path))
    , m_lock(std::move(lock))
{
}

DataDirectory::DataDirectory(DataDirectory &&other) noexcept
    : m_path(std::exchange(other.m_path, QString()))
    , m_lock(std::move(other.m_lock))
{
}

DataDirectory &DataDirectory::operator=(DataDirectory &&other) noexcept
{
    if (this != &other) {
        if (m_lock)
            m_lock->unlock();
        m_path = std::exchange(other.m_path, QString());
        m_lock = std::move(other.m_lock);
    }
    return *this;
}

DataDirectory::~DataDirectory()
{
    if (m_lock) {
        m_lock->unlock();
        qCDebug(lcStorage) << "released data directory" << m_path;
    }
}

QString DataDirectory::databasePath(const QString &service) const
{
    return QDir(m_path).filePath(service + u".db"_s);
}

QString DataDirectory::lockFilePath() const
{
    return QDir(m_path).filePath(lockFileName);
}

} // namespace sagashop::storage
