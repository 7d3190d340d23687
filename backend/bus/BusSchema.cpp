#include "bus/BusSchema.h"

using namespace Qt::StringLiterals;

namespace sagashop::bus {

storage::Schema busSchema()
{
    return storage::Schema{
        u"bus"_s,
        {
            storage::Migration{
                1,
                u"outbox, inbox and dead letters"_s,
                {
                    u"CREATE TABLE outbox ("
                    " seq BIGINT NOT NULL,"
                    " event_id TEXT NOT NULL,"
                    " consumer TEXT NOT NULL,"
                    " envelope TEXT NOT NULL,"
                    " PRIMARY KEY (event_id, consumer))"_s,
                    u"CREATE INDEX outbox_by_seq ON outbox (seq)"_s,
                    u"CREATE TABLE inbox ("
                    " event_id TEXT NOT NULL PRIMARY KEY,"
                    " status TEXT NOT NULL,"
                    " handled_at BIGINT NOT NULL)"_s,
                    u"CREATE TABLE dead_letters ("
                    " id TEXT NOT NULL PRIMARY KEY,"
                    " event_id TEXT NOT NULL,"
                    " event_type TEXT NOT NULL,"
                    " aggregate_id TEXT NOT NULL,"
                    " saga_id TEXT NOT NULL,"
                    " envelope TEXT NOT NULL,"
                    " error TEXT NOT NULL,"
                    " attempts INTEGER NOT NULL,"
                    " first_failure_at BIGINT NOT NULL,"
                    " last_failure_at BIGINT NOT NULL)"_s,
                    u"CREATE UNIQUE INDEX dead_letters_by_event ON dead_letters (event_id)"_s,
                },
            },
        },
    };
}

} // namespace sagashop::bus
