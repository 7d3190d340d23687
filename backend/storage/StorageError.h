#pragma once

#include <QString>

#include <stdexcept>

class QSqlError;

namespace sagashop::storage {

/// A failure of the storage layer, classified so that callers can react (retry later,
/// stop the service, tell the user) and so that the user gets a message that names the
/// database file and says what to do about it.
class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        Open,        ///< The file or its directory could not be opened or created.
        Corrupt,     ///< Not a database, or a damaged one (SQLITE_CORRUPT / SQLITE_NOTADB).
        Locked,      ///< Another connection or program holds the lock past the busy timeout.
        ReadOnly,    ///< The file, its directory or the file system refuses writes.
        Full,        ///< Disk full or the database reached its size limit (SQLITE_FULL).
        NewerSchema, ///< Written by a newer SagaShop: this build must not touch it.
        Io,          ///< Any other I/O error reported by the engine.
        Constraint,  ///< A constraint was violated (a bug or a duplicate the caller can handle).
        Query,       ///< Any other failing statement (a bug: the SQL is wrong).
    };

    /// The message is composed from the kind, the file and the detail (see message()).
    StorageError(Kind kind, QString file, QString detail);
    /// For callers that know better words than the generic ones for `kind` (e.g. the data
    /// directory lock names the other process's pid).
    StorageError(Kind kind, QString file, QString detail, QString message);

    Kind kind() const noexcept { return m_kind; }
    /// The database file this error is about (absolute path, or a connection URL).
    const QString &file() const noexcept { return m_file; }
    /// The engine's own words (driver text, failing statement).
    const QString &detail() const noexcept { return m_detail; }
    /// A complete sentence for a person: what happened, to which file, and what to do.
    const QString &message() const noexcept { return m_message; }

    /// True for failures that may go away by themselves (lock released, space freed):
    /// the bus retries the whole batch later instead of dead-lettering anything.
    bool isTransient() const noexcept;

    /// Classifies a driver error. `context` says what was being done ("committing",
    /// "INSERT INTO outbox ..."). SQLite's native codes drive the classification (primary
    /// or extended result code, masked with 0xFF); errors that arrive without a usable code
    /// (e.g. QSqlDatabase::commit()) are classified by SQLite's message text. A five
    /// character native code is a PostgreSQL SQLSTATE (SQLite codes have at most four digits)
    /// and is classified by its SQLSTATE class.
    static StorageError fromSqlError(const QSqlError &error, const QString &file,
                                     const QString &context);

    /// A stable lowercase name: "open", "corrupt", "locked", "read_only", "full",
    /// "newer_schema", "io", "constraint", "query".
    static QString kindName(Kind kind);
    /// The sentence message() holds for a StorageError built with the three-argument
    /// constructor.
    static QString composeMessage(Kind kind, const QString &file, const QString &detail);

private:
    Kind m_kind;
    QString m_file;
    QString m_detail;
    QString m_message;
};

} // namespace sagashop::storage
