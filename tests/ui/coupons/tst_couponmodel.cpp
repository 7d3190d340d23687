// CouponModel against the real backend: the seed coupons and their texts, claiming (ok,
// already, sold out), and incremental, live updates.

#include "UiTestShop.h"
#include "catalog/ShopScenario.h"
#include "common/TestServices.h"
#include "services/coupon/CouponService.h"
#include "services/order/OrderService.h"
#include "ui/coupons/CouponModel.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using services::CouponDefinition;
using test::await;
using test::nowMs;
using test::onlyRowChanged;
using ui::CouponModel;

namespace {

qint64 createCoupon(test::UiTestShop &shop, qint64 quantity, qint64 expiresAt = 0)
{
    CouponDefinition d;
    d.nameKo = u"한정 쿠폰"_s;
    d.nameEn = u"Limited coupon"_s;
    d.kind = CouponDefinition::Fixed;
    d.value = 2'000;
    d.quantity = quantity;
    d.expiresAt = expiresAt;
    const auto outcome = await(shop.shop().coupons().createCoupon(d));
    return outcome.value.value_or(0);
}

QVariant role(const CouponModel &model, qint64 couponId, int role)
{
    const int row = model.indexOfCoupon(couponId);
    return row < 0 ? QVariant() : model.index(row).data(role);
}

} // namespace

class TestCouponModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheSeedCouponsInPlainWords();
    void languageSwitchesNamesWithoutAReset();
    void claimSucceeds();
    void claimingAgainSaysYouHaveIt();
    void soldOutWhenAnotherUserGotTheLast();
    void claimWithoutAUserIsRefused();
    void claimsElsewhereShowUpWithTheNextCheckout();
    void anExpiringCouponLeavesTheList();
    void userChangeReloadsClaimed();
};

void TestCouponModel::listsTheSeedCouponsInPlainWords()
{
    test::ModelUnderTest<CouponModel> fixture;
    auto &shop = fixture.shop;
    auto &model = fixture.model;
    model.setLanguage(u"en"_s);
    QSignalSpy loaded(&model, &CouponModel::loadedChanged);
    QVERIFY(loaded.isValid());
    model.setBackend(&shop.backend());
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 3);

    const QHash<int, QByteArray> names = model.roleNames();
    for (const char *name : {"couponId", "name", "kindText", "valueText", "remaining", "quantity",
                 "expiresText", "minOrderText", "soldOut", "claimed"})
        QVERIFY2(names.values().contains(QByteArray(name)), name);

    const QModelIndex welcome = model.index(0);
    QCOMPARE(welcome.data(CouponModel::CouponIdRole).toLongLong(), qint64(1));
    QCOMPARE(welcome.data(CouponModel::NameRole).toString(), u"Welcome ₩3,000 off"_s);
    QCOMPARE(welcome.data(CouponModel::KindTextRole).toString(), u"₩3,000 off"_s);
    QCOMPARE(welcome.data(CouponModel::ValueTextRole).toString(), u"₩3,000"_s);
    QCOMPARE(welcome.data(CouponModel::RemainingRole).toLongLong(), qint64(1000));
    QCOMPARE(welcome.data(CouponModel::QuantityRole).toLongLong(), qint64(1000));
    QCOMPARE(welcome.data(CouponModel::ExpiresTextRole).toString(), u"No expiry"_s);
    QCOMPARE(welcome.data(CouponModel::MinOrderTextRole).toString(), u"Orders from ₩10,000"_s);
    QCOMPARE(welcome.data(CouponModel::SoldOutRole).toBool(), false);
    QCOMPARE(welcome.data(CouponModel::ClaimedRole).toBool(), false);

    const QModelIndex percent = model.index(1);
    QCOMPARE(percent.data(CouponModel::KindTextRole).toString(), u"10% off"_s);
    QCOMPARE(percent.data(CouponModel::ValueTextRole).toString(), u"10%"_s);
    QCOMPARE(percent.data(CouponModel::MinOrderTextRole).toString(), u"Orders from ₩20,000"_s);
}

void TestCouponModel::languageSwitchesNamesWithoutAReset()
{
    test::ModelUnderTest<CouponModel> fixture;
    auto &model = fixture.model;
    model.setLanguage(u"en"_s);
    QVERIFY(fixture.load());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy language(&model, &CouponModel::languageChanged);
    QVERIFY(changed.isValid());
    QVERIFY(reset.isValid());
    QVERIFY(language.isValid());

    model.setLanguage(u"ko"_s);
    model.setLanguage(u"ko"_s); // unchanged: nothing
    QCOMPARE(language.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(0).data(CouponModel::NameRole).toString(), u"신규 가입 3,000원 할인"_s);
}

void TestCouponModel::claimSucceeds()
{
    test::ModelUnderTest<CouponModel> fixture;
    auto &shop = fixture.shop;
    auto &model = fixture.model;
    QVERIFY(fixture.load(1));

    QSignalSpy finished(&model, &CouponModel::claimFinished);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(finished.isValid());
    QVERIFY(changed.isValid());
    QVERIFY(reset.isValid());

    model.claim(3);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toLongLong(), qint64(3));
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(finished.first().at(2).toString(), u"Coupon claimed"_s);
    QCOMPARE(role(model, 3, CouponModel::ClaimedRole).toBool(), true);
    QTRY_COMPARE(role(model, 3, CouponModel::RemainingRole).toLongLong(), qint64(99));
    QVERIFY(onlyRowChanged(changed, model.indexOfCoupon(3)));
    QCOMPARE(reset.count(), 0);

    const auto mine = await(shop.shop().coupons().userCoupons(1, nowMs()));
    QVERIFY(mine.ok());
    QCOMPARE(mine.value->size(), 1);
    QCOMPARE(mine.value->first().coupon().id, qint64(3));
}

