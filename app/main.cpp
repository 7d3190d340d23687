// SagaShop composition root: parses the command line, picks the data directory, builds
// the backend and runs it with a window (GuiMain.cpp) or headless behind the HTTP API.
// Everything it calls lives in backend/ and ui/.

#include "GuiMain.h"

#include "api/ApiServer.h"
#include "saga/SagaLog.h"
#include "selftest/ChainRun.h"
#include "shop/Shop.h"
#include "shop/ShutdownSignals.h"
#include "storage/DataDirectory.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace sagashop;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printTimeline(const QList<saga::SagaLogEntry> &timeline)
{
    if (timeline.isEmpty())
        return;
    out() << QCoreApplication::translate("main", "timeline of saga %1, from the saga log:").arg(timeline.first().sagaId)
          << '\n';
    const qint64 start = timeline.first().at;
    for (const saga::SagaLogEntry &e : timeline) {
        out() << u"  +%1 ms  %2  %3  %4"_s.arg(e.at - start, 4)
                     .arg(e.service, -9)
                     .arg(e.kind, -13)
                     .arg(e.eventType)
              << (e.attempt > 1 ? QCoreApplication::translate("main", " (attempt %1)").arg(e.attempt) : QString())
              << '\n';
    }
}

int runSelfTestDemo(const QString &dataDir, int chains)
{
    out() << QCoreApplication::translate("main",
                                         "SagaShop bus self-test: %1 sagas through a chain of 7 stand-in services")
                 .arg(chains)
          << '\n'
          << QCoreApplication::translate("main", "data directory: %1").arg(dataDir) << '\n'
          << Qt::flush;

    selftest::ChainRunConfig config;
    config.dataDir = dataDir;
    config.chains = chains;
    config.progressEvery = std::max(1, chains / 5);
    config.progress = [chains](int completed) {
        out() << QCoreApplication::translate("main", "  %1 of %2 sagas completed").arg(completed).arg(chains) << '\n'
              << Qt::flush;
    };
    const selftest::ChainRunReport r = selftest::runChains(config);
    if (!r.error.isEmpty()) {
        QTextStream(stderr) << r.error << '\n';
        return 1;
    }
    out() << QCoreApplication::translate("main",
                                         "completed %1 of %2 sagas in %3 s: %4 sagas/s, %5 events/s, %6 commits/s, "
                                         "latency p50 %7 ms, p99 %8 ms; retries %9, dead letters %10")
                 .arg(r.completed)
                 .arg(r.started)
                 .arg(r.seconds, 0, 'f', 2)
                 .arg(r.chainsPerSecond, 0, 'f', 0)
                 .arg(r.eventsPerSecond, 0, 'f', 0)
                 .arg(r.commitsPerSecond, 0, 'f', 0)
                 .arg(r.p50Ms, 0, 'f', 1)
                 .arg(r.p99Ms, 0, 'f', 1)
                 .arg(r.retries)
                 .arg(r.deadLetters)
          << '\n'
          << QCoreApplication::translate("main", "the saga log caught up %1 s later: %2 sagas/s end to end")
                 .arg(r.logCatchUpSeconds, 0, 'f', 2)
                 .arg(r.endToEndChainsPerSecond, 0, 'f', 0)
          << '\n';
    printTimeline(r.sampleTimeline);
    out() << Qt::flush;
    return r.completed == r.started ? 0 : 1;
}

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
        QTextStream(stderr) << QCoreApplication::translate("main", "--listen wants HOST:PORT, e.g. 127.0.0.1:8080")
                            << '\n';
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

