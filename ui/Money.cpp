#include "ui/Money.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace sagashop::ui::Money {

QString format(qint64 won)
{
    if (won < 0 && won != std::numeric_limits<qint64>::min())
        return u'-' + format(-won); // "-₩2,000" / "-2,000원"
    // Grouping is the same in both languages; the currency's place is the translator's.
    const QString digits = QLocale(QLocale::English).toString(won);
    //: An amount of Korean won: %1 is the grouped number, e.g. "18,900원" / "₩18,900".
    return QCoreApplication::translate("Money", "₩%1").arg(digits);
}

} // namespace sagashop::ui::Money
