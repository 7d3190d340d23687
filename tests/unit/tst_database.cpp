// Unit tests of the storage layer: opening, migrations, transactions and every failure the
// user can meet (corrupt, locked, read-only, full, newer schema), each checked for "clear
// error, file untouched, no partial write".

#include "common/TestSupport.h"
#include "storage/DataDirectory.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace sagashop::storage;
using sagashop::test::TempDataDir;
using Kind = StorageError::Kind;

namespace {

DatabaseConfig configFor(const QString &path,
                         DatabaseConfig::Synchronous sync = DatabaseConfig::Synchronous::Normal)
{
    DatabaseConfig config;
    config.location = path;
    config.synchronous = sync;
    return config;
}

/// Runs `f` and returns the StorageError it threw, if any.
std::optional<StorageError> storageErrorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const StorageError &e) {
        return e;
    }
    return std::nullopt;
}

QString kindOf(const std::optional<StorageError> &e)
{
    return e ? StorageError::kindName(e->kind()) : u"(no error)"_s;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.execDirect(sql);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

/// All rows of `sql`, each as its columns joined with '|'.
QStringList rowsOf(Database &db, const QString &sql)
{
    QSqlQuery q = db.execDirect(sql);
    QStringList rows;
    const int columns = q.record().count();
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << q.value(c).toString();
        rows << cells.join(u'|');
    }
    q.finish();
    return rows;
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

Schema shopSchema(int upTo = 3)
{
    Schema schema;
    schema.component = u"shop"_s;
    schema.migrations = {
        {1, u"items table"_s, {u"CREATE TABLE items (id ${ID_PK}, name TEXT NOT NULL)"_s}},
        // Depends on v1: fails if run out of order.
        {2, u"item prices"_s,
         {u"ALTER TABLE items ADD COLUMN price INTEGER NOT NULL DEFAULT 0"_s,
          u"CREATE INDEX items_by_price ON items (price)"_s}},
        // Depends on v2 (price column).
        {3, u"seed item"_s, {u"INSERT INTO items (name, price) VALUES ('seed', 7)"_s}},
    };
    schema.migrations.resize(upTo);
    return schema;
}

Schema otherSchema()
{
    Schema schema;
    schema.component = u"other"_s;
    schema.migrations = {
        {1, u"notes"_s, {u"CREATE TABLE notes (id ${ID_PK}, body TEXT NOT NULL)"_s}},
        {2, u"attachments"_s, {u"CREATE TABLE attachments (id ${ID_PK}, data ${BLOB})"_s}},
    };
    return schema;
}

void insertItem(Database &db, const QString &name, int price = 1)
{
    QSqlQuery &q = db.prepared(u"INSERT INTO items (name, price) VALUES (?, ?)"_s);
    q.bindValue(0, name);
    q.bindValue(1, price);
    db.exec(q);
}

/// A database with the shop schema and three committed items, closed again.
void createShopDatabase(const QString &path)
{
    auto db = Database::open(configFor(path));
    db->migrate(shopSchema());
    db->begin();
    insertItem(*db, u"apple"_s, 3);
    insertItem(*db, u"pear"_s, 4);
    db->commit();
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void openCreatesWalDatabase_data();
    void openCreatesWalDatabase();
    void connectionsAreUniqueAndRemoved();

    void migrateAppliesVersionsInOrder();
    void migrateIsIdempotentAndComponentsIndependent();
    void failedMigrationIsRolledBack();
    void newerSchemaIsRefusedUnchanged();

    void corruptFileFailsAtOpenUntouched_data();
    void corruptFileFailsAtOpenUntouched();
    void lockedDatabaseFailsThenRecovers();
    void readOnlyFileIsRefused();
    void readOnlyDirectoryIsRefused();
    void fullDatabaseLosesNoCommittedData();
    void commitFailureRollsBack();

    void savepointRollbackUndoesOnlyInnerWork();
    void pendingStatementsAreFinishedAtTransactionEnd();
    void savepointOutsideTransactionIsRefused();
    void preparedStatementCache();
    void execReportsAffectedRows();
    void failingStatementsThrowWithSql();

    void dataDirectoryLocksExclusively();
    void dataDirectoryTakesOverStaleLock();

    void classifiesSqlErrors_data();
    void classifiesSqlErrors();
    void messagesNameFileAndRemedy();
    void dialectExpandsPlaceholders();
};

void tst_Database::openCreatesWalDatabase_data()
{
    QTest::addColumn<DatabaseConfig::Synchronous>("sync");
    QTest::addColumn<int>("expected");
    QTest::newRow("off") << DatabaseConfig::Synchronous::Off << 0;
    QTest::newRow("normal") << DatabaseConfig::Synchronous::Normal << 1;
    QTest::newRow("full") << DatabaseConfig::Synchronous::Full << 2;
}

void tst_Database::openCreatesWalDatabase()
{
    QFETCH(DatabaseConfig::Synchronous, sync);
    QFETCH(int, expected);
    TempDataDir dir;
    QVERIFY(dir.isValid());
    // The parent folder does not exist yet: open creates it.
    const QString path = dir.filePath(u"nested/folder/shop.db"_s);
    QVERIFY(!QFileInfo::exists(path));

    DatabaseConfig config = configFor(path, sync);
    config.busyTimeoutMs = 1234;
    auto db = Database::open(config);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(db->location(), path);
    QCOMPARE(scalar(*db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(*db, u"PRAGMA synchronous"_s).toInt(), expected);
    QCOMPARE(scalar(*db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(*db, u"PRAGMA busy_timeout"_s).toInt(), 1234);
    QVERIFY(!db->inTransaction());
}

void tst_Database::connectionsAreUniqueAndRemoved()
{
    TempDataDir dir;
    const QString path = dir.filePath(u"shop.db"_s);
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto a = Database::open(configFor(path));
        auto b = Database::open(configFor(path));
        QVERIFY(a->connection().connectionName() != b->connection().connectionName());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);

    // A failed open removes its connection too.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner); });
    QVERIFY(storageErrorOf([&] { Database::open(configFor(path)); }));
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void tst_Database::migrateAppliesVersionsInOrder()
{
    TempDataDir dir;
    const QString path = dir.filePath(u"shop.db"_s);
    auto db = Database::open(configFor(path));
    QCOMPARE(db->schemaVersion(u"shop"_s), 0);

    db->migrate(shopSchema(1));
    QCOMPARE(db->schemaVersion(u"shop"_s), 1);
    // Upgrading applies only the missing versions, in order (v3 needs v2's column).
    db->migrate(shopSchema(3));
    QCOMPARE(db->schemaVersion(u"shop"_s), 3);
    QCOMPARE(rowsOf(*db, u"SELECT name, price FROM items"_s), QStringList{u"seed|7"_s});

    QCOMPARE(rowsOf(*db, u"SELECT component, version, description FROM schema_migrations "
                         u"ORDER BY version"_s),
             (QStringList{u"shop|1|items table"_s, u"shop|2|item prices"_s, u"shop|3|seed item"_s}));
    const qint64 appliedAt = scalar(*db, u"SELECT MIN(applied_at) FROM schema_migrations"_s).toLongLong();
    QVERIFY(appliedAt > 1'600'000'000'000LL); // milliseconds since the epoch
    QVERIFY(!db->inTransaction());
}

void tst_Database::migrateIsIdempotentAndComponentsIndependent()
{
    TempDataDir dir;
    const QString path = dir.filePath(u"shop.db"_s);
    {
        auto db = Database::open(configFor(path));
        db->migrate(shopSchema());
    }
    {
        auto db = Database::open(configFor(path));
        db->migrate(shopSchema()); // second open: nothing to do
        QCOMPARE(db->schemaVersion(u"shop"_s), 3);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM schema_migrations"_s).toInt(), 3);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM items"_s).toInt(), 1); // v3 ran once

        QCOMPARE(db->schemaVersion(u"other"_s), 0);
        db->migrate(otherSchema());
        QCOMPARE(db->schemaVersion(u"other"_s), 2);
        QCOMPARE(db->schemaVersion(u"shop"_s), 3);
        QCOMPARE(rowsOf(*db, u"SELECT component, version FROM schema_migrations "
                             u"ORDER BY component, version"_s),
                 (QStringList{u"other|1"_s, u"other|2"_s, u"shop|1"_s, u"shop|2"_s, u"shop|3"_s}));
        // ${ID_PK} and ${BLOB} were expanded for SQLite.
        const QString ddl = scalar(*db, u"SELECT sql FROM sqlite_master WHERE name = 'attachments'"_s).toString();
        QVERIFY2(ddl.contains(u"INTEGER PRIMARY KEY AUTOINCREMENT"_s) && ddl.contains(u"BLOB"_s), qPrintable(ddl));
    }
}

void tst_Database::failedMigrationIsRolledBack()
{
    TempDataDir dir;
    auto db = Database::open(configFor(dir.filePath(u"shop.db"_s)));
    Schema schema = shopSchema(1);
    schema.migrations.append({2, u"broken"_s,
                              {u"CREATE TABLE half_done (id INTEGER)"_s,
                               u"ALTER TABLE no_such_table ADD COLUMN x INTEGER"_s}});
    const auto err = storageErrorOf([&] { db->migrate(schema); });
    QCOMPARE(kindOf(err), u"query"_s);
    QVERIFY2(err->detail().contains(u"no_such_table"_s), qPrintable(err->detail()));
    QVERIFY(!db->inTransaction());
    QCOMPARE(db->schemaVersion(u"shop"_s), 1); // v1 stays, v2 not recorded
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"_s).toInt(), 0);

    // A malformed schema (version gap) is refused before anything runs.
    Schema gap = otherSchema();
    gap.migrations[1].version = 3;
    QCOMPARE(kindOf(storageErrorOf([&] { db->migrate(gap); })), u"query"_s);
    QCOMPARE(db->schemaVersion(u"other"_s), 0);
}

void tst_Database::newerSchemaIsRefusedUnchanged()
{
    TempDataDir dir;
    const QString path = dir.filePath(u"shop.db"_s);
    createShopDatabase(path);
    {
        auto db = Database::open(configFor(path));
        db->execDirect(u"INSERT INTO schema_migrations (component, version, description, applied_at) "
                       u"VALUES ('shop', 99, 'from the future', 0)"_s);
    }
    QStringList itemsBefore, migrationsBefore, schemaBefore;
    {
        auto db = Database::open(configFor(path));
        itemsBefore = rowsOf(*db, u"SELECT * FROM items ORDER BY id"_s);
        migrationsBefore = rowsOf(*db, u"SELECT * FROM schema_migrations ORDER BY component, version"_s);
        schemaBefore = rowsOf(*db, u"SELECT type, name, sql FROM sqlite_master ORDER BY name"_s);
    }
    QCOMPARE(itemsBefore.size(), 3);

    auto db = Database::open(configFor(path));
    const auto err = storageErrorOf([&] { db->migrate(shopSchema(2)); });
    QCOMPARE(kindOf(err), u"newer_schema"_s);
    QVERIFY2(err->message().contains(path), qPrintable(err->message()));
    QVERIFY2(err->message().contains(u"v99"_s) && err->message().contains(u"v2"_s), qPrintable(err->message()));
    QVERIFY2(err->message().contains(u"--data-dir"_s), qPrintable(err->message()));
    QVERIFY(!err->isTransient());
    QVERIFY(!db->inTransaction());

    QCOMPARE(rowsOf(*db, u"SELECT * FROM items ORDER BY id"_s), itemsBefore);
    QCOMPARE(rowsOf(*db, u"SELECT * FROM schema_migrations ORDER BY component, version"_s), migrationsBefore);
    QCOMPARE(rowsOf(*db, u"SELECT type, name, sql FROM sqlite_master ORDER BY name"_s), schemaBefore);
}

void tst_Database::corruptFileFailsAtOpenUntouched_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QByteArray>("garbage");
    QTest::addColumn<bool>("replaceWhole");
    // The 100-byte file header: SQLITE_NOTADB.
    QTest::newRow("header") << qint64(0) << QByteArray(100, '\xA5') << false;
    // The header is intact but the schema page behind it is damaged: SQLITE_CORRUPT, found
    // only by reading the schema (PRAGMA journal_mode alone would not notice).
    QTest::newRow("schema page") << qint64(100) << QByteArray(100, '\xA5') << false;
    // Some other program's file under our name.
    QTest::newRow("text file") << qint64(0) << QByteArray("name,price\napple,3\npear,4\n") << true;
}

