// AbnormalOrdersModel over the real backend: the ABNORMAL orders with their reason and saga,
// most recently changed first, and a new one inserted live when an order is marked ABNORMAL.

#include "admin/actions/ActionsScenario.h"

#include "bus/FaultInjector.h"
#include "shop/AdminActions.h"
#include "ui/admin/reconcile/AbnormalOrdersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using test::ActionsShop;
using ui::AbnormalOrdersModel;

class TestAbnormalOrdersModel : public QObject
{
    Q_OBJECT

private slots:
    void listsAbnormalOrdersAndInsertsNewOnesLive();
};

namespace {

/// A saga stuck at the coupon step, then compensated by an admin: its order ends ABNORMAL.
ActionsShop::Placed abnormalOrder(ActionsShop &s, qint64 user, const QString &product)
{
    if (!s.shop().coupons().faults().set({bus::FaultInjector::Mode::Drop, 1, 0, 0}).isEmpty())
        return {};
    const qint64 droppedBefore = s.shop().coupons().stats().dropped;
    const auto placed = s.place(user, product, 1);
    if (!QTest::qWaitFor([&] { return s.shop().coupons().stats().dropped == droppedBefore + 1; }, 10'000))
        return {};
    shop::AdminActions actions(s.shop());
    const shop::ActionResult r = test::await(actions.compensateSaga(placed.sagaId, u"bob"_s));
    return r.ok && r.markedAbnormal ? placed : ActionsShop::Placed{};
}

} // namespace

void TestAbnormalOrdersModel::listsAbnormalOrdersAndInsertsNewOnesLive()
{
    ActionsShop s;
    QVERIFY(s.charge(2, 100'000));
    const auto first = abnormalOrder(s, 2, u"p02"_s);
    QVERIFY(first.orderId > 0);
    const auto confirmed = s.place(2, u"p01"_s, 1); // not ABNORMAL: not listed
    QTRY_COMPARE(s.status(confirmed.orderId), u"CONFIRMED"_s);

    AbnormalOrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&s.backend());
    QTRY_VERIFY(model.isLoaded());
    QCOMPARE(model.rowCount(), 1);
    const QHash<int, QByteArray> names = model.roleNames();
    for (const char *name : {"orderId", "userId", "totalAmount", "totalAmountText", "reason", "sagaId", "updatedAt",
                             "updatedText"})
        QVERIFY2(names.values().contains(QByteArray(name)), name);
    const services::OrderView order =
        *test::valueOr(s.shop().orders().order(first.orderId), std::optional<services::OrderView>{});
    QModelIndex row = model.index(0);
    QCOMPARE(row.data(AbnormalOrdersModel::OrderIdRole).toLongLong(), first.orderId);
    QCOMPARE(row.data(AbnormalOrdersModel::UserIdRole).toLongLong(), qint64(2));
    QVERIFY(order.amount > 0);
    QCOMPARE(row.data(AbnormalOrdersModel::TotalAmountRole).toLongLong(), order.amount);
    QCOMPARE(row.data(AbnormalOrdersModel::TotalAmountTextRole).toString(),
             u"₩"_s + QLocale(QLocale::English).toString(order.amount));
    QCOMPARE(row.data(AbnormalOrdersModel::ReasonRole).toString(), u"compensated by bob (an administrator)"_s);
    QCOMPARE(row.data(AbnormalOrdersModel::SagaIdRole).toString(), first.sagaId);
    QCOMPARE(row.data(AbnormalOrdersModel::UpdatedAtRole).toLongLong(), order.updatedAt);
    QCOMPARE(model.indexOfOrder(first.orderId), 0);
    QCOMPARE(model.indexOfOrder(confirmed.orderId), -1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(inserted.isValid() && reset.isValid());
    const auto second = abnormalOrder(s, 2, u"p03"_s);
    QVERIFY(second.orderId > 0);
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(AbnormalOrdersModel::OrderIdRole).toLongLong(), second.orderId); // newest on top
    QCOMPARE(model.index(1).data(AbnormalOrdersModel::OrderIdRole).toLongLong(), first.orderId);
    QVERIFY(inserted.size() >= 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.error(), QString());
}

QTEST_MAIN(TestAbnormalOrdersModel)
#include "tst_abnormalordersmodel.moc"
