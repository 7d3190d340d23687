#include "ui/QmlSingletons.h"

namespace sagashop::ui {

namespace {
template<typename T>
T *handOver(T *instance, QJSEngine *engine)
{
    Q_ASSERT_X(instance, "QML singleton", "the composition root must provide() it before loading QML");
    // One instance shared by every engine: QML must neither own nor delete it.
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    Q_UNUSED(engine);
    return instance;
}
} // namespace

Backend *BackendSingleton::create(QQmlEngine *, QJSEngine *engine)
{
    return handOver(s_instance, engine);
}

Language *LanguageSingleton::create(QQmlEngine *, QJSEngine *engine)
{
    return handOver(s_instance, engine);
}

DemoController *DemoSingleton::create(QQmlEngine *, QJSEngine *engine)
{
    if (s_instance)
        return handOver(s_instance, engine);
    // No demo: an inactive controller that this engine owns and deletes.
    auto *inactive = new DemoController;
    QJSEngine::setObjectOwnership(inactive, QJSEngine::JavaScriptOwnership);
    return inactive;
}

} // namespace sagashop::ui
