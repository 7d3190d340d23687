// Qt Quick Test runner for the SagaShop QML components. One executable; CTest runs it once per
// tst_*.qml file with -input. The static QML module is linked in and imported from qrc:/.
#include <QApplication>
#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(SagaShopPlugin)

class QmlTestSetup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Qt 6.4 does not search qrc:/ for modules; the static module lives at qrc:/SagaShop.
        engine->addImportPath(u"qrc:/"_s);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QmlTestSetup setup;
    return quick_test_main_with_setup(argc, argv, "sagashop_qml_tests", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "main.moc"