void tst_Database::corruptFileFailsAtOpenUntouched()
{
    QFETCH(qint64, offset);
    QFETCH(QByteArray, garbage);
    QFETCH(bool, replaceWhole);
    TempDataDir dir;
    const QString path = dir.filePath(u"shop.db"_s);
    createShopDatabase(path);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s)); // checkpointed on close

    {
        QFile f(path);
        QVERIFY(f.open(replaceWhole ? QIODevice::WriteOnly | QIODevice::Truncate : QIODevice::ReadWrite));
        QVERIFY(f.seek(offset));
        QVERIFY(f.write(garbage) == garbage.size());
    }
    const QByteArray hashBefore = sha256Of(path);
    const qint64 sizeBefore = QFileInfo(path).size();

    const auto err = storageErrorOf([&] { Database::open(configFor(path)); });
    QCOMPARE(kindOf(err), u"corrupt"_s);
    // Found by the first read, before any statement that could write (journal_mode=WAL).
    QVERIFY2(err->detail().startsWith(u"reading the database header"_s), qPrintable(err->detail()));
    QCOMPARE(err->file(), path);
    QVERIFY2(err->message().contains(path), qPrintable(err->message()));
    QVERIFY2(err->message().contains(u"backup"_s), qPrintable(err->message()));
    QVERIFY(!err->isTransient());

    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(sha256Of(path), hashBefore);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
}

