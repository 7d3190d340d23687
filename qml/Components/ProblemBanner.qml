import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// A warning strip across the window (storage trouble, dead letters, …). Hidden while `text` is
// empty; the dismiss button emits dismissed() — the owner decides what dismissing means.
Control {
    id: root

    property string text

    signal dismissed()

    visible: root.text !== ""
    padding: Math.round(fm.height * 0.5)
    leftPadding: Math.round(fm.height * 0.8)
    implicitWidth: fm.height * 30
    implicitHeight: Math.max(contentItem.implicitHeight, dismissButton.implicitHeight) + topPadding + bottomPadding

    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        color: Theme.warningLight
        Rectangle {
            width: Math.max(3, fm.height * 0.2)
            height: parent.height
            color: Theme.warning
        }
        Rectangle {
            width: parent.width
            height: 1
            anchors.bottom: parent.bottom
            color: Theme.border
        }
    }

    contentItem: RowLayout {
        spacing: Math.round(fm.height * 0.6)
        Rectangle {   // a round "!" mark
            Layout.preferredWidth: Math.round(fm.height * 1.2)
            Layout.preferredHeight: Math.round(fm.height * 1.2)
            radius: width / 2
            color: Theme.warning
            Text {
                anchors.centerIn: parent
                text: "!"
                color: "white"
                font.bold: true
                font.pixelSize: Math.round(parent.height * 0.7)
            }
        }
        Label {
            objectName: "problemText"
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.Wrap
            color: Theme.textPrimary
        }
        ToolButton {
            id: dismissButton
            objectName: "dismissButton"
            text: qsTr("Dismiss")
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("Dismiss this message")
            Accessible.role: Accessible.Button
            onClicked: root.dismissed()
            Keys.onReturnPressed: root.dismissed()
            Keys.onEnterPressed: root.dismissed()
        }
    }
}
