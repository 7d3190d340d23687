#include "services/coupon/CouponDefinition.h"

#include "services/DomainError.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sagashop::services {

namespace {
[[noreturn]] void invalid(const QString &sentence)
{
    throw DomainError(u"invalid_coupon"_s, sentence);
}

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}
} // namespace

QString formatWon(qint64 amount)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(amount);
}

qint64 CouponDefinition::discountFor(qint64 amount) const noexcept
{
    if (amount <= 0)
        return 0;
    if (kind == Percent) {
        // amount <= 2^53 (strict payloads) and value <= 100: the product fits in qint64.
        return amount * std::clamp<qint64>(value, 0, 100) / 100;
    }
    return std::clamp<qint64>(value, 0, amount);
}

QString CouponDefinition::minimumRefusal(qint64 amount) const
{
    if (amount >= minOrderAmount)
        return {};
    return u"order total %1 won is below the coupon minimum of %2 won"_s.arg(
            formatWon(amount), formatWon(minOrderAmount));
}

void CouponDefinition::normalizeAndValidate()
{
    nameKo = nameKo.trimmed();
    nameEn = nameEn.trimmed();
    if (nameKo.isEmpty() && nameEn.isEmpty())
        invalid(u"A coupon needs a name (Korean, English or both)."_s);
    if (nameKo.isEmpty())
        nameKo = nameEn;
    if (nameEn.isEmpty())
        nameEn = nameKo;
    if (codePoints(nameKo) > MaxNameLength || codePoints(nameEn) > MaxNameLength)
        invalid(u"A coupon name can have at most %1 characters."_s.arg(MaxNameLength));
    if (kind != Fixed && kind != Percent)
        invalid(u"The kind of a coupon must be \"fixed\" or \"percent\", not \"%1\"."_s.arg(kind));
    if (kind == Fixed && (value < 1 || value > MaxFixedValue))
        invalid(u"A fixed coupon takes 1 to %1 won off; %2 is outside that range."_s.arg(
                formatWon(MaxFixedValue), formatWon(value)));
    if (kind == Percent && (value < 1 || value > 100))
        invalid(u"A percent coupon takes 1 to 100 percent off; %1 is outside that range."_s.arg(
                value));
    if (minOrderAmount < 0 || minOrderAmount > MaxMinOrderAmount)
        invalid(u"The minimum order amount must be 0 to %1 won; %2 is outside that range."_s.arg(
                formatWon(MaxMinOrderAmount), formatWon(minOrderAmount)));
    if (expiresAt < 0)
        invalid(u"The expiry time must be 0 (never) or a time in UTC milliseconds, not %1."_s.arg(
                expiresAt));
    if (quantity < 1 || quantity > MaxQuantity)
        invalid(u"A coupon can be issued 1 to %1 times; %2 is outside that range."_s.arg(
                formatWon(MaxQuantity), formatWon(quantity)));
    if (issued != 0)
        invalid(u"A new coupon cannot have been issued already."_s);
}

QJsonObject CouponDefinition::toJson() const
{
    return {
            {u"id"_s, id},
            {u"name"_s, name()},
            {u"nameKo"_s, nameKo},
            {u"nameEn"_s, nameEn},
            {u"kind"_s, kind},
            {u"value"_s, value},
            {u"minOrderAmount"_s, minOrderAmount},
            {u"quantity"_s, quantity},
            {u"remaining"_s, remaining()},
            {u"expiresAt"_s, expiresAt},
    };
}

} // namespace sagashop::services