void tst_Database::lockedDatabaseFailsThenRecovers()
{
    TempDataDir dir;
    const QString path = dir.filePath(u"shop.db"_s);
    auto a = Database::open(configFor(path));
    a->migrate(shopSchema(2));
    a->begin();
    insertItem(*a, u"from A"_s);

    // Opening while A holds the write lock works (WAL readers are not blocked) ...
    DatabaseConfig config = configFor(path);
    config.busyTimeoutMs = 100;
    auto b = Database::open(config);
    // ... but taking the write lock waits busyTimeoutMs, then fails with Locked.
    const auto err = storageErrorOf([&] { b->begin(); });
    QCOMPARE(kindOf(err), u"locked"_s);
    QVERIFY(err->isTransient());
    QVERIFY2(err->message().contains(path), qPrintable(err->message()));
    QVERIFY(!b->inTransaction());

    a->commit();
    b->begin();
    insertItem(*b, u"from B"_s);
    b->commit();
    QCOMPARE(rowsOf(*b, u"SELECT name FROM items ORDER BY id"_s), (QStringList{u"from A"_s, u"from B"_s}));
    QCOMPARE(rowsOf(*a, u"SELECT name FROM items ORDER BY id"_s), (QStringList{u"from A"_s, u"from B"_s}));
}

