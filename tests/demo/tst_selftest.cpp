// `sagashop --self-test`: chains of stand-in services through the real bus and saga log. It
// must end, with every saga completed and the saga log caught up on every step.

#include "common/TestSupport.h"
#include "selftest/ChainRun.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;

class TestSelfTest : public QObject
{
    Q_OBJECT

private slots:
    void completesAndTheSagaLogCatchesUp();
};

void TestSelfTest::completesAndTheSagaLogCatchesUp()
{
    test::TempDataDir dir;
    selftest::ChainRunConfig config;
    config.dataDir = dir.path();
    config.chains = 120;
    int progressCalls = 0;
    config.progressEvery = 40;
    config.progress = [&progressCalls](int) { ++progressCalls; };
    const selftest::ChainRunReport r = selftest::runChains(config);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.started, 120);
    QCOMPARE(r.completed, 120);
    QCOMPARE(progressCalls, 3);
    QVERIFY(r.logCatchUpSeconds >= 0);
    // The sample saga's timeline, read back from the saga log, holds every step: a publish per
    // stage and a handling per stage after the first.
    QCOMPARE(r.sampleTimeline.size(), 2 * config.stages - 1);
}

QTEST_GUILESS_MAIN(TestSelfTest)
#include "tst_selftest.moc"
