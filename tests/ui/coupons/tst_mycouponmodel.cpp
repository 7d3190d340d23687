// MyCouponModel against the real backend: the shopper's coupons, their status live through
// a checkout that uses one and a cancellation that gives it back, and expiry.

#include "UiTestShop.h"
#include "catalog/ShopScenario.h"
#include "common/TestServices.h"
#include "services/coupon/CouponService.h"
#include "services/order/OrderService.h"
#include "ui/coupons/MyCouponModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using services::CouponDefinition;
using services::UserCoupon;
using test::await;
using test::nowMs;
using test::onlyRowChanged;
using ui::MyCouponModel;

namespace {

qint64 issue(test::UiTestShop &shop, qint64 couponId, qint64 userId)
{
    return await(shop.shop().coupons().issue(couponId, userId, nowMs())).value.value_or(0);
}

} // namespace

class TestMyCouponModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyUntilClaimedThenInsertedOnRefresh();
    void usedInACheckoutThenGivenBackOnCancel();
    void anotherUsersCheckoutChangesNothing();
    void expiresWhileShown();
    void userChangeShowsTheirCoupons();
};

void TestMyCouponModel::emptyUntilClaimedThenInsertedOnRefresh()
{
    test::ModelUnderTest<MyCouponModel> fixture;
    auto &shop = fixture.shop;
    auto &model = fixture.model;
    model.setLanguage(u"en"_s);
    QVERIFY(fixture.load(1));
    QCOMPARE(model.rowCount(), 0);

    const qint64 first = issue(shop, 1, 1);
    const qint64 second = issue(shop, 2, 1);
    QVERIFY(first > 0 && second > first);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(inserted.isValid());
    QVERIFY(reset.isValid());
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(reset.count(), 0);

    const QHash<int, QByteArray> names = model.roleNames();
    for (const char *name : {"userCouponId", "couponId", "name", "status", "statusText",
                 "expiresText", "valueText", "usable"})
        QVERIFY2(names.values().contains(QByteArray(name)), name);

    const QModelIndex row = model.index(0); // oldest first
    QCOMPARE(row.data(MyCouponModel::UserCouponIdRole).toLongLong(), first);
    QCOMPARE(row.data(MyCouponModel::CouponIdRole).toLongLong(), qint64(1));
    QCOMPARE(row.data(MyCouponModel::NameRole).toString(), u"Welcome ₩3,000 off"_s);
    QCOMPARE(row.data(MyCouponModel::StatusRole).toString(), u"AVAILABLE"_s);
    QCOMPARE(row.data(MyCouponModel::StatusTextRole).toString(), u"Available"_s);
    QCOMPARE(row.data(MyCouponModel::ExpiresTextRole).toString(), u"No expiry"_s);
    QCOMPARE(row.data(MyCouponModel::ValueTextRole).toString(), u"₩3,000"_s);
    QCOMPARE(row.data(MyCouponModel::UsableRole).toBool(), true);
    QCOMPARE(model.index(1).data(MyCouponModel::ValueTextRole).toString(), u"10%"_s);

    const std::optional<UserCoupon> coupon = model.coupon(second);
    QVERIFY(coupon.has_value());
    QCOMPARE(coupon->coupon().id, qint64(2));
    QCOMPARE(coupon->status(), UserCoupon::Status::Available);
    QVERIFY(!model.coupon(9999).has_value());
}