void tst_Database::readOnlyFileIsRefused()
{
    TempDataDir dir;
    const QString path = dir.filePath(u"shop.db"_s);
    createShopDatabase(path);
    const QByteArray hashBefore = sha256Of(path);

    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther)); // 0444
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    });
    // The process may be root, which ignores permission bits: the check must not rely on them.
    const auto err = storageErrorOf([&] { Database::open(configFor(path)); });
    QCOMPARE(kindOf(err), u"read_only"_s);
    QVERIFY2(err->message().contains(path), qPrintable(err->message()));
    QVERIFY2(err->message().contains(u"writable"_s), qPrintable(err->message()));
    QVERIFY2(err->detail().contains(u"0444"_s), qPrintable(err->detail()));
    QVERIFY(!err->isTransient());
    QCOMPARE(sha256Of(path), hashBefore);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));

    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::open(configFor(path));
    QCOMPARE(rowsOf(*db, u"SELECT name FROM items ORDER BY id"_s),
             (QStringList{u"seed"_s, u"apple"_s, u"pear"_s}));
}

void tst_Database::readOnlyDirectoryIsRefused()
{
    TempDataDir dir;
    const QString folder = dir.filePath(u"data"_s);
    const QString path = folder + u"/shop.db"_s;
    createShopDatabase(path);

    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner)); // 0500
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    const auto err = storageErrorOf([&] { Database::open(configFor(path)); });
    QCOMPARE(kindOf(err), u"read_only"_s);
    QVERIFY2(err->detail().contains(folder), qPrintable(err->detail()));
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    // A new file in that folder is refused the same way.
    QCOMPARE(kindOf(storageErrorOf([&] { Database::open(configFor(folder + u"/new.db"_s)); })), u"read_only"_s);
    QVERIFY(!QFileInfo::exists(folder + u"/new.db"_s));
}

