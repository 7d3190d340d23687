// At-least-once across crashes: a child process runs the bus under load and is killed with
// SIGKILL at random moments, at least 20 times, then restarted on the same data until every
// outbox is empty. Afterwards every database is audited: every committed event was handled
// exactly once by every subscriber, in order per key, and logged once.

#include "common/TestSupport.h"
#include "storage/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace sagashop;

namespace {

constexpr int kKills = 24;

std::unique_ptr<storage::Database> openDb(const QString &dir, const QString &name)
{
    storage::DatabaseConfig config;
    config.location = dir + u'/' + name + u".db"_s;
    return storage::Database::open(config);
}

qint64 scalar(storage::Database &db, const QString &sql)
{
    QSqlQuery q = db.execDirect(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

QSet<QString> keyNumbers(storage::Database &db, const QString &table)
{
    QSet<QString> set;
    QSqlQuery q = db.execDirect(u"SELECT key, n FROM "_s + table);
    while (q.next())
        set.insert(q.value(0).toString() + u'#' + q.value(1).toString());
    return set;
}

/// Reads the child's stdout line by line.
class Child
{
public:
    Child(const QString &dir, const QString &mode)
    {
        m_process.setProgram(QStringLiteral(CRASH_CHILD_PATH));
        m_process.setArguments({u"--data-dir"_s, dir, u"--mode"_s, mode});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    /// The next line starting with `prefix` (others are skipped), or empty on timeout/exit.
    QByteArray waitFor(const QByteArray &prefix, int timeoutMs = 60'000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                m_lines.append(line);
                if (line.startsWith(prefix))
                    return line;
            }
            if (m_process.state() == QProcess::NotRunning)
                return {};
            m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        }
        return {};
    }

    void killNow()
    {
        m_process.kill(); // SIGKILL
        m_process.waitForFinished();
    }

    QProcess &process() { return m_process; }
    QString transcript() const { return QString::fromUtf8(m_lines.join('\n')); }

private:
    QProcess m_process;
    QByteArrayList m_lines;
};

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void everyCommittedEventHandledExactlyOnceAcrossKills();
};

void TestCrashRecovery::everyCommittedEventHandledExactlyOnceAcrossKills()
{
    test::TempDataDir dir;
    QRandomGenerator random(20261121);
    qint64 republishedTotal = 0;

    for (int kill = 0; kill < kKills; ++kill) {
        Child child(dir.path(), u"load"_s);
        const QByteArray ready = child.waitFor("ready ");
        QVERIFY2(!ready.isEmpty(), qPrintable(u"no ready line; child said: "_s + child.transcript()));
        republishedTotal += ready.mid(6).toLongLong();
        // Kill at a random moment while events are flowing: after 1 to 5 progress reports,
        // sometimes right after start (recovery itself interrupted).
        const int reports = int(random.bounded(6));
        for (int i = 0; i < reports; ++i)
            QVERIFY2(!child.waitFor("progress ").isEmpty(), qPrintable(child.transcript()));
        child.killNow();
        QCOMPARE(child.process().exitStatus(), QProcess::CrashExit);
    }

    Child drain(dir.path(), u"drain"_s);
    QVERIFY2(!drain.waitFor("ready ").isEmpty(), qPrintable(drain.transcript()));
    QVERIFY2(!drain.waitFor("drained", 120'000).isEmpty(), qPrintable(drain.transcript()));
    QVERIFY(drain.process().waitForFinished(30'000));
    QCOMPARE(drain.process().exitCode(), 0);

    // The audit, straight from the files.
    auto producer = openDb(dir.path(), u"producer"_s);
    const QSet<QString> produced = keyNumbers(*producer, u"produced"_s);
    qInfo() << "committed events:" << produced.size() << "outbox rows re-published after kills:" << republishedTotal;
    QVERIFY2(produced.size() > 500, "the load ran");
    QVERIFY2(republishedTotal > 0, "kills hit while events were in flight");
    QCOMPARE(scalar(*producer, u"SELECT count(*) FROM outbox"_s), 0);

    for (const QString &consumer : {u"consumer-a"_s, u"consumer-b"_s}) {
        auto db = openDb(dir.path(), consumer);
        QCOMPARE(keyNumbers(*db, u"handled"_s), produced);                                   // none lost
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM handled WHERE times <> 1"_s), 0);         // none twice
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM violations"_s), 0);                       // in order
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM dead_letters"_s), 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM outbox"_s), 0);
    }

    auto log = openDb(dir.path(), u"saga-log"_s);
    QCOMPARE(scalar(*log, u"SELECT count(*) FROM saga_log WHERE kind = 'published' AND event_type = 'TestEvent'"_s),
             qint64(produced.size()));
    QCOMPARE(scalar(*log, u"SELECT count(DISTINCT event_id) FROM saga_log WHERE kind = 'published'"_s),
             qint64(produced.size()));
    for (const QString &consumer : {u"consumer-a"_s, u"consumer-b"_s}) {
        QCOMPARE(scalar(*log, u"SELECT count(*) FROM saga_log WHERE kind = 'handled' AND service = '%1'"_s.arg(consumer)),
                 qint64(produced.size()));
    }
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