void TestCouponModel::claimingAgainSaysYouHaveIt()
{
    test::ModelUnderTest<CouponModel> fixture;
    auto &model = fixture.model;
    QVERIFY(fixture.load(1));
    QSignalSpy finished(&model, &CouponModel::claimFinished);
    QVERIFY(finished.isValid());

    model.claim(1);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.last().at(1).toBool(), true);
    model.claim(1);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.count(), 2);
    QCOMPARE(finished.last().at(1).toBool(), false);
    QCOMPARE(finished.last().at(2).toString(), u"You already have this coupon"_s);
    QTRY_COMPARE(role(model, 1, CouponModel::RemainingRole).toLongLong(),
            qint64(999)); // taken once only
    QCOMPARE(role(model, 1, CouponModel::ClaimedRole).toBool(), true);
}

void TestCouponModel::soldOutWhenAnotherUserGotTheLast()
{
    test::ModelUnderTest<CouponModel> fixture;
    auto &shop = fixture.shop;
    const qint64 couponId = createCoupon(shop, 1);
    QVERIFY(couponId > 0);
    auto &model = fixture.model;
    QVERIFY(fixture.load(1));
    QCOMPARE(role(model, couponId, CouponModel::RemainingRole).toLongLong(), qint64(1));
    QCOMPARE(role(model, couponId, CouponModel::SoldOutRole).toBool(), false);

    // User 2 takes the only one, elsewhere (straight through the backend).
    QVERIFY(await(shop.shop().coupons().issue(couponId, 2, nowMs())).ok());

    QSignalSpy finished(&model, &CouponModel::claimFinished);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(finished.isValid());
    QVERIFY(changed.isValid());
    QVERIFY(reset.isValid());
    model.claim(couponId);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(finished.first().at(2).toString(), u"Sorry, this coupon is sold out"_s);
    QTRY_COMPARE(role(model, couponId, CouponModel::RemainingRole).toLongLong(), qint64(0));
    QCOMPARE(role(model, couponId, CouponModel::SoldOutRole).toBool(), true);
    QCOMPARE(role(model, couponId, CouponModel::ClaimedRole).toBool(), false);
    QVERIFY(!changed.isEmpty());
    QVERIFY(onlyRowChanged(changed, model.indexOfCoupon(couponId)));
    QCOMPARE(reset.count(), 0);
}

void TestCouponModel::claimWithoutAUserIsRefused()
{
    test::UiTestShop shop;
    CouponModel model;
    model.setBackend(&shop.backend());
    QSignalSpy finished(&model, &CouponModel::claimFinished);
    QVERIFY(finished.isValid());
    model.claim(1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(!finished.first().at(2).toString().isEmpty());
    QCOMPARE(await(shop.shop().coupons().coupons(0)).value->first().issued, qint64(0));
}

void TestCouponModel::claimsElsewhereShowUpWithTheNextCheckout()
{
    test::ModelUnderTest<CouponModel> fixture;
    auto &shop = fixture.shop;
    auto &model = fixture.model;
    QVERIFY(fixture.load(1));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());

    // User 2 claims the welcome coupon elsewhere (no event: issuing publishes none) and pays
    // with it: the CouponUsed of that checkout makes the model read again.
    const auto issued = await(shop.shop().coupons().issue(1, 2, nowMs()));
    QVERIFY(issued.ok());
    shop.charge(2, 50'000);
    services::PlaceOrderRequest request{2, {{u"p01"_s, 1, 0}}, *issued.value, u"coupon-checkout"_s};
    QVERIFY(await(shop.shop().orders().placeOrder(request)).ok());

    QTRY_COMPARE(role(model, 1, CouponModel::RemainingRole).toLongLong(), qint64(999));
    QCOMPARE(role(model, 1, CouponModel::ClaimedRole).toBool(), false); // user 2's, not ours
    QVERIFY(onlyRowChanged(changed, 0));
}

void TestCouponModel::anExpiringCouponLeavesTheList()
{
    test::ModelUnderTest<CouponModel> fixture;
    auto &shop = fixture.shop;
    const qint64 couponId = createCoupon(shop, 10, nowMs() + 1500);
    QVERIFY(couponId > 0);
    auto &model = fixture.model;
    model.setLanguage(u"en"_s);
    QVERIFY(fixture.load());
    QCOMPARE(model.rowCount(), 4);
    const QString expires = role(model, couponId, CouponModel::ExpiresTextRole).toString();
    QVERIFY2(expires.startsWith(u"Expires "_s), qPrintable(expires));
    QVERIFY2(expires.contains(QString::number(QDate::currentDate().year())), qPrintable(expires));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(removed.isValid());
    QVERIFY(reset.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 10'000); // at its expiry, by itself
    QCOMPARE(model.indexOfCoupon(couponId), -1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestCouponModel::userChangeReloadsClaimed()
{
    test::ModelUnderTest<CouponModel> fixture;
    auto &shop = fixture.shop;
    QVERIFY(await(shop.shop().coupons().issue(2, 4, nowMs())).ok());
    auto &model = fixture.model;
    QVERIFY(fixture.load(1));
    QCOMPARE(role(model, 2, CouponModel::ClaimedRole).toBool(), false);
    model.setUserId(4);
    QTRY_VERIFY(model.isLoaded());
    QTRY_COMPARE(role(model, 2, CouponModel::ClaimedRole).toBool(), true);
    QCOMPARE(role(model, 1, CouponModel::ClaimedRole).toBool(), false);
}

QTEST_GUILESS_MAIN(TestCouponModel)
#include "tst_couponmodel.moc"
