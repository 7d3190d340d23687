import QtQuick
import QtQuick.Controls
import SagaShop

// A window around the dashboard page alone, for the page test, screenshots and the benchmark
// (loaded by file URL through StorefrontHarness).
ApplicationWindow {
    id: window
    objectName: "dashboardWindow"
    width: 1440
    height: 900
    visible: true
    title: qsTr("SagaShop Admin: dashboard")

    DashboardPage {
        anchors.fill: parent
    }
}
