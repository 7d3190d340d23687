#pragma once

#include "UiTestShop.h"
#include "ui/Language.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <memory>

namespace sagashop::test {

/// The real storefront window over the real backend, offscreen, for end-to-end tests, the
/// screenshots and the frame benchmark: the same composition as the app (Backend and
/// Language singletons, Material style, qrc:/SagaShop/Storefront/StorefrontWindow.qml),
/// on a fresh data directory. Needs a QApplication.
class StorefrontHarness
{
public:
    static inline const QString StorefrontUrl = QStringLiteral("qrc:/SagaShop/Storefront/StorefrontWindow.qml");
    static inline const QString AdminUrl = QStringLiteral("qrc:/SagaShop/Admin/AdminWindow.qml");

    /// Loads `windowUrl` (the storefront by default; the admin window, or a test's own
    /// wrapper window around one page, e.g. a file: URL, whose root is a Window).
    explicit StorefrontHarness(const QString &language = QStringLiteral("en"), QSize size = {1280, 800},
                               const QString &windowUrl = StorefrontUrl);
    ~StorefrontHarness();

    bool isLoaded() const { return m_window != nullptr; }
    QQuickWindow *window() const { return m_window; }
    UiTestShop &backend() { return m_shop; }
    shop::Shop &shop() { return m_shop.shop(); }
    ui::Language &language() { return m_language; }

    /// The first item (depth-first, popups included) whose objectName is `name`, or whose
    /// objectName starts with it when `name` ends with '*'; nullptr if none is visible.
    QQuickItem *item(const QString &name) const;
    /// Every visible item whose objectName starts with `prefix`.
    QList<QQuickItem *> items(const QString &prefix) const;
    /// A named item under `parent` (for a delegate's button).
    static QQuickItem *child(QQuickItem *parent, const QString &name);

    /// Clicks the centre of `item` with the mouse (false when it is null, hidden or off screen).
    bool click(QQuickItem *item);
    /// Clicks the item named `name` as soon as it can be clicked (e.g. once a drawer has
    /// slid in); false after `timeoutMs`. Clicks exactly once.
    bool clickWhenReady(const QString &name, int timeoutMs = 10000);
    /// Gives `item` the focus and types `text` (then Return when `submit`).
    void type(QQuickItem *item, const QString &text, bool submit = false);
    /// The item's "text" property ("" when it has none).
    static QString text(const QQuickItem *item);
    /// Every non-empty "text" of the item and its visible descendants, joined by " ".
    static QString allText(const QQuickItem *item);

    /// Whether the popup/dialog named `name` is open (or still animating out). Clicks land on
    /// a modal popup's overlay until it is fully closed: wait for this to turn false.
    bool popupOpen(const QString &name) const;

    /// Saves a screenshot of the window as PNG (after the scene has settled).
    bool saveScreenshot(const QString &path);

private:
    UiTestShop m_shop;
    ui::Language m_language;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace sagashop::test
