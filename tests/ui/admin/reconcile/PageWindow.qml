import QtQuick
import QtQuick.Controls
import SagaShop

// The reconciliation page alone in a window, for the page test and its screenshots.
ApplicationWindow {
    id: window
    width: 1440
    height: 900
    visible: true
    title: "Reconciliation"

    /// The saga the page last asked to open.
    property string openedSaga

    ReconciliationPage {
        anchors.fill: parent
        onOpenSaga: sagaId => window.openedSaga = sagaId
    }
}
