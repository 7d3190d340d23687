// Unit tests of AggregateRoot (events registered by domain code, in order, cleared on demand,
// copied with the aggregate) and MessageContext::collect (takes an aggregate's events into the
// transaction's outgoing list and clears them from the aggregate).

#include "bus/AggregateRoot.h"
#include "bus/DomainEvent.h"
#include "bus/MessageContext.h"
#include "common/TestSupport.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using sagashop::bus::AggregateRoot;
using sagashop::bus::DomainEvent;
using sagashop::bus::MessageContext;
using sagashop::test::TempDataDir;

namespace {

/// A minimal aggregate: a named counter that records each increment as a fact.
class Counter : public AggregateRoot
{
public:
    explicit Counter(QString id)
        : m_id(std::move(id))
    { }

    void increment(int by)
    {
        m_value += by;
        registerEvent(DomainEvent{
                u"CounterIncremented"_s, m_id, QJsonObject{{u"by"_s, by}, {u"value"_s, m_value}}});
    }

    /// Starts a saga: the event carries its own sagaId.
    void reset(const QString &sagaId)
    {
        m_value = 0;
        registerEvent(DomainEvent{u"CounterReset"_s, m_id, QJsonObject{}, sagaId});
    }

    int value() const { return m_value; }
    const QString &id() const { return m_id; }

private:
    QString m_id;
    int m_value = 0;
};

/// One line per event: "type|aggregateId|payload|sagaId", so that comparisons print readably.
QStringList describe(const QList<DomainEvent> &events)
{
    QStringList lines;
    for (const DomainEvent &e : events) {
        lines << u"%1|%2|%3|%4"_s.arg(e.type, e.aggregateId,
                QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)),
                e.sagaId);
    }
    return lines;
}

QString incremented(const QString &id, int by, int value)
{
    return u"CounterIncremented|%1|{\"by\":%2,\"value\":%3}|"_s.arg(id).arg(by).arg(value);
}

} // namespace

class tst_AggregateRoot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void newAggregateHasNoEvents();
    void registerEventAccumulatesInOrder();
    void clearEventsEmptiesOnlyTheEvents();
    void copyCopiesPendingEvents();
    void assignmentAndMoveCarryPendingEvents();
    void collectTakesEventsAndClearsAggregate();
};

void tst_AggregateRoot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_AggregateRoot::newAggregateHasNoEvents()
{
    const Counter counter(u"c-1"_s);
    QVERIFY(counter.domainEvents().isEmpty());
    QCOMPARE(counter.value(), 0);
}

void tst_AggregateRoot::registerEventAccumulatesInOrder()
{
    Counter counter(u"c-1"_s);
    counter.increment(1);
    counter.increment(2);
    counter.reset(u"saga-42"_s);
    counter.increment(3);

    const QList<DomainEvent> &events = counter.domainEvents();
    QCOMPARE(events.size(), 4);
    QCOMPARE(describe(events),
            (QStringList{incremented(u"c-1"_s, 1, 1), incremented(u"c-1"_s, 2, 3),
                    u"CounterReset|c-1|{}|saga-42"_s, incremented(u"c-1"_s, 3, 3)}));
    QCOMPARE(events.at(0).sagaId, QString()); // inherit, unless the domain sets it
    QCOMPARE(events.at(2).sagaId, u"saga-42"_s);
    QCOMPARE(counter.value(), 3);

    // domainEvents() is a view of the live list, not a snapshot.
    counter.increment(4);
    QCOMPARE(events.size(), 5);
    QCOMPARE(describe(events).last(), incremented(u"c-1"_s, 4, 7));
}

void tst_AggregateRoot::clearEventsEmptiesOnlyTheEvents()
{
    Counter counter(u"c-1"_s);
    counter.increment(5);
    counter.increment(6);
    counter.clearEvents();
    QVERIFY(counter.domainEvents().isEmpty());
    QCOMPARE(counter.value(), 11); // state is untouched

    counter.clearEvents(); // clearing an empty list is harmless
    QVERIFY(counter.domainEvents().isEmpty());

    // Registration starts afresh after a clear.
    counter.increment(1);
    QCOMPARE(describe(counter.domainEvents()), QStringList{incremented(u"c-1"_s, 1, 12)});
}