void tst_Database::fullDatabaseLosesNoCommittedData()
{
    TempDataDir dir;
    const QString path = dir.filePath(u"shop.db"_s);
    DatabaseConfig config = configFor(path);
    config.maxPageCount = 30; // 30 pages of 4 KiB: "the disk" fills up after ~120 KiB
    auto db = Database::open(config);
    Schema schema;
    schema.component = u"blobs"_s;
    schema.migrations = {{1, u"blobs"_s,
                          {u"CREATE TABLE blobs (id ${ID_PK}, batch INTEGER NOT NULL, payload ${BLOB})"_s}}};
    db->migrate(schema);

    const QByteArray payload(1500, 'x');
    constexpr int rowsPerBatch = 3;
    int failedBatch = -1;
    std::optional<StorageError> failure;
    for (int batch = 0; batch < 1000 && !failure; ++batch) {
        failure = storageErrorOf([&] {
            db->begin();
            for (int r = 0; r < rowsPerBatch; ++r) {
                QSqlQuery &q = db->prepared(u"INSERT INTO blobs (batch, payload) VALUES (?, ?)"_s);
                q.bindValue(0, batch);
                q.bindValue(1, payload);
                db->exec(q);
            }
            db->commit();
        });
        if (failure) {
            failedBatch = batch;
            db->rollback(); // what a caller does after a failed unit of work
        }
    }
    QVERIFY2(failure, "the size cap was never reached");
    QCOMPARE(kindOf(failure), u"full"_s);
    QVERIFY(failure->isTransient());
    QVERIFY2(failure->message().contains(u"Free some disk space"_s), qPrintable(failure->message()));
    QVERIFY(failedBatch > 0); // some batches fitted
    QVERIFY(!db->inTransaction());

    // No partial write of the failed batch, every committed batch complete.
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM blobs WHERE batch = %1"_s.arg(failedBatch)).toInt(), 0);
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM blobs"_s).toInt(), failedBatch * rowsPerBatch);
    QCOMPARE(scalar(*db, u"SELECT count(DISTINCT batch) FROM blobs"_s).toInt(), failedBatch);
    QCOMPARE(scalar(*db, u"SELECT MAX(batch) FROM blobs"_s).toInt(), failedBatch - 1);

    // The committed data survives closing and reopening without the cap.
    db.reset();
    auto again = Database::open(configFor(path));
    QCOMPARE(scalar(*again, u"SELECT count(*) FROM blobs"_s).toInt(), failedBatch * rowsPerBatch);
    QCOMPARE(scalar(*again, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void tst_Database::commitFailureRollsBack()
{
    TempDataDir dir;
    auto db = Database::open(configFor(dir.filePath(u"shop.db"_s)));
    Schema schema;
    schema.component = u"fk"_s;
    schema.migrations = {{1, u"parent and child"_s,
                          {u"CREATE TABLE parent (id INTEGER PRIMARY KEY)"_s,
                           u"CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL "
                           u"REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)"_s}}};
    db->migrate(schema);

    // A deferred foreign key makes COMMIT itself fail; SQLite would keep the transaction open.
    db->begin();
    db->execDirect(u"INSERT INTO child (id, parent_id) VALUES (1, 42)"_s);
    const auto err = storageErrorOf([&] { db->commit(); });
    QCOMPARE(kindOf(err), u"constraint"_s);
    QVERIFY(!db->inTransaction());
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM child"_s).toInt(), 0);

    // The connection is usable again: a new transaction starts and commits.
    db->begin();
    db->execDirect(u"INSERT INTO parent (id) VALUES (42)"_s);
    db->execDirect(u"INSERT INTO child (id, parent_id) VALUES (1, 42)"_s);
    db->commit();
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM child"_s).toInt(), 1);
}

void tst_Database::savepointRollbackUndoesOnlyInnerWork()
{
    TempDataDir dir;
    const QString path = dir.filePath(u"shop.db"_s);
    auto db = Database::open(configFor(path));
    db->migrate(shopSchema(2));

    db->begin();
    insertItem(*db, u"outer-1"_s);
    db->savepoint(u"unit_1"_s);
    insertItem(*db, u"inner-1"_s);
    db->release(u"unit_1"_s);
    db->savepoint(u"unit_2"_s);
    insertItem(*db, u"inner-2"_s);
    db->rollbackTo(u"unit_2"_s);
    db->release(u"unit_2"_s);
    QVERIFY(db->inTransaction());
    insertItem(*db, u"outer-2"_s);
    db->commit();

    const QStringList expected{u"outer-1"_s, u"inner-1"_s, u"outer-2"_s};
    QCOMPARE(rowsOf(*db, u"SELECT name FROM items ORDER BY id"_s), expected);
    db.reset();
    auto again = Database::open(configFor(path));
    QCOMPARE(rowsOf(*again, u"SELECT name FROM items ORDER BY id"_s), expected);
}

void tst_Database::pendingStatementsAreFinishedAtTransactionEnd()
{
    TempDataDir dir;
    auto db = Database::open(configFor(dir.filePath(u"shop.db"_s)));
    db->migrate(shopSchema(2));
    const QString insertReturning = u"INSERT INTO items (name) VALUES (?) RETURNING id"_s;

    // A cached INSERT ... RETURNING whose caller read the id but did not finish() it is a
    // write statement still in progress: SQLite refuses RELEASE and COMMIT while it runs.
    db->begin();
    db->savepoint(u"unit"_s);
    QSqlQuery &insert = db->prepared(insertReturning);
    insert.bindValue(0, u"a"_s);
    db->exec(insert);
    QVERIFY(insert.next());
    QVERIFY(insert.isActive());
    db->release(u"unit"_s);

    insert.bindValue(0, u"b"_s);
    db->exec(insert);
    QVERIFY(insert.next());
    QVERIFY(insert.isActive());
    db->commit();
    QVERIFY(!db->inTransaction());

    // A half-read SELECT across rollbackTo() as well.
    db->begin();
    db->savepoint(u"unit"_s);
    insert.bindValue(0, u"c"_s);
    db->exec(insert);
    QSqlQuery &read = db->prepared(u"SELECT name FROM items ORDER BY id"_s);
    db->exec(read);
    QVERIFY(read.next());
    db->rollbackTo(u"unit"_s);
    db->release(u"unit"_s);
    db->commit();
    QCOMPARE(rowsOf(*db, u"SELECT name FROM items ORDER BY id"_s), (QStringList{u"a"_s, u"b"_s}));
}

void tst_Database::savepointOutsideTransactionIsRefused()
{
    TempDataDir dir;
    auto db = Database::open(configFor(dir.filePath(u"shop.db"_s)));
    QCOMPARE(kindOf(storageErrorOf([&] { db->savepoint(u"sp"_s); })), u"query"_s);
    QVERIFY(!db->inTransaction());
    db->begin();
    QCOMPARE(kindOf(storageErrorOf([&] { db->savepoint(u"bad name; DROP TABLE x"_s); })), u"query"_s);
    QCOMPARE(kindOf(storageErrorOf([&] { db->begin(); })), u"query"_s); // no nesting
    QVERIFY(db->inTransaction());
    db->rollback();
    QVERIFY(!db->inTransaction());
    db->rollback(); // harmless outside a transaction
    QCOMPARE(kindOf(storageErrorOf([&] { db->commit(); })), u"query"_s);
}

void tst_Database::preparedStatementCache()
{
    TempDataDir dir;
    auto db = Database::open(configFor(dir.filePath(u"shop.db"_s)));
    db->migrate(shopSchema(2));

    const QString insertSql = u"INSERT INTO items (name, price) VALUES (?, ?)"_s;
    QSqlQuery *first = &db->prepared(insertSql);
    QCOMPARE(&db->prepared(insertSql), first);
    // The reference stays valid while the cache grows.
    for (int i = 0; i < 300; ++i)
        db->prepared(u"SELECT %1 FROM items"_s.arg(i));
    QCOMPARE(&db->prepared(insertSql), first);
    first->bindValue(0, u"kept"_s);
    first->bindValue(1, 5);
    db->exec(*first);
    QCOMPARE(rowsOf(*db, u"SELECT name, price FROM items"_s), QStringList{u"kept|5"_s});
}

void tst_Database::execReportsAffectedRows()
{
    TempDataDir dir;
    auto db = Database::open(configFor(dir.filePath(u"shop.db"_s)));
    db->migrate(otherSchema());
    QSqlQuery &insert = db->prepared(u"INSERT INTO notes (id, body) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
    insert.bindValue(0, 1);
    insert.bindValue(1, u"first"_s);
    QCOMPARE(db->exec(insert), 1);
    QVERIFY(!insert.isActive()); // finished: no statement left running
    // The duplicate is ignored: 0 rows (what an inbox uses to detect a redelivery).
    QCOMPARE(db->exec(insert), 0);
    insert.bindValue(0, 2);
    QCOMPARE(db->exec(insert), 1);

    QSqlQuery &update = db->prepared(u"UPDATE notes SET body = ? WHERE id >= ?"_s);
    update.bindValue(0, u"edited"_s);
    update.bindValue(1, 1);
    QCOMPARE(db->exec(update), 2);

    QSqlQuery &select = db->prepared(u"SELECT body FROM notes ORDER BY id"_s);
    QCOMPARE(db->exec(select), -1);
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toString(), u"edited"_s);
    select.finish();
}

void tst_Database::failingStatementsThrowWithSql()
{
    TempDataDir dir;
    auto db = Database::open(configFor(dir.filePath(u"shop.db"_s)));
    db->migrate(shopSchema(2));

    const QString bad = u"SELEC name FROM items"_s;
    auto err = storageErrorOf([&] { db->prepared(bad); });
    QCOMPARE(kindOf(err), u"query"_s);
    QVERIFY2(err->detail().contains(bad), qPrintable(err->detail()));
    QVERIFY(!err->isTransient());

    const QString missing = u"SELECT * FROM no_such_table"_s;
    err = storageErrorOf([&] { db->execDirect(missing); });
    QCOMPARE(kindOf(err), u"query"_s);
    QVERIFY2(err->detail().contains(missing) && err->detail().contains(u"no such table"_s),
             qPrintable(err->detail()));

    // A NOT NULL violation is a Constraint, with the statement in the detail.
    const QString insertNull = u"INSERT INTO items (name) VALUES (?)"_s;
    QSqlQuery &q = db->prepared(insertNull);
    q.bindValue(0, QVariant());
    err = storageErrorOf([&] { db->exec(q); });
    QCOMPARE(kindOf(err), u"constraint"_s);
    QVERIFY2(err->detail().contains(insertNull), qPrintable(err->detail()));
}

void tst_Database::dataDirectoryLocksExclusively()
{
    TempDataDir dir;
    const QString path = dir.filePath(u"data"_s);
    const QString pid = QString::number(QCoreApplication::applicationPid());
    {
        DataDirectory first = DataDirectory::acquire(path);
        QCOMPARE(first.path(), path);
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                  | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                                  | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); // 0700
        QCOMPARE(first.databasePath(u"inventory"_s), path + u"/inventory.db"_s);
        QVERIFY(QFileInfo::exists(path + u"/sagashop.lock"_s));

        const auto err = storageErrorOf([&] { DataDirectory::acquire(path); });
        QCOMPARE(kindOf(err), u"locked"_s);
        QVERIFY2(err->message().contains(u"(pid "_s + pid + u')'), qPrintable(err->message()));
        QVERIFY2(err->message().contains(path), qPrintable(err->message()));
        QVERIFY2(err->message().contains(u"--data-dir"_s), qPrintable(err->message()));

        // Moving keeps the lock held.
        DataDirectory moved = std::move(first);
        QCOMPARE(moved.path(), path);
        QCOMPARE(kindOf(storageErrorOf([&] { DataDirectory::acquire(path); })), u"locked"_s);
    }
    // Released with its owner: the next acquire works.
    DataDirectory again = DataDirectory::acquire(path);
    QCOMPARE(again.path(), path);
    QVERIFY(!DataDirectory::defaultPath().isEmpty());
}

void tst_Database::dataDirectoryTakesOverStaleLock()
{
    TempDataDir dir;
    const QString path = dir.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(path));
    // The lock file of a SagaShop that crashed: its pid runs no more.
    {
        QFile lock(path + u"/sagashop.lock"_s);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        const QByteArray content = "2147483000\n" + QCoreApplication::applicationName().toUtf8() + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n'
            + QSysInfo::bootUniqueId() + '\n';
        QVERIFY(lock.write(content) == content.size());
    }
    DataDirectory taken = DataDirectory::acquire(path);
    QCOMPARE(taken.path(), path);
    QCOMPARE(kindOf(storageErrorOf([&] { DataDirectory::acquire(path); })), u"locked"_s);
}

void tst_Database::classifiesSqlErrors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("databaseText");
    QTest::addColumn<QString>("driverText");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("transient");

    // By code alone (the texts say nothing the text fallback would recognise).
    const QString fetch = u"Unable to fetch row"_s;
    QTest::newRow("full") << u"13"_s << u"x"_s << fetch << u"full"_s << true;
    QTest::newRow("notadb") << u"26"_s << u"x"_s << fetch << u"corrupt"_s << false;
    QTest::newRow("corrupt") << u"11"_s << u"x"_s << fetch << u"corrupt"_s << false;
    QTest::newRow("busy") << u"5"_s << u"x"_s << fetch << u"locked"_s << true;
    QTest::newRow("locked") << u"6"_s << u"x"_s << fetch << u"locked"_s << true;
    QTest::newRow("busy_snapshot extended") << u"517"_s << u"x"_s << fetch << u"locked"_s << true;
    QTest::newRow("readonly") << u"8"_s << u"x"_s << fetch << u"read_only"_s << false;
    QTest::newRow("readonly_dbmoved extended") << u"1032"_s << u"x"_s << fetch << u"read_only"_s << false;
    QTest::newRow("ioerr") << u"10"_s << u"x"_s << fetch << u"io"_s << true;
    QTest::newRow("ioerr_write extended") << u"778"_s << u"x"_s << fetch << u"io"_s << true;
    QTest::newRow("cantopen") << u"14"_s << u"x"_s << fetch << u"open"_s << false;
    QTest::newRow("constraint") << u"19"_s << u"x"_s << fetch << u"constraint"_s << false;
    QTest::newRow("constraint_unique extended") << u"2067"_s << u"x"_s << fetch << u"constraint"_s << false;
    // Real SQLite wording with its code.
    QTest::newRow("full, real text") << u"13"_s << u"database or disk is full"_s << fetch << u"full"_s << true;
    QTest::newRow("notadb, real text") << u"26"_s << u"file is not a database"_s << QString() << u"corrupt"_s << false;
    QTest::newRow("syntax") << u"1"_s << u"near \"SELEC\": syntax error"_s << QString() << u"query"_s << false;
    QTest::newRow("text only: full") << QString() << u"database or disk is full"_s << QString() << u"full"_s << true;
    QTest::newRow("text only: commit locked") << QString() << u"database is locked"_s << u"Unable to commit transaction"_s << u"locked"_s << true;
    QTest::newRow("text only: notadb") << u"-1"_s << QString() << u"file is not a database"_s << u"corrupt"_s << false;
    QTest::newRow("text only: readonly") << QString() << u"attempt to write a readonly database"_s << QString() << u"read_only"_s << false;
    QTest::newRow("text only: io") << QString() << u"disk I/O error"_s << QString() << u"io"_s << true;
    QTest::newRow("nothing known") << QString() << u"something odd"_s << QString() << u"query"_s << false;
    QTest::newRow("postgres unique") << u"23505"_s << u"duplicate key"_s << QString() << u"constraint"_s << false;
    QTest::newRow("postgres disk full") << u"53100"_s << u"could not extend file"_s << QString() << u"full"_s << true;
    QTest::newRow("postgres lock timeout") << u"55P03"_s << u"canceling statement due to lock timeout"_s << QString() << u"locked"_s << true;
}

