#pragma once

#include "demo/DemoRun.h"
#include "ui/demo/DemoFaultListModel.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>

#include <boost/signals2/connection.hpp>

#include <memory>

namespace sagashop::ui {

/// The running demo (`sagashop --demo`) as the admin client sees it: the simulated shoppers'
/// rate (writable; 0 pauses them), the tally of what happened to the checkouts, the
/// timetable of staged faults with a countdown to the next one, and the faults staged so far.
/// Reaches QML as the `Demo` singleton; without a demo (the normal app, most tests) it is
/// inactive and the admin client shows nothing of it.
///
/// The composition root owns the DemoRun and this controller: `setDemo(&run)` before or after
/// loading QML, and `setDemo(nullptr)` (or destroying the controller) before the run goes.
///
/// The GUI thread never waits on a database: every `refreshMs` (500 ms) the controller reads
/// DemoRun's thread-safe getters (a mutex each) and emits only what changed. Staged faults
/// arrive through DemoRun::connectFaultFired() on the demo's thread and hop to the GUI thread
/// (queued); the connection is cut before the controller is gone, and a hop already queued
/// dies with it.
class DemoController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged FINAL)
    Q_PROPERTY(double rate READ rate WRITE setRate NOTIFY rateChanged FINAL)
    Q_PROPERTY(bool paused READ isPaused NOTIFY rateChanged FINAL)
    Q_PROPERTY(QString rateText READ rateText NOTIFY rateChanged FINAL)
    Q_PROPERTY(double resumeRate READ resumeRate NOTIFY rateChanged FINAL)
    Q_PROPERTY(double minRate READ minRate CONSTANT FINAL)
    Q_PROPERTY(double maxRate READ maxRate CONSTANT FINAL)

    Q_PROPERTY(qint64 checkouts READ checkouts NOTIFY tallyChanged FINAL)
    Q_PROPERTY(qint64 confirmed READ confirmed NOTIFY tallyChanged FINAL)
    Q_PROPERTY(qint64 failed READ failed NOTIFY tallyChanged FINAL)
    Q_PROPERTY(qint64 compensated READ compensated NOTIFY tallyChanged FINAL)
    Q_PROPERTY(qint64 repaired READ repaired NOTIFY tallyChanged FINAL)
    Q_PROPERTY(qint64 deadLetters READ deadLetters NOTIFY tallyChanged FINAL)
    Q_PROPERTY(qint64 retries READ retries NOTIFY tallyChanged FINAL)
    Q_PROPERTY(qint64 duplicates READ duplicates NOTIFY tallyChanged FINAL)
    Q_PROPERTY(qint64 open READ open NOTIFY tallyChanged FINAL)
    Q_PROPERTY(qint64 abnormal READ abnormal NOTIFY tallyChanged FINAL)

    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY clockChanged FINAL)
    Q_PROPERTY(QString elapsedText READ elapsedText NOTIFY clockChanged FINAL)
    Q_PROPERTY(int cycle READ cycle NOTIFY clockChanged FINAL)
    Q_PROPERTY(double cycleProgress READ cycleProgress NOTIFY clockChanged FINAL)
    Q_PROPERTY(int cycleSeconds READ cycleSeconds NOTIFY scriptChanged FINAL)
    Q_PROPERTY(QVariantList script READ script NOTIFY scriptChanged FINAL)

    Q_PROPERTY(bool hasNextFault READ hasNextFault NOTIFY nextFaultChanged FINAL)
    Q_PROPERTY(int nextFaultIndex READ nextFaultIndex NOTIFY nextFaultChanged FINAL)
    Q_PROPERTY(QString nextFaultKey READ nextFaultKey NOTIFY nextFaultChanged FINAL)
    Q_PROPERTY(QString nextFaultTitle READ nextFaultTitle NOTIFY nextFaultChanged FINAL)
    Q_PROPERTY(QString nextFaultDescription READ nextFaultDescription NOTIFY nextFaultChanged FINAL)
    Q_PROPERTY(int nextFaultInSeconds READ nextFaultInSeconds NOTIFY nextFaultChanged FINAL)

    Q_PROPERTY(sagashop::ui::DemoFaultListModel *firedFaults READ firedFaults CONSTANT FINAL)
    Q_PROPERTY(QString adminName READ adminName CONSTANT FINAL)
    Q_PROPERTY(QString adminPassword READ adminPassword CONSTANT FINAL)
    Q_PROPERTY(int refreshMs READ refreshMs WRITE setRefreshMs NOTIFY refreshMsChanged FINAL)

