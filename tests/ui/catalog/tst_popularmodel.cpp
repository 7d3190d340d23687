// PopularModel: the five best sellers of the last three days, updated row by row as orders
// complete; names from the ProductModel in its language.

#include "UiTestShop.h"
#include "bus/Service.h"
#include "catalog/ShopScenario.h"
#include "shop/Shop.h"
#include "ui/catalog/PopularModel.h"
#include "ui/catalog/ProductModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::ui::PopularModel;
using sagashop::ui::ProductModel;

namespace {

QStringList ids(const PopularModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row).data(PopularModel::ProductIdRole).toString());
    return list;
}

} // namespace

class TestPopularModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyWithoutSales();
    void ranksTheBestSellers();
    void atMostFive();
    void countsArriveAfterAStatisticsRetry();
};

void TestPopularModel::emptyWithoutSales()
{
    test::UiTestShop shop;
    ProductModel products;
    PopularModel popular;
    QAbstractItemModelTester tester(
            &popular, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy productsChanged(&popular, &PopularModel::productsChanged);
    QVERIFY(productsChanged.isValid());
    popular.setProducts(&products);
    popular.setProducts(&products);
    QCOMPARE(productsChanged.count(), 1);
    products.setBackend(&shop.backend());
    QTRY_VERIFY(products.isLoaded());
    QCOMPARE(popular.rowCount(), 0);
}

void TestPopularModel::ranksTheBestSellers()
{
    test::UiTestShop shop;
    ProductModel products;
    products.setBackend(&shop.backend());
    PopularModel popular;
    QAbstractItemModelTester tester(
            &popular, QAbstractItemModelTester::FailureReportingMode::QtTest);
    popular.setProducts(&products);
    QTRY_VERIFY(products.isLoaded());

    shop.charge(1, 1'000'000);
    QVERIFY(test::placeOrder(shop, 1, {{u"p05"_s, 3, 0}, {u"p03"_s, 1, 0}}) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(
            ids(popular), (QStringList{u"p05"_s, u"p03"_s}), test::kSagaTimeoutMs);
    const QModelIndex first = popular.index(0);
    QCOMPARE(first.data(PopularModel::RankRole).toInt(), 1);
    QCOMPARE(first.data(PopularModel::QuantityRole).toLongLong(), 3);
    QCOMPARE(first.data(PopularModel::NameRole).toString(), u"Yuja Citron Tea"_s);
    QCOMPARE(first.data(PopularModel::ImageUrlRole).toString(), u"qrc:/sagashop/images/p05.svg"_s);
    QCOMPARE(popular.index(1).data(PopularModel::RankRole).toInt(), 2);

    // p03 overtakes p05: the two rows change in place, nothing is reset.
    QSignalSpy reset(&popular, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&popular, &QAbstractItemModel::dataChanged);
    QVERIFY(reset.isValid());
    QVERIFY(changed.isValid());
    QVERIFY(test::placeOrder(shop, 1, {{u"p03"_s, 5, 0}}) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(
            ids(popular), (QStringList{u"p03"_s, u"p05"_s}), test::kSagaTimeoutMs);
    QCOMPARE(popular.index(0).data(PopularModel::QuantityRole).toLongLong(), 6);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!changed.isEmpty());

    // Names follow the catalogue's language.
    changed.clear();
    products.setLanguage(u"ko"_s);
    QCOMPARE(popular.index(1).data(PopularModel::NameRole).toString(), u"유자차"_s);
    QCOMPARE(changed.count(), 1);
}

void TestPopularModel::atMostFive()
{
    test::UiTestShop shop;
    ProductModel products;
    products.setBackend(&shop.backend());
    PopularModel popular;
    QAbstractItemModelTester tester(
            &popular, QAbstractItemModelTester::FailureReportingMode::QtTest);
    popular.setProducts(&products);

    shop.charge(2, 1'000'000);
    // Six products, p11 the best (6 units) down to p16 (1 unit).
    QVERIFY(test::placeOrder(shop, 2,
                    {{u"p11"_s, 6, 0}, {u"p12"_s, 5, 0}, {u"p13"_s, 4, 0}, {u"p14"_s, 3, 0},
                            {u"p15"_s, 2, 0}, {u"p16"_s, 1, 0}})
            > 0);
    QTRY_COMPARE_WITH_TIMEOUT(ids(popular),
            (QStringList{u"p11"_s, u"p12"_s, u"p13"_s, u"p14"_s, u"p15"_s}), test::kSagaTimeoutMs);
    for (int row = 0; row < popular.rowCount(); ++row)
        QCOMPARE(popular.index(row).data(PopularModel::RankRole).toInt(), row + 1);
}

void TestPopularModel::countsArriveAfterAStatisticsRetry()
{
    // Statistics fails once and counts the sale on its retry, after every event of the order
    // has reached the GUI: the model still catches up (it hears when Statistics commits).
    test::UiTestShop shop;
    ProductModel products;
    products.setBackend(&shop.backend());
    PopularModel popular;
    QAbstractItemModelTester tester(
            &popular, QAbstractItemModelTester::FailureReportingMode::QtTest);
    popular.setProducts(&products);
    QTRY_VERIFY(products.isLoaded());
    bus::Service *statistics = shop.shop().service(u"statistics"_s);
    QVERIFY(statistics);
    QCOMPARE(statistics->faults().set({bus::FaultInjector::Mode::Fail, 1, 0, 0}), QString());

    shop.charge(1, 100'000);
    QVERIFY(test::placeOrder(shop, 1, {{u"p08"_s, 2, 0}}) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(ids(popular), QStringList{u"p08"_s}, test::kSagaTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(products.product(u"p08"_s).value(u"popularity"_s).toLongLong(), 2,
            test::kSagaTimeoutMs);
    QVERIFY(statistics->stats().retried >= 1);
}

QTEST_GUILESS_MAIN(TestPopularModel)
#include "tst_popularmodel.moc"
