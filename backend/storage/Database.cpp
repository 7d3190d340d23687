#include "storage/Database.h"

#include "storage/StorageLogging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <optional>

#include <mutex>

using namespace Qt::StringLiterals;

namespace sagashop::storage {

namespace {

std::atomic<quint64> s_connectionCounter{0};

bool isPostgresUrl(const QString &location)
{
    return location.startsWith("postgresql://"_L1, Qt::CaseInsensitive)
        || location.startsWith("postgres://"_L1, Qt::CaseInsensitive);
}

bool isIdentifier(const QString &name)
{
    if (name.isEmpty() || name.size() > 63)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

/// "0644"-style mode of a file, from Qt's permission flags.
QString modeString(QFileDevice::Permissions p)
{
    const uint bits = uint(p.toInt());
    const uint mode = (((bits >> 12) & 7u) << 6) | (((bits >> 4) & 7u) << 3) | (bits & 7u);
    return u"0%1"_s.arg(mode, 3, 8, QChar(u'0'));
}

/// Writable for SagaShop: the owner-write bit is set (checked explicitly, because root
/// ignores permission bits and would happily write a file the user made read-only) and the
/// system agrees (read-only mounts, files of other users).
bool writableByMode(const QString &path)
{
    const QFileInfo info(path);
    return info.permissions().testFlag(QFileDevice::WriteOwner) && info.isWritable();
}

StorageError openError(StorageError error)
{
    // A failure to open that the driver did not classify is an open failure, not a bug.
    if (error.kind() == StorageError::Kind::Query)
        return StorageError(StorageError::Kind::Open, error.file(), error.detail());
    return error;
}

} // namespace

Database::Database(const DatabaseConfig &config)
    : m_config(config)
    , m_dialect(isPostgresUrl(config.location) ? SqlDialect::Engine::Postgres
                                               : SqlDialect::Engine::Sqlite)
{
    const quint64 id = ++s_connectionCounter;
    if (m_dialect.engine() == SqlDialect::Engine::Postgres) {
        m_displayName = QUrl(m_config.location).toString(QUrl::RemovePassword);
        m_connectionName = u"sagashop.storage.%1.postgresql"_s.arg(id);
    } else {
        if (!m_config.location.isEmpty())
            m_config.location = QDir::cleanPath(QFileInfo(m_config.location).absoluteFilePath());
        m_displayName = m_config.location;
        m_connectionName = u"sagashop.storage.%1.%2"_s.arg(id).arg(QFileInfo(m_config.location).fileName());
    }
}

std::unique_ptr<Database> Database::open(const DatabaseConfig &config)
{
    // Qt 6.4's QtSql registers its exit-time cleanup behind an unsynchronised flag on first
    // use; services opening their databases at the same instant on different threads could
    // register it twice and hang the process at exit (seen ~3 times in 700 runs). The first
    // QtSql call of the process is therefore made once, by one thread.
    static std::once_flag qtSqlInitialised;
    std::call_once(qtSqlInitialised, [] { (void)QSqlDatabase::drivers(); });

    std::unique_ptr<Database> db(new Database(config));
    // On a throw, ~Database closes and removes whatever connection was set up.
    if (db->m_dialect.engine() == SqlDialect::Engine::Postgres)
        db->openPostgres();
    else
        db->openSqlite();
    return db;
}

void Database::openSqlite()
{
    using Kind = StorageError::Kind;
    const QString &path = m_config.location;
    if (path.isEmpty())
        throw StorageError(Kind::Open, path, u"no database file was configured"_s);

    const QFileInfo file(path);
    const QString dirPath = file.absolutePath();
    const QFileInfo dir(dirPath);
    if (!dir.exists()) {
        if (!QDir().mkpath(dirPath)) {
            throw StorageError(Kind::Open, path,
                               u"the folder %1 does not exist and could not be created"_s.arg(dirPath));
        }
        qCInfo(lcStorage) << "created folder" << dirPath;
    } else if (!dir.isDir()) {
        throw StorageError(Kind::Open, path, u"%1 is not a folder"_s.arg(dirPath));
    }

    // Checked before SQLite sees the file: root could write it anyway, and the user who
    // took the write permission away meant "do not touch".
    if (file.exists()) {
        if (file.isDir())
            throw StorageError(Kind::Open, path, u"the path is a folder, not a file"_s);
        if (!writableByMode(path)) {
            throw StorageError(Kind::ReadOnly, path,
                               u"the file is not writable, mode %1"_s.arg(modeString(file.permissions())));
        }
        for (const auto suffix : {"-wal"_L1, "-shm"_L1}) {
            const QString side = path + suffix;
            if (QFileInfo::exists(side) && !writableByMode(side)) {
                throw StorageError(Kind::ReadOnly, path,
                                   u"%1 is not writable, mode %2"_s.arg(side, modeString(QFileInfo(side).permissions())));
            }
        }
    }
    if (!writableByMode(dirPath)) {
        throw StorageError(Kind::ReadOnly, path,
                           u"the folder %1 is not writable, mode %2; SQLite needs to create the "
                           u"-wal and -shm files next to the database"_s
                               .arg(dirPath, modeString(QFileInfo(dirPath).permissions())));
    }

    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid()) {
        throw StorageError(Kind::Open, path,
                           u"the Qt SQLite driver QSQLITE is not installed (package libqt6sql6-sqlite)"_s);
    }
    const int busyMs = std::max(0, m_config.busyTimeoutMs);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyMs));
    if (!m_db.open())
        throw openError(StorageError::fromSqlError(m_db.lastError(), m_displayName, u"opening"_s));

    try {
        run(u"PRAGMA busy_timeout = %1"_s.arg(busyMs), u"setting busy_timeout"_s);
        // Read the header and the schema now, before anything writes to the file, so that a
        // damaged file or a file of another program fails here and stays as it was.
        {
            QSqlQuery probe = run(u"SELECT count(*) FROM sqlite_master"_s, u"reading the database header"_s);
            probe.next();
            probe.finish();
        }
        {
            QSqlQuery mode = run(u"PRAGMA journal_mode = WAL"_s, u"switching to WAL mode"_s);
            const QString journal = mode.next() ? mode.value(0).toString() : QString();
            mode.finish();
            if (journal.compare("wal"_L1, Qt::CaseInsensitive) != 0) {
                qCWarning(lcStorage) << "could not switch" << path << "to WAL mode; journal mode is"
                                     << journal;
            }
        }
        run(u"PRAGMA synchronous = "_s + DatabaseConfig::synchronousName(m_config.synchronous),
            u"setting synchronous"_s);
        run(u"PRAGMA foreign_keys = ON"_s, u"enabling foreign keys"_s);
        if (m_config.maxPageCount > 0) {
            QSqlQuery cap = run(u"PRAGMA max_page_count = %1"_s.arg(m_config.maxPageCount),
                                u"setting max_page_count"_s);
            cap.finish();
        }
    } catch (const StorageError &e) {
        throw openError(e);
    }
    qCDebug(lcStorage) << "opened" << path << "synchronous"
                       << DatabaseConfig::synchronousName(m_config.synchronous);
}

