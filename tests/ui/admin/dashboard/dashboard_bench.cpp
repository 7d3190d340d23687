// dashboard-bench: what the dashboard costs the GUI thread. Figures only, never a test.
//
//  1. Chart updates: six line series of 300 points on a time axis (ChartBench.qml), one tick
//     = every series moves by one second. (a) C++: QXYSeries::replace() with the 300 points
//     (what DashboardModel::fill() does); (b) QML: remove(0) + append() per series. Prints
//     the median synchronous cost of a tick and the GUI thread's CPU time per tick including
//     the rendering that follows (offscreen: the render loop runs on the GUI thread).
//  0. ShopMetrics::record(), the hot path on the service threads: nanoseconds per
//     notification of a saga type (placed + terminal, the mutex taken) and of any other type
//     (rejected before the lock), on one thread and on four at once.
//  2. The dashboard page at --rate checkouts/s (ShopperSimulator): the median cost of one
//     DashboardModel::sample() with the page's synchronous redraw, and the GUI thread's CPU
//     time per second with the page sampling vs. paused (the difference is the dashboard's
//     per-tick cost, rendering included).

#include "StorefrontHarness.h"

#include "demo/ShopperSimulator.h"
#include "metrics/ShopMetrics.h"
#include "saga/CheckoutEvents.h"
#include "ui/admin/dashboard/DashboardModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QtCharts/QXYSeries>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sagashop;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 1 ? 3 : 2) + u" ms"_s;
}

/// y of series `s` at second `k`: something that moves.
double valueAt(int s, qint64 k)
{
    return 200 + 150 * s + 100 * std::sin(double(k) / (7.0 + s));
}

void recordCost()
{
    namespace E = saga::CheckoutEvents;
    constexpr int N = 200'000;
    for (const int threads : {1, 4}) {
        metrics::ShopMetrics m({});
        std::vector<std::vector<bus::EventPublished>> work(threads);
        for (int t = 0; t < threads; ++t) {
            for (int i = 0; i < N; ++i) {
                bus::EventPublished e;
                e.event.sagaId = u"saga-%1-%2"_s.arg(t).arg(i);
                e.event.occurredAt = 1000 + i;
                e.event.type = E::PaymentRequested;
                work[t].push_back(e);
                e.event.type = i % 10 == 0 ? E::OrderFailed : E::OrderCompleted;
                work[t].push_back(e);
                e.event.type = E::InventoryDeducted; // most notifications: not ours
                work[t].push_back(e);
            }
        }
        std::atomic<bool> go{false};
        std::vector<std::thread> pool;
        QElapsedTimer timer;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                while (!go.load())
                    std::this_thread::yield();
                for (const bus::EventPublished &e : work[t])
                    m.record(e);
            });
        }
        timer.start();
        go = true;
        for (std::thread &t : pool)
            t.join();
        const double ns = double(timer.nsecsElapsed()) / (double(threads) * N * 3);
        out() << "  record(), " << threads << " thread(s): " << QString::number(ns, 'f', 0)
              << " ns per notification (wall time / notifications, 2 of 3 take the lock); "
              << QString::number(double(threads) * N / (double(timer.nsecsElapsed()) / 1e9), 'f', 0)
              << " sagas/s" << Qt::endl;
    }
}

int chartStrategies(int ticks)
{
    const QString url = QUrl::fromLocalFile(QStringLiteral(DASHBOARD_TEST_DIR "/ChartBench.qml")).toString();
    test::StorefrontHarness ui(u"en"_s, {1440, 900}, url);
    if (!ui.isLoaded()) {
        out() << "ChartBench.qml did not load" << Qt::endl;
        return 1;
    }
    QQuickItem *chart = ui.item(u"benchChart"_s);
    QList<QXYSeries *> series;
    for (int i = 0; i < 6; ++i) {
        QAbstractSeries *s = nullptr;
        QMetaObject::invokeMethod(chart, "series", Q_RETURN_ARG(QAbstractSeries *, s), Q_ARG(int, i));
        series.append(qobject_cast<QXYSeries *>(s));
    }
    QObject *window = ui.window();
    const qint64 start = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    qint64 second = 0;

    const auto replaceAll = [&] {
        for (int i = 0; i < series.size(); ++i) {
            QList<QPointF> points;
            points.reserve(300);
            for (qint64 k = second; k < second + 300; ++k)
                points.append(QPointF(double(start + k * 1000), valueAt(i, k)));
            series.at(i)->replace(points);
        }
        QMetaObject::invokeMethod(window, "setRange", Q_ARG(QVariant, double(start + second * 1000)),
                                  Q_ARG(QVariant, double(start + (second + 299) * 1000)));
    };
    const auto shiftOne = [&] {
        QVariantList values;
        for (int i = 0; i < series.size(); ++i)
            values.append(valueAt(i, second + 299));
        QMetaObject::invokeMethod(window, "shift", Q_ARG(QVariant, double(start + (second + 299) * 1000)),
                                  Q_ARG(QVariant, QVariant(values)));
    };

    for (const bool cpp : {true, false, true, false}) {
        second = 0;
        replaceAll(); // both start from the same 300 points
        QTest::qWait(300);
        std::vector<double> sync;
        const double cpu0 = threadCpuMs();
        for (int t = 0; t < ticks; ++t) {
            ++second;
            QElapsedTimer timer;
            timer.start();
            if (cpp)
                replaceAll();
            else
                shiftOne();
            sync.push_back(double(timer.nsecsElapsed()) / 1e6);
            QTest::qWait(40); // let the frame render (on this thread, offscreen): measured as CPU
        }
        const double cpu = threadCpuMs() - cpu0;
        out() << (cpp ? "  replace (C++ fill)  " : "  append+remove (QML)") << ": synchronous median "
              << ms(median(sync)) << ", GUI thread CPU per tick incl. rendering " << ms(cpu / ticks) << Qt::endl;
    }
    return 0;
}

