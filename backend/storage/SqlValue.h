#pragma once

#include <QString>
#include <QVariant>

namespace sagashop::storage {

/// Qt binds a null QString as SQL NULL; text columns are NOT NULL and use '' for "none".
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_qs)) : QVariant(value);
}

} // namespace sagashop::storage
