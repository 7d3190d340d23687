#include "ui/session/ChargeValidator.h"

#include "services/balance/Account.h"
#include "ui/Money.h"

#include <QStringList>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

using services::Account;

/// Full-width digits, comma and won sign (a Korean input method may produce them) as their
/// ordinary forms; everything else unchanged.
QString narrowed(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(char16_t(u'0' + (u - 0xFF10)));
        else if (u == 0xFF0C)
            c = u',';
        else if (u == 0xFFE6)
            c = u'₩';
        else if (u == 0x2212) // minus sign
            c = u'-';
    }
    return out;
}

/// Strips one leading "₩" and one trailing "원" (with the spaces next to them).
QString withoutCurrency(QString s)
{
    s = s.trimmed();
    if (s.startsWith(u'₩'))
        s = s.mid(1).trimmed();
    if (s.endsWith(u'원')) {
        s.chop(1);
        s = s.trimmed();
    }
    return s;
}

bool isAsciiDigits(QStringView s)
{
    return !s.isEmpty()
            && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isSeparator(QChar c)
{
    return c == u',' || c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

enum class Shape {
    Number,
    BadGrouping,
    NotANumber
};

/// What `s` looks like: plain digits or digits grouped in threes, digits and separators in
/// the wrong places, or something else.
Shape shapeOf(const QString &s)
{
    QStringList parts;
    QString current;
    for (const QChar c : s) {
        if (isSeparator(c)) {
            parts.append(current);
            current.clear();
        } else if (c >= u'0' && c <= u'9') {
            current.append(c);
        } else {
            return Shape::NotANumber;
        }
    }
    parts.append(current);
    if (parts.size() == 1)
        return isAsciiDigits(parts.first()) ? Shape::Number : Shape::NotANumber;
    if (parts.first().isEmpty() || parts.first().size() > 3)
        return Shape::BadGrouping;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).size() != 3)
            return Shape::BadGrouping;
    }
    return Shape::Number;
}

/// The value of the digits in `s` (separators skipped), capped at MaxCharge + 1 so that any
/// length of input is "over the limit", never an overflow.
qint64 cappedValue(const QString &s)
{
    constexpr qint64 cap = Account::MaxCharge + 1;
    qint64 value = 0;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            continue;
        value = value * 10 + (c.unicode() - u'0');
        if (value >= cap)
            return cap;
    }
    return value;
}

} // namespace

ChargeValidator::Result ChargeValidator::validate(const QString &text, qint64 currentBalance)
{
    QString s = withoutCurrency(narrowed(text));
    if (s.isEmpty())
        return {0, tr("Enter an amount.")};

    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s = withoutCurrency(s.mid(1)); // "-₩100" as well as "₩-100"
    }
    const Shape shape = shapeOf(s);
    if (shape == Shape::NotANumber)
        return {0, tr("Use whole won, digits only.")};
    if (negative)
        return {0, tr("Amounts cannot be negative.")};
    if (shape == Shape::BadGrouping)
        return {0, tr("Put commas only between groups of three digits, like 50,000.")};

    const qint64 amount = cappedValue(s);
    if (amount < Account::MinCharge)
        return {0, tr("The amount must be at least %1.").arg(Money::format(Account::MinCharge))};
    if (amount > Account::MaxCharge)
        return {0, tr("At most %1 per charge.").arg(Money::format(Account::MaxCharge))};

    const qint64 room
            = Account::MaxBalance - std::clamp<qint64>(currentBalance, 0, Account::MaxBalance);
    if (amount > room) {
        if (room == 0)
            return {0,
                    tr("Your balance is at its limit of %1; no more can be added.")
                            .arg(Money::format(Account::MaxBalance))};
        return {0,
                tr("Your balance can hold at most %1; you can add %2 more.")
                        .arg(Money::format(Account::MaxBalance), Money::format(room))};
    }
    return {amount, {}};
}

} // namespace sagashop::ui