int pageUnderLoad(double rate, int seconds)
{
    const QString url = QUrl::fromLocalFile(QStringLiteral(DASHBOARD_TEST_DIR "/DashboardWindow.qml")).toString();
    test::StorefrontHarness ui(u"en"_s, {1440, 900}, url);
    if (!ui.isLoaded()) {
        out() << "DashboardWindow.qml did not load" << Qt::endl;
        return 1;
    }
    auto *model = ui.item(u"dashboardPage"_s)->property("model").value<ui::DashboardModel *>();
    demo::ShopperSimulator shoppers(ui.shop());
    shoppers.start(rate);
    QTest::qWait(3000); // warm up: the series fill, the first checks run

    // Phase 1: the page samples once a second by itself (timer), everything included.
    const double cpuRunning0 = threadCpuMs();
    QTest::qWait(seconds * 1000);
    const double running = (threadCpuMs() - cpuRunning0) / seconds;

    // Phase 2: paused (no sampling, no redraw): what the rest of the window costs.
    model->setRunning(false);
    QTest::qWait(1000);
    const double cpuPaused0 = threadCpuMs();
    QTest::qWait(seconds * 1000);
    const double paused = (threadCpuMs() - cpuPaused0) / seconds;

    // Phase 3: one sample() with the page's synchronous redraw (the fill() calls), timed.
    std::vector<double> sync;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        model->sample();
        sync.push_back(double(timer.nsecsElapsed()) / 1e6);
        QTest::qWait(200);
    }
    shoppers.stop();
    out() << "  offered " << rate << " checkouts/s, placed " << shoppers.stats().placed << " (model: "
          << QString::number(model->checkoutsPerSecond(), 'f', 0) << "/s, p50 " << model->p50Text() << ", p99 "
          << model->p99Text() << ")" << Qt::endl;
    out() << "  sample() + synchronous redraw: median " << ms(median(sync)) << Qt::endl;
    out() << "  GUI thread CPU per second: sampling " << ms(running) << ", paused " << ms(paused)
          << " → dashboard about " << ms(running - paused) << " per tick (rendering included)" << Qt::endl;
    out() << "RESULT sample_sync_ms=" << median(sync) << " per_tick_cpu_ms=" << (running - paused) << " rate=" << rate
          << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "sagashop.*.info=false;sagashop.*.debug=false");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"What the admin dashboard costs the GUI thread."_s);
    parser.addHelpOption();
    const QCommandLineOption rate(u"rate"_s, u"Checkouts offered per second (default 500)."_s, u"r"_s, u"500"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Seconds per phase under load (default 15)."_s, u"s"_s, u"15"_s);
    const QCommandLineOption ticks(u"ticks"_s, u"Ticks per chart strategy run (default 60)."_s, u"t"_s, u"60"_s);
    parser.addOptions({rate, seconds, ticks});
    parser.process(app);
    out() << "platform " << QGuiApplication::platformName() << Qt::endl;
    out() << "ShopMetrics hot path:" << Qt::endl;
    recordCost();
    out() << "chart update, 6 series x 300 points, one tick:" << Qt::endl;
    if (const int rc = chartStrategies(std::max(10, parser.value(ticks).toInt())); rc != 0)
        return rc;
    out() << "dashboard page under load:" << Qt::endl;
    return pageUnderLoad(std::max(1.0, parser.value(rate).toDouble()), std::max(3, parser.value(seconds).toInt()));
}
