#pragma once

#include <QLoggingCategory>

namespace sagashop::bus {
Q_DECLARE_LOGGING_CATEGORY(lcBus)
} // namespace sagashop::bus
