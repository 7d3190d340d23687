#include "storage/StorageLogging.h"

namespace sagashop::storage {

Q_LOGGING_CATEGORY(lcStorage, "sagashop.storage")

} // namespace sagashop::storage
