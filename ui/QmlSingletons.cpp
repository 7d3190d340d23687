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

} // namespace sagashop::ui
