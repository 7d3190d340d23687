#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace sagashop::storage {

/// The directory that holds one SagaShop's databases (one `<service>.db` per service),
/// owned exclusively by one process for as long as this object lives: a QLockFile
/// `<dir>/sagashop.lock` keeps a second SagaShop from opening the same files.
///
/// A lock left behind by a crashed process is taken over (QLockFile checks whether the
/// recorded pid is still running on this host); a live holder is never considered stale,
/// however long it has held the lock.
class DataDirectory
{
public:
    /// Creates `path` if missing (mode 0700) and takes its lock without waiting.
    /// Throws StorageError: Locked when another live process holds it (the message names
    /// its pid), ReadOnly when the lock file cannot be written, Open when the directory
    /// cannot be created.
    static DataDirectory acquire(const QString &path);

    /// The platform's per-user application data directory
    /// (QStandardPaths::AppDataLocation). Empty if the platform has none.
    static QString defaultPath();

    DataDirectory(DataDirectory &&other) noexcept;
    DataDirectory &operator=(DataDirectory &&other) noexcept;
    DataDirectory(const DataDirectory &) = delete;
    DataDirectory &operator=(const DataDirectory &) = delete;
    /// Releases the lock.
    ~DataDirectory();

    /// The absolute, cleaned path of the directory (empty for a moved-from object).
    QString path() const { return m_path; }
    /// `<dir>/<service>.db`.
    QString databasePath(const QString &service) const;
    /// The lock file's path, `<dir>/sagashop.lock`.
    QString lockFilePath() const;

private:
    DataDirectory(QString path, std::unique_ptr<QLockFile> lock) noexcept;

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace sagashop::storage
