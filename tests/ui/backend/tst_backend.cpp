// ui::Backend, the GUI's view of the running backend: domain events reach the GUI thread in
// batches (never the bus's own records), a dead letter or a storage failure becomes one plain
// sentence in `problem`, and money is formatted as the UI shows it.

#include "UiTestShop.h"
#include "common/TestServices.h"

#include "bus/EventBus.h"
#include "bus/Service.h"
#include "bus/SagaLogEvents.h"
#include "saga/SagaLog.h"
#include "services/balance/BalanceService.h"
#include "services/order/OrderService.h"
#include "services/statistics/StatisticsService.h"
#include "ui/Backend.h"
#include "ui/Money.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace sagashop;

class TestBackend : public QObject
{
    Q_OBJECT

private slots:
    void eventsArriveOnTheGuiThreadInBatches();
    void aDeadLetterBecomesAProblemSentence();
    void sagasTouchedNamesWhatTheSagaLogStored();
    void moneyIsGroupedWon();
};

void TestBackend::eventsArriveOnTheGuiThreadInBatches()
{
    test::UiTestShop shop;
    QList<QThread *> threads;
    QStringList types;
    int batches = 0;
    connect(&shop.backend(), &ui::Backend::eventsArrived, this, [&](const QList<bus::EventEnvelope> &events) {
        threads.append(QThread::currentThread());
        ++batches;
        for (const bus::EventEnvelope &e : events)
            types.append(e.type);
    });
    for (int i = 0; i < 20; ++i)
        QVERIFY(test::await(shop.shop().balances().charge(1, 1'000)).ok());
    QTRY_COMPARE(types.count(u"RecordBalanceCharge"_s), 20);
    QVERIFY(!threads.isEmpty());
    for (QThread *thread : std::as_const(threads))
        QCOMPARE(thread, QCoreApplication::instance()->thread());
    for (const QString &type : std::as_const(types))
        QVERIFY2(!bus::SagaLogEvents::isLogEvent(type), qPrintable(type)); // bookkeeping stays inside
    QVERIFY(batches <= 20);
}

void TestBackend::aDeadLetterBecomesAProblemSentence()
{
    test::UiTestShop shop;
    ui::Backend &backend = shop.backend();
    QSignalSpy changed(&backend, &ui::Backend::problemChanged);
    QSignalSpy deadLettered(&backend, &ui::Backend::deadLettered);
    QVERIFY(changed.isValid());
    QVERIFY(backend.problem().isEmpty());

    // Statistics fails every time: its copy of the order's sales ends in the dead-letter queue.
    QVERIFY(shop.shop().statistics().faults().set({bus::FaultInjector::Mode::Fail, 0, 1.0, 0}).isEmpty());
    shop.charge(1, 100'000);
    services::PlaceOrderRequest request;
    request.userId = 1;
    request.items = {{u"p01"_s, 1, 0}};
    request.idempotencyKey = u"dlq-1"_s;
    QVERIFY(test::await(shop.shop().orders().placeOrder(request)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!backend.problem().isEmpty(), 60'000);
    QVERIFY2(backend.problem().contains(u"statistics"_s), qPrintable(backend.problem()));
    QVERIFY(changed.count() >= 1);
    QVERIFY(deadLettered.count() >= 1);

    backend.dismissProblem();
    QVERIFY(backend.problem().isEmpty());
    const int before = int(changed.count());
    backend.dismissProblem(); // nothing to dismiss: no signal
    QCOMPARE(changed.count(), before);
}

void TestBackend::sagasTouchedNamesWhatTheSagaLogStored()
{
    test::UiTestShop shop;
    QSet<QString> touched;
    int batches = 0;
    connect(&shop.backend(), &ui::Backend::sagasTouched, this, [&](const QStringList &sagaIds) {
        QCOMPARE(QThread::currentThread(), QCoreApplication::instance()->thread());
        QCOMPARE(QSet<QString>(sagaIds.cbegin(), sagaIds.cend()).size(), sagaIds.size()); // each once
        ++batches;
        for (const QString &id : sagaIds)
            touched.insert(id);
    });
    shop.charge(1, 100'000);
    services::PlaceOrderRequest request;
    request.userId = 1;
    request.items = {{u"p01"_s, 1, 0}};
    request.idempotencyKey = u"touch-1"_s;
    const auto placed = test::await(shop.shop().orders().placeOrder(request));
    QVERIFY(placed.ok());
    const QString sagaId = placed.value->sagaId;
    QVERIFY(!sagaId.isEmpty());
    QTRY_VERIFY(touched.contains(sagaId));
    // Once the saga is complete, the log holds it: the signal came after the log stored it.
    QTRY_VERIFY_WITH_TIMEOUT(test::await(shop.shop().sagaLog().saga(sagaId)).value.value_or(std::nullopt).has_value(), 30'000);
    QVERIFY(batches >= 1);
}

void TestBackend::moneyIsGroupedWon()
{
    QCOMPARE(ui::Money::format(0), u"₩0"_s);
    QCOMPARE(ui::Money::format(18'900), u"₩18,900"_s);
    QCOMPARE(ui::Money::format(1'000'000'000), u"₩1,000,000,000"_s);
    QCOMPARE(ui::Money::format(-2'000), u"-₩2,000"_s);
    QVERIFY(!ui::Money::format(std::numeric_limits<qint64>::min()).isEmpty()); // no overflow
}

QTEST_GUILESS_MAIN(TestBackend)
#include "tst_backend.moc"
