#include "common/TestSupport.h"

#include <QDebug>

namespace sagashop::test {

TempDataDir::TempDataDir()
{
    if (qEnvironmentVariableIsSet("SAGASHOP_KEEP_TEST_DATA")) {
        m_dir.setAutoRemove(false);
        qInfo() << "test data kept in" << m_dir.path();
    }
}

TempDataDir::~TempDataDir() = default;

} // namespace sagashop::test
