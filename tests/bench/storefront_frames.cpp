// storefront-frames: how the storefront window keeps up while the backend works hard. The
// real window (offscreen, software renderer, or the display given) renders continuously
// while simulated shoppers place checkouts at --rate per second; every frame interval is
// recorded (QQuickWindow::frameSwapped). A GUI thread that waited on a database or drowned
// in notifications would show as long intervals. Prints p50/p90/p99/max for an idle window
// and under load. Figures only; never a test.

#include "StorefrontHarness.h"

#include "demo/ShopperSimulator.h"
#include "services/order/OrderService.h"
#include "common/TestServices.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sagashop;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[size_t(std::clamp(p * double(v.size() - 1), 0.0, double(v.size() - 1)))];
}

/// Frame intervals (ms) while the window renders continuously for `seconds`.
std::vector<double> recordFrames(QQuickWindow *window, double seconds)
{
    std::vector<double> intervals;
    QElapsedTimer clock;
    qint64 last = -1;
    const auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            intervals.push_back(double(now - last) / 1e6);
        last = now;
        window->update(); // keep rendering: every frame the GUI thread can give
    });
    clock.start();
    window->update();
    QTest::qWait(int(seconds * 1000)); // the measurement window itself, not a synchronisation
    QObject::disconnect(connection);
    return intervals;
}

void report(const QString &label, const std::vector<double> &v, double seconds)
{
    out() << label << ": " << v.size() << " frames in " << seconds << " s ("
          << QString::number(double(v.size()) / seconds, 'f', 0) << " fps); frame interval p50 "
          << QString::number(percentile(v, 0.5), 'f', 1) << " ms, p90 " << QString::number(percentile(v, 0.9), 'f', 1)
          << " ms, p99 " << QString::number(percentile(v, 0.99), 'f', 1) << " ms, max "
          << QString::number(v.empty() ? 0 : *std::max_element(v.begin(), v.end()), 'f', 1) << " ms" << Qt::endl;
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
    parser.setApplicationDescription(u"Storefront frame times while simulated shoppers check out."_s);
    parser.addHelpOption();
    const QCommandLineOption rate(u"rate"_s, u"Checkouts offered per second (default 500)."_s, u"r"_s, u"500"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Seconds to measure each phase (default 10)."_s, u"s"_s, u"10"_s);
    parser.addOptions({rate, seconds});
    parser.process(app);
    const double offered = parser.value(rate).toDouble();
    const double duration = std::max(1.0, parser.value(seconds).toDouble());

    test::StorefrontHarness ui(u"en"_s, {1280, 800});
    if (!ui.isLoaded()) {
        out() << "the storefront window did not load" << Qt::endl;
        return 1;
    }
    out() << "platform " << QGuiApplication::platformName() << ", window 1280x800, " << QThread::idealThreadCount()
          << " cores" << Qt::endl;
    QTest::qWait(1000); // let the first load settle before measuring

    const std::vector<double> idle = recordFrames(ui.window(), duration);
    report(u"idle"_s, idle, duration);

    demo::ShopperSimulator shoppers(ui.shop());
    const auto before = test::await(ui.shop().orders().statusCounts());
    shoppers.start(offered);
    const std::vector<double> loaded = recordFrames(ui.window(), duration);
    shoppers.stop();
    const auto after = test::await(ui.shop().orders().statusCounts());
    const qint64 confirmed = after.value->value(u"CONFIRMED"_s) - before.value->value(u"CONFIRMED"_s);
    out() << "offered " << offered << " checkouts/s: placed " << shoppers.stats().placed << ", confirmed "
          << confirmed << " while measuring (" << QString::number(double(confirmed) / duration, 'f', 0) << "/s)"
          << Qt::endl;
    report(u"under load"_s, loaded, duration);
    out() << "RESULT idle_p50_ms=" << percentile(idle, 0.5) << " idle_p99_ms=" << percentile(idle, 0.99)
          << " load_p50_ms=" << percentile(loaded, 0.5) << " load_p99_ms=" << percentile(loaded, 0.99)
          << " rate=" << offered << Qt::endl;
    return 0;
}
