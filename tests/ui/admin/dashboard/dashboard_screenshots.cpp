// dashboard-screenshots <dir>: the dashboard page under load, in English and Korean.
// Simulated shoppers check out at --rate per second for --seconds; alongside, a shopper
// without money keeps trying (each attempt fails at the balance and its stock is given
// back), and every few seconds an order asks for more than is in stock, so the failure and
// compensation charts have something to show. Best run under Xvfb for Material's look:
//   xvfb-run -a -s "-screen 0 1920x1080x24" dashboard-screenshots /tmp/shots

#include "StorefrontHarness.h"
#include "common/TestServices.h"

#include "bus/EventBus.h"
#include "bus/Service.h"
#include "demo/ShopperSimulator.h"
#include "ui/admin/dashboard/DashboardModel.h"
#include "services/balance/BalanceService.h"
#include "services/order/OrderService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sagashop;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int shoot(const QString &dir, const QString &language, double rate, int seconds)
{
    const QString url = QUrl::fromLocalFile(QStringLiteral(DASHBOARD_TEST_DIR "/DashboardWindow.qml")).toString();
    test::StorefrontHarness ui(language, {1440, 900}, url);
    if (!ui.isLoaded())
        return 1;
    const auto broke = test::await(ui.shop().balances().createUser(u"Broke"_s));
    const qint64 brokeUser = broke.ok() ? *broke.value : 0;

    demo::ShopperSimulator shoppers(ui.shop());
    shoppers.start(rate);
    int attempt = 0;
    QTimer failing;
    QObject::connect(&failing, &QTimer::timeout, [&] {
        ++attempt;
        services::PlaceOrderRequest request;
        request.idempotencyKey = u"shot-%1-%2"_s.arg(language).arg(attempt);
        if (attempt % 10 == 0) {
            request.userId = 1;
            request.items = {{u"p07"_s, 900, 0}}; // more than in stock
        } else {
            request.userId = brokeUser;
            request.items = {{u"p0%1"_s.arg(1 + attempt % 5), 1, 0}};
        }
        (void)ui.shop().orders().placeOrder(request);
    });
    failing.start(150);
    QTest::qWait(seconds * 1000); // the figures build up: a screenshot, not a test

    const QString suffix = language == u"ko"_s ? u"-ko"_s : QString();
    const QString path = QDir(dir).filePath(u"dashboard-under-load%1.png"_s.arg(suffix));
    bool ok = ui.saveScreenshot(path);
    failing.stop();
    shoppers.stop();
    out() << (ok ? u"wrote "_s : u"FAILED "_s) << path << " (placed " << shoppers.stats().placed << ")" << Qt::endl;

    // The load is over: once every delivery is done, the books balance (green).
    auto *model = ui.item(u"dashboardPage"_s)->property("model").value<ui::DashboardModel *>();
    const bool drained = QTest::qWaitFor([&] {
        qint64 queued = 0;
        for (const bus::Service *s : ui.shop().bus().services())
            queued += s->stats().queued;
        return queued == 0 && shoppers.stats().inFlight == 0;
    }, 60'000);
    const qint64 asked = QDateTime::currentMSecsSinceEpoch();
    model->checkNow();
    const bool checked = QTest::qWaitFor(
            [&] { return !model->isChecking() && model->lastCheckedAt().toMSecsSinceEpoch() >= asked; }, 30'000);
    if (!drained || !checked)
        out() << "the backend did not settle: the books check may read as settling" << Qt::endl;
    QTest::qWait(1500); // one more tick on the charts
    const QString settled = QDir(dir).filePath(u"dashboard-settled%1.png"_s.arg(suffix));
    const bool settledOk = ui.saveScreenshot(settled);
    out() << (settledOk ? u"wrote "_s : u"FAILED "_s) << settled << " (books: " << model->booksState() << ")" << Qt::endl;
    return ok && settledOk ? 0 : 1;
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
    parser.addHelpOption();
    parser.addPositionalArgument(u"dir"_s, u"Where to write the PNGs."_s);
    const QCommandLineOption rate(u"rate"_s, u"Checkouts per second (default 200)."_s, u"r"_s, u"200"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Seconds of load before each shot (default 40)."_s, u"s"_s, u"40"_s);
    const QCommandLineOption languages(u"languages"_s, u"Comma-separated (default en,ko)."_s, u"l"_s, u"en,ko"_s);
    parser.addOptions({rate, seconds, languages});
    parser.process(app);
    const QString dir = parser.positionalArguments().value(0, u"."_s);
    QDir().mkpath(dir);
    int rc = 0;
    for (const QString &language : parser.value(languages).split(u',', Qt::SkipEmptyParts))
        rc |= shoot(dir, language, parser.value(rate).toDouble(), std::max(3, parser.value(seconds).toInt()));
    return rc;
}
