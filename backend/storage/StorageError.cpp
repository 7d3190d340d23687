#include "storage/StorageError.h"

#include <QSqlError>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace sagashop::storage {

namespace {

// SQLite primary result codes (https://www.sqlite.org/rescode.html). Kept here instead of
// including <sqlite3.h>: the backend talks to SQLite only through the Qt driver.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADb = 26;

std::optional<StorageError::Kind> kindFromSqliteCode(int code)
{
    switch (code & 0xFF) {
    case SqliteCorrupt:
    case SqliteNotADb:
        return StorageError::Kind::Corrupt;
    case SqliteBusy:
    case SqliteLocked:
        return StorageError::Kind::Locked;
    case SqliteReadOnly:
        return StorageError::Kind::ReadOnly;
    case SqliteFull:
        return StorageError::Kind::Full;
    case SqliteIoErr:
        return StorageError::Kind::Io;
    case SqliteCantOpen:
        return StorageError::Kind::Open;
    case SqliteConstraint:
        return StorageError::Kind::Constraint;
    default:
        return std::nullopt;
    }
}

// PostgreSQL SQLSTATE (https://www.postgresql.org/docs/current/errcodes-appendix.html).
std::optional<StorageError::Kind> kindFromSqlState(const QString &state)
{
    using Kind = StorageError::Kind;
    if (state == "53100"_L1) // disk_full
        return Kind::Full;
    if (state == "55P03"_L1 || state == "40P01"_L1 || state == "40001"_L1) // lock, deadlock, serialization
        return Kind::Locked;
    if (state == "25006"_L1) // read_only_sql_transaction
        return Kind::ReadOnly;
    if (state == "XX001"_L1 || state == "XX002"_L1) // data_corrupted, index_corrupted
        return Kind::Corrupt;
    if (state.startsWith("23"_L1)) // integrity constraint violation
        return Kind::Constraint;
    if (state.startsWith("08"_L1) || state.startsWith("28"_L1) || state.startsWith("3D"_L1)) // connection, auth, no such db
        return Kind::Open;
    if (state.startsWith("58"_L1) || state.startsWith("53"_L1)) // system error (I/O), insufficient resources
        return Kind::Io;
    return std::nullopt;
}

// Some errors reach us without a code (QSqlDatabase::commit() drops it, some driver paths
// report -1): fall back to SQLite's own, stable, English messages.
std::optional<StorageError::Kind> kindFromText(const QString &text)
{
    using Kind = StorageError::Kind;
    struct Pattern
    {
        QLatin1StringView text;
        Kind kind;
    };
    static constexpr Pattern patterns[] = {
        {"database or disk is full"_L1, Kind::Full},
        {"database is locked"_L1, Kind::Locked},
        {"database table is locked"_L1, Kind::Locked},
        {"database schema is locked"_L1, Kind::Locked},
        {"file is not a database"_L1, Kind::Corrupt},
        {"database disk image is malformed"_L1, Kind::Corrupt},
        {"readonly database"_L1, Kind::ReadOnly},
        {"disk I/O error"_L1, Kind::Io},
        {"unable to open database file"_L1, Kind::Open},
        {"constraint failed"_L1, Kind::Constraint},
    };
    for (const Pattern &p : patterns) {
        if (text.contains(p.text, Qt::CaseInsensitive))
            return p.kind;
    }
    return std::nullopt;
}

} // namespace

StorageError::StorageError(Kind kind, QString file, QString detail)
    : StorageError(kind, file, detail, composeMessage(kind, file, detail))
{
}

