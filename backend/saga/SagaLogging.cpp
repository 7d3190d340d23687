#include "saga/SagaLogging.h"

namespace sagashop::saga {
Q_LOGGING_CATEGORY(lcSaga, "sagashop.saga")
} // namespace sagashop::saga
