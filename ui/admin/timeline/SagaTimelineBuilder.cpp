#include "ui/admin/timeline/SagaTimelineBuilder.h"

#include "bus/SagaLogEvents.h"
#include "saga/CheckoutSagaDefinition.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

namespace L = bus::SagaLogEvents;
using saga::CheckoutSagaDefinition;
using saga::SagaLogEntry;

const QString kAdmin = u"admin"_s;

bool isEvent(const SagaLogEntry &e)
{
    return e.kind == SagaLogEntry::KindPublished || e.kind == SagaLogEntry::KindCompensation;
}

bool isAdmin(const SagaLogEntry &e)
{
    return e.kind == kAdmin;
}

/// A handling that ended well (the step is done).
bool isSuccess(const QString &logKind)
{
    return logKind == L::Handled || logKind == L::DeadLetterRetried;
}

QString indented(const QJsonObject &payload)
{
    if (payload.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented)).trimmed();
}

/// A step's result from the kinds of its handlings, oldest first.
QString stepResult(const QStringList &kinds)
{
    if (std::any_of(kinds.cbegin(), kinds.cend(), isSuccess))
        return u"done"_s;
    const QString last = kinds.isEmpty() ? QString() : kinds.last();
    if (last == L::Retried)
        return u"retrying"_s;
    if (last == L::DeadLettered || last == L::DeadLetterRetryFailed)
        return u"deadLettered"_s;
    if (last == L::DeadLetterDiscarded)
        return u"discarded"_s;
    if (last == L::Dropped)
        return u"dropped"_s;
    if (last == L::Duplicate)
        return u"duplicate"_s;
    return u"done"_s;
}

/// Whether a step with these handlings is still on its way (not settled).
bool stillExpected(const QString &result)
{
    return result == u"retrying"_s || result == u"dropped"_s;
}

} // namespace

int SagaTimelineData::pendingCount() const
{
    return int(std::count_if(
            markers.cbegin(), markers.cend(), [](const TimelineMarker &m) { return m.pending; }));
}

QStringList SagaTimelineBuilder::laneOrder(const QStringList &services)
{
    QStringList known;
    for (const QString &s : CheckoutSagaDefinition::services()) {
        if (s != CheckoutSagaDefinition::Alerts && services.contains(s))
            known.append(s);
    }
    QStringList others;
    for (const QString &s : services) {
        if (!known.contains(s) && s != kAdmin && !others.contains(s) && !s.isEmpty())
            others.append(s);
    }
    others.sort();
    known += others;
    if (services.contains(kAdmin))
        known.append(kAdmin);
    return known;
}

QString SagaTimelineBuilder::markerKind(const QString &logKind)
{
    if (logKind == SagaLogEntry::KindPublished)
        return u"published"_s;
    if (logKind == SagaLogEntry::KindCompensation)
        return u"compensation"_s;
    if (logKind == L::Handled || logKind == L::DeadLetterRetried)
        return u"handled"_s;
    if (logKind == L::Retried)
        return u"retry"_s;
    if (logKind == L::DeadLettered || logKind == L::DeadLetterRetryFailed)
        return u"deadLetter"_s;
    if (logKind == L::Duplicate)
        return u"duplicate"_s;
    if (logKind == L::Dropped)
        return u"dropped"_s;
    if (logKind == L::DeadLetterDiscarded)
        return u"discarded"_s;
    if (logKind == kAdmin)
        return kAdmin;
    return logKind; // a kind this build does not know yet: drawn plainly, by its name
}

