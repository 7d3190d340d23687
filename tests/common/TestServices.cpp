#include "common/TestServices.h"

#include "storage/Database.h"

#include <QDir>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sagashop::test {

namespace {
QString failureKey(const QString &key, int n)
{
    return key + u'#' + QString::number(n);
}
} // namespace

qint64 countRows(bus::Service &service, const QString &table, const QString &where)
{
    const QString sql = u"SELECT count(*) FROM "_s + table + (where.isEmpty() ? QString() : u" WHERE "_s + where);
    const bus::Outcome<qint64> outcome = await(service.read<qint64>([sql](storage::Database &db) {
        QSqlQuery q = db.execDirect(sql);
        return q.next() ? q.value(0).toLongLong() : qint64(-1);
    }));
    return outcome.ok() ? *outcome.value : -1;
}

QStringList deadLetterMismatches(bus::Service &service, const QHash<QString, QString> &expected, int attempts)
{
    const QList<bus::DeadLetter> letters = await(service.deadLetters());
    QStringList mismatches;
    if (letters.size() != expected.size())
        mismatches.append(u"%1 dead letters, not %2"_s.arg(letters.size()).arg(expected.size()));
    for (const bus::DeadLetter &l : letters) {
        if (l.consumer != service.name())
            mismatches.append(u"%1: consumer %2"_s.arg(l.aggregateId, l.consumer));
        if (l.attempts != attempts)
            mismatches.append(u"%1: %2 attempts"_s.arg(l.aggregateId).arg(l.attempts));
        if (!expected.contains(l.aggregateId))
            mismatches.append(u"%1: not expected (%2)"_s.arg(l.aggregateId, l.error));
        else if (!l.error.contains(expected.value(l.aggregateId)))
            mismatches.append(l.aggregateId + u": "_s + l.error);
    }
    return mismatches;
}

bus::ServiceConfig serviceConfig(const QString &dir, const QString &name, int maxAttempts)
{
    bus::ServiceConfig c;
    c.name = name;
    c.database.location = QDir(dir).filePath(name + u".db"_s);
    c.database.busyTimeoutMs = 200;
    c.retry.maxAttempts = maxAttempts;
    c.retry.initialDelayMs = 10;
    c.retry.maxDelayMs = 100;
    c.ackFlushMs = 5;
    c.storageRetryMaxMs = 200;
    return c;
}

ProducerService::ProducerService(bus::ServiceConfig config) : Service(std::move(config))
{
    addSchema({u"producer"_s,
               {{1,
                 u"produced events"_s,
                 {u"CREATE TABLE produced (key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (key, n))"_s}}}});
}

QFuture<bus::Outcome<int>> ProducerService::publish(const QString &key, int first, int count, const QString &sagaId)
{
    return execute<int>([key, first, count, sagaId](bus::MessageContext &context) {
        storage::Database &db = context.database();
        for (int n = first; n < first + count; ++n) {
            QSqlQuery &q = db.prepared(u"INSERT INTO produced (key, n) VALUES (?, ?)"_s);
            q.bindValue(0, key);
            q.bindValue(1, n);
            db.exec(q);
            context.publish({EventType, key, {{u"key"_s, key}, {u"n"_s, n}}, sagaId});
        }
        return count;
    });
}

QFuture<bus::Outcome<int>> ProducerService::publishEvent(const QString &type, const QString &key,
                                                         const QString &sagaId)
{
    return execute<int>([type, key, sagaId](bus::MessageContext &context) {
        context.publish({type, key, {{u"key"_s, key}, {u"n"_s, 0}}, sagaId});
        return 1;
    });
}

QFuture<bus::Outcome<int>> ProducerService::publishThenFail(const QString &key, int n)
{
    return execute<int>([key, n](bus::MessageContext &context) -> int {
        storage::Database &db = context.database();
        QSqlQuery &q = db.prepared(u"INSERT INTO produced (key, n) VALUES (?, ?)"_s);
        q.bindValue(0, key);
        q.bindValue(1, n);
        db.exec(q);
        context.publish({EventType, key, {{u"key"_s, key}, {u"n"_s, n}}});
        throw std::runtime_error("the command failed after publishing");
    });
}

RecordingService::RecordingService(bus::ServiceConfig config, const QString &eventType) : Service(std::move(config))
{
    addSchema({u"recording"_s,
               {{1,
                 u"handled events"_s,
                 {u"CREATE TABLE handled (event_id TEXT NOT NULL PRIMARY KEY, key TEXT NOT NULL, n INTEGER NOT NULL,"
                  " times INTEGER NOT NULL)"_s}}}});
    subscribe(eventType, [this](const bus::EventEnvelope &e, bus::MessageContext &c) { handle(e, c); });
}

void RecordingService::failNext(const QString &key, int n, int times)
{
    QMutexLocker lock(&m_mutex);
    m_failNext.insert(failureKey(key, n), times);
}

void RecordingService::failAlways(const QString &key, int n, bool enabled)
{
    QMutexLocker lock(&m_mutex);
    m_failAlways.insert(failureKey(key, n), enabled);
}

QList<RecordingService::Record> RecordingService::records() const
{
    QMutexLocker lock(&m_mutex);
    return m_records;
}

QList<int> RecordingService::order(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    QList<int> ns;
    for (const Record &r : m_records) {
        if (r.key == key)
            ns.append(r.n);
    }
    return ns;
}

void RecordingService::handle(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const QString key = event.payload.value(u"key"_s).toString();
    const int n = event.payload.value(u"n"_s).toInt();
    {
        QMutexLocker lock(&m_mutex);
        const QString fk = failureKey(key, n);
        if (m_failAlways.value(fk))
            throw std::runtime_error("injected permanent failure");
        if (int &left = m_failNext[fk]; left > 0) {
            --left;
            throw std::runtime_error("injected failure");
        }
    }
    storage::Database &db = context.database();
    QSqlQuery &q = db.prepared(u"INSERT INTO handled (event_id, key, n, times) VALUES (?, ?, ?, 1)"
                               " ON CONFLICT (event_id) DO UPDATE SET times = handled.times + 1"_s);
    q.bindValue(0, event.eventId.toString(QUuid::WithoutBraces));
    q.bindValue(1, key);
    q.bindValue(2, n);
    db.exec(q);
    // Recorded in memory only once the transaction is sure to be attempted; a rollback of
    // the batch after this point would show up as a duplicate in the table check instead.
    QMutexLocker lock(&m_mutex);
    m_records.append({key, n, event.attempt});
    m_count.fetch_add(1);
}

} // namespace sagashop::test
