#pragma once

#include "ui/Backend.h"
#include "ui/Language.h"
#include "ui/demo/DemoController.h"

#include <QQmlEngine>

namespace sagashop::ui {

/// The app-wide objects as QML singletons. The composition root builds them and calls
/// provide() before it loads any QML; create() hands QML that instance (QML does not own
/// it). This is the Qt 6.4 way to inject objects without setContextProperty.
struct BackendSingleton
{
    Q_GADGET
    QML_FOREIGN(sagashop::ui::Backend)
    QML_NAMED_ELEMENT(Backend)
    QML_SINGLETON

public:
    static void provide(Backend *backend) { s_instance = backend; }
    static Backend *create(QQmlEngine *, QJSEngine *engine);

private:
    static inline Backend *s_instance = nullptr;
};

struct LanguageSingleton
{
    Q_GADGET
    QML_FOREIGN(sagashop::ui::Language)
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON

public:
    static void provide(Language *language) { s_instance = language; }
    static Language *create(QQmlEngine *, QJSEngine *engine);

private:
    static inline Language *s_instance = nullptr;
};

/// The running demo (`sagashop --demo`). Unlike the others it is optional: when the
/// composition root provided none (the normal app, tests), each engine gets an inactive
/// controller of its own, so `Demo.active` is simply false.
struct DemoSingleton
{
    Q_GADGET
    QML_FOREIGN(sagashop::ui::DemoController)
    QML_NAMED_ELEMENT(Demo)
    QML_SINGLETON

public:
    static void provide(DemoController *demo) { s_instance = demo; }
    static DemoController *create(QQmlEngine *, QJSEngine *engine);

private:
    static inline DemoController *s_instance = nullptr;
};

} // namespace sagashop::ui