SagaTimelineData SagaTimelineBuilder::build(const QList<SagaLogEntry> &entries, qint64 nowMs)
{
    SagaTimelineData data;
    if (entries.isEmpty())
        return data;

    // --- markers in the log's causal order, with their causes (indices in that order) -----
    const int n = int(entries.size());
    QList<TimelineMarker> markers(n);
    QHash<QString, int> eventIndex; // eventId -> published/compensation marker
    QHash<QString, QList<int>> handlings; // consumer + eventId -> its handling markers
    int lastAdmin = -1;
    qint64 startedAt = entries.first().at;
    for (const SagaLogEntry &e : entries)
        startedAt = std::min(startedAt, e.at);
    data.startedAt = startedAt;

    for (int i = 0; i < n; ++i) {
        const SagaLogEntry &e = entries.at(i);
        TimelineMarker &m = markers[i];
        m.key = u"e"_s + QString::number(e.id);
        m.service = e.service;
        m.at = e.at;
        m.kind = markerKind(e.kind);
        m.logKind = e.kind;
        m.eventType = e.eventType;
        m.eventId = e.eventId;
        m.causationId = e.causationId;
        m.attempt = e.attempt;
        m.error = e.error;
        m.sequence = e.sequence;
        m.payloadJson = indented(e.payload);
        data.lastAt = std::max(data.lastAt, e.at);

        int cause = -1;
        if (isEvent(e)) {
            m.compensation = e.kind == SagaLogEntry::KindCompensation;
            if (!e.causationId.isEmpty()) {
                // The handling that published it: its successful attempt, else its latest.
                const QList<int> attempts = handlings.value(e.service + u'/' + e.causationId);
                for (auto it = attempts.crbegin(); it != attempts.crend() && cause < 0; ++it) {
                    if (isSuccess(markers.at(*it).logKind))
                        cause = *it;
                }
                if (cause < 0 && !attempts.isEmpty())
                    cause = attempts.last();
                if (cause < 0)
                    cause = eventIndex.value(e.causationId, -1);
            } else if (lastAdmin >= 0) {
                cause = lastAdmin; // a command after an administrator's action: its effect
            }
            eventIndex.insert(e.eventId, i);
        } else if (isAdmin(e)) {
            lastAdmin = i;
        } else {
            // A consumer's handling: the first attempt follows the event, each later one the
            // attempt before it (a retry chain along the lane).
            QList<int> &attempts = handlings[e.service + u'/' + e.eventId];
            cause = attempts.isEmpty() ? eventIndex.value(e.eventId, -1) : attempts.last();
            attempts.append(i);
            m.compensation = CheckoutSagaDefinition::isCompensationStep(e.service, e.eventType);
            if (m.payloadJson.isEmpty()) {
                if (const int ev = eventIndex.value(e.eventId, -1); ev >= 0)
                    m.payloadJson = markers.at(ev).payloadJson;
            }
        }
        m.causeRow = cause;
        const qint64 own = e.at - startedAt;
        m.offsetMs = cause >= 0 ? std::max(own, markers.at(cause).offsetMs) : own;
        m.durationFromCauseMs = cause >= 0 ? m.offsetMs - markers.at(cause).offsetMs : -1;
    }

    qint64 lastOffset = 0;
    for (const TimelineMarker &m : std::as_const(markers))
        lastOffset = std::max(lastOffset, m.offsetMs);
    data.nowOffsetMs = std::max(nowMs - startedAt, lastOffset);

    // --- steps from the log (before sorting, while indices are the log's) -----------------
    struct Group
    {
        QString service;
        QString eventId;
        QString eventType;
        QList<int> markers;
        qint64 firstSequence = 0;
    };
    QList<Group> groups;
    QHash<QString, int> groupIndex;
    QList<TimelineStep> steps;
    QList<qint64> stepSequence;
    QList<int> stepMarker; // the latest marker of each step (log index)
    for (int i = 0; i < n; ++i) {
        const SagaLogEntry &e = entries.at(i);
        if (isEvent(e)) {
            if (markers.at(i).causeRow >= 0 && !isAdmin(entries.at(markers.at(i).causeRow)))
                continue; // published by a handling: listed with that handling's step
            // A command: the order placed, an administrator's cancel, a reconciler's re-trigger.
            TimelineStep s;
            s.key = markers.at(i).key;
            s.service = e.service;
            s.published = {e.eventType};
            s.result = u"published"_s;
            s.attempts = 1;
            s.offsetMs = markers.at(i).offsetMs;
            s.durationMs = 0;
            s.compensation = markers.at(i).compensation;
            steps.append(s);
            stepSequence.append(e.sequence);
            stepMarker.append(i);
        } else if (isAdmin(e)) {
            TimelineStep s;
            s.key = markers.at(i).key;
            s.service = e.service;
            s.event = e.eventType;
            s.result = u"admin"_s;
            s.attempts = 1;
            s.offsetMs = markers.at(i).offsetMs;
            s.durationMs = 0;
            s.error = e.error;
            steps.append(s);
            stepSequence.append(e.sequence);
            stepMarker.append(i);
        } else {
            const QString key = e.service + u'/' + e.eventId;
            auto it = groupIndex.find(key);
            if (it == groupIndex.end()) {
                it = groupIndex.insert(key, int(groups.size()));
                groups.append(Group{e.service, e.eventId, e.eventType, {}, e.sequence});
            }
            groups[*it].markers.append(i);
        }
    }
    for (const Group &g : std::as_const(groups)) {
        TimelineStep s;
        s.key = u"s:"_s + g.service + u'/' + g.eventId;
        s.service = g.service;
        s.event = g.eventType;
        QStringList kinds;
        for (const int i : g.markers) {
            kinds.append(markers.at(i).logKind);
            s.attempts = std::max(s.attempts, markers.at(i).attempt);
            if (!markers.at(i).error.isEmpty())
                s.error = markers.at(i).error;
        }
        s.result = stepResult(kinds);
        if (s.result == u"done"_s)
            s.error.clear(); // it failed before but succeeded in the end: the timeline shows it
        s.pending = stillExpected(s.result);
        const int ev = eventIndex.value(g.eventId, -1);
        const TimelineMarker &first = markers.at(g.markers.first());
        const TimelineMarker &last = markers.at(g.markers.last());
        s.offsetMs = ev >= 0 ? markers.at(ev).offsetMs : first.offsetMs;
        s.durationMs = (s.pending ? data.nowOffsetMs : last.offsetMs) - s.offsetMs;
        for (int i = 0; i < n; ++i) {
            const SagaLogEntry &e = entries.at(i);
            if (isEvent(e) && e.service == g.service && e.causationId == g.eventId) {
                s.published.append(e.eventType);
                s.compensation = s.compensation || markers.at(i).compensation;
            }
        }
        s.compensation = s.compensation
                || CheckoutSagaDefinition::isCompensationStep(g.service, g.eventType);
        steps.append(s);
        stepSequence.append(g.firstSequence);
        stepMarker.append(g.markers.last());
    }
    // Causal order: by the sequence each step started at.
    QList<int> stepOrder(steps.size());
    std::iota(stepOrder.begin(), stepOrder.end(), 0);
    std::stable_sort(stepOrder.begin(), stepOrder.end(),
            [&](int a, int b) { return stepSequence.at(a) < stepSequence.at(b); });

    // --- sort the logged markers by offset (causes first on ties), then add pending ones -----
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const TimelineMarker &x = markers.at(a);
        const TimelineMarker &y = markers.at(b);
        if (x.offsetMs != y.offsetMs)
            return x.offsetMs < y.offsetMs;
        return a < b; // the log's causal order
    });
    QList<int> rowOf(n);
    for (int row = 0; row < n; ++row)
        rowOf[order.at(row)] = row;
    data.markers.reserve(n);
    for (int row = 0; row < n; ++row) {
        TimelineMarker m = markers.at(order.at(row));
        if (m.causeRow >= 0)
            m.causeRow = rowOf.at(m.causeRow);
        data.markers.append(std::move(m));
    }

    // Pending: the steps the checkout saga still expects, at "now" in their lanes.
    const QList<CheckoutSagaDefinition::Step> expected
            = CheckoutSagaDefinition::expectedSteps(entries);
    QHash<QString, int>
            pendingByPublished; // an expected event -> the pending marker that publishes it
    QHash<QString, int> latestEvent; // event type -> latest published marker row
    for (int row = 0; row < n; ++row) {
        const TimelineMarker &m = data.markers.at(row);
        if (m.kind == u"published"_s || m.kind == u"compensation"_s)
            latestEvent.insert(m.eventType, row);
    }
    QList<TimelineStep> pendingSteps;
    for (const CheckoutSagaDefinition::Step &step : expected) {
        TimelineMarker m;
        m.key = u"p:"_s + step.service + u':' + step.handles;
        m.service = step.service;
        m.kind = u"pending"_s;
        m.eventType = step.handles;
        m.pending = true;
        m.pendingDepth = step.depth;
        m.publishes = step.publishes;
        m.otherwise = step.otherwise;
        m.compensation = step.compensation;
        m.at = startedAt + data.nowOffsetMs;
        m.offsetMs = data.nowOffsetMs;
        m.attempt = 1;
        int cause = latestEvent.value(step.handles, -1);
        if (cause >= 0) {
            const TimelineMarker &event = data.markers.at(cause);
            m.eventId = event.eventId;
            m.payloadJson = event.payloadJson;
            // A step in retry: the pending marker continues the chain of its attempts.
            for (int row = 0; row < n; ++row) {
                const TimelineMarker &h = data.markers.at(row);
                if (h.service == step.service && h.eventId == event.eventId && !h.pending
                        && h.kind != u"published"_s && h.kind != u"compensation"_s) {
                    cause = row;
                    m.attempt = h.attempt + 1;
                    m.error = h.error;
                }
            }
        } else {
            cause = pendingByPublished.value(step.handles, -1);
        }
        m.causeRow = cause;
        m.durationFromCauseMs = cause >= 0 && !data.markers.at(cause).pending
                ? m.offsetMs - data.markers.at(cause).offsetMs
                : -1;
        const int row = int(data.markers.size());
        for (const QString &type : step.publishes)
            pendingByPublished.insert(type, row);
        data.markers.append(m);

        // The step list: a step in retry already has its row; mark it, else add one.
        const QString groupKey = u"s:"_s + step.service + u'/' + m.eventId;
        const auto existing = std::find_if(steps.begin(), steps.end(),
                [&](const TimelineStep &s) { return s.key == groupKey; });
        if (!m.eventId.isEmpty() && existing != steps.end()) {
            existing->pending = true;
            continue;
        }
        TimelineStep s;
        s.key = m.key;
        s.service = step.service;
        s.event = step.handles;
        s.published = step.publishes;
        s.result = u"pending"_s;
        s.attempts = 0;
        s.offsetMs = cause >= 0 && !data.markers.at(cause).pending ? data.markers.at(cause).offsetMs
                                                                   : data.nowOffsetMs;
        s.durationMs = cause >= 0 && !data.markers.at(cause).pending ? data.nowOffsetMs - s.offsetMs
                                                                     : -1;
        s.compensation = step.compensation;
        s.pending = true;
        s.markerRow = row;
        pendingSteps.append(s);
    }
    data.live = !expected.isEmpty();

    for (const int i : std::as_const(stepOrder)) {
        TimelineStep s = steps.at(i);
        s.markerRow = rowOf.at(stepMarker.at(i));
        data.steps.append(s);
    }
    data.steps += pendingSteps;

    // --- lanes ------------------------------------------------------------------------------
    QStringList services;
    for (const TimelineMarker &m : std::as_const(data.markers)) {
        if (!services.contains(m.service))
            services.append(m.service);
    }
    data.lanes = laneOrder(services);
    for (TimelineMarker &m : data.markers)
        m.lane = int(data.lanes.indexOf(m.service));
    return data;
}

