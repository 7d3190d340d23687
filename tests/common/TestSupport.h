#pragma once

#include <QString>
#include <QTemporaryDir>

namespace sagashop::test {

/// A fresh data directory per test (STYLE.md 10), removed afterwards unless the
/// environment variable SAGASHOP_KEEP_TEST_DATA is set (then its path is printed).
class TempDataDir
{
public:
    TempDataDir();
    ~TempDataDir();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace sagashop::test