void tst_Database::classifiesSqlErrors()
{
    QFETCH(QString, code);
    QFETCH(QString, databaseText);
    QFETCH(QString, driverText);
    QFETCH(QString, kind);
    QFETCH(bool, transient);

    const QSqlError sqlError(driverText, databaseText, QSqlError::StatementError, code);
    const QString file = u"/data/shop.db"_s;
    const StorageError e = StorageError::fromSqlError(sqlError, file, u"INSERT INTO items"_s);
    QCOMPARE(StorageError::kindName(e.kind()), kind);
    QCOMPARE(e.isTransient(), transient);
    QCOMPARE(e.file(), file);
    QVERIFY2(e.detail().startsWith(u"INSERT INTO items: "_s), qPrintable(e.detail()));
    QVERIFY2(e.message().contains(file), qPrintable(e.message()));
    QCOMPARE(QString::fromStdString(e.what()), e.message());
}

void tst_Database::messagesNameFileAndRemedy()
{
    const QString file = u"/data/shop.db"_s;
    const QStringList names{u"open"_s, u"corrupt"_s, u"locked"_s, u"read_only"_s, u"full"_s,
                            u"newer_schema"_s, u"io"_s, u"constraint"_s, u"query"_s};
    const Kind kinds[] = {Kind::Open, Kind::Corrupt, Kind::Locked, Kind::ReadOnly, Kind::Full,
                          Kind::NewerSchema, Kind::Io, Kind::Constraint, Kind::Query};
    for (qsizetype i = 0; i < names.size(); ++i) {
        const StorageError e(kinds[i], file, u"the detail"_s);
        QCOMPARE(StorageError::kindName(e.kind()), names.at(i));
        QVERIFY2(e.message().contains(file), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"the detail"_s), qPrintable(e.message()));
        QVERIFY2(e.message().endsWith(u'.'), qPrintable(e.message()));
    }
    const StorageError corrupt(Kind::Corrupt, file, u"file is not a database"_s);
    QCOMPARE(corrupt.message(),
             u"The database file /data/shop.db is damaged or is not a SagaShop database (file is not a "
             u"database). SagaShop has not changed it. Restore it from a backup, or move it aside to "
             u"start with an empty one."_s);
    const StorageError newer(Kind::NewerSchema, file, u"schema shop v5, this build knows v2"_s);
    QCOMPARE(newer.message(),
             u"The database file /data/shop.db was written by a newer version of SagaShop (schema "
             u"shop v5, this build knows v2). Install the newer version, or use another --data-dir."_s);
}