QList<int> SagaTimelineBuilder::advance(SagaTimelineData &data, qint64 nowMs)
{
    QList<int> changed;
    if (data.markers.isEmpty())
        return changed;
    qint64 lastOffset = 0;
    for (const TimelineMarker &m : std::as_const(data.markers)) {
        if (!m.pending)
            lastOffset = std::max(lastOffset, m.offsetMs);
    }
    const qint64 now = std::max(nowMs - data.startedAt, lastOffset);
    if (now == data.nowOffsetMs)
        return changed;
    data.nowOffsetMs = now;
    for (int row = 0; row < data.markers.size(); ++row) {
        TimelineMarker &m = data.markers[row];
        if (!m.pending)
            continue;
        m.offsetMs = now;
        m.at = data.startedAt + now;
        if (m.causeRow >= 0 && !data.markers.at(m.causeRow).pending)
            m.durationFromCauseMs = now - data.markers.at(m.causeRow).offsetMs;
        changed.append(row);
    }
    for (TimelineStep &s : data.steps) {
        if (!s.pending)
            continue;
        if (s.durationMs >= 0)
            s.durationMs = now - s.offsetMs; // due since its event: waiting for that long
        else
            s.offsetMs = now; // its event is itself only expected: due "now"
    }
    return changed;
}

} // namespace sagashop::ui
