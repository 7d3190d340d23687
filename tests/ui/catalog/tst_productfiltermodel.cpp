// ProductFilterModel: search by Korean name, English name and id; each sort key, both
// directions; stock changes never move rows.

#include "UiTestShop.h"
#include "catalog/ShopScenario.h"
#include "services/inventory/InventoryService.h"
#include "ui/catalog/ProductFilterModel.h"
#include "ui/catalog/ProductModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using sagashop::ui::ProductFilterModel;
using sagashop::ui::ProductModel;

namespace {

QStringList ids(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(ProductModel::ProductIdRole).toString());
    return list;
}

QList<qint64> values(const QAbstractItemModel &model, int role)
{
    QList<qint64> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(role).toLongLong());
    return list;
}

} // namespace

class TestProductFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void search_data();
    void search();
    void sortsByName();
    void sortsByPrice();
    void sortsByPopularity();
    void stockChangesDoNotReorder();

private:
    std::unique_ptr<test::UiTestShop> m_shop;
    std::unique_ptr<ProductModel> m_products;
};

void TestProductFilterModel::initTestCase()
{
    m_shop = std::make_unique<test::UiTestShop>();
    m_products = std::make_unique<ProductModel>();
    m_products->setBackend(&m_shop->backend());
    QTRY_VERIFY(m_products->isLoaded());
}

void TestProductFilterModel::cleanupTestCase()
{
    m_products.reset();
    m_shop.reset();
}

void TestProductFilterModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("everything") << QString() << QStringList();
    QTest::newRow("english, any case") << u"AMERICANO"_s << QStringList{u"p01"_s};
    QTest::newRow("english, two words") << u"cold brew"_s << QStringList{u"p02"_s, u"p12"_s};
    QTest::newRow("korean") << u"원두"_s << QStringList{u"p01"_s, u"p10"_s, u"p19"_s};
    QTest::newRow("id") << u"P2"_s << QStringList{u"p20"_s, u"p21"_s, u"p22"_s, u"p23"_s, u"p24"_s};
    QTest::newRow("nothing") << u"no such thing"_s << QStringList{u"-"_s};
}

void TestProductFilterModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ProductFilterModel filter;
    QAbstractItemModelTester tester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy searchChanged(&filter, &ProductFilterModel::searchTextChanged);
    QVERIFY(searchChanged.isValid());
    filter.setSource(m_products.get());
    filter.setSortKey(u"price"_s); // any order: compare as sets below
    filter.setSearchText(text);
    QCOMPARE(searchChanged.count(), text.isEmpty() ? 0 : 1);

    QStringList found = ids(filter);
    found.sort();
    if (expected.isEmpty())
        QCOMPARE(found.size(), 24);
    else if (expected == QStringList{u"-"_s})
        QCOMPARE(found, QStringList());
    else
        QCOMPARE(found, expected);
}

void TestProductFilterModel::sortsByName()
{
    ProductFilterModel filter;
    QAbstractItemModelTester tester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSource(m_products.get());
    QCOMPARE(filter.sortKey(), u"name"_s);
    QVERIFY(filter.ascending());

    QStringList names;
    for (int row = 0; row < filter.rowCount(); ++row)
        names.append(filter.index(row, 0).data(ProductModel::NameRole).toString());
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    QCOMPARE(names, sorted);
    QCOMPARE(names.first(), u"Americano Beans"_s);

    QSignalSpy ascendingChanged(&filter, &ProductFilterModel::ascendingChanged);
    QVERIFY(ascendingChanged.isValid());
    filter.setAscending(false);
    filter.setAscending(false);
    QCOMPARE(ascendingChanged.count(), 1);
    QCOMPARE(filter.index(0, 0).data(ProductModel::NameRole).toString(), sorted.last());

    // The name follows the language, and so does the order.
    filter.setAscending(true);
    m_products->setLanguage(u"ko"_s);
    QStringList korean;
    for (int row = 0; row < filter.rowCount(); ++row)
        korean.append(filter.index(row, 0).data(ProductModel::NameRole).toString());
    QStringList koreanSorted = korean;
    std::sort(koreanSorted.begin(), koreanSorted.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    QCOMPARE(korean, koreanSorted);
    QVERIFY(korean != names);
    m_products->setLanguage(u"en"_s);
}

void TestProductFilterModel::sortsByPrice()
{
    ProductFilterModel filter;
    QAbstractItemModelTester tester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSource(m_products.get());
    QSignalSpy sortKeyChanged(&filter, &ProductFilterModel::sortKeyChanged);
    QVERIFY(sortKeyChanged.isValid());
    filter.setSortKey(u"price"_s);
    filter.setSortKey(u"weight"_s); // unknown: ignored
    QCOMPARE(sortKeyChanged.count(), 1);
    QCOMPARE(filter.sortKey(), u"price"_s);

    const QList<qint64> prices = values(filter, ProductModel::PriceRole);
    QVERIFY(std::is_sorted(prices.cbegin(), prices.cend()));
    QCOMPARE(ids(filter).first(), u"p24"_s); // 1,500
    filter.setAscending(false);
    QCOMPARE(ids(filter).first(), u"p10"_s); // 89,000
    const QList<qint64> descending = values(filter, ProductModel::PriceRole);
    QVERIFY(std::is_sorted(descending.crbegin(), descending.crend()));
}

void TestProductFilterModel::sortsByPopularity()
{
    ProductFilterModel filter;
    QAbstractItemModelTester tester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSource(m_products.get());
    filter.setSortKey(u"popularity"_s);

    m_shop->charge(3, 500'000);
    QVERIFY(test::placeOrder(*m_shop, 3, {{u"p05"_s, 3, 0}, {u"p03"_s, 1, 0}}) > 0);
    // The proxy re-sorts by itself as the popularity arrives: best seller first.
    QTRY_COMPARE_WITH_TIMEOUT(
            ids(filter).mid(0, 2), (QStringList{u"p05"_s, u"p03"_s}), test::kSagaTimeoutMs);
    QCOMPARE(ids(filter).at(2), u"p01"_s); // then by id
    const QList<qint64> popularity = values(filter, ProductModel::PopularityRole);
    QVERIFY(std::is_sorted(popularity.crbegin(), popularity.crend()));

    filter.setAscending(false); // reversed: the least sold first
    QCOMPARE(ids(filter).last(), u"p05"_s);
}

void TestProductFilterModel::stockChangesDoNotReorder()
{
    ProductFilterModel filter;
    QAbstractItemModelTester tester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSource(m_products.get());
    filter.setSortKey(u"price"_s);
    const QStringList before = ids(filter);
    QSignalSpy moved(&filter, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&filter, &QAbstractItemModel::dataChanged);
    QVERIFY(moved.isValid());
    QVERIFY(changed.isValid());

    const qint64 stock = m_products->stockOf(u"p08"_s);
    QVERIFY(test::await(m_shop->shop().inventory().restock(u"p08"_s, 7)).ok());
    QTRY_COMPARE(m_products->stockOf(u"p08"_s), stock + 7);
    QTRY_VERIFY(!changed.isEmpty()); // the proxy passed the change on
    QCOMPARE(ids(filter), before);
    QCOMPARE(moved.count(), 0);
}

QTEST_GUILESS_MAIN(TestProductFilterModel)
#include "tst_productfiltermodel.moc"
