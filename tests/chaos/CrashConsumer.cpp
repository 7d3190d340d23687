#include "CrashConsumer.h"

#include "common/TestServices.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sagashop::test {

CrashConsumer::CrashConsumer(bus::ServiceConfig config) : Service(std::move(config))
{
    addSchema({u"crash-consumer"_s,
               {{1,
                 u"audit tables"_s,
                 {u"CREATE TABLE handled (event_id TEXT NOT NULL PRIMARY KEY, key TEXT NOT NULL, n INTEGER NOT NULL,"
                  " times INTEGER NOT NULL)"_s,
                  u"CREATE TABLE key_progress (key TEXT NOT NULL PRIMARY KEY, last_n INTEGER NOT NULL)"_s,
                  u"CREATE TABLE violations (key TEXT NOT NULL, expected INTEGER NOT NULL, got INTEGER NOT NULL)"_s}}}});
    subscribe(ProducerService::EventType,
              [this](const bus::EventEnvelope &e, bus::MessageContext &c) { handle(e, c); });
}

void CrashConsumer::handle(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    storage::Database &db = context.database();
    const QString key = event.payload.value(u"key"_s).toString();
    const int n = event.payload.value(u"n"_s).toInt();

    QSqlQuery &last = db.prepared(u"SELECT last_n FROM key_progress WHERE key = ?"_s);
    last.bindValue(0, key);
    db.exec(last);
    const int lastN = last.next() ? last.value(0).toInt() : 0;
    last.finish();
    if (n != lastN + 1) {
        QSqlQuery &violation = db.prepared(u"INSERT INTO violations (key, expected, got) VALUES (?, ?, ?)"_s);
        violation.bindValue(0, key);
        violation.bindValue(1, lastN + 1);
        violation.bindValue(2, n);
        db.exec(violation);
    }
    QSqlQuery &progress = db.prepared(u"INSERT INTO key_progress (key, last_n) VALUES (?, ?)"
                                      " ON CONFLICT (key) DO UPDATE SET last_n = excluded.last_n"_s);
    progress.bindValue(0, key);
    progress.bindValue(1, n);
    db.exec(progress);

    QSqlQuery &handled = db.prepared(u"INSERT INTO handled (event_id, key, n, times) VALUES (?, ?, ?, 1)"
                                     " ON CONFLICT (event_id) DO UPDATE SET times = handled.times + 1"_s);
    handled.bindValue(0, event.eventId.toString(QUuid::WithoutBraces));
    handled.bindValue(1, key);
    handled.bindValue(2, n);
    db.exec(handled);
}

} // namespace sagashop::test
