#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPointer>

#include <utility>

namespace sagashop::ui {

/// Runs `f(result)` on the GUI thread once `future` has a result, unless `context` (a GUI-
/// thread object, usually `this`) is gone by then. Use it instead of
/// QFuture::then(context, f): on Qt 6.4 that asserts (debug builds) or leaks the
/// continuation when the context dies before the future finishes — a model closed while its
/// read is still on a service thread. The check happens on the GUI thread, so it cannot race
/// with the context's destruction.
template<typename T, typename F>
void whenDone(QFuture<T> future, QObject *context, F &&f)
{
    Q_ASSERT(context && context->thread() == QCoreApplication::instance()->thread());
    future.then(QtFuture::Launch::Sync,
                [guard = QPointer<QObject>(context), f = std::forward<F>(f)](const T &result) mutable {
                    // On whichever thread finished the future: hop to the GUI thread.
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [guard, f = std::move(f), result]() mutable {
                            if (guard)
                                f(result);
                        },
                        Qt::QueuedConnection);
                });
}

} // namespace sagashop::ui
