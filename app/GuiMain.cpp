#include "GuiMain.h"

#include "api/ApiServer.h"
#include "shop/Shop.h"
#include "shop/ShutdownSignals.h"
#include "storage/DataDirectory.h"
#include "ui/Backend.h"
#include "ui/Language.h"
#include "ui/QmlSingletons.h"

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTextStream>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(SagaShop_UiPlugin)
Q_IMPORT_QML_PLUGIN(SagaShopPlugin)

using namespace Qt::StringLiterals;

namespace sagashop::app {

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

    shop::Shop shop(config);
    shop.start();
    int exitCode = 1;
    {
        const std::unique_ptr<api::ApiServer> server = options.startApi ? options.startApi(shop, data.path()) : nullptr;
        ui::Backend backend(shop);
        ui::Language language;
        ui::BackendSingleton::provide(&backend);
        ui::LanguageSingleton::provide(&language);

        QQuickStyle::setStyle(u"Material"_s);
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/"_s); // Qt 6.4 does not search the static modules' prefix
        language.addEngine(&engine);
        QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, qApp,
                         [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
        engine.load(QUrl(options.window == GuiOptions::Window::Admin ? u"qrc:/SagaShop/Admin/AdminWindow.qml"_s
                                                                     : u"qrc:/SagaShop/Storefront/StorefrontWindow.qml"_s));
        // SIGTERM/SIGINT close the windows like the window manager would, then stop cleanly.
        shop::ShutdownSignals termination([](int) { QCoreApplication::exit(0); });
        if (!engine.rootObjects().isEmpty())
            exitCode = QCoreApplication::exec();
        language.removeEngine(&engine);
    }
    // The windows are gone; stop the services before anything they notify goes away.
    shop.stop();
    return exitCode;
}

} // namespace sagashop::app
