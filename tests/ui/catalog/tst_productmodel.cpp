// ProductModel over the real backend: the first load, live stock (one dataChanged for the
// row that moved, never a reset), restocks, sold out, the language of names, popularity.

#include "UiTestShop.h"
#include "catalog/ShopScenario.h"
#include "services/inventory/InventoryService.h"
#include "ui/Money.h"
#include "ui/catalog/ProductModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::ui::ProductModel;

namespace {

/// The rows named by the dataChanged signals in `spy` that carry `role`.
QList<int> rowsChangedWith(const QSignalSpy &spy, int role)
{
    QList<int> rows;
    for (const QList<QVariant> &signal : spy) {
        const auto roles = signal.at(2).value<QList<int>>();
        if (!roles.contains(role))
            continue;
        const int first = signal.at(0).toModelIndex().row();
        const int last = signal.at(1).toModelIndex().row();
        for (int row = first; row <= last; ++row)
            rows.append(row);
    }
    return rows;
}

} // namespace

class TestProductModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheCatalogue();
    void aCheckoutChangesOnlyItsRow();
    void restockUpdatesTheRow();
    void soldOut();
    void languageSwitchesTheNames();
    void popularityFollowsSales();
};

void TestProductModel::loadsTheCatalogue()
{
    test::ModelUnderTest<ProductModel> fixture;
    auto &model = fixture.model;
    QSignalSpy loaded(&model, &ProductModel::loadedChanged);
    QVERIFY(loaded.isValid());

    QVERIFY(fixture.load());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model.error(), QString());
    QCOMPARE(model.rowCount(), 24);

    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(ProductModel::ProductIdRole).toString(), u"p01"_s);
    QCOMPARE(first.data(ProductModel::NameRole).toString(), u"Americano Beans"_s);
    QCOMPARE(first.data(ProductModel::NameKoRole).toString(), u"아메리카노 원두"_s);
    QCOMPARE(first.data(ProductModel::PriceRole).toLongLong(), 18'900);
    QCOMPARE(first.data(ProductModel::PriceTextRole).toString(), ui::Money::format(18'900));
    QCOMPARE(first.data(ProductModel::StockRole).toLongLong(), 120);
    QCOMPARE(first.data(ProductModel::SoldOutRole).toBool(), false);
    QCOMPARE(first.data(ProductModel::ImageUrlRole).toString(), u"qrc:/sagashop/images/p01.svg"_s);
    QCOMPARE(first.data(ProductModel::PopularityRole).toLongLong(), 0);

    QCOMPARE(model.indexOfProduct(u"p24"_s), 23);
    QCOMPARE(model.indexOfProduct(u"nope"_s), -1);
    QCOMPARE(model.stockOf(u"p10"_s), 3);
    QCOMPARE(model.stockOf(u"nope"_s), -1);
    const QVariantMap p10 = model.product(u"p10"_s);
    QCOMPARE(p10.value(u"name"_s).toString(), u"Manual Coffee Grinder"_s);
    QCOMPARE(p10.value(u"price"_s).toLongLong(), 89'000);
    QVERIFY(model.product(u"nope"_s).isEmpty());
}

void TestProductModel::aCheckoutChangesOnlyItsRow()
{
    test::ModelUnderTest<ProductModel> fixture;
    auto &shop = fixture.shop;
    auto &model = fixture.model;
    QVERIFY(fixture.load());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(&model, &ProductModel::stockRefreshed);
    QVERIFY(changed.isValid());
    QVERIFY(reset.isValid());
    QVERIFY(refreshed.isValid());

    shop.charge(1, 100'000);
    const qint64 orderId = test::placeOrder(shop, 1, {{u"p07"_s, 2, 0}}); // checkout elsewhere
    QVERIFY(orderId > 0);
    QTRY_COMPARE_WITH_TIMEOUT(
            test::orderStatus(shop, orderId), u"CONFIRMED"_s, test::kSagaTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(model.stockOf(u"p07"_s), 23, test::kSagaTimeoutMs);
    // Popularity moves too (after OrderCompleted): wait for it so every update is counted.
    QTRY_COMPARE_WITH_TIMEOUT(
            model.product(u"p07"_s).value(u"popularity"_s).toLongLong(), 2, test::kSagaTimeoutMs);

    const int row = model.indexOfProduct(u"p07"_s);
    QCOMPARE(rowsChangedWith(changed, ProductModel::StockRole), QList<int>{row});
    QCOMPARE(rowsChangedWith(changed, ProductModel::SoldOutRole), QList<int>{row});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(row).data(ProductModel::StockRole).toLongLong(), 23);
    bool announced = false;
    for (const QList<QVariant> &signal : std::as_const(refreshed))
        announced = announced || signal.at(0).toStringList() == QStringList{u"p07"_s};
    QVERIFY(announced);
}

void TestProductModel::restockUpdatesTheRow()
{
    test::ModelUnderTest<ProductModel> fixture;
    auto &shop = fixture.shop;
    auto &model = fixture.model;
    QVERIFY(fixture.load());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());

    const auto restocked = test::await(shop.shop().inventory().restock(u"p10"_s, 5));
    QVERIFY2(restocked.ok(), qPrintable(restocked.error));
    QCOMPARE(*restocked.value, 8);
    QTRY_COMPARE(model.stockOf(u"p10"_s), 8);
    QCOMPARE(rowsChangedWith(changed, ProductModel::StockRole),
            QList<int>{model.indexOfProduct(u"p10"_s)});
}

void TestProductModel::soldOut()
{
    test::ModelUnderTest<ProductModel> fixture;
    auto &shop = fixture.shop;
    auto &model = fixture.model;
    QVERIFY(fixture.load());
    const QModelIndex p19 = model.index(model.indexOfProduct(u"p19"_s));
    QCOMPARE(p19.data(ProductModel::SoldOutRole).toBool(), false);

    shop.charge(2, 200'000);
    QVERIFY(test::placeOrder(shop, 2, {{u"p19"_s, 5, 0}}) > 0); // all of it
    QTRY_COMPARE_WITH_TIMEOUT(
            p19.data(ProductModel::SoldOutRole).toBool(), true, test::kSagaTimeoutMs);
    QCOMPARE(p19.data(ProductModel::StockRole).toLongLong(), 0);
    QCOMPARE(model.product(u"p19"_s).value(u"soldOut"_s).toBool(), true);

    QVERIFY(test::await(shop.shop().inventory().restock(u"p19"_s, 1)).ok());
    QTRY_COMPARE(p19.data(ProductModel::SoldOutRole).toBool(), false);
}

void TestProductModel::languageSwitchesTheNames()
{
    test::ModelUnderTest<ProductModel> fixture;
    auto &model = fixture.model;
    QVERIFY(fixture.load());
    QCOMPARE(model.language(), u"en"_s);

    QSignalSpy languageChanged(&model, &ProductModel::languageChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(languageChanged.isValid());
    QVERIFY(changed.isValid());

    model.setLanguage(u"ko"_s);
    QCOMPARE(languageChanged.count(), 1);
    QCOMPARE(model.index(0).data(ProductModel::NameRole).toString(), u"아메리카노 원두"_s);
    QCOMPARE(model.nameOf(u"p05"_s), u"유자차"_s);
    QCOMPARE(rowsChangedWith(changed, ProductModel::NameRole).size(), 24);

    model.setLanguage(u"ko"_s); // the same: nothing
    model.setLanguage(u"fr"_s); // unsupported: ignored
    QCOMPARE(languageChanged.count(), 1);
    QCOMPARE(model.language(), u"ko"_s);

    model.setLanguage(u"en"_s);
    QCOMPARE(model.index(0).data(ProductModel::NameRole).toString(), u"Americano Beans"_s);
    QCOMPARE(languageChanged.count(), 2);
}

void TestProductModel::popularityFollowsSales()
{
    test::ModelUnderTest<ProductModel> fixture;
    auto &shop = fixture.shop;
    auto &model = fixture.model;
    QVERIFY(fixture.load());

    shop.charge(1, 500'000);
    QVERIFY(test::placeOrder(shop, 1, {{u"p05"_s, 3, 0}, {u"p03"_s, 1, 0}}) > 0);
    QVERIFY(test::placeOrder(shop, 1, {{u"p05"_s, 1, 0}}) > 0);
    const QModelIndex p05 = model.index(model.indexOfProduct(u"p05"_s));
    const QModelIndex p03 = model.index(model.indexOfProduct(u"p03"_s));
    QTRY_COMPARE_WITH_TIMEOUT(
            p05.data(ProductModel::PopularityRole).toLongLong(), 4, test::kSagaTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
            p03.data(ProductModel::PopularityRole).toLongLong(), 1, test::kSagaTimeoutMs);
    QCOMPARE(model.product(u"p01"_s).value(u"popularity"_s).toLongLong(), 0);

    // Another model opened later reads the same counts.
    ProductModel later;
    later.setBackend(&shop.backend());
    QTRY_VERIFY(later.isLoaded());
    QTRY_COMPARE(later.product(u"p05"_s).value(u"popularity"_s).toLongLong(), 4);
}

QTEST_GUILESS_MAIN(TestProductModel)
#include "tst_productmodel.moc"
