// The process the crash test kills: runs a producer, two auditing consumers and the saga
// log on a data directory.
//   --mode load   publishes events as fast as it can until it is killed, printing
//                 "progress N" after every 100 committed events
//   --mode drain  publishes nothing, waits until every outbox is empty, prints "drained"
// Both print "ready R" once the bus has started, R being the outbox rows it re-published.

#include "CrashConsumer.h"
#include "bus/EventBus.h"
#include "common/TestServices.h"
#include "saga/SagaLog.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sagashop;

namespace {

constexpr int kKeys = 16;

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"sagashop.*.debug=false\nsagashop.*.info=false"_s);
    QCommandLineParser parser;
    const QCommandLineOption dataDir(u"data-dir"_s, u"data directory"_s, u"dir"_s);
    const QCommandLineOption mode(u"mode"_s, u"load or drain"_s, u"mode"_s, u"load"_s);
    parser.addOptions({dataDir, mode});
    parser.process(app);
    const QString dir = parser.value(dataDir);
    const bool load = parser.value(mode) == u"load"_s;

    auto config = [&](const QString &name) {
        bus::ServiceConfig c = test::serviceConfig(dir, name, 50);
        c.ackFlushMs = 10;
        return c;
    };
    test::ProducerService producer(config(u"producer"_s));
    test::CrashConsumer consumerA(config(u"consumer-a"_s));
    test::CrashConsumer consumerB(config(u"consumer-b"_s));
    saga::SagaLog log(config(saga::SagaLog::ServiceName), {});
    bus::EventBus bus;
    bus.addService(producer);
    bus.addService(consumerA);
    bus.addService(consumerB);
    bus.addService(log);

    try {
        bus.start();
    } catch (const storage::StorageError &e) {
        say(e.message().toUtf8());
        return 3;
    }

    const auto republishedRows = [&]() -> qint64 {
        qint64 rows = 0;
        for (bus::Service *s : bus.services())
            rows += test::countRows(*s, u"outbox"_s);
        return rows;
    };
    say("ready " + QByteArray::number(republishedRows()));

    if (!load) {
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &app, [&] {
            if (republishedRows() == 0) {
                say("drained");
                app.quit();
            }
        });
        poll.start(50);
        app.exec();
        bus.stop();
        return 0;
    }

    // Each key continues from what the producer committed before the last kill.
    QHash<QString, int> next;
    const auto maxima = test::await(producer.read<QHash<QString, int>>([](storage::Database &db) {
        QHash<QString, int> m;
        QSqlQuery q = db.execDirect(u"SELECT key, max(n) FROM produced GROUP BY key"_s);
        while (q.next())
            m.insert(q.value(0).toString(), q.value(1).toInt());
        return m;
    }));
    for (int k = 0; k < kKeys; ++k) {
        const QString key = u"key-%1"_s.arg(k);
        next.insert(key, maxima.value->value(key) + 1);
    }

    qint64 committed = 0;
    qint64 reported = 0;
    int inFlight = 0;
    std::function<void()> publishOne = [&] {
        const QString key = u"key-%1"_s.arg(QRandomGenerator::global()->bounded(kKeys));
        const int count = 1 + QRandomGenerator::global()->bounded(4);
        const int first = next.value(key);
        next[key] = first + count;
        ++inFlight;
        producer.publish(key, first, count, u"saga-"_s + key).then(&app, [&, count](const bus::Outcome<int> &o) {
            --inFlight;
            if (!o.ok()) {
                say("error " + o.error.toUtf8());
                app.exit(4);
                return;
            }
            committed += count;
            if (committed - reported >= 100) {
                reported = committed;
                say("progress " + QByteArray::number(committed));
            }
            publishOne();
        });
    };
    for (int i = 0; i < 8; ++i)
        publishOne();
    const int rc = app.exec();
    bus.stop();
    return rc;
}