void tst_AggregateRoot::copyCopiesPendingEvents()
{
    Counter original(u"c-1"_s);
    original.increment(1);
    original.increment(2);

    Counter copy = original;
    QCOMPARE(describe(copy.domainEvents()), describe(original.domainEvents()));
    QCOMPARE(copy.domainEvents().size(), 2);
    QCOMPARE(copy.value(), 3);

    // The copies are independent afterwards.
    copy.increment(10);
    QCOMPARE(original.domainEvents().size(), 2);
    QCOMPARE(copy.domainEvents().size(), 3);
    original.clearEvents();
    QCOMPARE(copy.domainEvents().size(), 3);
    QCOMPARE(describe(copy.domainEvents()),
            (QStringList{incremented(u"c-1"_s, 1, 1), incremented(u"c-1"_s, 2, 3),
                    incremented(u"c-1"_s, 10, 13)}));
    QVERIFY(original.domainEvents().isEmpty());
}

void tst_AggregateRoot::assignmentAndMoveCarryPendingEvents()
{
    Counter source(u"c-1"_s);
    source.increment(1);

    Counter assigned(u"c-2"_s);
    assigned.increment(99);
    assigned = source; // replaces, does not append
    QCOMPARE(describe(assigned.domainEvents()), QStringList{incremented(u"c-1"_s, 1, 1)});
    QCOMPARE(source.domainEvents().size(), 1);

    Counter moved(std::move(source));
    QCOMPARE(describe(moved.domainEvents()), QStringList{incremented(u"c-1"_s, 1, 1)});

    Counter moveAssigned(u"c-3"_s);
    moveAssigned.increment(7);
    moveAssigned = std::move(moved);
    QCOMPARE(describe(moveAssigned.domainEvents()), QStringList{incremented(u"c-1"_s, 1, 1)});
}

void tst_AggregateRoot::collectTakesEventsAndClearsAggregate()
{
    TempDataDir dir;
    QVERIFY(dir.isValid());
    sagashop::storage::DatabaseConfig config;
    config.location = dir.filePath(u"counter.db"_s);
    const std::unique_ptr<sagashop::storage::Database> db
            = sagashop::storage::Database::open(config);
    QVERIFY(db);

    MessageContext context(*db, nullptr);
    QCOMPARE(&context.database(), db.get());
    QCOMPARE(context.cause(), nullptr);
    QCOMPARE(context.sequence(), qint64(0));
    QVERIFY(context.outgoing().isEmpty());

    // An event published directly comes first; collected ones follow in registration order.
    context.publish(DomainEvent{u"CommandAccepted"_s, u"c-1"_s, QJsonObject{}});

    Counter first(u"c-1"_s);
    first.increment(1);
    first.increment(2);
    context.collect(first);
    QVERIFY(first.domainEvents().isEmpty());
    QCOMPARE(first.value(), 3);

    // Collecting again takes nothing twice.
    context.collect(first);

    Counter second(u"c-2"_s);
    second.reset(u"saga-1"_s);
    second.increment(5);
    context.collect(second);
    QVERIFY(second.domainEvents().isEmpty());

    // An aggregate's later events are collected after everything before.
    first.increment(3);
    context.collect(first);

    QCOMPARE(describe(context.outgoing()),
            (QStringList{u"CommandAccepted|c-1|{}|"_s, incremented(u"c-1"_s, 1, 1),
                    incremented(u"c-1"_s, 2, 3), u"CounterReset|c-2|{}|saga-1"_s,
                    incremented(u"c-2"_s, 5, 5), incremented(u"c-1"_s, 3, 6)}));

    // Collecting an aggregate without events changes nothing.
    Counter idle(u"c-9"_s);
    context.collect(idle);
    QCOMPARE(context.outgoing().size(), 6);
}

QTEST_GUILESS_MAIN(tst_AggregateRoot)
#include "tst_aggregateroot.moc"