void Database::openPostgres()
{
    using Kind = StorageError::Kind;
    const QUrl url(m_config.location, QUrl::StrictMode);
    const QString dbName = url.path().startsWith(u'/') ? url.path().mid(1) : url.path();
    if (!url.isValid() || dbName.isEmpty() || dbName.contains(u'/')) {
        throw StorageError(Kind::Open, m_displayName,
                           u"not a valid PostgreSQL URL; expected "
                           u"postgresql://user:password@host:port/database?schema=name"_s);
    }

    const QUrlQuery query(url);
    QString schema;
    QStringList options;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first == "schema"_L1)
            schema = item.second;
        else
            options << item.first + u'=' + item.second;
    }
    if (!schema.isEmpty() && !isIdentifier(schema)) {
        throw StorageError(Kind::Open, m_displayName,
                           u"the schema name \"%1\" must be letters, digits and underscores"_s.arg(schema));
    }

    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    if (!m_db.isValid()) {
        throw StorageError(Kind::Open, m_displayName,
                           u"the Qt PostgreSQL driver QPSQL is not installed (package libqt6sql6-psql)"_s);
    }
    if (!url.host().isEmpty())
        m_db.setHostName(url.host());
    if (url.port() > 0)
        m_db.setPort(url.port());
    m_db.setUserName(url.userName(QUrl::FullyDecoded));
    m_db.setPassword(url.password(QUrl::FullyDecoded));
    m_db.setDatabaseName(dbName);
    m_db.setConnectOptions(options.join(u';'));
    if (!m_db.open())
        throw openError(StorageError::fromSqlError(m_db.lastError(), m_displayName, u"connecting"_s));

    try {
        {
            QSqlQuery probe = run(u"SELECT 1"_s, u"checking the connection"_s);
            probe.finish();
        }
        if (!schema.isEmpty()) {
            QSqlQuery exists(m_db);
            exists.setForwardOnly(true);
            exists.prepare(u"SELECT 1 FROM pg_namespace WHERE nspname = ?"_s);
            exists.addBindValue(schema);
            if (!exists.exec())
                throw errorFor(exists, u"looking for schema "_s + schema);
            const bool found = exists.next();
            exists.finish();
            if (!found) {
                run(u"CREATE SCHEMA IF NOT EXISTS \"%1\""_s.arg(schema), u"creating schema "_s + schema);
                qCInfo(lcStorage) << "created schema" << schema << "in" << m_displayName;
            }
            run(u"SET search_path TO \"%1\""_s.arg(schema), u"selecting schema "_s + schema);
        }
        run(u"SET lock_timeout = %1"_s.arg(std::max(0, m_config.busyTimeoutMs)), u"setting lock_timeout"_s);
        run(m_config.synchronous == DatabaseConfig::Synchronous::Off ? u"SET synchronous_commit TO off"_s
                                                                     : u"SET synchronous_commit TO on"_s,
            u"setting synchronous_commit"_s);
    } catch (const StorageError &e) {
        throw openError(e);
    }
    qCDebug(lcStorage) << "opened" << m_displayName;
}

