#include "ResetData.h"

#include "ConsoleOutput.h"
#include "storage/DataDirectory.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sagashop::app {

namespace {
bool confirmed(const QString &dir, bool window)
{
    const QString question =
        QCoreApplication::translate("ResetData", "Delete every order, balance, coupon, saga and admin account in %1 and start fresh? This cannot be undone.")
            .arg(QDir::toNativeSeparators(dir));
    if (window) {
        return QMessageBox::question(nullptr, QCoreApplication::translate("ResetData", "Reset SagaShop data"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
            == QMessageBox::Yes;
    }
    if (!::isatty(::fileno(stdin))) {
        err() << QCoreApplication::translate("ResetData", "--reset-data asks before deleting, and there is no terminal to ask on: add --yes to confirm.")
              << '\n'
              << Qt::flush;
        return false;
    }
    out() << question << ' ' << QCoreApplication::translate("ResetData", "[y/N]") << ' ' << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y"_s || answer == u"yes"_s || answer == QCoreApplication::translate("ResetData", "y") || answer == QCoreApplication::translate("ResetData", "yes");
}
} // namespace

bool resetData(const QString &dir, bool assumeYes, bool window)
{
    if (!QFileInfo::exists(dir) || QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        out() << QCoreApplication::translate("ResetData", "Nothing to reset: %1 holds no data.").arg(QDir::toNativeSeparators(dir)) << '\n' << Qt::flush;
        return true;
    }
    // Hold the lock while deleting: a SagaShop using this directory makes acquire() throw.
    const storage::DataDirectory data = storage::DataDirectory::acquire(dir);
    if (!assumeYes && !confirmed(data.path(), window)) {
        out() << QCoreApplication::translate("ResetData", "Nothing was deleted.") << '\n' << Qt::flush;
        return false;
    }
    const QString lockFile = QFileInfo(data.lockFilePath()).fileName();
    QDir directory(data.path());
    int removed = 0;
    QStringList failures;
    for (const QFileInfo &entry : directory.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        if (entry.fileName() == lockFile)
            continue;
        const bool ok = entry.isDir() && !entry.isSymLink() ? QDir(entry.filePath()).removeRecursively()
                                                             : directory.remove(entry.fileName());
        if (ok)
            ++removed;
        else
            failures.append(entry.fileName());
    }
    if (!failures.isEmpty()) {
        err() << QCoreApplication::translate("ResetData", "Could not delete %1 in %2: check the permissions, then run --reset-data again.")
                     .arg(failures.join(u", "_s), QDir::toNativeSeparators(data.path()))
              << '\n'
              << Qt::flush;
        return false;
    }
    out() << QCoreApplication::translate("ResetData", "Deleted %n item(s) from %1: SagaShop starts fresh.", nullptr, removed).arg(QDir::toNativeSeparators(data.path()))
          << '\n'
          << Qt::flush;
    return true;
}

} // namespace sagashop::app