/// A window unless told otherwise (--headless, --demo, --help, --version) or there is no
/// display; decided before the application object exists, because a windowed app needs a
/// QApplication (Qt Charts) and a headless one must not touch the display at all.
bool wantsWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--headless" || arg == "--demo" || arg == "--help" || arg == "-h" || arg == "--version"
            || arg == "-v" || arg == "--help-all")
            return false;
    }
    return app::displayAvailable();
}

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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "SagaShop: a storefront and admin client over an event-driven saga backend."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(u"headless"_s, QCoreApplication::translate("main", "Run without a window."));
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("main", "Run the demo."));
    const QCommandLineOption admin(u"admin"_s,
                                   QCoreApplication::translate("main", "Open the admin client (behind its login) instead of the storefront."));
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     QCoreApplication::translate("main", "Keep the databases in <dir>."), u"dir"_s);
    const QCommandLineOption chains(u"chains"_s,
                                    QCoreApplication::translate("main", "Number of demo checkouts (default 2000)."),
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
                                            QCoreApplication::translate("main", "Seconds between reconciler runs (30)."),
                                            u"s"_s, u"30"_s);
    const QCommandLineOption stuckAfter(u"stuck-after"_s,
                                        QCoreApplication::translate("main", "Seconds without progress before a saga is stuck (10)."),
                                        u"s"_s, u"10"_s);
    parser.addOptions({headless, demo, admin, dataDir, chains, verbose, listen, listenAny, apiToken, adminToken, exportUrl,
                       webhookUrl, synchronous, reconcileEvery, stuckAfter});
    parser.process(app);
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(u"sagashop.*.debug=false\nsagashop.*.info=false"_s);

    bool chainsOk = false;
    const int chainCount = parser.value(chains).toInt(&chainsOk);
    if (!chainsOk || chainCount < 1 || chainCount > 10'000'000) {
        QTextStream(stderr) << QCoreApplication::translate("main", "--chains must be a whole number from 1 to 10000000")
                            << '\n';
        return 2;
    }

    try {
        if (parser.isSet(demo)) {
            // The self-test runs on a fresh temporary directory unless told otherwise, so it
            // never mixes with a shopper's data.
            QTemporaryDir demoDir;
            const QString dir = parser.isSet(dataDir) ? parser.value(dataDir) : demoDir.path();
            const storage::DataDirectory data = storage::DataDirectory::acquire(dir);
            return runSelfTestDemo(data.path(), chainCount);
        }
        if (!parser.isSet(headless) && !window) {
            out() << QCoreApplication::translate("main", "No display found: running headless (the HTTP API) instead.")
                  << '\n';
        }
        ServeOptions options;
        options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : storage::DataDirectory::defaultPath();
        options.listen = parser.value(listen);
        options.listenAny = parser.isSet(listenAny);
        options.apiToken = parser.value(apiToken);
        options.adminToken = parser.value(adminToken);
        options.shop.exportUrl = QUrl(parser.value(exportUrl));
        options.shop.webhookUrl = QUrl(parser.value(webhookUrl));
        const QString sync = parser.value(synchronous).toLower();
        if (sync != u"normal"_s && sync != u"full"_s) {
            QTextStream(stderr) << QCoreApplication::translate("main", "--synchronous must be normal or full") << '\n';
            return 2;
        }
        options.shop.synchronous = sync == u"full"_s ? storage::DatabaseConfig::Synchronous::Full
                                                     : storage::DatabaseConfig::Synchronous::Normal;
        bool intervalOk = false;
        bool stuckOk = false;
        const int interval = parser.value(reconcileEvery).toInt(&intervalOk);
        const int stuck = parser.value(stuckAfter).toInt(&stuckOk);
        if (!intervalOk || !stuckOk || interval < 1 || interval > 86'400 || stuck < 1 || stuck > 86'400) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main", "--reconcile-interval and --stuck-after take whole seconds from 1 to 86400")
                                << '\n';
            return 2;
        }
        options.shop.reconcileIntervalMs = interval * 1000;
        options.shop.stuckAfterMs = stuck * 1000;
        if (window) {
            app::GuiOptions gui;
            gui.dataDir = options.dataDir;
            gui.shop = options.shop;
            gui.window = parser.isSet(admin) ? app::GuiOptions::Window::Admin : app::GuiOptions::Window::Storefront;
            if (parser.isSet(listen)) {
                gui.startApi = [options](shop::Shop &shop, const QString &dataPath) -> std::unique_ptr<api::ApiServer> {
                    const std::optional<api::ApiConfig> config = apiConfigFor(options, dataPath);
                    return config ? startApi(shop, *config, dataPath) : nullptr;
                };
            }
            return app::runGui(gui);
        }
        return serve(options);
    } catch (const storage::StorageError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    } catch (const std::exception &e) {
        QTextStream(stderr) << QString::fromUtf8(e.what()) << '\n';
        return 1;
    }
}
