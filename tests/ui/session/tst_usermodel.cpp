// UserModel against the real backend: the demo users, creating one (a row inserted, not a
// reset), and refusing bad names without a round trip.

#include "UiTestShop.h"
#include "common/TestServices.h"
#include "services/balance/BalanceService.h"
#include "ui/session/UserModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagashop;
using ui::UserModel;

class TestUserModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheDemoUsers();
    void createUserInsertsARow();
    void invalidNamesSetError_data();
    void invalidNamesSetError();
    void reloadPicksUpUsersCreatedElsewhere();
};

void TestUserModel::loadsTheDemoUsers()
{
    test::UiTestShop shop;
    UserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &UserModel::loadedChanged);
    QVERIFY(loaded.isValid());
    model.setBackend(&shop.backend());
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(model.isLoaded());
    QCOMPARE(model.rowCount(), 5);
    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(UserModel::UserIdRole), "userId");
    QCOMPARE(roles.value(UserModel::NameRole), "name");
    QCOMPARE(model.index(0).data(UserModel::UserIdRole).toLongLong(), qint64(1));
    QCOMPARE(model.index(2).data(UserModel::NameRole).toString(), u"Emma Wilson"_s);
    QCOMPARE(model.nameOf(5), u"Liam Chen"_s);
    QCOMPARE(model.indexOfUser(4), 3);
    QCOMPARE(model.indexOfUser(42), -1);
}

void TestUserModel::createUserInsertsARow()
{
    test::UiTestShop shop;
    UserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&shop.backend());
    QTRY_VERIFY(model.isLoaded());

    QSignalSpy created(&model, &UserModel::userCreated);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(created.isValid());
    QVERIFY(inserted.isValid());
    QVERIFY(reset.isValid());

    model.createUser(u"  Ada Lovelace  "_s);
    QTRY_COMPARE(created.count(), 1);
    const qint64 userId = created.first().first().toLongLong();
    QCOMPARE(userId, qint64(6));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 5); // appended: ids ascend
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(5).data(UserModel::NameRole).toString(), u"Ada Lovelace"_s);
    QVERIFY(model.error().isEmpty());

    // The backend has it too.
    const auto users = test::await(shop.shop().balances().users());
    QVERIFY(users.ok());
    QCOMPARE(users.value->size(), 6);
    QCOMPARE(users.value->last().name(), u"Ada Lovelace"_s);
}

void TestUserModel::invalidNamesSetError_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString() << u"Enter a name."_s;
    QTest::newRow("blank") << u"   "_s << u"Enter a name."_s;
    QTest::newRow("too long") << QString(51, u'x') << u"A name can have at most 50 character(s)."_s;
}

void TestUserModel::invalidNamesSetError()
{
    QFETCH(QString, name);
    QFETCH(QString, error);

    test::UiTestShop shop;
    UserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&shop.backend());
    QTRY_VERIFY(model.isLoaded());
    QSignalSpy errors(&model, &UserModel::errorChanged);
    QSignalSpy created(&model, &UserModel::userCreated);
    QVERIFY(errors.isValid());
    QVERIFY(created.isValid());

    model.createUser(name);
    QCOMPARE(model.error(), error);
    QCOMPARE(errors.count(), 1);

    // Nothing reached the backend; a good name afterwards clears the error.
    model.createUser(u"Grace"_s);
    QVERIFY(model.error().isEmpty());
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(created.first().first().toLongLong(), qint64(6));
    QCOMPARE(test::await(shop.shop().balances().users()).value->size(), 6);
}

void TestUserModel::reloadPicksUpUsersCreatedElsewhere()
{
    test::UiTestShop shop;
    UserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(&shop.backend());
    QTRY_VERIFY(model.isLoaded());
    QVERIFY(test::await(shop.shop().balances().createUser(u"Made elsewhere"_s)).ok());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(inserted.isValid());
    QVERIFY(reset.isValid());
    model.reload();
    QTRY_COMPARE(model.rowCount(), 6);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.nameOf(6), u"Made elsewhere"_s);
}

QTEST_GUILESS_MAIN(TestUserModel)
#include "tst_usermodel.moc"
