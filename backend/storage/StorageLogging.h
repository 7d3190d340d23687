#pragma once

#include <QLoggingCategory>

namespace sagashop::storage {

/// "sagashop.storage": opening files, migrations, rollbacks that failed.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace sagashop::storage
