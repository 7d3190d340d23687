#pragma once

#include "storage/DatabaseConfig.h"
#include "storage/Migration.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace sagashop::storage {

/// One service's own database connection. Opened, used and closed on one thread only
/// (the service's thread); not thread-safe, not shareable.
///
/// Every failure throws StorageError with a message that names the file and says what to
/// do. Nothing here ever deletes, truncates or recreates an existing file: a database that
/// cannot be used is left exactly as it was found.
///
/// Reading results: exec() and execDirect() leave a statement that returns rows (SELECT,
/// a PRAGMA that answers) open so that its rows can be read; call `query.finish()` as soon
/// as the rows have been read. An unfinished statement keeps its SQLite read snapshot (WAL
/// checkpoints cannot complete); an unfinished INSERT/UPDATE ... RETURNING is a write still
/// in progress and makes RELEASE and COMMIT fail ("SQL statements in progress"); ROLLBACK TO
/// aborts a half-read statement. Statements that return no rows are finished by
/// exec()/execDirect() themselves. As a safety net, commit(), rollback(), release() and
/// rollbackTo() finish every statement of the prepared() cache first (not the queries
/// returned by execDirect(), which the caller owns).
///
/// Every QSqlQuery obtained from this Database must be destroyed before it.
class Database
{
public:
    /// Opens (creating if missing) the database and applies the connection settings
    /// (SQLite: WAL, synchronous, busy_timeout, foreign_keys, max_page_count).
    /// The parent directory is created when missing; the header is read before anything is
    /// written, so a damaged file fails here (Corrupt) and is left untouched.
    /// Throws StorageError: Open, Corrupt, Locked, ReadOnly (also when the file, its -wal/-shm
    /// files or its directory have no owner-write permission bit, even for root), Io.
    ///
    /// A location starting with postgresql:// (or postgres://) opens PostgreSQL through QPSQL:
    /// postgresql://user:password@host:port/dbname?schema=name&sslmode=... The schema is
    /// created when missing and set as search_path; the other query items are passed to
    /// libpq as connect options. busyTimeoutMs becomes lock_timeout, Synchronous::Off
    /// becomes synchronous_commit=off.
    static std::unique_ptr<Database> open(const DatabaseConfig &config);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Brings the component's schema up to its latest version, one transaction per
    /// migration, recording versions in the `schema_migrations` table (created when
    /// missing; `applied_at` is milliseconds since the epoch, UTC). Each migration's
    /// statements are expanded by dialect(); a failing migration is rolled back entirely
    /// and its error thrown (the earlier ones stay applied).
    /// Throws NewerSchema (changing nothing) when the file holds a version this build does
    /// not know; Query when the schema itself is malformed (versions not 1, 2, 3, ...)
    /// or when called inside a transaction.
    void migrate(const Schema &schema);
    /// The version of `component` stored in the file (0 when never migrated).
    int schemaVersion(const QString &component);

    /// A prepared statement, cached by its SQL text (re-preparing costs ~25%). The returned
    /// query is owned by the cache and stays valid (same object) for the life of this
    /// Database; bind values and call exec() on this Database. Forward-only.
    /// Throws StorageError (the SQL in detail()) when the statement does not prepare.
    QSqlQuery &prepared(const QString &sql);
    /// Executes a prepared query; throws StorageError (with the SQL as context) on failure.
    /// A query that returns no rows is finished; one that does must be finish()ed by the
    /// caller after reading (see above).
    /// Returns the number of rows an INSERT/UPDATE/DELETE changed (-1 for a SELECT).
    int exec(QSqlQuery &query);
    /// Prepares and runs a statement without caching (DDL, pragmas, one-off statements).
    /// Same finishing rule as exec().
    QSqlQuery execDirect(const QString &sql);

    /// Transactions. begin() takes the write lock up front (SQLite: BEGIN IMMEDIATE) so a
    /// transaction never fails half-way on a lock upgrade; it throws Locked when another
    /// connection holds the lock longer than busyTimeoutMs, and Query when a transaction
    /// is already open. commit() throws on failure and leaves the transaction rolled back
    /// (inTransaction() is false afterwards). rollback() never throws (failures are logged
    /// to sagashop.storage) and does nothing outside a transaction.
    ///
    /// After a statement inside a transaction fails with Full, Io or Locked, SQLite may
    /// already have rolled back the WHOLE transaction (not just the statement): call
    /// rollback() and redo the batch; rollbackTo() a savepoint is only safe after the
    /// other kinds (Constraint, Query).
    void begin();
    void commit();
    void rollback() noexcept;
    bool inTransaction() const noexcept { return m_inTransaction; }

    /// Savepoints isolate one unit of work inside a transaction (group commit). Only inside
    /// begin()/commit() (else Query); names are SQL identifiers ([A-Za-z_][A-Za-z0-9_]*).
    /// rollbackTo() undoes the work since savepoint() and keeps the savepoint open (release()
    /// it, or roll back to it again).
    void savepoint(const QString &name);
    void release(const QString &name);
    void rollbackTo(const QString &name);

    const QString &location() const noexcept { return m_config.location; }
    const DatabaseConfig &config() const noexcept { return m_config; }
    const SqlDialect &dialect() const noexcept { return m_dialect; }
    QSqlDatabase &connection() noexcept { return m_db; }

    /// The file path, or the URL without its password: what error messages and logs name.
    const QString &displayName() const noexcept { return m_displayName; }

    /// Converts a failed query into the classified error for this file.
    [[nodiscard]] StorageError errorFor(const QSqlQuery &query, const QString &context) const;

private:
    explicit Database(const DatabaseConfig &config);

    void openSqlite();
    void openPostgres();
    /// Runs `sql` (not cached); `context` names what was being done in the error.
    QSqlQuery run(const QString &sql, const QString &context);
    /// Runs a statement that returns no rows through the prepared-statement cache.
    void runCached(const QString &sql, const QString &context);
    bool hasMigrationsTable();
    void requireTransaction(const char *operation) const;
    void requireSavepointName(const QString &name) const;
    void finishStatements() noexcept;

    DatabaseConfig m_config;
    SqlDialect m_dialect;
    QString m_displayName;
    QString m_connectionName;
    QSqlDatabase m_db;
    /// Node-based on purpose: prepared() hands out references, which must survive later
    /// insertions (a QHash may move its values when it grows).
    std::unordered_map<QString, QSqlQuery> m_statements;
    bool m_inTransaction = false;
};

} // namespace sagashop::storage
