#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace sagashop::ui {

/// Checks what a shopper typed into the "charge" field before anything reaches the backend,
/// and says what is wrong in plain words (translated). Pure: no backend, no state.
///
/// Accepted: ASCII (or full-width) digits, optionally grouped in threes by commas or spaces
/// ("50,000", "50 000"), with an optional leading "₩" or trailing "원", surrounding spaces
/// ignored. The amount must be Account::MinCharge..Account::MaxCharge won and must keep the
/// balance at or below Account::MaxBalance.
class ChargeValidator
{
    Q_DECLARE_TR_FUNCTIONS(ChargeValidator)

public:
    struct Result
    {
        qint64 amount = 0; ///< the won to charge; 0 when invalid
        QString error; ///< empty when valid; otherwise one translated sentence

        bool ok() const noexcept { return error.isEmpty(); }
    };

    /// `currentBalance`: the shopper's balance now (won), for the balance limit.
    static Result validate(const QString &text, qint64 currentBalance);
};

} // namespace sagashop::ui
