#pragma once

#include <QString>

namespace sagashop::storage {

/// The few places where SQLite and PostgreSQL SQL differ. Everything else the services
/// write is portable: INSERT ... ON CONFLICT DO NOTHING, SAVEPOINT, BIGINT, TEXT.
class SqlDialect
{
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(Engine engine = Engine::Sqlite) : m_engine(engine) {}

    Engine engine() const noexcept { return m_engine; }
    /// Expands ${ID_PK} and ${BLOB} in a migration statement.
    QString expand(QString sql) const;
    /// The statement that starts a write transaction.
    QString beginWrite() const;

private:
    Engine m_engine;
};

} // namespace sagashop::storage