Database::~Database()
{
    rollback();
    m_statements.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

StorageError Database::errorFor(const QSqlQuery &query, const QString &context) const
{
    return StorageError::fromSqlError(query.lastError(), m_displayName, context);
}

QSqlQuery Database::run(const QString &sql, const QString &context)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throw errorFor(query, context);
    if (!query.isSelect())
        query.finish();
    return query;
}

void Database::runCached(const QString &sql, const QString &context)
{
    // Savepoint statements run once per unit of work in a group commit: preparing them
    // once instead of every time is a measurable share of a small unit's cost.
    QSqlQuery &query = prepared(sql);
    if (!query.exec())
        throw errorFor(query, context + sql);
    query.finish();
}

QSqlQuery Database::execDirect(const QString &sql)
{
    return run(sql, sql);
}

QSqlQuery &Database::prepared(const QString &sql)
{
    if (const auto it = m_statements.find(sql); it != m_statements.end())
        return it->second;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw errorFor(query, sql);
    return m_statements.emplace(sql, std::move(query)).first->second;
}

int Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        throw errorFor(query, query.lastQuery());
    if (query.isSelect())
        return -1;
    // Read before finish(): a finished query reports -1.
    const int affected = query.numRowsAffected();
    query.finish();
    return affected;
}

void Database::finishStatements() noexcept
{
    for (auto &[sql, query] : m_statements) {
        if (query.isActive())
            query.finish();
    }
}

void Database::requireTransaction(const char *operation) const
{
    if (!m_inTransaction) {
        throw StorageError(StorageError::Kind::Query, m_displayName,
                           QString::fromLatin1(operation) + u" called outside a transaction"_s);
    }
}

void Database::requireSavepointName(const QString &name) const
{
    if (!isIdentifier(name)) {
        throw StorageError(StorageError::Kind::Query, m_displayName,
                           u"\"%1\" is not a valid savepoint name"_s.arg(name));
    }
}

void Database::begin()
{
    if (m_inTransaction) {
        throw StorageError(StorageError::Kind::Query, m_displayName,
                           u"begin() called inside a transaction"_s);
    }
    run(m_dialect.beginWrite(), u"starting a write transaction ("_s + m_dialect.beginWrite() + u')');
    m_inTransaction = true;
}

void Database::commit()
{
    requireTransaction("commit()");
    finishStatements();
    std::optional<StorageError> failure;
    {
        QSqlQuery query(m_db);
        if (!query.exec(u"COMMIT"_s))
            failure = errorFor(query, u"committing"_s);
    }
    if (failure) {
        // SQLite keeps the transaction open after a failed COMMIT (busy, full, deferred
        // constraint): end it here so that nothing of it can be committed later by accident.
        rollback();
        throw *failure;
    }
    m_inTransaction = false;
}

void Database::rollback() noexcept
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    try {
        finishStatements();
        QSqlQuery query(m_db);
        if (!query.exec(u"ROLLBACK"_s)) {
            const QSqlError error = query.lastError();
            // SQLite may already have rolled the transaction back itself (after a full disk
            // or an I/O error): nothing is left to undo then.
            if (error.databaseText().contains("no transaction is active"_L1, Qt::CaseInsensitive)) {
                qCDebug(lcStorage) << "rollback of" << m_displayName
                                   << ": the engine had already rolled back";
            } else {
                qCWarning(lcStorage) << "rollback of" << m_displayName << "failed:" << error.text();
            }
        }
    } catch (...) {
        qCWarning(lcStorage) << "rollback of" << m_displayName << "failed with an exception";
    }
}

