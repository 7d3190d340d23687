#pragma once

#include "shop/ShopConfig.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sagashop::api {
class ApiServer;
}
namespace sagashop::shop {
class Shop;
}

namespace sagashop::app {

struct GuiOptions
{
    QString dataDir;
    shop::ShopConfig shop;
    /// Which window opens first: the storefront, or the admin client (`--admin`). Either
    /// can open the other (the storefront's menu, the admin's "Storefront" button).
    enum class Window { Storefront, Admin };
    Window window = Window::Storefront;
    /// When set, also serves the HTTP API (e.g. to drive the window from scripts): called
    /// once the Shop runs, with the data directory; returns the listening server.
    std::function<std::unique_ptr<api::ApiServer>(shop::Shop &, const QString &dataDir)> startApi;
    /// `--demo`: the storefront and the admin client side by side (the admin signed in as the
    /// demo's administrator) while simulated shoppers check out and staged faults fire.
    struct Demo
    {
        double checkoutsPerSecond = 3.0;
        int durationSeconds = 0; ///< 0: until the windows are closed
    };
    std::optional<Demo> demo;
};

/// The windowed application: the whole backend in this process and the storefront or admin
/// window (QML) over it. Returns the exit code. Needs a QApplication.
int runGui(const GuiOptions &options);

/// Whether a window can be shown here (a display, or an explicit QT_QPA_PLATFORM).
bool displayAvailable();

} // namespace sagashop::app
