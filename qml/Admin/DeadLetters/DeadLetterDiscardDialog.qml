import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// This component sets its own contentItem/footer, with ids inside: intended.
// qmllint disable deferred-property-id

// "Discard dead letters?": says what will be lost (`message`) and asks once more. Emits
// confirmed() on "Discard" and closes; "Cancel", Escape or a click outside close it.
Dialog {
    id: root

    property string message

    signal confirmed()

    title: qsTr("Discard dead letters?")
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(fm.height * 26, Overlay.overlay ? Overlay.overlay.width - fm.height * 2 : fm.height * 26)
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    FontMetrics {
        id: fm
        font: root.font
    }

    contentItem: ColumnLayout {
        spacing: Math.round(fm.height * 0.5)
        Label {
            objectName: "discardMessage"
            Layout.fillWidth: true
            text: root.message
            wrapMode: Text.Wrap
            color: Theme.textPrimary
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("A discarded event is never handled: whatever it should have done stays undone. This cannot be undone.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "cancelDiscardButton"
            text: qsTr("Cancel")
            flat: true
            Accessible.name: qsTr("Keep the dead letters")
            onClicked: root.reject()
        }
        Button {
            objectName: "confirmDiscardButton"
            text: qsTr("Discard")
            highlighted: true
            Accessible.name: qsTr("Discard for good")
            onClicked: root.accept()
        }
    }

    onAccepted: root.confirmed()
}
