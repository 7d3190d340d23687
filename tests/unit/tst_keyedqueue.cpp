// Unit tests of KeyedQueue: per-key FIFO with at most one item of a key in flight, a busy key
// holding back only its own items, release/complete semantics, fair service of ready keys and
// the bookkeeping (size, keyCount, isEmpty, clear).

#include "bus/KeyedQueue.h"

#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using sagashop::bus::KeyedQueue;

namespace {

struct Item
{
    QString name;
    int tries = 0; ///< bumped by the test while the item is in flight, to prove identity
};

using Queue = KeyedQueue<Item>;

void pushAll(Queue &q, const QString &key, const QStringList &names)
{
    for (const QString &name : names)
        q.push(key, Item{name});
}

/// Serves the queue one key at a time (takeReady(1), then complete) until nothing is ready,
/// and returns the items in the order they were handed out.
QStringList drainOneByOne(Queue &q)
{
    const qsizetype total = q.size();
    QStringList served;
    for (int guard = 0; guard < 10'000; ++guard) {
        const QStringList keys = q.takeReady(1);
        if (keys.isEmpty())
            break;
        if (served.size() >= total) { // a broken queue: head() would be undefined behaviour
            served << u"(%1 handed out with no items left)"_s.arg(keys.first());
            break;
        }
        served << q.head(keys.first()).name;
        q.complete(keys.first());
    }
    return served;
}

/// Serves the queue in rounds (takeReady(max) then complete all of them) and returns one
/// string per round: the items handed out in that round, space-separated.
QStringList drainInRounds(Queue &q, qsizetype max)
{
    const qsizetype total = q.size();
    qsizetype servedCount = 0;
    QStringList rounds;
    for (int guard = 0; guard < 10'000; ++guard) {
        const QStringList keys = q.takeReady(max);
        if (keys.isEmpty())
            break;
        servedCount += keys.size();
        if (servedCount > total) { // a broken queue: head() would be undefined behaviour
            rounds << u"(%1 handed out with no items left)"_s.arg(keys.join(u' '));
            break;
        }
        QStringList round;
        for (const QString &key : keys)
            round << q.head(key).name;
        for (const QString &key : keys)
            q.complete(key);
        rounds << round.join(u' ');
    }
    return rounds;
}

} // namespace

class tst_KeyedQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void newQueueIsEmpty();
    void fifoPerKey();
    void atMostOneItemOfAKeyInFlight();
    void busyKeyHoldsBackOnlyItsOwnItems();
    void releaseHandsOutTheSameHeadAgain();
    void releasedKeyQueuesBehindReadyKeys();
    void completeAdvancesToNextItem();
    void readyKeysAreServedInArrivalOrder();
    void heavyKeyDoesNotStarveLaterKeys_data();
    void heavyKeyDoesNotStarveLaterKeys();
    void takeReadyRespectsMax_data();
    void takeReadyRespectsMax();
    void sizeKeyCountAndClear();
    void unknownKeyIsHarmless();
    void releaseOfIdleKeyIsHarmless();
};

void tst_KeyedQueue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_KeyedQueue::newQueueIsEmpty()
{
    Queue q;
    QVERIFY(q.isEmpty());
    QCOMPARE(q.size(), 0);
    QCOMPARE(q.keyCount(), 0);
    QVERIFY(!q.hasReady());
    QCOMPARE(q.takeReady(10), QStringList());
}

void tst_KeyedQueue::fifoPerKey()
{
    Queue q;
    // Interleaved pushes: each key keeps its own order.
    q.push(u"a"_s, Item{u"a1"_s});
    q.push(u"b"_s, Item{u"b1"_s});
    q.push(u"a"_s, Item{u"a2"_s});
    q.push(u"b"_s, Item{u"b2"_s});
    q.push(u"a"_s, Item{u"a3"_s});
    QCOMPARE(q.size(), 5);
    QCOMPARE(q.keyCount(), 2);

    QStringList servedA;
    QStringList servedB;
    for (const QString &name : drainOneByOne(q))
        (name.startsWith(u'a') ? servedA : servedB) << name;
    QCOMPARE(servedA, (QStringList{u"a1"_s, u"a2"_s, u"a3"_s}));
    QCOMPARE(servedB, (QStringList{u"b1"_s, u"b2"_s}));
    QVERIFY(q.isEmpty());
    QCOMPARE(q.keyCount(), 0);
}

