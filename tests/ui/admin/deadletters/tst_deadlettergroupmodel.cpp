// DeadLetterGroupModel against the real backend: letters grouped by consumer and error, the
// count following Backend.deadLettered live, retries that succeed (the letter goes) or fail
// again (it stays and says so), discards, bulk retries with progress, selection.

#include "admin/deadletters/OpsScenario.h"

#include "ui/admin/deadletters/DeadLetterGroupModel.h"
#include "ui/admin/deadletters/DeadLetterListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using ui::DeadLetterGroupModel;
using ui::DeadLetterListModel;

namespace {

/// A model over `shop`, checked by QAbstractItemModelTester, loaded.
struct Fixture
{
    explicit Fixture(test::UiTestShop &shop)
    {
        model.setBackend(&shop.backend());
        if (!QTest::qWaitFor([this] { return model.isLoaded(); }, 10'000))
            qWarning("the dead letters did not load in time");
    }
    DeadLetterGroupModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

QString role(const QAbstractItemModel &m, int row, const QByteArray &name)
{
    return m.data(m.index(row, 0), m.roleNames().key(name)).toString();
}

QVariant value(const QAbstractItemModel &m, int row, const QByteArray &name)
{
    return m.data(m.index(row, 0), m.roleNames().key(name));
}

DeadLetterListModel *lettersAt(const DeadLetterGroupModel &m, int row)
{
    return value(m, row, "letters").value<DeadLetterListModel *>();
}

int groupOfConsumer(const DeadLetterGroupModel &m, const QString &consumer, const QString &errorPart = {})
{
    for (int row = 0; row < m.rowCount(); ++row) {
        if (role(m, row, "consumer") == consumer && role(m, row, "error").contains(errorPart))
            return row;
    }
    return -1;
}

} // namespace

class TestDeadLetterGroupModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void groupKeysSetIdsAndNumbersAside();
    void groupsByConsumerAndError();
    void countFollowsDeadLetteredLive();
    void retryOneSucceedsOnceTheFaultIsCleared();
    void retryThatFailsAgainSaysSoAndKeepsTheLetter();
    void discardRemovesTheLetter();
    void retryAllShowsProgressAndResults();
    void retrySelectedAndGroupActions();
    void theGuiThreadNeverWaits();
};

void TestDeadLetterGroupModel::groupKeysSetIdsAndNumbersAside()
{
    const auto key = &DeadLetterGroupModel::groupKeyOf;
    QCOMPARE(key(u"order"_s, u"[not_found] There is no order 17."_s),
             key(u"order"_s, u"[not_found] There is no order 18."_s));
    QVERIFY(key(u"order"_s, u"x"_s) != key(u"inventory"_s, u"x"_s));
    QVERIFY(key(u"export"_s, u"export to http://127.0.0.1:8080/o failed: HTTP 500"_s)
            != key(u"export"_s, u"export to http://127.0.0.1:9090/o failed: HTTP 503"_s));
    QCOMPARE(key(u"export"_s, u"export to http://127.0.0.1:8080/o failed: HTTP 500"_s),
             key(u"export"_s, u"export to http://127.0.0.1:9090/o failed: HTTP 500"_s));
    QCOMPARE(key(u"s"_s, u"event 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b lost"_s),
             key(u"s"_s, u"event {0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c} lost"_s));
    QVERIFY(key(u"s"_s, u"product \"p01\" unknown"_s) != key(u"s"_s, u"product \"p02\" unknown"_s));
}

void TestDeadLetterGroupModel::groupsByConsumerAndError()
{
    test::UiTestShop shop;
    test::breakStatistics(shop);
    shop.shop().exports().setOutage(true);
    const qint64 first = test::placeOneOrder(shop);
    const qint64 second = test::placeOneOrder(shop);
    QVERIFY(first > 0 && second > first);
    test::deliverGarbage(shop, u"statistics"_s);
    // Two orders × (statistics, export) and one undecodable message.
    QVERIFY(test::waitForDeadLetters(shop, 5));

    Fixture f(shop);
    DeadLetterGroupModel &model = f.model;
    QVERIFY(model.isLoaded());
    QCOMPARE(model.count(), 5);
    QCOMPARE(model.groupCount(), 3);
    QCOMPARE(model.rowCount(), 3);

    // Ordered by consumer, then error.
    QCOMPARE(role(model, 0, "consumer"), u"export"_s);
    QCOMPARE(role(model, 1, "consumer"), u"statistics"_s);
    QCOMPARE(role(model, 2, "consumer"), u"statistics"_s);

    const int exportRow = groupOfConsumer(model, u"export"_s);
    QCOMPARE(role(model, exportRow, "error"), test::kExportDown);
    QCOMPARE(value(model, exportRow, "count").toInt(), 2);
    QCOMPARE(value(model, exportRow, "eventTypes").toStringList(), QStringList{u"OrderExportRequested"_s});
    QCOMPARE(value(model, exportRow, "errorVariants").toInt(), 1);
    QVERIFY(value(model, exportRow, "firstFailureAt").toLongLong() > 0);
    QVERIFY(value(model, exportRow, "lastFailureAt").toLongLong()
            >= value(model, exportRow, "firstFailureAt").toLongLong());
    QVERIFY(!role(model, exportRow, "lastFailureText").isEmpty());
    QCOMPARE(model.indexOfGroup(role(model, exportRow, "groupKey")), exportRow);

    const int injectedRow = groupOfConsumer(model, u"statistics"_s, test::kInjectedFailure);
    QVERIFY(injectedRow >= 0);
    QCOMPARE(value(model, injectedRow, "count").toInt(), 2);
    QCOMPARE(role(model, injectedRow, "eventTypesText"), u"ProductSalesRankRecorded"_s);

    const int garbageRow = 3 - exportRow - injectedRow;
    QCOMPARE(role(model, garbageRow, "consumer"), u"statistics"_s);
    QCOMPARE(value(model, garbageRow, "count").toInt(), 1);
    QVERIFY(role(model, garbageRow, "error") != test::kInjectedFailure);

    // The letters of the export group: first failure first, everything an admin needs.
    DeadLetterListModel *letters = lettersAt(model, exportRow);
    QVERIFY(letters);
    QAbstractItemModelTester lettersTester(letters, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(letters->rowCount(), 2);
    QCOMPARE((QSet<QString>{role(*letters, 0, "aggregateId"), role(*letters, 1, "aggregateId")}),
             (QSet<QString>{u"order-%1"_s.arg(first), u"order-%1"_s.arg(second)}));
    QVERIFY(value(*letters, 0, "firstFailureAt").toLongLong() <= value(*letters, 1, "firstFailureAt").toLongLong());
    QCOMPARE(role(*letters, 0, "eventType"), u"OrderExportRequested"_s);
    QVERIFY(!role(*letters, 0, "sagaId").isEmpty());
    QCOMPARE(value(*letters, 0, "attempts").toInt(), 5);
    QCOMPARE(role(*letters, 0, "error"), test::kExportDown);
    QCOMPARE(role(*letters, 0, "retryText"), QString());
    QVERIFY(!value(*letters, 0, "selected").toBool());
    const QString json = role(*letters, 0, "envelopeJson");
    QVERIFY2(json.contains(u"\"type\": \"OrderExportRequested\""_s), qPrintable(json));
    QVERIFY(json.contains(u'\n')); // indented
    QCOMPARE(model.envelopeJson(role(*letters, 0, "letterId")), json);
    QCOMPARE(model.groupOf(role(*letters, 0, "letterId")), role(model, exportRow, "groupKey"));

    // The undecodable letter shows its bytes as they arrived.
    DeadLetterListModel *garbage = lettersAt(model, garbageRow);
    QCOMPARE(role(*garbage, 0, "eventType"), QString());
    QCOMPARE(role(*garbage, 0, "envelopeJson"), u"{\n    \"this is\": \"not an envelope\"\n}"_s);
    QCOMPARE(value(model, garbageRow, "eventTypes").toStringList(), QStringList{u"(undecodable)"_s});
}

void TestDeadLetterGroupModel::countFollowsDeadLetteredLive()
{
    test::UiTestShop shop;
    Fixture f(shop);
    DeadLetterGroupModel &model = f.model;
    QCOMPARE(model.count(), 0);
    QSignalSpy countSpy(&model, &DeadLetterGroupModel::countChanged);
    QSignalSpy insertedSpy(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
    QVERIFY(countSpy.isValid() && insertedSpy.isValid() && resetSpy.isValid());

    // No refresh() anywhere: Backend.deadLettered() drives it.
    test::deliverGarbage(shop, u"inventory"_s);
    QTRY_COMPARE(model.count(), 1);
    QCOMPARE(model.groupCount(), 1);
    test::deliverGarbage(shop, u"inventory"_s);
    test::deliverGarbage(shop, u"coupon"_s);
    QTRY_COMPARE(model.count(), 3);
    QCOMPARE(model.groupCount(), 2);
    QVERIFY(countSpy.count() >= 2);
    QCOMPARE(insertedSpy.count(), 2); // one row per new group
    QCOMPARE(resetSpy.count(), 0);    // never a reset after the first load
}

void TestDeadLetterGroupModel::retryOneSucceedsOnceTheFaultIsCleared()
{
    test::UiTestShop shop;
    test::breakStatistics(shop);
    QVERIFY(test::placeOneOrder(shop) > 0);
    QVERIFY(test::waitForDeadLetters(shop, 1));

    Fixture f(shop);
    DeadLetterGroupModel &model = f.model;
    QCOMPARE(model.count(), 1);
    const QString id = role(*lettersAt(model, 0), 0, "letterId");
    QSignalSpy finished(&model, &DeadLetterGroupModel::retryFinished);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
    QVERIFY(finished.isValid() && removed.isValid() && resetSpy.isValid());

    test::repairStatistics(shop);
    model.retryOne(id);
    QVERIFY(model.isBusy());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).toString(), id);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(model.count(), 0); // at once, not after a reload
    QCOMPARE(model.groupCount(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(resetSpy.count(), 0);
    QVERIFY(!model.isBusy());
    QCOMPARE(model.lastActionText(), u"1 handled"_s);
    QVERIFY(test::deadLetters(shop).isEmpty());
    // The statistics really took the sale now.
    QTRY_VERIFY(test::await(shop.shop().statistics().popular(test::nowMs())).value.value_or(QList<services::StatisticsService::ProductQuantity>{})
                        .size() == 1);
}

void TestDeadLetterGroupModel::retryThatFailsAgainSaysSoAndKeepsTheLetter()
{
    test::UiTestShop shop;
    shop.shop().exports().setOutage(true);
    QVERIFY(test::placeOneOrder(shop) > 0);
    QVERIFY(test::waitForDeadLetters(shop, 1));

    Fixture f(shop);
    DeadLetterGroupModel &model = f.model;
    DeadLetterListModel *letters = lettersAt(model, 0);
    const QString id = role(*letters, 0, "letterId");
    QCOMPARE(value(*letters, 0, "attempts").toInt(), 5);
    QSignalSpy finished(&model, &DeadLetterGroupModel::retryFinished);
    QSignalSpy actionFinished(&model, &DeadLetterGroupModel::actionFinished);
    QSignalSpy letterChanged(letters, &QAbstractItemModel::dataChanged);
    QVERIFY(finished.isValid() && actionFinished.isValid() && letterChanged.isValid());

    model.retryOne(id);
    QCOMPARE(role(*letters, 0, "retryState"), u"running"_s); // sent at once (concurrency 4)
    QVERIFY(value(*letters, 0, "busy").toBool());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(finished.first().at(2).toString(), test::kExportDown);

    // Kept, marked, visible.
    QCOMPARE(model.count(), 1);
    QCOMPARE(role(*letters, 0, "letterId"), id);
    QCOMPARE(role(*letters, 0, "retryState"), u"failedAgain"_s);
    QCOMPARE(role(*letters, 0, "retryText"), u"Failed again: "_s + test::kExportDown);
    QCOMPARE(model.retryText(id), u"Failed again: "_s + test::kExportDown);
    QCOMPARE(value(*letters, 0, "attempts").toInt(), 6);
    QCOMPARE(value(model, 0, "failedAgainCount").toInt(), 1);
    QVERIFY(letterChanged.count() > 0);
    QCOMPARE(actionFinished.count(), 1);
    QCOMPARE(model.lastActionText(), u"1 failed again"_s);

    // The reload after the action agrees with the database and keeps the mark.
    QTRY_COMPARE(test::deadLetters(shop).value(0).attempts, 6);
    model.refresh();
    QTest::qWait(0);
    QTRY_COMPARE(value(*lettersAt(model, 0), 0, "attempts").toInt(), 6);
    QCOMPARE(role(*lettersAt(model, 0), 0, "retryText"), u"Failed again: "_s + test::kExportDown);
    QCOMPARE(test::deadLetters(shop).size(), 1);
}

void TestDeadLetterGroupModel::discardRemovesTheLetter()
{
    test::UiTestShop shop;
    test::deliverGarbage(shop, u"inventory"_s);
    test::deliverGarbage(shop, u"payment"_s);
    QVERIFY(test::waitForDeadLetters(shop, 2));
    Fixture f(shop);
    DeadLetterGroupModel &model = f.model;
    QCOMPARE(model.count(), 2);
    const int row = groupOfConsumer(model, u"inventory"_s);
    const QString id = role(*lettersAt(model, row), 0, "letterId");
    QSignalSpy discarded(&model, &DeadLetterGroupModel::discardFinished);
    QVERIFY(discarded.isValid());

    model.discard(id);
    QVERIFY(discarded.wait(10'000));
    QCOMPARE(discarded.first().at(0).toString(), id);
    QCOMPARE(discarded.first().at(1).toBool(), true);
    QCOMPARE(model.count(), 1);
    QCOMPARE(model.groupCount(), 1);
    QCOMPARE(role(model, 0, "consumer"), u"payment"_s);
    QCOMPARE(model.lastActionText(), u"1 discarded"_s);
    QCOMPARE(test::deadLetters(shop).size(), 1);

    // The whole remaining group.
    model.discardGroup(role(model, 0, "groupKey"));
    QTRY_COMPARE(model.count(), 0);
    QTRY_VERIFY(test::deadLetters(shop).isEmpty());
}

void TestDeadLetterGroupModel::retryAllShowsProgressAndResults()
{
    test::UiTestShop shop;
    test::breakStatistics(shop);
    shop.shop().exports().setOutage(true);
    QVERIFY(test::placeOneOrder(shop) > 0);
    QVERIFY(test::placeOneOrder(shop) > 0);
    QVERIFY(test::waitForDeadLetters(shop, 4));

    Fixture f(shop);
    DeadLetterGroupModel &model = f.model;
    model.setConcurrency(1); // sequential: the progress shows every step
    QCOMPARE(model.count(), 4);
    QStringList progress;
    connect(&model, &DeadLetterGroupModel::progressChanged, &model,
            [&] { progress.append(model.progressText()); });
    QSignalSpy actionFinished(&model, &DeadLetterGroupModel::actionFinished);
    QVERIFY(actionFinished.isValid());

    test::repairStatistics(shop); // statistics works again, the export endpoint stays down
    model.retryAll();
    QVERIFY(model.isBusy());
    QCOMPARE(model.progressTotal(), 4);
    QCOMPARE(model.progressText(), u"Retrying 1 of 4"_s);
    QVERIFY(actionFinished.wait(20'000));
    QCOMPARE(progress, (QStringList{u"Retrying 1 of 4"_s, u"Retrying 2 of 4"_s, u"Retrying 3 of 4"_s,
                                    u"Retrying 4 of 4"_s, QString()}));
    QCOMPARE(actionFinished.first().at(0).toString(), u"2 handled, 2 failed again"_s);
    QVERIFY(!model.isBusy());
    QCOMPARE(model.progressText(), QString());

    // Statistics letters are gone; the export ones stay, each marked.
    QCOMPARE(model.count(), 2);
    QCOMPARE(model.groupCount(), 1);
    DeadLetterListModel *letters = lettersAt(model, 0);
    for (int i = 0; i < letters->rowCount(); ++i)
        QCOMPARE(role(*letters, i, "retryText"), u"Failed again: "_s + test::kExportDown);
    QTRY_COMPARE(test::deadLetters(shop).size(), 2);
}

void TestDeadLetterGroupModel::retrySelectedAndGroupActions()
{
    test::UiTestShop shop;
    shop.shop().exports().setOutage(true);
    QVERIFY(test::placeOneOrder(shop) > 0);
    QVERIFY(test::placeOneOrder(shop) > 0);
    test::deliverGarbage(shop, u"inventory"_s);
    QVERIFY(test::waitForDeadLetters(shop, 3));

    Fixture f(shop);
    DeadLetterGroupModel &model = f.model;
    const int exportRow = groupOfConsumer(model, u"export"_s);
    const QString exportKey = role(model, exportRow, "groupKey");
    DeadLetterListModel *letters = lettersAt(model, exportRow);
    const QString firstId = role(*letters, 0, "letterId");
    const QString secondId = role(*letters, 1, "letterId");
    QSignalSpy selection(&model, &DeadLetterGroupModel::selectionChanged);
    QSignalSpy groupChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(selection.isValid() && groupChanged.isValid());

    // Selection: per letter, per group, all.
    model.setSelected(secondId, true);
    QCOMPARE(model.selectedCount(), 1);
    QVERIFY(model.isSelected(secondId));
    QVERIFY(value(*letters, 1, "selected").toBool());
    QCOMPARE(value(model, exportRow, "selectedCount").toInt(), 1);
    QVERIFY(!value(model, exportRow, "allSelected").toBool());
    QVERIFY(test::onlyRowChanged(groupChanged, exportRow));
    model.setSelected(secondId, true); // no change, no signal
    QCOMPARE(selection.count(), 1);
    model.setGroupSelected(exportKey, true);
    QCOMPARE(model.selectedCount(), 2);
    QVERIFY(value(model, exportRow, "allSelected").toBool());
    model.selectAll();
    QCOMPARE(model.selectedCount(), 3);
    model.clearSelection();
    QCOMPARE(model.selectedCount(), 0);

    // Retry selected: only the selected letter is retried.
    QSignalSpy finished(&model, &DeadLetterGroupModel::retryFinished);
    QVERIFY(finished.isValid());
    model.setSelected(secondId, true);
    model.retrySelected();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toString(), secondId);
    QCOMPARE(model.retryText(firstId), QString());
    QCOMPARE(model.retryText(secondId), u"Failed again: "_s + test::kExportDown);

    // Retry a group once the endpoint is back: both go, the inventory letter stays.
    shop.shop().exports().setOutage(false);
    finished.clear();
    model.retryGroup(exportKey);
    QCOMPARE(model.progressTotal(), 2);
    model.retryGroup(exportKey); // already queued: not twice
    QCOMPARE(model.progressTotal(), 2);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(model.count(), 1);
    QCOMPARE(model.selectedCount(), 0); // the selected letter is gone
    QCOMPARE(model.indexOfGroup(exportKey), -1);
    QTRY_COMPARE(test::deadLetters(shop).size(), 1);
    QCOMPARE(test::await(shop.shop().exports().exports()).value->size(), 2); // skipped (no URL), not lost
}

void TestDeadLetterGroupModel::theGuiThreadNeverWaits()
{
    test::UiTestShop shop;
    test::deliverGarbage(shop, u"inventory"_s);
    QVERIFY(test::waitForDeadLetters(shop, 1));
    Fixture f(shop);
    DeadLetterGroupModel &model = f.model;
    QSignalSpy finished(&model, &DeadLetterGroupModel::retryFinished);
    QSignalSpy discarded(&model, &DeadLetterGroupModel::discardFinished);
    QVERIFY(finished.isValid() && discarded.isValid());

    // Every call returns at once: the answers come later, through the event loop. (A model
    // that waited for the bus would have its answer before the call returned.)
    model.retryAll();
    model.refresh();
    QVERIFY(model.isBusy());
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(1).toBool(), false); // undecodable: it fails again
    QCOMPARE(model.count(), 1);

    model.discardGroup(model.data(model.index(0, 0), DeadLetterGroupModel::GroupKeyRole).toString());
    QCOMPARE(discarded.count(), 0);
    QCOMPARE(model.count(), 1);
    QVERIFY(discarded.wait(10'000));
    QCOMPARE(model.count(), 0);
}

QTEST_MAIN(TestDeadLetterGroupModel)
#include "tst_deadlettergroupmodel.moc"
