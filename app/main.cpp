// SagaShop composition root: parses the command line, picks the data directory, builds
// the backend and runs it with a window (GuiMain.cpp) or headless behind the HTTP API.
// Everything it calls lives in backend/ and ui/.

#include "ConsoleOutput.h"
#include "GuiMain.h"
#include "HeadlessDemo.h"
#include "ResetData.h"
#include "SelfTest.h"

#include "api/ApiServer.h"
#include "demo/DemoRun.h"
#include "shop/Shop.h"
#include "shop/ShutdownSignals.h"
#include "storage/DataDirectory.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTextStream>
#include <QUrl>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace sagashop;
using app::err;
using app::out;

namespace {

struct ServeOptions
{
    QString dataDir;
    QString listen;
    bool listenAny = false;
    QString apiToken;
    QString adminToken;
    shop::ShopConfig shop;
};

/// The API's address and tokens (created in the data directory unless given), or nullopt
/// after saying what is wrong with --listen.
std::optional<api::ApiConfig> apiConfigFor(const ServeOptions &options, const QString &dataPath)
{
    api::ApiConfig config;
    const qsizetype colon = options.listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = options.listen.mid(colon + 1).toUInt(&portOk);
    config.address = QHostAddress(options.listen.left(colon));
    if (colon <= 0 || !portOk || port > 65535 || config.address.isNull()) {
        err() << QCoreApplication::translate("main", "--listen wants HOST:PORT, e.g. 127.0.0.1:8080") << '\n'
              << Qt::flush;
        return std::nullopt;
    }
    config.port = quint16(port);
    config.listenAny = options.listenAny;
    config.apiToken = options.apiToken.isEmpty() ? api::ApiServer::ensureToken(dataPath, u"api-token"_s)
                                                 : options.apiToken;
    config.adminToken = options.adminToken.isEmpty() ? api::ApiServer::ensureToken(dataPath, u"admin-token"_s)
                                                     : options.adminToken;
    return config;
}

/// Starts the API for `shop` and prints where it listens and where the tokens are.
std::unique_ptr<api::ApiServer> startApi(shop::Shop &shop, const api::ApiConfig &config, const QString &dataPath)
{
    auto server = std::make_unique<api::ApiServer>(shop, config);
    const quint16 bound = server->listen();
    out() << u"listening on http://%1:%2"_s.arg(config.address.toString()).arg(bound) << '\n'
          << QCoreApplication::translate("main", "tokens: %1/api-token (shopper), %1/admin-token (admin)").arg(dataPath)
          << '\n'
          << Qt::flush;
    return server;
}

/// Headless mode: the whole backend behind the loopback HTTP API until SIGTERM/SIGINT.
int serve(ServeOptions options)
{
    const storage::DataDirectory data = storage::DataDirectory::acquire(options.dataDir);
    options.shop.dataDir = data.path();
    const std::optional<api::ApiConfig> config = apiConfigFor(options, data.path());
    if (!config)
        return 2;

    shop::Shop shop(options.shop);
    shop.start();
    int exitCode = 0;
    {
        const std::unique_ptr<api::ApiServer> server = startApi(shop, *config, data.path());
        shop::ShutdownSignals termination([](int) {
            // Stop accepting, let in-flight transactions finish (below), exit 0.
            QCoreApplication::exit(0);
        });
        exitCode = QCoreApplication::exec();
    }
    shop.stop();
    out() << QCoreApplication::translate("main", "stopped cleanly") << '\n' << Qt::flush;
    return exitCode;
}

/// A window unless told otherwise (--headless, --self-test, --help, --version) or there is
/// no display; decided before the application object exists, because a windowed app needs a
/// QApplication (Qt Charts) and a headless one must not touch the display at all.
bool wantsWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--headless" || arg == "--self-test" || arg == "--help" || arg == "-h" || arg == "--version"
            || arg == "-v" || arg == "--help-all")
            return false;
    }
    return app::displayAvailable();
}

/// A whole number option within [low, high], or nullopt after saying what is wrong.
std::optional<int> wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option, int low, int high)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (ok && value >= low && value <= high)
        return value;
    err() << QCoreApplication::translate("main", "--%1 must be a whole number from %2 to %3")
                 .arg(option.names().constFirst())
                 .arg(low)
                 .arg(high)
          << '\n'
          << Qt::flush;
    return std::nullopt;
}

// The demo's reconciler looks often and calls a saga stuck soon, so that a lost step is
// repaired while the person watches (unless --reconcile-interval / --stuck-after say otherwise).
constexpr int kDemoReconcileIntervalS = 3;
constexpr int kDemoStuckAfterS = 5;

} // namespace

