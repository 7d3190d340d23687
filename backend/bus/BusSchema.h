#pragma once

#include "storage/Migration.h"

namespace sagashop::bus {

/// The bus's own tables in every service database: outbox (one row per event and consumer
/// until that consumer acknowledges it), inbox (event ids this service has handled or
/// dead-lettered) and dead_letters.
storage::Schema busSchema();

} // namespace sagashop::bus
