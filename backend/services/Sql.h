#pragma once

#include "storage/Database.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>
#include <type_traits>
#include <utility>

/// Small helpers for the statements every domain service runs against its own database:
/// prepare (cached), bind the positional values, run, read the rows, finish. They only
/// shorten what each service writes; every service keeps its own tables and SQL.
namespace sagashop::services::sql {

using Values = std::initializer_list<QVariant>;

/// Binds `values` to the positional placeholders of `query`, in order; returns the query.
QSqlQuery &bind(QSqlQuery &query, Values values);

/// Runs the statement `sql` (prepared, cached) with `values` bound; returns the number of
/// rows it changed (Database::exec). For statements that return no rows.
int exec(storage::Database &db, const QString &sql, Values values = {});

/// Finishes a statement when it goes out of scope, also when reading a row throws.
class Finisher
{
public:
    explicit Finisher(QSqlQuery &query)
        : m_query(query)
    { }
    ~Finisher() { m_query.finish(); }
    Finisher(const Finisher &) = delete;
    Finisher &operator=(const Finisher &) = delete;

private:
    QSqlQuery &m_query;
};

/// Calls `read(row)` for every row `sql` returns, then finishes the statement.
template<typename Read>
void forEach(storage::Database &db, const QString &sql, Values values, Read &&read)
{
    QSqlQuery &q = bind(db.prepared(sql), values);
    db.exec(q);
    const Finisher finisher(q);
    while (q.next())
        read(std::as_const(q));
}

/// The first row of `sql` as read by `read(row)`, or nullopt when there is none. A reader
/// that throws leaves the statement finished.
template<typename Read>
auto one(storage::Database &db, const QString &sql, Values values, Read &&read)
        -> std::optional<std::invoke_result_t<Read &, const QSqlQuery &>>
{
    QSqlQuery &q = bind(db.prepared(sql), values);
    db.exec(q);
    const Finisher finisher(q);
    std::optional<std::invoke_result_t<Read &, const QSqlQuery &>> row;
    if (q.next())
        row = read(std::as_const(q));
    return row;
}

/// Every row of `sql`, each as read by `read(row)`, in the order the database returns them.
template<typename Read>
auto all(storage::Database &db, const QString &sql, Values values, Read &&read)
        -> QList<std::invoke_result_t<Read &, const QSqlQuery &>>
{
    QList<std::invoke_result_t<Read &, const QSqlQuery &>> rows;
    forEach(db, sql, values, [&](const QSqlQuery &q) { rows.append(read(q)); });
    return rows;
}

/// Rows of (text, integer) as a hash from the text to the integer (a later row wins).
QHash<QString, qint64> keyedIntegers(storage::Database &db, const QString &sql, Values values = {});

/// The first column of the first row as an integer, or `fallback` when there is no row.
qint64 integer(storage::Database &db, const QString &sql, Values values = {}, qint64 fallback = 0);

/// Runs an `INSERT … RETURNING <id>` and returns the new id; throws std::runtime_error with
/// `noIdError` when no positive id came back.
qint64 insertReturningId(
        storage::Database &db, const QString &sql, Values values, const char *noIdError);

} // namespace sagashop::services::sql
