#pragma once

#include <QTextStream>

namespace sagashop::app {

/// The console: standard output and standard error as text streams (UTF-8), for the
/// command-line modes. Use from the main thread only.
QTextStream &out();
QTextStream &err();

} // namespace sagashop::app