int main(int argc, char *argv[])
{
    const bool window = wantsWindow(argc, argv);
    std::unique_ptr<QCoreApplication> application = window ? std::make_unique<QApplication>(argc, argv)
                                                           : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"sagashop"_s);
    QCoreApplication::setOrganizationName(u"SagaShop"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SAGASHOP_VERSION));
    // The console speaks the system's language (Korean or English); the windows switch theirs
    // at run time (ui::Language), so only the headless modes install a translator here.
    QTranslator consoleTranslator;
    if (!window) {
        const QString language = QLocale().language() == QLocale::Korean ? u"ko"_s : u"en"_s;
        if (consoleTranslator.load(u":/i18n/sagashop_%1.qm"_s.arg(language)))
            QCoreApplication::installTranslator(&consoleTranslator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "SagaShop: a storefront and admin client over an event-driven saga backend."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(u"headless"_s,
                                      QCoreApplication::translate("main", "Run without a window: the HTTP API, or the demo with --demo."));
    const QCommandLineOption demo(u"demo"_s,
                                  QCoreApplication::translate("main", "Run the demo: simulated shoppers and staged faults, with the storefront and the admin client side by side (on a fresh temporary data directory unless --data-dir)."));
    const QCommandLineOption duration(u"duration"_s,
                                      QCoreApplication::translate("main", "With --demo: stop after <s> seconds and print the summary (default: until closed or Ctrl+C)."),
                                      u"s"_s, u"0"_s);
    const QCommandLineOption rate(u"rate"_s,
                                  QCoreApplication::translate("main", "With --demo: simulated checkouts per second, 0.1 to 50 (default 3)."),
                                  u"n"_s, u"3"_s);
    const QCommandLineOption admin(u"admin"_s,
                                   QCoreApplication::translate("main", "Open the admin client (behind its login) instead of the storefront."));
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     QCoreApplication::translate("main", "Keep the databases in <dir> (default: %1).")
                                         .arg(storage::DataDirectory::defaultPath()),
                                     u"dir"_s);
    const QCommandLineOption resetData(u"reset-data"_s,
                                       QCoreApplication::translate("main", "Ask, then delete every database in the data directory and start fresh."));
    const QCommandLineOption yes(u"yes"_s, QCoreApplication::translate("main", "With --reset-data: do not ask."));
    const QCommandLineOption selfTest(u"self-test"_s,
                                      QCoreApplication::translate("main", "Run the bus self-test: sagas through seven stand-in services, then exit."));
    const QCommandLineOption chains(u"chains"_s,
                                    QCoreApplication::translate("main", "With --self-test: the number of sagas (default 2000)."),
                                    u"n"_s, u"2000"_s);
    const QCommandLineOption verbose(u"verbose"_s, QCoreApplication::translate("main", "Log what every service does."));
    const QCommandLineOption listen(u"listen"_s,
                                    QCoreApplication::translate("main", "Serve the HTTP API on HOST:PORT (default 127.0.0.1:8080)."),
                                    u"host:port"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption listenAny(u"listen-any"_s,
                                       QCoreApplication::translate("main", "Allow a non-loopback --listen address."));
    const QCommandLineOption apiToken(u"api-token"_s, QCoreApplication::translate("main", "Shopper bearer token."),
                                      u"token"_s);
    const QCommandLineOption adminToken(u"admin-token"_s, QCoreApplication::translate("main", "Admin bearer token."),
                                        u"token"_s);
    const QCommandLineOption exportUrl(u"export-url"_s,
                                       QCoreApplication::translate("main", "POST confirmed orders to this URL."), u"url"_s);
    const QCommandLineOption webhookUrl(u"webhook-url"_s,
                                        QCoreApplication::translate("main", "POST alerts (Slack-compatible) to this URL."),
                                        u"url"_s);
    const QCommandLineOption synchronous(u"synchronous"_s,
                                         QCoreApplication::translate("main", "SQLite durability: normal (default) or full."),
                                         u"mode"_s, u"normal"_s);
    const QCommandLineOption reconcileEvery(u"reconcile-interval"_s,
                                            QCoreApplication::translate("main", "Seconds between reconciler runs (30; the demo: 3)."),
                                            u"s"_s, u"30"_s);
    const QCommandLineOption stuckAfter(u"stuck-after"_s,
                                        QCoreApplication::translate("main", "Seconds without progress before a saga is stuck (10; the demo: 5)."),
                                        u"s"_s, u"10"_s);
    parser.addOptions({headless, demo, duration, rate, admin, dataDir, resetData, yes, selfTest, chains, verbose, listen,
                       listenAny, apiToken, adminToken, exportUrl, webhookUrl, synchronous, reconcileEvery, stuckAfter});
    parser.process(app);
    if (!parser.isSet(verbose)) {
        // The demo stages its failures on purpose and reports them itself: their warnings
        // would drown its output.
        QLoggingCategory::setFilterRules(parser.isSet(demo)
                                             ? u"sagashop.*.debug=false\nsagashop.*.info=false\nsagashop.*.warning=false"_s
                                             : u"sagashop.*.debug=false\nsagashop.*.info=false"_s);
    }

    const auto refuse = [](const QString &message) {
        err() << message << '\n' << Qt::flush;
        return 2;
    };
    const bool demoMode = parser.isSet(demo);
    if (!demoMode && (parser.isSet(duration) || parser.isSet(rate)))
        return refuse(QCoreApplication::translate("main", "--duration and --rate go with --demo."));
    if (!parser.isSet(selfTest) && parser.isSet(chains))
        return refuse(QCoreApplication::translate("main", "--chains goes with --self-test."));
    if (parser.isSet(selfTest) && (demoMode || parser.isSet(resetData)))
        return refuse(QCoreApplication::translate("main", "--self-test runs on its own: leave out --demo and --reset-data."));
    if (parser.isSet(yes) && !parser.isSet(resetData))
        return refuse(QCoreApplication::translate("main", "--yes goes with --reset-data."));

    const std::optional<int> chainCount = wholeNumber(parser, chains, 1, 10'000'000);
    const std::optional<int> durationSeconds = wholeNumber(parser, duration, 0, 86'400);
    const std::optional<int> interval = wholeNumber(parser, reconcileEvery, 1, 86'400);
    const std::optional<int> stuck = wholeNumber(parser, stuckAfter, 1, 86'400);
    if (!chainCount || !durationSeconds || !interval || !stuck)
        return 2;
    bool rateOk = false;
    const double checkoutsPerSecond = parser.value(rate).toDouble(&rateOk);
    if (!rateOk || !(checkoutsPerSecond >= demo::DemoRun::MinRate && checkoutsPerSecond <= demo::DemoRun::MaxRate))
        return refuse(QCoreApplication::translate("main", "--rate must be a number from 0.1 to 50 (checkouts per second)."));
    const QString sync = parser.value(synchronous).toLower();
    if (sync != u"normal"_s && sync != u"full"_s)
        return refuse(QCoreApplication::translate("main", "--synchronous must be normal or full"));

    try {
        if (parser.isSet(selfTest)) {
            // The self-test runs on a fresh temporary directory unless told otherwise, so it
            // never mixes with a shopper's data.
            QTemporaryDir selfTestDir;
            const QString dir = parser.isSet(dataDir) ? parser.value(dataDir) : selfTestDir.path();
            const storage::DataDirectory data = storage::DataDirectory::acquire(dir);
            return app::runSelfTest(data.path(), *chainCount);
        }

        ServeOptions options;
        // The demo starts on a fresh temporary directory unless told otherwise: it never
        // mixes its simulated shoppers with a person's data, and every run tells the same story.
        QTemporaryDir demoDir;
        options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir)
                          : demoMode            ? demoDir.path()
                                                : storage::DataDirectory::defaultPath();
        if (parser.isSet(resetData) && !app::resetData(options.dataDir, parser.isSet(yes), window))
            return 1;
        options.listen = parser.value(listen);
        options.listenAny = parser.isSet(listenAny);
        options.apiToken = parser.value(apiToken);
        options.adminToken = parser.value(adminToken);
        options.shop.exportUrl = QUrl(parser.value(exportUrl));
        options.shop.webhookUrl = QUrl(parser.value(webhookUrl));
        options.shop.synchronous = sync == u"full"_s ? storage::DatabaseConfig::Synchronous::Full
                                                     : storage::DatabaseConfig::Synchronous::Normal;
        options.shop.reconcileIntervalMs =
            (demoMode && !parser.isSet(reconcileEvery) ? kDemoReconcileIntervalS : *interval) * 1000;
        options.shop.stuckAfterMs = (demoMode && !parser.isSet(stuckAfter) ? kDemoStuckAfterS : *stuck) * 1000;

        if (demoMode && !window) {
            if (!parser.isSet(headless))
                out() << QCoreApplication::translate("main", "No display found: running the demo headless.") << '\n';
            app::HeadlessDemoOptions demoOptions;
            demoOptions.shop = options.shop;
            demoOptions.shop.dataDir = options.dataDir;
            demoOptions.checkoutsPerSecond = checkoutsPerSecond;
            demoOptions.durationSeconds = *durationSeconds;
            return app::runHeadlessDemo(demoOptions);
        }
        if (window) {
            app::GuiOptions gui;
            gui.dataDir = options.dataDir;
            gui.shop = options.shop;
            gui.window = parser.isSet(admin) ? app::GuiOptions::Window::Admin : app::GuiOptions::Window::Storefront;
            if (demoMode)
                gui.demo = app::GuiOptions::Demo{checkoutsPerSecond, *durationSeconds};
            if (parser.isSet(listen)) {
                gui.startApi = [options](shop::Shop &shop, const QString &dataPath) -> std::unique_ptr<api::ApiServer> {
                    const std::optional<api::ApiConfig> config = apiConfigFor(options, dataPath);
                    return config ? startApi(shop, *config, dataPath) : nullptr;
                };
            }
            return app::runGui(gui);
        }
        if (!parser.isSet(headless))
            out() << QCoreApplication::translate("main", "No display found: running headless (the HTTP API) instead.") << '\n';
        return serve(options);
    } catch (const storage::StorageError &e) {
        err() << e.message() << '\n' << Qt::flush;
        return 1;
    } catch (const std::exception &e) {
        err() << QString::fromUtf8(e.what()) << '\n' << Qt::flush;
        return 1;
    }
}