void TestMyCouponModel::usedInACheckoutThenGivenBackOnCancel()
{
    test::ModelUnderTest<MyCouponModel> fixture;
    auto &shop = fixture.shop;
    const qint64 userCouponId = issue(shop, 1, 1);
    QVERIFY(userCouponId > 0);
    shop.charge(1, 100'000);
    auto &model = fixture.model;
    model.setBackend(&shop.backend());
    model.setUserId(1);
    QTRY_COMPARE(model.rowCount(), 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(changed.isValid());
    QVERIFY(reset.isValid());
    const auto placed = await(
            shop.shop().orders().placeOrder({1, {{u"p01"_s, 1, 0}}, userCouponId, u"k1"_s}));
    QVERIFY(placed.ok());
    QTRY_COMPARE(model.index(0).data(MyCouponModel::StatusRole).toString(), u"USED"_s);
    QCOMPARE(model.index(0).data(MyCouponModel::StatusTextRole).toString(), u"Used"_s);
    QCOMPARE(model.index(0).data(MyCouponModel::UsableRole).toBool(), false);
    QCOMPARE(model.coupon(userCouponId)->status(), UserCoupon::Status::Used);

    // Wait for the order to be confirmed, then cancel it: the coupon comes back.
    QTRY_COMPARE(await(shop.shop().orders().stateForOrder(placed.value->orderId))
                         .value.value_or(QString()),
            u"CONFIRMED"_s);
    QVERIFY(await(shop.shop().orders().cancel(placed.value->orderId, u"admin"_s)).ok());
    QTRY_COMPARE(model.index(0).data(MyCouponModel::StatusRole).toString(), u"AVAILABLE"_s);
    QCOMPARE(model.index(0).data(MyCouponModel::UsableRole).toBool(), true);
    QVERIFY(changed.count() >= 2);
    QVERIFY(onlyRowChanged(changed, 0));
    QCOMPARE(reset.count(), 0);
}

void TestMyCouponModel::anotherUsersCheckoutChangesNothing()
{
    test::ModelUnderTest<MyCouponModel> fixture;
    auto &shop = fixture.shop;
    QVERIFY(issue(shop, 1, 1) > 0);
    const qint64 theirs = issue(shop, 1, 2);
    shop.charge(2, 100'000);
    auto &model = fixture.model;
    model.setBackend(&shop.backend());
    model.setUserId(1);
    QTRY_COMPARE(model.rowCount(), 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());

    const auto placed
            = await(shop.shop().orders().placeOrder({2, {{u"p01"_s, 1, 0}}, theirs, u"k2"_s}));
    QVERIFY(placed.ok());
    QTRY_COMPARE(await(shop.shop().orders().stateForOrder(placed.value->orderId))
                         .value.value_or(QString()),
            u"CONFIRMED"_s);
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.index(0).data(MyCouponModel::StatusRole).toString(), u"AVAILABLE"_s);
}

void TestMyCouponModel::expiresWhileShown()
{
    test::UiTestShop shop;
    CouponDefinition d;
    d.nameKo = u"곧 만료"_s;
    d.nameEn = u"Expiring soon"_s;
    d.value = 1'000;
    d.quantity = 5;
    d.expiresAt = nowMs() + 1500;
    const qint64 couponId = await(shop.shop().coupons().createCoupon(d)).value.value_or(0);
    QVERIFY(couponId > 0);
    QVERIFY(issue(shop, couponId, 1) > 0);

    MyCouponModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLanguage(u"ko"_s);
    model.setBackend(&shop.backend());
    model.setUserId(1);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(MyCouponModel::NameRole).toString(), u"곧 만료"_s);
    QCOMPARE(model.index(0).data(MyCouponModel::StatusRole).toString(), u"AVAILABLE"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
            model.index(0).data(MyCouponModel::StatusRole).toString(), u"EXPIRED"_s, 10'000);
    QCOMPARE(model.index(0).data(MyCouponModel::StatusTextRole).toString(), u"Expired"_s);
    QCOMPARE(model.index(0).data(MyCouponModel::UsableRole).toBool(), false);
}

void TestMyCouponModel::userChangeShowsTheirCoupons()
{
    test::ModelUnderTest<MyCouponModel> fixture;
    auto &shop = fixture.shop;
    QVERIFY(issue(shop, 3, 5) > 0);
    auto &model = fixture.model;
    QVERIFY(fixture.load(1));
    QCOMPARE(model.rowCount(), 0);
    model.setUserId(5);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(MyCouponModel::CouponIdRole).toLongLong(), qint64(3));
}

QTEST_GUILESS_MAIN(TestMyCouponModel)
#include "tst_mycouponmodel.moc"
