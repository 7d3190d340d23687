#pragma once

#include <QString>

namespace sagashop::storage {

/// How a service opens its own database. One file per service (SQLite, WAL mode).
/// A PostgreSQL URL ("postgresql://user@host:port/db?schema=inventory") selects the QPSQL
/// driver instead; everything above Database stays the same.
struct DatabaseConfig
{
    enum class Synchronous { Off, Normal, Full };

    /// Absolute path of the SQLite file, or a postgresql:// URL.
    QString location;
    Synchronous synchronous = Synchronous::Normal;
    /// How long a statement waits for a lock held by someone else before failing with Locked.
    int busyTimeoutMs = 5000;
    /// Test/diagnostic only: caps the database size (SQLite max_page_count) so that a full
    /// disk can be simulated. 0 means no cap.
    qint64 maxPageCount = 0;

    static QString synchronousName(Synchronous s);
};

} // namespace sagashop::storage
