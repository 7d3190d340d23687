import QtQuick
import QtQuick.Controls
import SagaShop

// The Sagas page alone in a window, for tst_sagaspage (and its screenshots).
ApplicationWindow {
    id: window
    objectName: "sagasPageWindow"
    width: 1440
    height: 900
    visible: true
    color: Theme.background
    title: "Sagas"

    /// The saga the page last asked to open.
    property string openedSaga

    SagasPage {
        anchors.fill: parent
        onOpenSaga: sagaId => window.openedSaga = sagaId
    }
}
