// SagaListModel against the real backend: pages in keyset order, each filter (status, stuck,
// search by order, saga id and user, start time), counts per status, and live updates: a new
// checkout is inserted at the top, a status change is a dataChanged, never a reset.

#include "UiTestShop.h"
#include "bus/EventBus.h"
#include "bus/FaultInjector.h"
#include "catalog/ShopScenario.h"
#include "saga/SagaLog.h"
#include "services/balance/BalanceService.h"
#include "ui/admin/sagas/SagaListModel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using test::await;
using ui::SagaListModel;

namespace {

using Model = test::ModelUnderTest<SagaListModel>;

/// Checkouts of one p0N item each for `userId`; returns their order ids.
QList<qint64> checkouts(test::UiTestShop &shop, qint64 userId, int n)
{
    QList<qint64> orders;
    for (int i = 0; i < n; ++i)
        orders.append(test::placeOrder(shop, userId, {{u"p0%1"_s.arg(1 + i % 8), 1, 0}}));
    return orders;
}

qint64 finished(test::UiTestShop &shop)
{
    const auto counts = await(shop.shop().sagaLog().counts(0));
    if (!counts.ok())
        return -1;
    return counts.value->byStatus.value(u"completed"_s) + counts.value->byStatus.value(u"compensated"_s);
}

/// Nothing is on its way any more (a saga's last handlings are logged after it completed):
/// what a model loads now stays as it is until the test does something.
[[nodiscard]] bool quiet(test::UiTestShop &shop)
{
    return QTest::qWaitFor([&] {
        for (bus::Service *s : shop.shop().bus().services()) {
            if (s->stats().queued > 0)
                return false;
        }
        return true;
    }, 20'000);
}

QStringList sagaIds(const SagaListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(SagaListModel::SagaIdRole).toString());
    return ids;
}

QVariant at(const SagaListModel &model, int row, SagaListModel::Role role)
{
    return model.index(row).data(role);
}

} // namespace

class TestSagaListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesInOrderWithoutGapsOrDuplicates();
    void filtersAndCounts();
    void aNewCheckoutIsInsertedAtTheTopAndChangesInPlace();
    void stuckSagasAreFoundAndLeaveWhenTheyMove();
    void failedCheckoutsNameTheirUserAndStart();
};

void TestSagaListModel::failedCheckoutsNameTheirUserAndStart()
{
    // The saga log may get a saga's later steps (or their handlings) before its first event:
    // the summary still ends up with the user and the first event's time.
    Model m;
    QList<qint64> orders;
    for (int i = 0; i < 6; ++i)
        orders.append(test::placeOrder(m.shop, 1 + i % 2, {{u"p07"_s, 1000, 0}})); // more than in stock
    for (const qint64 orderId : std::as_const(orders))
        QTRY_COMPARE(test::orderStatus(m.shop, orderId), u"FAILED"_s);
    QVERIFY(m.load());
    QTRY_COMPARE(m.model.rowCount(), 6);
    for (int row = 0; row < 6; ++row) {
        const QString sagaId = at(m.model, row, SagaListModel::SagaIdRole).toString();
        const qint64 orderId = at(m.model, row, SagaListModel::OrderIdRole).toLongLong();
        QVERIFY(orders.contains(orderId));
        QCOMPARE(at(m.model, row, SagaListModel::UserIdRole).toLongLong(), 1 + orders.indexOf(orderId) % 2);
        const QList<saga::SagaLogEntry> timeline =
            await(m.shop.shop().sagaLog().timeline(sagaId)).value.value_or(QList<saga::SagaLogEntry>{});
        QVERIFY(!timeline.isEmpty());
        qint64 first = timeline.first().at;
        for (const saga::SagaLogEntry &e : timeline)
            first = std::min(first, e.at);
        QCOMPARE(at(m.model, row, SagaListModel::StartedAtRole).toLongLong(), first);
    }
}