void tst_KeyedQueue::atMostOneItemOfAKeyInFlight()
{
    Queue q;
    pushAll(q, u"a"_s, {u"a1"_s, u"a2"_s, u"a3"_s});
    pushAll(q, u"b"_s, {u"b1"_s});

    const QStringList first = q.takeReady(100);
    QCOMPARE(first, (QStringList{u"a"_s, u"b"_s})); // each key once, although "a" has three items
    QCOMPARE(q.head(u"a"_s).name, u"a1"_s);
    QVERIFY(!q.hasReady());
    QCOMPARE(q.takeReady(100), QStringList()); // nothing more until complete()/release()

    // Pushing more items of an in-flight key does not make it ready again.
    q.push(u"a"_s, Item{u"a4"_s});
    q.push(u"b"_s, Item{u"b2"_s});
    QVERIFY(!q.hasReady());
    QCOMPARE(q.takeReady(100), QStringList());
    QCOMPARE(q.head(u"a"_s).name, u"a1"_s);
    QCOMPARE(q.head(u"b"_s).name, u"b1"_s);

    q.complete(u"a"_s);
    QCOMPARE(q.takeReady(100), QStringList{u"a"_s});
    QCOMPARE(q.head(u"a"_s).name, u"a2"_s);
    QCOMPARE(q.takeReady(100), QStringList());
}

void tst_KeyedQueue::busyKeyHoldsBackOnlyItsOwnItems()
{
    Queue q;
    pushAll(q, u"slow"_s, {u"s1"_s, u"s2"_s, u"s3"_s});
    QCOMPARE(q.takeReady(1), QStringList{u"slow"_s});
    // "slow" is now waiting for a retry (taken, neither completed nor released).

    pushAll(q, u"b"_s, {u"b1"_s, u"b2"_s});
    pushAll(q, u"c"_s, {u"c1"_s});
    QCOMPARE(drainOneByOne(q), (QStringList{u"b1"_s, u"c1"_s, u"b2"_s}));

    // Only the busy key's items are left, all of them, still in order.
    QCOMPARE(q.size(), 3);
    QCOMPARE(q.keyCount(), 1);
    QVERIFY(!q.hasReady());
    QCOMPARE(q.head(u"slow"_s).name, u"s1"_s);

    // Later keys keep flowing while it stays busy.
    q.push(u"d"_s, Item{u"d1"_s});
    QCOMPARE(drainOneByOne(q), QStringList{u"d1"_s});

    q.release(u"slow"_s);
    QCOMPARE(drainOneByOne(q), (QStringList{u"s1"_s, u"s2"_s, u"s3"_s}));
    QVERIFY(q.isEmpty());
}

void tst_KeyedQueue::releaseHandsOutTheSameHeadAgain()
{
    Queue q;
    pushAll(q, u"a"_s, {u"a1"_s, u"a2"_s});

    QCOMPARE(q.takeReady(10), QStringList{u"a"_s});
    q.head(u"a"_s).tries = 1; // a failed attempt, recorded on the item itself
    q.release(u"a"_s);
    QCOMPARE(q.size(), 2); // nothing dropped
    QVERIFY(q.hasReady());

    QCOMPARE(q.takeReady(10), QStringList{u"a"_s});
    QCOMPARE(q.head(u"a"_s).name, u"a1"_s); // the same head, still first
    QCOMPARE(q.head(u"a"_s).tries, 1); // the same item, not a copy of the original
    QCOMPARE(q.takeReady(10), QStringList()); // and still only one in flight

    q.head(u"a"_s).tries = 2;
    q.release(u"a"_s);
    QCOMPARE(q.takeReady(10), QStringList{u"a"_s});
    QCOMPARE(q.head(u"a"_s).tries, 2);

    q.complete(u"a"_s);
    QCOMPARE(q.takeReady(10), QStringList{u"a"_s});
    QCOMPARE(q.head(u"a"_s).name, u"a2"_s);
    QCOMPARE(q.head(u"a"_s).tries, 0);
}

void tst_KeyedQueue::releasedKeyQueuesBehindReadyKeys()
{
    Queue q;
    pushAll(q, u"a"_s, {u"a1"_s});
    pushAll(q, u"b"_s, {u"b1"_s});
    QCOMPARE(q.takeReady(1), QStringList{u"a"_s});
    q.release(u"a"_s); // "a" becomes ready again, after "b" which was waiting already
    QCOMPARE(q.takeReady(10), (QStringList{u"b"_s, u"a"_s}));
}

