// The saga timeline page over the real backend, offscreen, in a small wrapper window: a
// completed saga, a failed and compensated one, a busy one (retries, a dead letter, an
// administrator's cancel: 60+ markers) and one still running (pending markers), in English
// and Korean. With SAGASHOP_SCREENSHOT_DIR set, it saves a PNG of each.

#include "StorefrontHarness.h"
#include "TimelineScenario.h"
#include "bus/FaultInjector.h"
#include "services/order/OrderService.h"

#include <QDir>
#include <QQuickItem>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace sagashop;
using test::kTimelineTimeoutMs;
using test::StorefrontHarness;

namespace {

QString windowUrl()
{
    return QUrl::fromLocalFile(QStringLiteral(SAGASHOP_TIMELINE_TEST_DIR "/TimelineWindow.qml"))
            .toString();
}

/// Saves a screenshot named `name` when SAGASHOP_SCREENSHOT_DIR says where.
void screenshot(StorefrontHarness &h, const QString &name)
{
    const QString dir = qEnvironmentVariable("SAGASHOP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + u".png"_s);
    QVERIFY2(h.saveScreenshot(path), qPrintable(path));
    qInfo().noquote() << "screenshot:" << path;
}

ui::SagaTimelineModel *modelOf(StorefrontHarness &h)
{
    QQuickItem *page = h.item(u"sagaTimelinePage"_s);
    return page ? page->property("timelineModel").value<ui::SagaTimelineModel *>() : nullptr;
}

/// Opens `sagaId` and waits until it expects nothing more.
bool showFinished(StorefrontHarness &h, const QString &sagaId)
{
    h.window()->setProperty("sagaId", sagaId);
    return QTest::qWaitFor(
            [&] {
                ui::SagaTimelineModel *model = modelOf(h);
                return model && model->isLoaded() && !model->isLive();
            },
            kTimelineTimeoutMs);
}

} // namespace

class TestSagaTimelinePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCompletedSaga_data();
    void aCompletedSaga();
    void aFailedAndCompensatedSaga_data();
    void aFailedAndCompensatedSaga();
    void aBusySagaStaysReadable();
    void aRunningSagaShowsWhatItExpects();
};

void TestSagaTimelinePage::aCompletedSaga_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ko") << u"ko"_s;
}

