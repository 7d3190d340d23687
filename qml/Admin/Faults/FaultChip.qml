import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// An active fault as a chip ("fail next 3", "endpoint down") with a × that emits
// removeRequested(). A pure view.
AbstractButton {
    id: root

    property string mode
    property color chipColor: Theme.warning

    signal removeRequested()

    padding: Math.round(fm.height * 0.2)
    leftPadding: Math.round(fm.height * 0.6)
    rightPadding: Math.round(fm.height * 0.3)
    focusPolicy: Qt.StrongFocus

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Remove the fault \"%1\"").arg(root.text)

    onClicked: root.removeRequested()

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        radius: height / 2
        color: root.down || root.hovered ? Qt.darker(Theme.warningLight, 1.05) : Theme.warningLight
        border.color: root.visualFocus ? Theme.accent : root.chipColor
        border.width: root.visualFocus ? 2 : 1
    }

    contentItem: RowLayout {
        spacing: Math.round(fm.height * 0.3)
        Label {
            objectName: "chipLabel"
            text: root.text
            color: root.chipColor
            font.bold: true
            font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
        }
        Label {
            objectName: "chipRemove"
            text: "×"
            color: root.chipColor
            font.bold: true
        }
    }
}
