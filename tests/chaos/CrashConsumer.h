#pragma once

#include "bus/Service.h"

namespace sagashop::test {

/// A consumer that audits itself: it records every event it handles (with a count, so a
/// second handling would show) and checks, in the same transaction, that each key's
/// numbers arrive consecutively (none lost, none out of order). Anything else is written
/// to its "violations" table.
class CrashConsumer : public bus::Service
{
public:
    explicit CrashConsumer(bus::ServiceConfig config);

private:
    void handle(const bus::EventEnvelope &event, bus::MessageContext &context);
};

} // namespace sagashop::test