void Database::savepoint(const QString &name)
{
    requireTransaction("savepoint()");
    requireSavepointName(name);
    runCached(u"SAVEPOINT "_s + name, u"creating savepoint "_s);
}

void Database::release(const QString &name)
{
    requireTransaction("release()");
    requireSavepointName(name);
    finishStatements();
    runCached(u"RELEASE SAVEPOINT "_s + name, u"releasing savepoint "_s);
}

void Database::rollbackTo(const QString &name)
{
    requireTransaction("rollbackTo()");
    requireSavepointName(name);
    finishStatements();
    runCached(u"ROLLBACK TO SAVEPOINT "_s + name, u"rolling back to savepoint "_s);
}

bool Database::hasMigrationsTable()
{
    QSqlQuery &query = prepared(m_dialect.engine() == SqlDialect::Engine::Postgres
        ? u"SELECT 1 FROM information_schema.tables "
          u"WHERE table_schema = current_schema() AND table_name = 'schema_migrations'"_s
        : u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"_s);
    exec(query);
    const bool found = query.next();
    query.finish();
    return found;
}

int Database::schemaVersion(const QString &component)
{
    if (!hasMigrationsTable())
        return 0;
    QSqlQuery &query = prepared(u"SELECT MAX(version) FROM schema_migrations WHERE component = ?"_s);
    query.bindValue(0, component);
    exec(query);
    const int version = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return version;
}

void Database::migrate(const Schema &schema)
{
    using Kind = StorageError::Kind;
    if (schema.component.isEmpty())
        throw StorageError(Kind::Query, m_displayName, u"a schema needs a component name"_s);
    for (qsizetype i = 0; i < schema.migrations.size(); ++i) {
        if (schema.migrations.at(i).version != i + 1) {
            throw StorageError(Kind::Query, m_displayName,
                               u"schema %1: migration versions must be 1, 2, 3, ... (position %2 has v%3)"_s
                                   .arg(schema.component, QString::number(i + 1),
                                        QString::number(schema.migrations.at(i).version)));
        }
    }
    if (m_inTransaction)
        throw StorageError(Kind::Query, m_displayName, u"migrate() called inside a transaction"_s);

    const int latest = schema.latestVersion();
    const auto newerSchema = [&](int stored) {
        return StorageError(Kind::NewerSchema, m_displayName,
                            u"schema %1 v%2, this build knows v%3"_s.arg(schema.component, QString::number(stored),
                                                                         QString::number(latest)));
    };

    // Reading first: a file from a newer SagaShop is refused before anything is written.
    const int stored = schemaVersion(schema.component);
    if (stored > latest)
        throw newerSchema(stored);
    if (stored == latest)
        return;

    run(u"CREATE TABLE IF NOT EXISTS schema_migrations ("
        u"component TEXT NOT NULL, "
        u"version INTEGER NOT NULL, "
        u"description TEXT NOT NULL, "
        u"applied_at BIGINT NOT NULL, "
        u"PRIMARY KEY (component, version))"_s,
        u"creating schema_migrations"_s);

    for (const Migration &migration : schema.migrations) {
        if (migration.version <= stored)
            continue;
        begin();
        try {
            // Read again under the write lock: another process may have migrated meanwhile.
            const int current = schemaVersion(schema.component);
            if (current > latest)
                throw newerSchema(current);
            if (current >= migration.version) {
                commit();
                continue;
            }
            for (const QString &statement : migration.statements) {
                run(m_dialect.expand(statement),
                    u"migration %1 v%2 (%3): %4"_s.arg(schema.component, QString::number(migration.version),
                                                       migration.description, statement));
            }
            QSqlQuery &record = prepared(
                u"INSERT INTO schema_migrations (component, version, description, applied_at) "
                u"VALUES (?, ?, ?, ?)"_s);
            record.bindValue(0, schema.component);
            record.bindValue(1, migration.version);
            record.bindValue(2, migration.description);
            record.bindValue(3, QDateTime::currentMSecsSinceEpoch());
            exec(record);
            commit();
        } catch (...) {
            rollback();
            throw;
        }
        qCInfo(lcStorage).noquote() << "applied migration" << schema.component
                                    << u"v%1"_s.arg(migration.version) << migration.description
                                    << "to" << m_displayName;
    }
}

} // namespace sagashop::storage
