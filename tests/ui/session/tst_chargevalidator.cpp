// ChargeValidator: what a shopper may type into the charge field, and the plain-words
// answer for everything else. No backend: the validator is pure.

#include "services/balance/Account.h"
#include "ui/session/ChargeValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using sagashop::services::Account;
using sagashop::ui::ChargeValidator;

namespace {
const QString kEnter = u"Enter an amount."_s;
const QString kDigits = u"Use whole won, digits only."_s;
const QString kNegative = u"Amounts cannot be negative."_s;
const QString kAtLeast = u"The amount must be at least ₩1."_s;
const QString kPerCharge = u"At most ₩10,000,000 per charge."_s;
const QString kGrouping = u"Put commas only between groups of three digits, like 50,000."_s;
} // namespace

class TestChargeValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void limitsComeFromTheAccount();
};

void TestChargeValidator::validate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("amount"); // 0 when refused
    QTest::addColumn<QString>("error"); // empty when accepted

    // Refused.
    QTest::newRow("empty") << QString() << qint64(0) << qint64(0) << kEnter;
    QTest::newRow("spaces") << u"   "_s << qint64(0) << qint64(0) << kEnter;
    QTest::newRow("currency only") << u"₩"_s << qint64(0) << qint64(0) << kEnter;
    QTest::newRow("letters") << u"abc"_s << qint64(0) << qint64(0) << kDigits;
    QTest::newRow("digits and letters") << u"12abc"_s << qint64(0) << qint64(0) << kDigits;
    QTest::newRow("decimal") << u"1.5"_s << qint64(0) << qint64(0) << kDigits;
    QTest::newRow("exponent") << u"1e5"_s << qint64(0) << qint64(0) << kDigits;
    QTest::newRow("plus sign") << u"+100"_s << qint64(0) << qint64(0) << kDigits;
    QTest::newRow("negative") << u"-100"_s << qint64(0) << qint64(0) << kNegative;
    QTest::newRow("negative with won") << u"-₩1,000"_s << qint64(0) << qint64(0) << kNegative;
    QTest::newRow("negative huge")
            << u"-99999999999999999999"_s << qint64(0) << qint64(0) << kNegative;
    QTest::newRow("minus alone") << u"-"_s << qint64(0) << qint64(0) << kDigits;
    QTest::newRow("zero") << u"0"_s << qint64(0) << qint64(0) << kAtLeast;
    QTest::newRow("zeros grouped") << u"0,000"_s << qint64(0) << qint64(0) << kAtLeast;
    QTest::newRow("one over the limit") << u"10000001"_s << qint64(0) << qint64(0) << kPerCharge;
    QTest::newRow("overflow") << u"99999999999999999999"_s << qint64(0) << qint64(0) << kPerCharge;
    QTest::newRow("overflow grouped")
            << u"999,999,999,999,999,999,999"_s << qint64(0) << qint64(0) << kPerCharge;
    QTest::newRow("bad grouping") << u"5,0000"_s << qint64(0) << qint64(0) << kGrouping;
    QTest::newRow("leading comma") << u",500"_s << qint64(0) << qint64(0) << kGrouping;
    QTest::newRow("trailing comma") << u"50,000,"_s << qint64(0) << qint64(0) << kGrouping;
    QTest::newRow("two currencies") << u"50,000원원"_s << qint64(0) << qint64(0) << kDigits;
    QTest::newRow("over the balance limit")
            << u"50,000"_s << qint64(999'990'000) << qint64(0)
            << u"Your balance can hold at most ₩1,000,000,000; you can add ₩10,000 more."_s;
    QTest::newRow("balance at its limit")
            << u"1"_s << Account::MaxBalance << qint64(0)
            << u"Your balance is at its limit of ₩1,000,000,000; no more can be added."_s;
    QTest::newRow("balance past its limit (after a refund)")
            << u"1"_s << Account::MaxBalance + 5 << qint64(0)
            << u"Your balance is at its limit of ₩1,000,000,000; no more can be added."_s;

    // Accepted.
    QTest::newRow("grouped") << u"50,000"_s << qint64(0) << qint64(50'000) << QString();
    QTest::newRow("trailing 원") << u"50000원"_s << qint64(0) << qint64(50'000) << QString();
    QTest::newRow("leading ₩") << u"₩50,000"_s << qint64(0) << qint64(50'000) << QString();
    QTest::newRow("spaced currency") << u" ₩ 50,000 "_s << qint64(0) << qint64(50'000) << QString();
    QTest::newRow("grouped by spaces")
            << u"50 000 원"_s << qint64(0) << qint64(50'000) << QString();
    QTest::newRow("full-width") << u"１０，０００"_s << qint64(0) << qint64(10'000) << QString();
    QTest::newRow("one won") << u"1"_s << qint64(0) << qint64(1) << QString();
    QTest::newRow("leading zeros") << u"007"_s << qint64(0) << qint64(7) << QString();
    QTest::newRow("the per-charge limit")
            << u"10,000,000"_s << qint64(0) << qint64(10'000'000) << QString();
    QTest::newRow("exactly up to the balance limit")
            << u"10,000"_s << qint64(999'990'000) << qint64(10'000) << QString();
}

void TestChargeValidator::validate()
{
    QFETCH(QString, text);
    QFETCH(qint64, balance);
    QFETCH(qint64, amount);
    QFETCH(QString, error);

    const ChargeValidator::Result result = ChargeValidator::validate(text, balance);
    QCOMPARE(result.error, error);
    QCOMPARE(result.amount, amount);
    QCOMPARE(result.ok(), error.isEmpty());
}

void TestChargeValidator::limitsComeFromTheAccount()
{
    QVERIFY(ChargeValidator::validate(QString::number(Account::MaxCharge), 0).ok());
    QVERIFY(!ChargeValidator::validate(QString::number(Account::MaxCharge + 1), 0).ok());
    QVERIFY(!ChargeValidator::validate(QString::number(Account::MinCharge - 1), 0).ok());
}

QTEST_GUILESS_MAIN(TestChargeValidator)
#include "tst_chargevalidator.moc"
