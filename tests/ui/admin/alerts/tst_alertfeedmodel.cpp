// AlertFeedModel against the real backend: alerts appear live (no reload call) as they are
// stored, newest first, with their kind, words and saga; unread count and mark-as-read.

#include "admin/deadletters/OpsScenario.h"

#include "alerts/AlertService.h"
#include "ui/admin/alerts/AlertFeedModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using ui::AlertFeedModel;

namespace {

QVariant value(const AlertFeedModel &m, int row, AlertFeedModel::Role role)
{
    return m.data(m.index(row, 0), role);
}

} // namespace

class TestAlertFeedModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void aDeadLetterRaisesAnAlertThatAppearsLive();
    void anExportFailureNamesItsOrderAndSaga();
    void unreadAndMarkAllRead();
    void keepsTheNewestUpToTheLimit();
};

void TestAlertFeedModel::aDeadLetterRaisesAnAlertThatAppearsLive()
{
    test::UiTestShop shop;
    AlertFeedModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&shop.backend());
    QTRY_VERIFY(model.isLoaded());
    QCOMPARE(model.count(), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy arrived(&model, &AlertFeedModel::alertsArrived);
    QVERIFY(inserted.isValid() && reset.isValid() && arrived.isValid());

    // Nothing calls refresh(): the alert shows up because it was stored.
    test::deliverGarbage(shop, u"inventory"_s);
    QTRY_COMPARE(model.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(arrived.count(), 1);
    QCOMPARE(value(model, 0, AlertFeedModel::KindRole).toString(), u"dead_letter"_s);
    QCOMPARE(value(model, 0, AlertFeedModel::KindTextRole).toString(), u"Dead letter"_s);
    QCOMPARE(value(model, 0, AlertFeedModel::SeverityRole).toString(), u"critical"_s);
    QVERIFY2(value(model, 0, AlertFeedModel::TitleRole).toString().startsWith(u"inventory gave up on an undecodable event"_s),
             qPrintable(value(model, 0, AlertFeedModel::TitleRole).toString()));
    QVERIFY(!value(model, 0, AlertFeedModel::DetailRole).toString().isEmpty());
    QVERIFY(!value(model, 0, AlertFeedModel::TimeTextRole).toString().isEmpty());
    QVERIFY(value(model, 0, AlertFeedModel::AtRole).toLongLong() > 0);

    // A second one goes on top.
    test::deliverGarbage(shop, u"payment"_s);
    QTRY_COMPARE(model.count(), 2);
    QVERIFY(value(model, 0, AlertFeedModel::TitleRole).toString().startsWith(u"payment"_s));
    QVERIFY(value(model, 0, AlertFeedModel::AlertIdRole).toLongLong()
            > value(model, 1, AlertFeedModel::AlertIdRole).toLongLong());
    QCOMPARE(reset.count(), 0);
}

void TestAlertFeedModel::anExportFailureNamesItsOrderAndSaga()
{
    test::UiTestShop shop;
    AlertFeedModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&shop.backend());
    QTRY_VERIFY(model.isLoaded());

    shop.shop().exports().setOutage(true);
    const qint64 orderId = test::placeOneOrder(shop);
    QVERIFY(orderId > 0);
    QTRY_VERIFY_WITH_TIMEOUT(model.count() == 1, test::kSagaTimeoutMs);
    QCOMPARE(value(model, 0, AlertFeedModel::KindRole).toString(), u"export_failed"_s);
    QCOMPARE(value(model, 0, AlertFeedModel::KindTextRole).toString(), u"Export failed"_s);
    QCOMPARE(value(model, 0, AlertFeedModel::OrderIdRole).toLongLong(), orderId);
    QCOMPARE(value(model, 0, AlertFeedModel::DetailRole).toString(), test::kExportDown);
    const QString sagaId = value(model, 0, AlertFeedModel::SagaIdRole).toString();
    QVERIFY(!sagaId.isEmpty());
    QCOMPARE(test::deadLetters(shop).value(0).sagaId, sagaId); // the page can open that saga
}

void TestAlertFeedModel::unreadAndMarkAllRead()
{
    test::UiTestShop shop;
    test::deliverGarbage(shop, u"inventory"_s);
    test::deliverGarbage(shop, u"coupon"_s);
    QTRY_COMPARE(test::await(shop.shop().alerts().count()).value.value_or(0), 2);

    AlertFeedModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&shop.backend());
    QTRY_VERIFY(model.isLoaded());
    QCOMPARE(model.count(), 2);
    QCOMPARE(model.unreadCount(), 2);
    QVERIFY(value(model, 0, AlertFeedModel::UnreadRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy unread(&model, &AlertFeedModel::unreadCountChanged);
    QVERIFY(changed.isValid() && unread.isValid());
    model.markAllRead();
    QCOMPARE(model.unreadCount(), 0);
    QCOMPARE(unread.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QVERIFY(!value(model, 1, AlertFeedModel::UnreadRole).toBool());
    QCOMPARE(model.seenId(), value(model, 0, AlertFeedModel::AlertIdRole).toLongLong());

    test::deliverGarbage(shop, u"payment"_s);
    QTRY_COMPARE(model.unreadCount(), 1);
    QVERIFY(value(model, 0, AlertFeedModel::UnreadRole).toBool());
    QVERIFY(!value(model, 1, AlertFeedModel::UnreadRole).toBool());
}

void TestAlertFeedModel::keepsTheNewestUpToTheLimit()
{
    test::UiTestShop shop;
    AlertFeedModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLimit(2);
    model.setBackend(&shop.backend());
    QTRY_VERIFY(model.isLoaded());
    for (const QString &consumer : {u"inventory"_s, u"coupon"_s, u"payment"_s}) {
        const int before = int(test::await(shop.shop().alerts().count()).value.value_or(0));
        test::deliverGarbage(shop, consumer);
        QTRY_COMPARE(test::await(shop.shop().alerts().count()).value.value_or(0), before + 1);
    }
    QTRY_VERIFY(value(model, 0, AlertFeedModel::TitleRole).toString().startsWith(u"payment"_s));
    QCOMPARE(model.count(), 2);
    QVERIFY(value(model, 1, AlertFeedModel::TitleRole).toString().startsWith(u"coupon"_s));
}

QTEST_MAIN(TestAlertFeedModel)
#include "tst_alertfeedmodel.moc"
