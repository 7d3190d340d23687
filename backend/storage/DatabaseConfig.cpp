#include "storage/DatabaseConfig.h"

using namespace Qt::StringLiterals;

namespace sagashop::storage {

QString DatabaseConfig::synchronousName(Synchronous s)
{
    switch (s) {
    case Synchronous::Off:
        return u"OFF"_s;
    case Synchronous::Normal:
        return u"NORMAL"_s;
    case Synchronous::Full:
        return u"FULL"_s;
    }
    return u"FULL"_s;
}

} // namespace sagashop::storage