void TestSagaTimelinePage::aCompletedSaga()
{
    QFETCH(QString, language);
    StorefrontHarness h(language, {1440, 900}, windowUrl());
    QVERIFY(h.isLoaded());
    h.backend().charge(1, 100'000);
    const QString sagaId = test::placeSaga(h.backend(), 1, {{u"p01"_s, 2, 0}, {u"p07"_s, 1, 0}});
    QVERIFY(showFinished(h, sagaId));
    QTRY_COMPARE_WITH_TIMEOUT(modelOf(h)->status(), u"completed"_s, kTimelineTimeoutMs);

    QVERIFY(h.item(u"sagaTimeline"_s));
    QVERIFY(h.item(u"sagaStepList"_s));
    for (const QString &service : {u"order"_s, u"inventory"_s, u"coupon"_s, u"balance"_s,
                 u"payment"_s, u"statistics"_s, u"export"_s})
        QTRY_VERIFY2(h.item(u"lane_"_s + service), qPrintable(service)); // delegates follow the model
    QTRY_VERIFY(h.item(u"marker_published_OrderCompleted"_s));
    QTRY_COMPARE(h.items(u"marker_handled_*"_s).size(), 9);
    QCOMPARE(h.items(u"marker_pending_*"_s).size(), 0);
    QVERIFY(h.items(u"step_*"_s).size() >= 8); // the list shows most of its 10 rows at once
    if (language == u"en"_s) {
        QCOMPARE(StorefrontHarness::text(h.item(u"statusText"_s)), u"Completed"_s);
    }

    // A click on a marker opens its details with the payload.
    QVERIFY(!h.item(u"payloadPanel"_s));
    QVERIFY(h.clickWhenReady(u"marker_published_InventoryDeducted"_s));
    QTRY_VERIFY(h.item(u"payloadPanel"_s));
    const QString details = StorefrontHarness::allText(h.item(u"payloadPanel"_s));
    QVERIFY2(details.contains(u"InventoryDeducted"_s) && details.contains(u"\"orderId\""_s),
            qPrintable(details));
    screenshot(h, u"timeline-completed-"_s + language);
    // A step in the list selects its marker: Inventory's handling of PaymentRequested.
    QVERIFY(h.clickWhenReady(u"step_1"_s));
    QTRY_COMPARE(StorefrontHarness::text(h.item(u"detailsEventType"_s)), u"PaymentRequested"_s);
    QCOMPARE(StorefrontHarness::text(h.item(u"detailsKind"_s)).isEmpty(), false);
    if (language == u"en"_s)
        QCOMPARE(StorefrontHarness::text(h.item(u"detailsService"_s)), u"Inventory"_s);
}

void TestSagaTimelinePage::aFailedAndCompensatedSaga_data()
{
    aCompletedSaga_data();
}

void TestSagaTimelinePage::aFailedAndCompensatedSaga()
{
    QFETCH(QString, language);
    StorefrontHarness h(language, {1440, 900}, windowUrl());
    QVERIFY(h.isLoaded());
    const qint64 coupon = test::issueCoupon(h.backend(), 2, u"Welcome"_s); // user 2 has no money
    const QString sagaId = test::placeSaga(h.backend(), 2, {{u"p01"_s, 1, 0}}, coupon);
    QVERIFY(showFinished(h, sagaId));
    QTRY_COMPARE_WITH_TIMEOUT(modelOf(h)->status(), u"compensated"_s, kTimelineTimeoutMs);
    QTRY_VERIFY(h.item(u"marker_compensation_InventoryRestored"_s));
    QTRY_VERIFY(h.item(u"marker_compensation_CouponRestored"_s));
    QTRY_VERIFY(h.item(u"marker_published_BalanceFailed"_s));
    QVERIFY(!h.item(u"lane_payment"_s));
    screenshot(h, u"timeline-compensated-"_s + language);
    // Open the restore to show what came back.
    QVERIFY(h.clickWhenReady(u"marker_compensation_CouponRestored"_s));
    QTRY_VERIFY(h.item(u"payloadPanel"_s));
    screenshot(h, u"timeline-compensated-details-"_s + language);
}

void TestSagaTimelinePage::aBusySagaStaysReadable()
{
    StorefrontHarness h(u"en"_s, {1440, 900}, windowUrl());
    QVERIFY(h.isLoaded());
    h.backend().charge(1, 200'000);
    shop::Shop &shop = h.shop();
    using Mode = bus::FaultInjector::Mode;
    // Three failed attempts and redeliveries at each forward step, the statistics
    // dead-lettered, then an administrator cancels the order: every kind of marker.
    for (bus::Service *s : std::initializer_list<bus::Service *>{&shop.inventory(), &shop.coupons(),
                 &shop.balances(), &shop.payments(), &shop.exports()}) {
        QCOMPARE(s->faults().set({Mode::Fail, 3, 0, 0}), QString());
        QCOMPARE(s->faults().set({Mode::Duplicate, 3, 0, 0}), QString());
    }
    QCOMPARE(shop.orders().faults().set({Mode::Fail, 1, 0, 0}), QString());
    QCOMPARE(shop.orders().faults().set({Mode::Duplicate, 3, 0, 0}), QString());
    QCOMPARE(shop.statistics().faults().set({Mode::Fail, 0, 1.0, 0}), QString());
    const qint64 coupon = test::issueCoupon(h.backend(), 1, u"Welcome"_s);
    QVERIFY(coupon > 0);
    qint64 orderId = 0;
    const QString sagaId = test::placeSaga(
            h.backend(), 1, {{u"p02"_s, 1, 0}, {u"p03"_s, 2, 0}}, coupon, &orderId);
    QVERIFY(showFinished(h, sagaId));
    QTRY_COMPARE_WITH_TIMEOUT(
            test::orderStatus(h.backend(), orderId), u"CONFIRMED"_s, kTimelineTimeoutMs);
    for (bus::Service *s : std::initializer_list<bus::Service *>{&shop.inventory(), &shop.coupons(),
                 &shop.balances(), &shop.payments(), &shop.exports(), &shop.orders(),
                 &shop.statistics()})
        s->faults().clearAll();
    const auto cancelled = test::await(shop.orders().cancel(orderId, u"kim"_s));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.error));
    QTRY_COMPARE_WITH_TIMEOUT(modelOf(h)->status(), u"compensated"_s, kTimelineTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!modelOf(h)->isLive(), kTimelineTimeoutMs);
    ui::SagaTimelineModel *model = modelOf(h);
    const QStringList problems = test::timelineProblems(*model);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(model->markerCount() >= 60, qPrintable(QString::number(model->markerCount())));
    QVERIFY(model->retryCount() >= 15);
    QCOMPARE(model->deadLetterCount(), 1);
    QVERIFY(model->compensationCount() >= 3);
    QTRY_VERIFY(h.item(u"marker_deadLetter_ProductSalesRankRecorded"_s));
    QTRY_VERIFY(h.item(u"marker_published_OrderCancelled"_s));
    qInfo() << "busy saga:" << model->markerCount() << "markers," << model->retryCount()
            << "retries";
    screenshot(h, u"timeline-busy-en"_s);
    // Zoomed in on the start, the first steps spread out.
    QQuickItem *view = h.item(u"sagaTimeline"_s);
    QVERIFY(h.clickWhenReady(u"zoomInButton"_s));
    QVERIFY(h.clickWhenReady(u"zoomInButton"_s));
    QVERIFY(!view->property("fitted").toBool());
    screenshot(h, u"timeline-busy-zoomed-en"_s);
    // In sequence, the cancellation at the end gets as much room as the rest.
    QVERIFY(h.clickWhenReady(u"sequenceScaleButton"_s));
    QCOMPARE(view->property("scale").toString(), u"sequence"_s);
    QVERIFY(view->property("fitted").toBool());
    QVERIFY(h.clickWhenReady(u"marker_compensation_CouponRestored"_s));
    QTRY_VERIFY(h.item(u"payloadPanel"_s));
    screenshot(h, u"timeline-busy-sequence-en"_s);
}