void tst_Database::dialectExpandsPlaceholders()
{
    const QString sql = u"CREATE TABLE t (id ${ID_PK}, data ${BLOB}, more ${BLOB})"_s;
    QCOMPARE(SqlDialect(SqlDialect::Engine::Sqlite).expand(sql),
             u"CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, data BLOB, more BLOB)"_s);
    QCOMPARE(SqlDialect(SqlDialect::Engine::Postgres).expand(sql),
             u"CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, data BYTEA, more BYTEA)"_s);
    QCOMPARE(SqlDialect(SqlDialect::Engine::Sqlite).beginWrite(), u"BEGIN IMMEDIATE"_s);
    QCOMPARE(SqlDialect(SqlDialect::Engine::Postgres).beginWrite(), u"BEGIN"_s);
    QCOMPARE(DatabaseConfig::synchronousName(DatabaseConfig::Synchronous::Normal), u"NORMAL"_s);

    DatabaseConfig pg;
    pg.location = u"postgresql://shop:secret@127.0.0.1:1/sagashop?schema=inventory"_s;
    // Not connected here (no server in unit tests); the URL must not leak the password.
    const auto err = storageErrorOf([&] { Database::open(pg); });
    QVERIFY(err);
    QVERIFY2(!err->message().contains(u"secret"_s), qPrintable(err->message()));
    QVERIFY2(err->message().contains(u"127.0.0.1"_s), qPrintable(err->message()));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