void tst_KeyedQueue::completeAdvancesToNextItem()
{
    Queue q;
    pushAll(q, u"a"_s, {u"a1"_s, u"a2"_s, u"a3"_s});

    for (const QString &expected : {u"a1"_s, u"a2"_s, u"a3"_s}) {
        QCOMPARE(q.takeReady(10), QStringList{u"a"_s});
        QCOMPARE(q.head(u"a"_s).name, expected);
        const qsizetype before = q.size();
        q.complete(u"a"_s);
        QCOMPARE(q.size(), before - 1);
    }
    QVERIFY(q.isEmpty());
    QCOMPARE(q.keyCount(), 0);
    QVERIFY(!q.hasReady());

    // A key whose last item completed starts afresh on its next push.
    q.push(u"a"_s, Item{u"a4"_s});
    QCOMPARE(q.takeReady(10), QStringList{u"a"_s});
    QCOMPARE(q.head(u"a"_s).name, u"a4"_s);
}

void tst_KeyedQueue::readyKeysAreServedInArrivalOrder()
{
    Queue q;
    // Names chosen so that neither alphabetical nor typical hash order matches arrival order.
    const QStringList arrival
            = {u"zeta"_s, u"alpha"_s, u"mu"_s, u"beta"_s, u"omega"_s, u"gamma"_s, u"k1"_s, u"k0"_s};
    for (const QString &key : arrival)
        q.push(key, Item{key + u"-1"_s});
    QCOMPARE(q.takeReady(100), arrival);

    // Completing in reverse order with one more item each: they become ready in that order.
    for (const QString &key : arrival)
        q.push(key, Item{key + u"-2"_s});
    QStringList reversed = arrival;
    std::reverse(reversed.begin(), reversed.end());
    for (const QString &key : reversed)
        q.complete(key);
    QCOMPARE(q.takeReady(100), reversed);
}

void tst_KeyedQueue::heavyKeyDoesNotStarveLaterKeys_data()
{
    QTest::addColumn<qsizetype>("max");
    QTest::addColumn<QStringList>("rounds");

    QTest::newRow("one at a time")
            << qsizetype(1)
            << QStringList{u"h1"_s, u"x1"_s, u"y1"_s, u"h2"_s, u"x2"_s, u"h3"_s, u"h4"_s, u"h5"_s};
    QTest::newRow("two at a time")
            << qsizetype(2) << QStringList{u"h1 x1"_s, u"y1 h2"_s, u"x2 h3"_s, u"h4"_s, u"h5"_s};
    QTest::newRow("all ready at once")
            << qsizetype(100) << QStringList{u"h1 x1 y1"_s, u"h2 x2"_s, u"h3"_s, u"h4"_s, u"h5"_s};
}

void tst_KeyedQueue::heavyKeyDoesNotStarveLaterKeys()
{
    QFETCH(qsizetype, max);
    QFETCH(QStringList, rounds);

    Queue q;
    pushAll(q, u"heavy"_s, {u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s});
    pushAll(q, u"x"_s, {u"x1"_s, u"x2"_s});
    pushAll(q, u"y"_s, {u"y1"_s});
    QCOMPARE(drainInRounds(q, max), rounds);
    QVERIFY(q.isEmpty());
}

void tst_KeyedQueue::takeReadyRespectsMax_data()
{
    QTest::addColumn<qsizetype>("max");
    QTest::addColumn<qsizetype>("expected");

    QTest::newRow("negative") << qsizetype(-1) << qsizetype(0);
    QTest::newRow("zero") << qsizetype(0) << qsizetype(0);
    QTest::newRow("one") << qsizetype(1) << qsizetype(1);
    QTest::newRow("three") << qsizetype(3) << qsizetype(3);
    QTest::newRow("exactly all") << qsizetype(5) << qsizetype(5);
    QTest::newRow("more than ready") << qsizetype(50) << qsizetype(5);
}

void tst_KeyedQueue::takeReadyRespectsMax()
{
    QFETCH(qsizetype, max);
    QFETCH(qsizetype, expected);

    Queue q;
    const QStringList keys = {u"k1"_s, u"k2"_s, u"k3"_s, u"k4"_s, u"k5"_s};
    for (const QString &key : keys)
        pushAll(q, key, {key + u"a"_s, key + u"b"_s});

    const QStringList first = q.takeReady(max);
    QCOMPARE(first.size(), expected);
    QCOMPARE(first, keys.first(expected)); // the earliest ready keys
    QCOMPARE(q.hasReady(), expected < keys.size());

    // The rest are still there, in order, and the taken ones are not handed out again.
    QCOMPARE(q.takeReady(100), keys.sliced(expected));
    QCOMPARE(q.size(), 10);
}