void TestSagaTimelinePage::aRunningSagaShowsWhatItExpects()
{
    StorefrontHarness h(u"en"_s, {1440, 900}, windowUrl());
    QVERIFY(h.isLoaded());
    h.backend().charge(1, 100'000);
    QCOMPARE(h.shop().payments().faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 4000}),
            QString());
    const QString sagaId = test::placeSaga(h.backend(), 1, {{u"p05"_s, 1, 0}});
    h.window()->setProperty("sagaId", sagaId);
    QTRY_VERIFY_WITH_TIMEOUT(h.item(u"marker_pending_BalanceDeducted"_s), kTimelineTimeoutMs);
    QTRY_VERIFY(h.item(u"marker_pending_OrderConfirmed"_s));
    QTRY_VERIFY(h.item(u"marker_pending_ProductSalesRankRecorded"_s));
    QVERIFY(h.item(u"liveBadge"_s));
    screenshot(h, u"timeline-running-en"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!h.item(u"marker_pending_BalanceDeducted"_s), kTimelineTimeoutMs);
    h.shop().payments().faults().clearAll();
    QTRY_VERIFY_WITH_TIMEOUT(h.item(u"marker_published_OrderCompleted"_s), kTimelineTimeoutMs);
}

QTEST_MAIN(TestSagaTimelinePage)
#include "tst_sagatimelinepage.moc"