StorageError::StorageError(Kind kind, QString file, QString detail, QString message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_file(std::move(file))
    , m_detail(std::move(detail))
    , m_message(std::move(message))
{
}

bool StorageError::isTransient() const noexcept
{
    switch (m_kind) {
    case Kind::Locked:
    case Kind::Full:
    case Kind::Io:
        return true;
    case Kind::Open:
    case Kind::Corrupt:
    case Kind::ReadOnly:
    case Kind::NewerSchema:
    case Kind::Constraint:
    case Kind::Query:
        return false;
    }
    return false;
}

StorageError StorageError::fromSqlError(const QSqlError &error, const QString &file,
                                        const QString &context)
{
    const QString code = error.nativeErrorCode().trimmed();
    std::optional<Kind> kind;
    if (code.size() == 5) {
        kind = kindFromSqlState(code);
    } else {
        bool ok = false;
        const int number = code.toInt(&ok);
        if (ok)
            kind = kindFromSqliteCode(number);
    }
    if (!kind)
        kind = kindFromText(error.databaseText());
    if (!kind)
        kind = kindFromText(error.driverText());

    // Driver texts may span lines (libpq): one line reads better inside a sentence.
    const QString databaseText = error.databaseText().simplified();
    const QString driverText = error.driverText().simplified();
    QString engineText = databaseText.isEmpty() ? driverText : databaseText;
    if (!databaseText.isEmpty() && !driverText.isEmpty())
        engineText += u" ["_s + driverText + u']';
    if (!code.isEmpty())
        engineText += u" (code "_s + code + u')';
    if (engineText.isEmpty())
        engineText = u"no details from the driver"_s;

    QString detail = context.isEmpty() ? engineText : context + u": "_s + engineText;
    return StorageError(kind.value_or(Kind::Query), file, std::move(detail));
}

QString StorageError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Open:
        return u"open"_s;
    case Kind::Corrupt:
        return u"corrupt"_s;
    case Kind::Locked:
        return u"locked"_s;
    case Kind::ReadOnly:
        return u"read_only"_s;
    case Kind::Full:
        return u"full"_s;
    case Kind::NewerSchema:
        return u"newer_schema"_s;
    case Kind::Io:
        return u"io"_s;
    case Kind::Constraint:
        return u"constraint"_s;
    case Kind::Query:
        return u"query"_s;
    }
    return u"unknown"_s;
}

QString StorageError::composeMessage(Kind kind, const QString &file, const QString &detail)
{
    // A PostgreSQL URL is a database on a server, chosen with --database, not a file.
    const bool server = file.contains("://"_L1);
    const QString noun = server ? u"database"_s : u"database file"_s;
    const QString option = server ? u"--database"_s : u"--data-dir"_s;
    switch (kind) {
    case Kind::Open:
        if (server) {
            return u"SagaShop could not connect to the database %1 (%2). Check that the server is "
                   u"running and that the address, user and password are right, or start SagaShop "
                   u"with another --database."_s.arg(file, detail);
        }
        return u"SagaShop could not open the database file %1 (%2). Check that the folder exists "
               u"and that SagaShop may create files in it, or start SagaShop with another "
               u"--data-dir."_s.arg(file, detail);
    case Kind::Corrupt:
        return u"The %3 %1 is damaged or is not a SagaShop database (%2). SagaShop has not changed "
               u"it. Restore it from a backup, or move it aside to start with an empty one."_s
            .arg(file, detail, noun);
    case Kind::Locked:
        return u"The %3 %1 is locked by another program (is another SagaShop using the same data "
               u"directory?). Close it, or start SagaShop with another %4. Details: %2."_s
            .arg(file, detail, noun, option);
    case Kind::ReadOnly:
        if (server) {
            return u"The database %1 refuses writes (%2). SagaShop has not changed it. Give the "
                   u"user write access, or start SagaShop with another --database."_s.arg(file, detail);
        }
        return u"The database file %1 cannot be written (%2). SagaShop has not changed it. Make "
               u"the file and its folder writable (for example chmod u+w), or start SagaShop with "
               u"another --data-dir."_s.arg(file, detail);
    case Kind::Full:
        return u"The disk holding the %3 %1 is full, or the database reached its size limit (%2). "
               u"Free some disk space, then retry; nothing was written."_s.arg(file, detail, noun);
    case Kind::NewerSchema:
        return u"The %3 %1 was written by a newer version of SagaShop (%2). Install the newer "
               u"version, or use another %4."_s.arg(file, detail, noun, option);
    case Kind::Io:
        return u"Reading or writing the %3 %1 failed (%2). Check the disk and its file system, "
               u"then retry."_s.arg(file, detail, noun);
    case Kind::Constraint:
        return u"A change to the %3 %1 was refused because it would break a rule of the data "
               u"(%2). The change was not made; this is probably a bug in SagaShop, please report "
               u"it with this message."_s.arg(file, detail, noun);
    case Kind::Query:
        return u"A statement on the %3 %1 failed (%2). This is a bug in SagaShop; please report "
               u"it with this message."_s.arg(file, detail, noun);
    }
    return u"The %3 %1 failed (%2)."_s.arg(file, detail, noun);
}

} // namespace sagashop::storage
