#include "GuiMain.h"

#include "ConsoleOutput.h"
#include "HeadlessDemo.h"

#include "api/ApiServer.h"
#include "demo/DemoRun.h"
#include "shop/Shop.h"
#include "shop/ShutdownSignals.h"
#include "storage/DataDirectory.h"
#include "ui/Backend.h"
#include "ui/Language.h"
#include "ui/QmlSingletons.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(SagaShop_UiPlugin)
Q_IMPORT_QML_PLUGIN(SagaShopPlugin)

using namespace Qt::StringLiterals;

namespace sagashop::app {

namespace {
const QString kStorefrontUrl = u"qrc:/SagaShop/Storefront/StorefrontWindow.qml"_s;
const QString kAdminUrl = u"qrc:/SagaShop/Admin/AdminWindow.qml"_s;

QQuickWindow *loadWindow(QQmlApplicationEngine &engine, const QString &url)
{
    const qsizetype before = engine.rootObjects().size();
    engine.load(QUrl(url));
    return engine.rootObjects().size() > before ? qobject_cast<QQuickWindow *>(engine.rootObjects().constLast()) : nullptr;
}

/// The demo's two windows side by side on the screen the storefront is on: the storefront
/// on the left, the admin client (which needs more room) on the right, each knowing the
/// other so their "Storefront" / "Administration…" buttons raise it instead of opening
/// another. On a narrow screen they overlap rather than shrink below a usable size.
void arrangeSideBySide(QQuickWindow *storefront, QQuickWindow *admin)
{
    storefront->setProperty("adminWindow", QVariant::fromValue<QObject *>(admin));
    admin->setProperty("storefrontWindow", QVariant::fromValue<QObject *>(storefront));
    const QScreen *screen = storefront->screen() ? storefront->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    // Room for the window frames the window manager adds around each client area.
    constexpr int frame = 8;
    const int usable = area.width() - 4 * frame;
    const int storefrontWidth = std::max(std::min(usable * 9 / 20, 1280), 640);
    const int adminWidth = std::max(usable - storefrontWidth, 900);
    const int height = std::max(area.height() - 6 * frame, 600);
    storefront->setMinimumWidth(std::min(storefront->minimumWidth(), storefrontWidth));
    admin->setMinimumWidth(std::min(admin->minimumWidth(), adminWidth));
    storefront->setGeometry(area.x() + frame, area.y() + 4 * frame, storefrontWidth, height);
    admin->setGeometry(area.x() + area.width() - adminWidth - frame, area.y() + 4 * frame, adminWidth, height);
}
} // namespace

bool displayAvailable()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

int runGui(const GuiOptions &options)
{
    const storage::DataDirectory data = storage::DataDirectory::acquire(options.dataDir);
    shop::ShopConfig config = options.shop;
    config.dataDir = data.path();
    // Lets the desktop (Wayland especially) match the windows to the installed launcher and icon.
    QGuiApplication::setDesktopFileName(u"invalid.sagashop.SagaShop"_s);

    shop::Shop shop(config);
    shop.start();
    int exitCode = 1;
    {
        const std::unique_ptr<api::ApiServer> server = options.startApi ? options.startApi(shop, data.path()) : nullptr;
        ui::Backend backend(shop);
        ui::Language language;
        ui::BackendSingleton::provide(&backend);
        ui::LanguageSingleton::provide(&language);
        // The demo (when asked for): the admin window signs in as its administrator and the
        // Faults page steers it through the Demo singleton (inactive otherwise).
        std::unique_ptr<demo::DemoRun> demoRun;
        ui::DemoController demoController;
        boost::signals2::scoped_connection printedFaults;
        if (options.demo) {
            demo::DemoRun::Config demoConfig;
            demoConfig.checkoutsPerSecond = options.demo->checkoutsPerSecond;
            demoRun = std::make_unique<demo::DemoRun>(shop, demoConfig);
            demoController.setDemo(demoRun.get());
            ui::DemoSingleton::provide(&demoController);
            printedFaults = printFiredFaults(*demoRun, &demoController);
            out() << QCoreApplication::translate("main", "SagaShop demo on %1: the storefront and the admin client "
                                                         "(signed in as \"%2\"), simulated shoppers at %3 checkouts/s, "
                                                         "staged faults every %4 s.")
                         .arg(data.path(), ui::DemoController::AdminName)
                         .arg(demoConfig.checkoutsPerSecond, 0, 'g', 3)
                         .arg(demoConfig.script.cycleMs / 1000)
                  << '\n'
                  << Qt::flush;
        }

        QQuickStyle::setStyle(u"Material"_s);
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/"_s); // Qt 6.4 does not search the static modules' prefix
        language.addEngine(&engine);
        QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, qApp,
                         [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
        bool loaded = false;
        if (demoRun) {
            QQuickWindow *storefront = loadWindow(engine, kStorefrontUrl);
            QQuickWindow *admin = loadWindow(engine, kAdminUrl);
            loaded = storefront && admin;
            if (loaded) {
                arrangeSideBySide(storefront, admin);
                demoRun->start();
                if (options.demo->durationSeconds > 0)
                    QTimer::singleShot(options.demo->durationSeconds * 1000, qApp, [] { QCoreApplication::exit(0); });
            }
        } else {
            loaded = loadWindow(engine, options.window == GuiOptions::Window::Admin ? kAdminUrl : kStorefrontUrl);
        }
        // SIGTERM/SIGINT close the windows like the window manager would, then stop cleanly.
        shop::ShutdownSignals termination([](int) { QCoreApplication::exit(0); });
        if (loaded)
            exitCode = QCoreApplication::exec();
        language.removeEngine(&engine);
        printedFaults.disconnect();
        demoController.setDemo(nullptr); // before the run goes
    }
    // The windows are gone; stop the services before anything they notify goes away.
    shop.stop();
    return exitCode;
}

} // namespace sagashop::app