void tst_KeyedQueue::sizeKeyCountAndClear()
{
    Queue q;
    pushAll(q, u"a"_s, {u"a1"_s, u"a2"_s});
    pushAll(q, u"b"_s, {u"b1"_s});
    QCOMPARE(q.size(), 3);
    QCOMPARE(q.keyCount(), 2);
    QVERIFY(!q.isEmpty());

    // Taking counts as still queued (the head stays until complete()).
    QCOMPARE(q.takeReady(10), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(q.size(), 3);
    QCOMPARE(q.keyCount(), 2);

    q.release(u"b"_s);
    QCOMPARE(q.size(), 3);

    q.complete(u"a"_s);
    QCOMPARE(q.size(), 2);
    QCOMPARE(q.keyCount(), 2);

    QCOMPARE(q.takeReady(10), (QStringList{u"b"_s, u"a"_s}));
    q.complete(u"b"_s);
    QCOMPARE(q.size(), 1);
    QCOMPARE(q.keyCount(), 1); // "b" is gone entirely

    // clear() with a key in flight forgets everything, including the ready list.
    pushAll(q, u"c"_s, {u"c1"_s});
    QVERIFY(q.hasReady());
    q.clear();
    QVERIFY(q.isEmpty());
    QCOMPARE(q.size(), 0);
    QCOMPARE(q.keyCount(), 0);
    QVERIFY(!q.hasReady());
    QCOMPARE(q.takeReady(10), QStringList());

    // Finishing work that was in flight before clear() changes nothing.
    q.complete(u"a"_s);
    q.release(u"a"_s);
    QVERIFY(q.isEmpty());
    QVERIFY(!q.hasReady());

    // And the queue is fully usable again: "a" is not considered busy any more.
    pushAll(q, u"a"_s, {u"a9"_s});
    QCOMPARE(q.size(), 1);
    QCOMPARE(q.takeReady(10), QStringList{u"a"_s});
    QCOMPARE(q.head(u"a"_s).name, u"a9"_s);
}

void tst_KeyedQueue::unknownKeyIsHarmless()
{
    Queue q;
    q.complete(u"nope"_s);
    q.release(u"nope"_s);
    QVERIFY(q.isEmpty());
    QCOMPARE(q.keyCount(), 0);
    QVERIFY(!q.hasReady());

    pushAll(q, u"a"_s, {u"a1"_s, u"a2"_s});
    QCOMPARE(q.takeReady(10), QStringList{u"a"_s});
    q.complete(u"nope"_s);
    q.release(u"nope"_s);
    QCOMPARE(q.size(), 2);
    QCOMPARE(q.keyCount(), 1);
    QVERIFY(!q.hasReady());
    QCOMPARE(q.takeReady(10), QStringList());
    QCOMPARE(q.head(u"a"_s).name, u"a1"_s);

    q.complete(u"a"_s);
    QCOMPARE(drainOneByOne(q), QStringList{u"a2"_s});
}

void tst_KeyedQueue::releaseOfIdleKeyIsHarmless()
{
    Queue q;
    pushAll(q, u"a"_s, {u"a1"_s});
    pushAll(q, u"b"_s, {u"b1"_s});
    // "a" is ready but was never taken: releasing it must not queue it a second time.
    q.release(u"a"_s);
    q.release(u"a"_s);
    QCOMPARE(q.takeReady(10), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(q.takeReady(10), QStringList());
    // A double release of a taken key queues it once.
    q.release(u"a"_s);
    q.release(u"a"_s);
    QCOMPARE(q.takeReady(10), QStringList{u"a"_s});
    QCOMPARE(q.takeReady(10), QStringList());
    QCOMPARE(q.size(), 2);

    // After complete() the key is ready with its next item, not in flight: a stray release()
    // must not queue it a second time either.
    Queue r;
    pushAll(r, u"a"_s, {u"a1"_s, u"a2"_s, u"a3"_s});
    QCOMPARE(r.takeReady(10), QStringList{u"a"_s});
    r.complete(u"a"_s);
    r.release(u"a"_s);
    QCOMPARE(r.takeReady(10), QStringList{u"a"_s});
    QCOMPARE(r.takeReady(10), QStringList());
    QCOMPARE(r.head(u"a"_s).name, u"a2"_s);
}

QTEST_GUILESS_MAIN(tst_KeyedQueue)
#include "tst_keyedqueue.moc"
