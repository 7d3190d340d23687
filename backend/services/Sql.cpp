#include "services/Sql.h"

#include <stdexcept>

namespace sagashop::services::sql {

QSqlQuery &bind(QSqlQuery &query, Values values)
{
    int position = 0;
    for (const QVariant &value : values)
        query.bindValue(position++, value);
    return query;
}

int exec(storage::Database &db, const QString &sql, Values values)
{
    return db.exec(bind(db.prepared(sql), values));
}

QHash<QString, qint64> keyedIntegers(storage::Database &db, const QString &sql, Values values)
{
    QHash<QString, qint64> hash;
    forEach(db, sql, values, [&](const QSqlQuery &q) {
        hash.insert(q.value(0).toString(), q.value(1).toLongLong());
    });
    return hash;
}

qint64 integer(storage::Database &db, const QString &sql, Values values, qint64 fallback)
{
    return one(db, sql, values, [](const QSqlQuery &q) {
        return q.value(0).toLongLong();
    }).value_or(fallback);
}

qint64 insertReturningId(
        storage::Database &db, const QString &sql, Values values, const char *noIdError)
{
    const qint64 id = integer(db, sql, values, 0);
    if (id <= 0)
        throw std::runtime_error(noIdError);
    return id;
}

} // namespace sagashop::services::sql
