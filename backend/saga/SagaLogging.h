#pragma once

#include <QLoggingCategory>

namespace sagashop::saga {
Q_DECLARE_LOGGING_CATEGORY(lcSaga)
} // namespace sagashop::saga