void TestSagaListModel::pagesInOrderWithoutGapsOrDuplicates()
{
    Model m;
    m.shop.charge(1, 1'000'000);
    const QList<qint64> orders = checkouts(m.shop, 1, 25);
    QVERIFY(!orders.contains(0));
    QTRY_COMPARE_WITH_TIMEOUT(finished(m.shop), 25, 30'000);

    m.model.setPageSize(10);
    QSignalSpy reset(&m.model, &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());
    QVERIFY(m.load());
    QCOMPARE(m.model.rowCount(), 10);
    QVERIFY(m.model.hasMore());
    QVERIFY(m.model.canFetchMore({}));
    const QHash<int, QByteArray> names = m.model.roleNames();
    for (const char *name : {"sagaId", "orderId", "userId", "status", "startedAt", "updatedAt", "durationMs",
                             "lastEventType", "retries", "deadLetters", "compensations", "amount"})
        QVERIFY2(names.values().contains(QByteArray(name)), name);
    QCOMPARE(at(m.model, 0, SagaListModel::UserIdRole).toLongLong(), 1);
    QVERIFY(orders.contains(at(m.model, 0, SagaListModel::OrderIdRole).toLongLong()));
    QVERIFY(at(m.model, 0, SagaListModel::AmountRole).toLongLong() > 0);
    QCOMPARE(at(m.model, 0, SagaListModel::StatusRole).toString(), u"completed"_s);
    QCOMPARE(at(m.model, 0, SagaListModel::LastEventTypeRole).toString(), u"OrderCompleted"_s);
    QVERIFY(at(m.model, 0, SagaListModel::DurationMsRole).toLongLong() >= 0);

    // New checkouts while paging: they come in at the top, the pages go on below. (So do the
    // listed sagas still logging their last handlings: any saga updated later than the last
    // one read moves into the part already listed.)
    const QList<qint64> later = checkouts(m.shop, 1, 3);
    QTRY_COMPARE_WITH_TIMEOUT(finished(m.shop), 28, 30'000);
    QTRY_VERIFY(m.model.rowCount() >= 13);
    while (m.model.canFetchMore({})) {
        m.model.fetchMore({});
        QVERIFY(m.model.isLoading());
        QVERIFY(!m.model.canFetchMore({})); // one page at a time
        QTRY_VERIFY(!m.model.isLoading());
    }
    QVERIFY(!m.model.hasMore());
    QTRY_COMPARE(m.model.rowCount(), 28); // the live refresh catches up with the last ones
    const QStringList ids = sagaIds(m.model);
    QCOMPARE(ids.size(), 28);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 28);
    QSet<qint64> listedOrders;
    for (int row = 0; row < m.model.rowCount(); ++row) {
        listedOrders.insert(at(m.model, row, SagaListModel::OrderIdRole).toLongLong());
        if (row > 0) {
            const auto key = [&](int r) {
                return std::pair(at(m.model, r, SagaListModel::UpdatedAtRole).toLongLong(),
                                 at(m.model, r, SagaListModel::SagaIdRole).toString());
            };
            QVERIFY2(key(row - 1) > key(row), qPrintable(QString::number(row))); // newest first
        }
    }
    QCOMPARE(listedOrders, QSet<qint64>(orders.cbegin(), orders.cend()) + QSet<qint64>(later.cbegin(), later.cend()));
    QCOMPARE(reset.count(), 1); // the first load only
}

void TestSagaListModel::filtersAndCounts()
{
    Model m;
    m.shop.charge(1, 1'000'000);
    // User 2 cannot pay (the demo users start without money): failed, then compensated.
    const QList<qint64> paid = checkouts(m.shop, 1, 4);
    const QList<qint64> unpaid = checkouts(m.shop, 2, 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished(m.shop), 6, 30'000);
    QVERIFY(quiet(m.shop));

    QVERIFY(m.load());
    QCOMPARE(m.model.rowCount(), 6);
    QTRY_COMPARE(m.model.totalCount(), 6);
    QCOMPARE(m.model.statusCounts().value(u"completed"_s).toLongLong(), 4);
    QCOMPARE(m.model.statusCounts().value(u"compensated"_s).toLongLong(), 2);
    QCOMPARE(m.model.statusCounts().value(u"stuck"_s).toLongLong(), 0);
    QCOMPARE(m.model.statusCounts().size(), SagaListModel::statuses().size());

    // Each filter change reloads (one reset), then the first page arrives.
    const auto showing = [&](const auto &set) {
        QSignalSpy reset(&m.model, &QAbstractItemModel::modelReset);
        set();
        return QTest::qWaitFor([&] { return reset.count() == 1 && m.model.isLoaded() && !m.model.isLoading(); });
    };
    QVERIFY(showing([&] { m.model.setStatusFilter(u"compensated"_s); }));
    QCOMPARE(m.model.rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(at(m.model, row, SagaListModel::StatusRole).toString(), u"compensated"_s);
        QVERIFY(unpaid.contains(at(m.model, row, SagaListModel::OrderIdRole).toLongLong()));
        QCOMPARE(at(m.model, row, SagaListModel::UserIdRole).toLongLong(), 2);
    }
    QVERIFY(showing([&] { m.model.setStatusFilter(u"running"_s); }));
    QCOMPARE(m.model.rowCount(), 0);
    QVERIFY(showing([&] { m.model.setStatusFilter(QString()); }));
    QCOMPARE(m.model.rowCount(), 6);

    // Search: order number, saga id (whole or its beginning), user.
    QVERIFY(showing([&] { m.model.setSearchText(u"#%1"_s.arg(paid.at(2))); }));
    QCOMPARE(m.model.rowCount(), 1);
    QCOMPARE(at(m.model, 0, SagaListModel::OrderIdRole).toLongLong(), paid.at(2));
    const QString sagaId = at(m.model, 0, SagaListModel::SagaIdRole).toString();
    QVERIFY(showing([&] { m.model.setSearchText(sagaId); }));
    QCOMPARE(sagaIds(m.model), QStringList{sagaId});
    QVERIFY(showing([&] { m.model.setSearchText(sagaId.left(18).toUpper()); }));
    QCOMPARE(sagaIds(m.model), QStringList{sagaId});
    QVERIFY(showing([&] { m.model.setSearchText(u"u:2"_s); }));
    QCOMPARE(m.model.rowCount(), 2);
    QVERIFY(showing([&] { m.model.setSearchText(u"user 1"_s); }));
    QCOMPARE(m.model.rowCount(), 4);
    QVERIFY(m.model.searchError().isEmpty());
    // With a status too.
    QVERIFY(showing([&] { m.model.setStatusFilter(u"compensated"_s); }));
    QCOMPARE(m.model.rowCount(), 0);
    QVERIFY(showing([&] { m.model.setStatusFilter(QString()); }));
    // Not understood: says why, lists nothing.
    QSignalSpy searchError(&m.model, &SagaListModel::searchErrorChanged);
    QVERIFY(searchError.isValid());
    QVERIFY(showing([&] { m.model.setSearchText(u"who knows"_s); }));
    QCOMPARE(m.model.rowCount(), 0);
    QVERIFY(m.model.searchError().contains(u"u:3"_s));
    QCOMPARE(searchError.count(), 1);
    QVERIFY(m.model.error().isEmpty()); // the list is not in error: the search says why
    QVERIFY(!m.model.hasMore());
    QVERIFY(showing([&] { m.model.setSearchText(QString()); }));
    QVERIFY(m.model.searchError().isEmpty());
    // A view (ListView) asks for more as soon as it hears of a reset, and whenever it likes:
    // a filter change reads one first page, once, for the new filters.
    m.model.setPageSize(2);
    QVERIFY(showing([&] { m.model.reload(); }));
    QVERIFY(m.model.canFetchMore({}));
    const QMetaObject::Connection view = connect(&m.model, &QAbstractItemModel::modelReset, this, [&m] {
        if (m.model.canFetchMore({}))
            m.model.fetchMore({});
    });
    QVERIFY(showing([&] { m.model.setSearchText(u"u:1"_s); })); // from a list with more to read
    QTest::qWait(50); // a second page, had one been asked for, would be here by now
    QCOMPARE(m.model.rowCount(), 2);
    QVERIFY(m.model.canFetchMore({}));
    QVERIFY(showing([&] {
        m.model.setSearchText(u"who knows"_s);
        m.model.fetchMore({});
    }));
    QVERIFY2(m.model.error().isEmpty(), qPrintable(m.model.error()));
    QCOMPARE(m.model.rowCount(), 0);
    QVERIFY(showing([&] { m.model.setSearchText(u"u:1"_s); }));
    QCOMPARE(m.model.rowCount(), 2);
    while (m.model.canFetchMore({})) {
        m.model.fetchMore({});
        QTRY_VERIFY(!m.model.isLoading());
    }
    QCOMPARE(m.model.rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(at(m.model, row, SagaListModel::UserIdRole).toLongLong(), 1);
    disconnect(view);
    m.model.setPageSize(100);
    QVERIFY(showing([&] { m.model.setSearchText(QString()); }));
    QCOMPARE(m.model.rowCount(), 6);

    // Started in a time range.
    const qint64 now = test::nowMs();
    QVERIFY(showing([&] { m.model.setFromMs(now + 60'000); }));
    QCOMPARE(m.model.rowCount(), 0);
    QVERIFY(showing([&] { m.model.setFromMs(now - 3'600'000); }));
    QCOMPARE(m.model.rowCount(), 6);
    QVERIFY(showing([&] { m.model.setToMs(now - 3'000'000); }));
    QCOMPARE(m.model.rowCount(), 0);
    QVERIFY(m.model.error().isEmpty());
}

void TestSagaListModel::aNewCheckoutIsInsertedAtTheTopAndChangesInPlace()
{
    Model m;
    m.shop.charge(1, 1'000'000);
    checkouts(m.shop, 1, 3);
    QTRY_COMPARE_WITH_TIMEOUT(finished(m.shop), 3, 30'000);
    QVERIFY(quiet(m.shop)); // so that only the new checkout changes the list
    QVERIFY(m.load());
    QCOMPARE(m.model.rowCount(), 3);
    QTRY_COMPARE(m.model.statusCounts().value(u"completed"_s).toLongLong(), 3);

    QSignalSpy inserted(&m.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&m.model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&m.model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&m.model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(inserted.isValid() && changed.isValid() && reset.isValid() && removed.isValid());

    // Payment takes its time, so the checkout is seen running first.
    QVERIFY(m.shop.shop().balances().faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 1500}).isEmpty());
    const qint64 orderId = test::placeOrder(m.shop, 1, {{u"p02"_s, 2, 0}});
    QVERIFY(orderId > 0);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0); // at the top
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(at(m.model, 0, SagaListModel::OrderIdRole).toLongLong(), orderId);
    QCOMPARE(at(m.model, 0, SagaListModel::UserIdRole).toLongLong(), 1);
    QCOMPARE(at(m.model, 0, SagaListModel::StatusRole).toString(), u"running"_s);
    QTRY_COMPARE(m.model.statusCounts().value(u"running"_s).toLongLong(), 1);

    // It completes: its row changes in place (it is the most recently updated, so it stays on top).
    QTRY_COMPARE_WITH_TIMEOUT(at(m.model, 0, SagaListModel::StatusRole).toString(), u"completed"_s, 20'000);
    QCOMPARE(at(m.model, 0, SagaListModel::OrderIdRole).toLongLong(), orderId);
    QVERIFY(at(m.model, 0, SagaListModel::AmountRole).toLongLong() > 0);
    QVERIFY(changed.count() >= 1);
    QVERIFY(test::onlyRowChanged(changed, 0));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m.model.rowCount(), 4);
    QTRY_COMPARE(m.model.statusCounts().value(u"completed"_s).toLongLong(), 4);
    QCOMPARE(m.model.statusCounts().value(u"running"_s).toLongLong(), 0);
}

void TestSagaListModel::stuckSagasAreFoundAndLeaveWhenTheyMove()
{
    Model m;
    m.shop.charge(1, 1'000'000);
    checkouts(m.shop, 1, 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished(m.shop), 2, 30'000);
    QVERIFY(quiet(m.shop));
    m.model.setStuckAfterMs(300);
    m.model.setStatusFilter(u"stuck"_s);
    QVERIFY(m.load());
    QCOMPARE(m.model.rowCount(), 0);

    // The balance service stands still for 4 s: the checkout makes no progress.
    QVERIFY(m.shop.shop().balances().faults().set({bus::FaultInjector::Mode::Delay, 0, 0, 4000}).isEmpty());
    const qint64 orderId = test::placeOrder(m.shop, 1, {{u"p03"_s, 1, 0}});
    QVERIFY(orderId > 0);
    QTRY_COMPARE_WITH_TIMEOUT(await(m.shop.shop().sagaLog().counts(300)).value->byStatus.value(u"stuck"_s), 1, 3'000);
    m.model.reload();
    QTRY_COMPARE(m.model.rowCount(), 1);
    QCOMPARE(at(m.model, 0, SagaListModel::OrderIdRole).toLongLong(), orderId);
    QCOMPARE(at(m.model, 0, SagaListModel::StatusRole).toString(), u"stuck"_s);
    QCOMPARE(at(m.model, 0, SagaListModel::RecordedStatusRole).toString(), u"running"_s);
    QTRY_COMPARE(m.model.statusCounts().value(u"stuck"_s).toLongLong(), 1);

    // It moves again (and completes): no longer stuck, it leaves the list.
    QSignalSpy removed(&m.model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(removed.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(m.model.rowCount(), 0, 20'000);
    QCOMPARE(removed.count(), 1);
    QTRY_COMPARE(m.model.statusCounts().value(u"stuck"_s).toLongLong(), 0);
    QCOMPARE(test::orderStatus(m.shop, orderId), u"CONFIRMED"_s);
}

QTEST_GUILESS_MAIN(TestSagaListModel)
#include "tst_sagalistmodel.moc"
