#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sagashop::demo {

/// The faults the demo stages, each exercising one recovery path of the checkout saga.
enum class FaultKind {
    /// A shopper checks out with a coupon for more than their balance holds: BalanceFailed,
    /// and the coupon and stock are given back (compensation). Before it, the Balance service
    /// fails twice on its own and the bus retries with backoff.
    BalanceFailure,
    /// The next deliveries to Inventory arrive twice; its inbox absorbs the copies.
    DuplicateDelivery,
    /// A delivery to Payment is lost; the saga gets stuck and the reconciler delivers the
    /// event again from the saga log (repaired).
    DroppedEvent,
    /// The export endpoint is down for a while: exports fail, are retried, dead-lettered and
    /// alerted; the orders stay confirmed.
    ExportOutage,
};

/// One staged fault: what, when in the cycle, and for how long (outages only).
struct ScriptedFault
{
    FaultKind kind = FaultKind::BalanceFailure;
    qint64 atMs = 0;    ///< offset from the start of each cycle
    qint64 lastsMs = 0; ///< ExportOutage: how long the endpoint stays down
};

/// The demo's timetable: the faults of one cycle, repeated every `cycleMs`.
struct DemoScript
{
    QList<ScriptedFault> faults;
    qint64 cycleMs = 30'000;

    /// Every path within the first 20 s of a 30 s cycle: a Balance failure at 2 s, a duplicate
    /// delivery at 6 s, a dropped event at 10 s (repaired once the saga counts as stuck), an
    /// export outage from 14 s to 18 s.
    static DemoScript standard();
    /// An error sentence for a timetable that cannot run (a fault outside the cycle, an
    /// outage without a length, overlapping outages), or an empty string.
    QString validate() const;
};

/// A stable machine name ("balance-failure", "duplicate-delivery", "dropped-event",
/// "export-outage") and back.
QString faultKey(FaultKind kind);
std::optional<FaultKind> faultKindFromKey(const QString &key);
/// A short title and one sentence on what the fault does and how the shop recovers, for
/// people (translated through the "sagashop::demo" context).
QString faultTitle(FaultKind kind);
QString faultDescription(FaultKind kind);

/// A fault the demo has staged.
struct FiredFault
{
    FaultKind kind = FaultKind::BalanceFailure;
    int cycle = 1;        ///< 1, 2, …
    qint64 at = 0;        ///< UTC ms
    qint64 sinceStartMs = 0;
    QString detail;       ///< what was staged, in words (e.g. "order 42 placed"; may be empty)
    qint64 orderId = 0;   ///< the order the fault made (Balance failure), else 0
    QString sagaId;       ///< its saga, else empty
};

} // namespace sagashop::demo
