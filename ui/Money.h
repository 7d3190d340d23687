#pragma once

#include <QString>
#include <QtGlobal>

namespace sagashop::ui {

/// How the storefront shows money: integer won, grouped, in the UI's language
/// (Korean "18,900원", English "₩18,900"). Negative amounts keep their sign.
namespace Money {

QString format(qint64 won);

} // namespace Money
} // namespace sagashop::ui
