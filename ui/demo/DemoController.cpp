#include "ui/demo/DemoController.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QVariantMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

QString keyOf(const demo::FiredFault &f)
{
    return u"%1/%2/%3"_s.arg(f.cycle).arg(int(f.kind)).arg(f.sinceStartMs);
}

bool sameTally(const demo::DemoTally &a, const demo::DemoTally &b)
{
    return a.checkouts == b.checkouts && a.confirmed == b.confirmed && a.failed == b.failed
        && a.compensated == b.compensated && a.abnormal == b.abnormal && a.repaired == b.repaired
        && a.retries == b.retries && a.duplicates == b.duplicates && a.deadLetters == b.deadLetters
        && a.open == b.open;
}

QList<demo::ScriptedFault> sortedFaults(const demo::DemoScript &script)
{
    QList<demo::ScriptedFault> faults = script.faults;
    std::stable_sort(faults.begin(), faults.end(),
                     [](const demo::ScriptedFault &a, const demo::ScriptedFault &b) { return a.atMs < b.atMs; });
    return faults;
}

} // namespace

/// The bridge from the demo's thread to the GUI thread. The boost slot holds it (shared), so
/// it outlives the controller while a slot call may still be running on the demo's thread;
/// `target` is cleared under the mutex before the controller goes, and a hop posted before
/// that is dropped with the controller (a queued call to a deleted context never runs).
struct DemoController::Relay
{
    QMutex mutex;
    DemoController *target = nullptr;
    QSet<QString> snapshot; ///< GUI thread only: faults already read by setDemo()
};

DemoController::DemoController(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &DemoController::refresh);
    // Titles and descriptions are translated when read: re-read them when the language
    // changes (QCoreApplication::installTranslator sends LanguageChange to the application).
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

DemoController::~DemoController()
{
    disconnectDemo();
}

void DemoController::disconnectDemo()
{
    if (m_relay) {
        QMutexLocker lock(&m_relay->mutex);
        m_relay->target = nullptr;
    }
    m_firedConnection.disconnect();
    m_relay.reset();
}

void DemoController::setDemo(demo::DemoRun *run)
{
    if (m_run == run)
        return;
    disconnectDemo();
    m_run = run;
    m_timer.stop();
    if (m_run) {
        // Connect first, then read what already fired: nothing falls in between. A fault in
        // both (fired meanwhile) is recognised by the snapshot and shown once.
        auto relay = std::make_shared<Relay>();
        relay->target = this;
        m_relay = relay;
        m_firedConnection = m_run->connectFaultFired([relay](const demo::FiredFault &fault) {
            QMutexLocker lock(&relay->mutex);
            if (!relay->target)
                return;
            QMetaObject::invokeMethod(
                relay->target,
                [relay, fault] {
                    // On the GUI thread; `target` is alive here (the call dies with it).
                    DemoController *self = relay->target;
                    if (self && self->m_relay == relay && !relay->snapshot.remove(keyOf(fault)))
                        self->faultArrived(fault);
                },
                Qt::QueuedConnection);
        });
        const QList<demo::FiredFault> fired = m_run->fired();
        for (const demo::FiredFault &f : fired)
            relay->snapshot.insert(keyOf(f));
        m_fired.reset(fired);
        m_timer.start();
    } else {
        m_fired.reset({});
        m_tally = {};
        m_elapsedMs = 0;
        m_next.reset();
        m_nextIndex = -1;
        m_nextInSeconds = 0;
        m_resumeRate = 0;
    }
    Q_EMIT activeChanged();
    Q_EMIT scriptChanged();
    Q_EMIT tallyChanged();
    Q_EMIT clockChanged();
    Q_EMIT nextFaultChanged();
    refresh();
    setRateValue(m_run ? m_run->rate() : 0);
    Q_EMIT rateChanged(); // `paused` depends on `active` too
}

void DemoController::faultArrived(const demo::FiredFault &fault)
{
    m_fired.add(fault);
    Q_EMIT faultFired(demo::faultKey(fault.kind), fault.sagaId);
    refresh(); // the countdown moves on to the next fault now, not in up to refreshMs
}

// --- rate -------------------------------------------------------------------------------------

void DemoController::setRate(double checkoutsPerSecond)
{
    if (!m_run || !std::isfinite(checkoutsPerSecond))
        return;
    const double rate = checkoutsPerSecond <= 0 ? 0.0 : std::clamp(checkoutsPerSecond, minRate(), maxRate());
    // A queued hop to the shoppers' thread to start or re-pace them; pausing waits for that
    // thread to take the stop (it only ever posts asynchronous calls, so this is short).
    m_run->setRate(rate);
    setRateValue(rate);
}

void DemoController::setRateValue(double rate)
{
    const bool changed = !qFuzzyCompare(m_rate + 1.0, rate + 1.0);
    const bool resumeChanged = rate > 0 && !qFuzzyCompare(m_resumeRate + 1.0, rate + 1.0);
    m_rate = rate;
    if (resumeChanged)
        m_resumeRate = rate;
    if (changed || resumeChanged)
        Q_EMIT rateChanged();
}

QString DemoController::rateText() const
{
    if (!m_run)
        return {};
    if (m_rate <= 0)
        return tr("paused");
    //: The simulated shoppers' pace, e.g. "3.0 checkouts/s".
    return tr("%1 checkouts/s").arg(m_rate, 0, 'f', m_rate < 10 ? 1 : 0);
}

void DemoController::pause()
{
    setRate(0);
}

void DemoController::resume()
{
    if (!m_run || m_rate > 0)
        return;
    setRate(m_resumeRate > 0 ? m_resumeRate : demo::DemoRun::Config{}.checkoutsPerSecond);
}

