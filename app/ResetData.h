#pragma once

#include <QString>

namespace sagashop::app {

/// `sagashop --reset-data`: asks (a dialog with a window, else the terminal; `assumeYes`
/// skips the question), then deletes everything in the data directory `dir` while holding
/// its lock, so a running SagaShop is never pulled from under (StorageError Locked then).
/// Returns true when the directory is empty now and the application may start fresh; false
/// when the person said no or could not be asked (the reason is printed).
bool resetData(const QString &dir, bool assumeYes, bool window);

} // namespace sagashop::app
