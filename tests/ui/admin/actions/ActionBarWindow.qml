import QtQuick
import QtQuick.Controls
import SagaShop

// The action bar of one saga, wired to the real backend, alone in a window: for the panel
// test and the screenshots of the confirmation dialog. The test sets sagaId and adminName.
ApplicationWindow {
    id: window
    width: 1000
    height: 600
    visible: true
    title: "Saga actions"

    property string sagaId
    property string adminName: "alice"

    Pane {
        anchors.fill: parent
        SagaActionsPanel {
            objectName: "sagaActionsPanel"
            width: parent.width
            sagaId: window.sagaId
            adminName: window.adminName
        }
    }
}
