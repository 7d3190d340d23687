#pragma once

#include "saga/SagaLogEntry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sagashop::ui {

/// One marker of a saga timeline: something that happened to the saga (an event published, a
/// consumer's handling, a retry, a dead letter, an administrator's action), or a step it still
/// expects (pending).
struct TimelineMarker
{
    /// Stays the same across reloads: "e<log id>" for logged markers, "p:<service>:<event>"
    /// for pending ones.
    QString key;
    QString service; ///< the producer (published, compensation), consumer, "admin"
    int lane = 0; ///< index into the timeline's lanes
    qint64 at = 0; ///< UTC ms as logged (pending: now)
    /// Milliseconds since the saga began, never before its cause's: a handling is stamped
    /// when it commits, just after the events it published, so an effect may carry a stamp a
    /// millisecond older than its cause. Sorting by it keeps causes before effects.
    qint64 offsetMs = 0;
    /// published, compensation, handled, retry, deadLetter, duplicate, dropped, discarded,
    /// admin, pending
    QString kind;
    QString logKind; ///< the saga log's kind ("" for pending)
    QString eventType;
    QString eventId;
    QString causationId;
    int attempt = 1;
    QString error;
    int causeRow = -1; ///< the row of the cause's marker, or -1
    qint64 durationFromCauseMs = -1; ///< offsetMs - the cause's offsetMs, or -1 without a cause
    QString payloadJson; ///< the event's payload (or the admin record), indented
    bool pending = false;
    int pendingDepth = 0; ///< pending: 0 = due now, n = n expected steps away
    QStringList publishes; ///< pending: what it is expected to publish
    QStringList otherwise; ///< pending: what it publishes instead if it fails
    bool compensation = false; ///< a compensation event or a step that undoes something
    qint64 sequence = 0;

    bool operator==(const TimelineMarker &) const = default;
};

/// One row of the compact step list: a service handling an event (all its attempts), a
/// command that started something (placing the order, an admin's cancel), or an expected step.
struct TimelineStep
{
    QString key;
    QString service;
    QString event; ///< the event handled, or the action ("admin.cancel"); "" for a command
    QStringList published; ///< what it published (pending: what it is expected to publish)
    /// done, retrying, deadLettered, duplicate, dropped, discarded, published (a command),
    /// admin, pending
    QString result;
    int attempts = 0;
    qint64 offsetMs = 0; ///< when it became due (its event was published), since the saga began
    qint64 durationMs = -1; ///< from due to settled (to now while still expected); -1 unknown
    bool compensation = false;
    QString error; ///< the last error
    bool pending = false; ///< still expected
    int markerRow = -1; ///< the timeline row of its latest marker

    bool operator==(const TimelineStep &) const = default;
};

/// A saga's timeline built from its log entries: pure, no Qt objects, so it is easy to test
/// and cheap to rebuild on every reload.
struct SagaTimelineData
{
    QStringList lanes; ///< services drawn, in their fixed order
    QList<TimelineMarker> markers; ///< by offsetMs, causes first; pending markers last
    QList<TimelineStep> steps; ///< causal order; pending steps last
    qint64 startedAt = 0; ///< the first entry's time (0: no entries)
    qint64 lastAt = 0; ///< the latest logged time
    qint64 nowOffsetMs = 0; ///< now - startedAt (never before the last marker)
    bool live = false; ///< steps are still expected

    int pendingCount() const;
};

/// Builds timelines from SagaLog::timeline() entries and the checkout saga's definition.
class SagaTimelineBuilder
{
public:
    /// The lane order: the way an order flows, then anything else (by name), then "admin".
    static QStringList laneOrder(const QStringList &services);
    /// The marker kind for a saga-log entry kind.
    static QString markerKind(const QString &logKind);

    /// The timeline of `entries` (one saga, causal order) as of `nowMs`.
    static SagaTimelineData build(const QList<saga::SagaLogEntry> &entries, qint64 nowMs);
    /// Moves the pending markers and steps of `data` to `nowMs` (nothing else changes).
    /// Returns the rows of the markers that changed.
    static QList<int> advance(SagaTimelineData &data, qint64 nowMs);
};

} // namespace sagashop::ui