public:
    /// The administrator the demo signs in as (set up on the demo's fresh data directory).
    static inline const QString AdminName = QStringLiteral("demo");
    static inline const QString AdminPassword = QStringLiteral("sagashop-demo");

    explicit DemoController(QObject *parent = nullptr);
    ~DemoController() override;

    /// The demo to show (not owned; it must outlive this controller or be unset first);
    /// nullptr: no demo (inactive). Reads everything at once and starts the refresh.
    void setDemo(demo::DemoRun *run);
    demo::DemoRun *demo() const { return m_run; }

    bool isActive() const { return m_run != nullptr; }
    /// The shoppers' checkouts per second; 0 while paused.
    double rate() const { return m_rate; }
    /// Sets the shoppers' pace (clamped to minRate … maxRate); 0 or less pauses them.
    void setRate(double checkoutsPerSecond);
    bool isPaused() const { return m_run && m_rate <= 0; }
    /// "3.0 checkouts/s", "paused".
    QString rateText() const;
    /// The rate resume() restores (the last one above 0).
    double resumeRate() const { return m_resumeRate; }
    static double minRate() { return demo::DemoRun::MinRate; }
    static double maxRate() { return demo::DemoRun::MaxRate; }

    qint64 checkouts() const { return m_tally.checkouts; }
    qint64 confirmed() const { return m_tally.confirmed; }
    qint64 failed() const { return m_tally.failed; }
    qint64 compensated() const { return m_tally.compensated; }
    qint64 repaired() const { return m_tally.repaired; }
    qint64 deadLetters() const { return m_tally.deadLetters; }
    qint64 retries() const { return m_tally.retries; }
    qint64 duplicates() const { return m_tally.duplicates; }
    qint64 open() const { return m_tally.open; }
    qint64 abnormal() const { return m_tally.abnormal; }

    /// Whole seconds since the demo started, and as "m:ss".
    int elapsedSeconds() const { return int(m_elapsedMs / 1000); }
    QString elapsedText() const;
    /// The timetable's round: 1, 2, … (0 before the start).
    int cycle() const;
    /// How far into the current round, 0 … 1.
    double cycleProgress() const;
    int cycleSeconds() const;
    /// The timetable of one round, in order of time: [{key, title, description, atSeconds,
    /// lastsSeconds, atText}] (lastsSeconds is 0 but for outages).
    QVariantList script() const;

    bool hasNextFault() const { return m_next.has_value(); }
    /// The next fault's position in `script`, -1 when none is coming.
    int nextFaultIndex() const { return m_nextIndex; }
    QString nextFaultKey() const;
    QString nextFaultTitle() const;
    QString nextFaultDescription() const;
    /// Whole seconds (rounded up) until the next staged fault; 0 when none is coming.
    int nextFaultInSeconds() const;

    DemoFaultListModel *firedFaults() { return &m_fired; }
    QString adminName() const { return AdminName; }
    QString adminPassword() const { return AdminPassword; }
    int refreshMs() const { return m_timer.interval(); }
    void setRefreshMs(int ms);

    /// Pauses the shoppers (rate 0); the timetable goes on.
    Q_INVOKABLE void pause();
    /// Resumes them at the rate they had before the pause.
    Q_INVOKABLE void resume();
    /// A slider's position (0 … 1) as a rate on a logarithmic scale from minRate to maxRate,
    /// rounded to a readable step, and back.
    Q_INVOKABLE static double rateForPosition(double position);
    Q_INVOKABLE static double positionForRate(double rate);
    /// Reads the demo's state now (it also does so every refreshMs).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void activeChanged();
    /// The rate (or whether the shoppers are paused) changed.
    void rateChanged();
    /// At least one figure of the tally changed.
    void tallyChanged();
    /// The elapsed time (and so the round and the progress through it) moved.
    void clockChanged();
    /// The timetable changed (another demo, or the language).
    void scriptChanged();
    /// The next staged fault or its countdown changed.
    void nextFaultChanged();
    void refreshMsChanged();
    /// A staged fault fired (after it was added to firedFaults).
    void faultFired(const QString &key, const QString &sagaId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Relay;
    void disconnectDemo();
    void faultArrived(const demo::FiredFault &fault);
    void setRateValue(double rate);
    int indexOf(const demo::DemoRun::Upcoming &next) const;

    demo::DemoRun *m_run = nullptr;
    std::shared_ptr<Relay> m_relay;
    boost::signals2::scoped_connection m_firedConnection;
    double m_rate = 0;
    double m_resumeRate = 0; ///< the rate before the last pause
    demo::DemoTally m_tally;
    qint64 m_elapsedMs = 0;
    std::optional<demo::DemoRun::Upcoming> m_next;
    int m_nextIndex = -1;
    int m_nextInSeconds = 0;
    DemoFaultListModel m_fired;
    QTimer m_timer;
};

} // namespace sagashop::ui