double DemoController::rateForPosition(double position)
{
    if (!std::isfinite(position))
        position = 0;
    position = std::clamp(position, 0.0, 1.0);
    const double rate = minRate() * std::pow(maxRate() / minRate(), position);
    // Readable steps: 0.1 below 1, 0.5 below 10, whole numbers above.
    const double step = rate < 1 ? 0.1 : rate < 10 ? 0.5 : 1.0;
    return std::clamp(std::round(rate / step) * step, minRate(), maxRate());
}

double DemoController::positionForRate(double rate)
{
    if (!std::isfinite(rate) || rate <= minRate())
        return 0;
    if (rate >= maxRate())
        return 1;
    return std::log(rate / minRate()) / std::log(maxRate() / minRate());
}

// --- the timetable ----------------------------------------------------------------------------

QString DemoController::elapsedText() const
{
    return DemoFaultListModel::durationText(m_elapsedMs / 1000);
}

int DemoController::cycle() const
{
    if (!m_run || !m_run->isStarted())
        return 0;
    return int(m_elapsedMs / std::max<qint64>(1, m_run->script().cycleMs)) + 1;
}

double DemoController::cycleProgress() const
{
    if (!m_run)
        return 0;
    const qint64 cycleMs = std::max<qint64>(1, m_run->script().cycleMs);
    return double(m_elapsedMs % cycleMs) / double(cycleMs);
}

int DemoController::cycleSeconds() const
{
    return m_run ? int(m_run->script().cycleMs / 1000) : 0;
}

QVariantList DemoController::script() const
{
    QVariantList list;
    if (!m_run)
        return list;
    for (const demo::ScriptedFault &f : sortedFaults(m_run->script())) {
        const qint64 at = f.atMs / 1000;
        const qint64 lasts = f.kind == demo::FaultKind::ExportOutage ? f.lastsMs / 1000 : 0;
        //: A stretch of the demo's timetable, e.g. "0:14–0:18".
        const QString atText = lasts > 0 ? tr("%1–%2").arg(DemoFaultListModel::durationText(at),
                                                          DemoFaultListModel::durationText(at + lasts))
                                         : DemoFaultListModel::durationText(at);
        list.append(QVariantMap{{u"key"_s, demo::faultKey(f.kind)},
                                {u"title"_s, demo::faultTitle(f.kind)},
                                {u"description"_s, demo::faultDescription(f.kind)},
                                {u"atSeconds"_s, double(f.atMs) / 1000.0},
                                {u"lastsSeconds"_s, double(lasts)},
                                {u"atText"_s, atText}});
    }
    return list;
}

int DemoController::indexOf(const demo::DemoRun::Upcoming &next) const
{
    // The fault of that kind whose time in the round is closest to "now + inMs".
    const qint64 cycleMs = std::max<qint64>(1, m_run->script().cycleMs);
    const qint64 due = (m_elapsedMs + next.inMs) % cycleMs;
    const QList<demo::ScriptedFault> faults = sortedFaults(m_run->script());
    int best = -1;
    qint64 bestDistance = 0;
    for (int i = 0; i < faults.size(); ++i) {
        if (faults.at(i).kind != next.kind)
            continue;
        const qint64 d = std::abs(faults.at(i).atMs - due);
        const qint64 distance = std::min(d, cycleMs - d);
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString DemoController::nextFaultKey() const
{
    return m_next ? demo::faultKey(m_next->kind) : QString();
}

QString DemoController::nextFaultTitle() const
{
    return m_next ? demo::faultTitle(m_next->kind) : QString();
}

QString DemoController::nextFaultDescription() const
{
    return m_next ? demo::faultDescription(m_next->kind) : QString();
}

int DemoController::nextFaultInSeconds() const
{
    return m_nextInSeconds;
}

// --- refresh ----------------------------------------------------------------------------------

void DemoController::setRefreshMs(int ms)
{
    ms = std::clamp(ms, 20, 60'000);
    if (m_timer.interval() == ms)
        return;
    m_timer.setInterval(ms);
    Q_EMIT refreshMsChanged();
}

void DemoController::refresh()
{
    if (!m_run)
        return;
    // Each getter takes a mutex or reads an atomic: no database, no waiting on a service.
    const demo::DemoTally tally = m_run->tally();
    if (!sameTally(tally, m_tally)) {
        m_tally = tally;
        Q_EMIT tallyChanged();
    }
    const qint64 elapsed = m_run->elapsedMs();
    if (elapsed / 1000 != m_elapsedMs / 1000 || std::abs(elapsed - m_elapsedMs) >= 100) {
        m_elapsedMs = elapsed;
        Q_EMIT clockChanged();
    }
    const std::optional<demo::DemoRun::Upcoming> next = m_run->upcoming();
    const int inSeconds = next ? int((next->inMs + 999) / 1000) : 0;
    const int index = next ? indexOf(*next) : -1;
    const bool sameNext = next.has_value() == m_next.has_value() && (!next || next->kind == m_next->kind);
    if (next)
        m_next = next; // inMs moves every read; only the whole seconds are announced
    else
        m_next.reset();
    if (!sameNext || index != m_nextIndex || inSeconds != m_nextInSeconds) {
        m_nextIndex = index;
        m_nextInSeconds = inSeconds;
        Q_EMIT nextFaultChanged();
    }
    setRateValue(m_run->rate());
}

bool DemoController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        m_fired.retranslate();
        if (m_run) {
            Q_EMIT scriptChanged();
            Q_EMIT nextFaultChanged();
            Q_EMIT rateChanged();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sagashop::ui
