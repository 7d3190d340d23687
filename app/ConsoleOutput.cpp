#include "ConsoleOutput.h"

#include <cstdio>

namespace sagashop::app {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace sagashop::app
