#include "bus/BusLogging.h"

namespace sagashop::bus {
Q_LOGGING_CATEGORY(lcBus, "sagashop.bus")
} // namespace sagashop::bus
