import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// One past order: number, date, items, amount and a status chip coloured by `status`
// (CREATED, CONFIRMED, FAILED, CANCELLED, ABNORMAL; the words come from `statusText`).
// Clicking, Enter or Space emits activated().
ItemDelegate {
    id: root

    property var orderId
    property string status
    property string statusText
    property string finalAmountText
    property string createdText
    property string itemsText
    property string failureText

    signal activated()

    readonly property color statusColor: {
        switch (root.status) {
        case "CONFIRMED": return Theme.success
        case "FAILED": return Theme.danger
        case "ABNORMAL": return Theme.warning
        case "CREATED": return Theme.info
        default: return Theme.pending      // CANCELLED and anything unknown
        }
    }

    focusPolicy: Qt.StrongFocus
    padding: Math.round(fm.height * 0.6)
    leftPadding: Math.round(fm.height * 1.0)
    implicitWidth: fm.height * 30
    text: qsTr("Order #%1").arg(root.orderId)

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Order #%1, %2, %3, %4").arg(root.orderId).arg(root.statusText).arg(root.finalAmountText).arg(root.createdText)
    Accessible.description: qsTr("Show the steps of this order")

    onClicked: root.activated()
    Keys.onReturnPressed: root.activated()
    Keys.onEnterPressed: root.activated()

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.accentLight : (root.hovered || root.visualFocus ? Qt.lighter(Theme.accentLight, 1.03) : Theme.surface)
        border.color: root.visualFocus ? Theme.accent : Theme.border
        border.width: root.visualFocus ? 2 : 1
        Rectangle {
            objectName: "statusStripe"
            x: 0
            width: Math.max(4, fm.height * 0.25)
            height: parent.height
            radius: 2
            color: root.statusColor
        }
    }

    contentItem: RowLayout {
        spacing: Math.round(fm.height * 0.8)
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                spacing: Math.round(fm.height * 0.5)
                Label {
                    objectName: "orderLabel"
                    text: root.text
                    font.bold: true
                    color: Theme.textPrimary
                }
                Label {
                    objectName: "createdLabel"
                    text: root.createdText
                    color: Theme.textSecondary
                    font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                }
            }
            Label {
                objectName: "itemsLabel"
                Layout.fillWidth: true
                text: root.itemsText
                color: Theme.textSecondary
                elide: Text.ElideRight
            }
            Label {
                objectName: "failureLabel"
                Layout.fillWidth: true
                visible: root.failureText !== ""
                text: root.failureText
                color: Theme.danger
                wrapMode: Text.Wrap
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
            }
        }
        Label {
            objectName: "amountLabel"
            text: root.finalAmountText
            font.bold: true
            font.pixelSize: Theme.scaledPixelSize(root.font, 1.1)
            color: Theme.textPrimary
        }
        Rectangle {
            id: chip
            objectName: "statusChip"
            Layout.preferredWidth: Math.max(statusLabel.implicitWidth + fm.height, fm.height * 5)
            Layout.preferredHeight: statusLabel.implicitHeight + fm.height * 0.4
            radius: height / 2
            color: root.statusColor
            Label {
                id: statusLabel
                objectName: "statusLabel"
                anchors.centerIn: parent
                text: root.statusText
                color: "white"
                font.bold: true
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
            }
        }
    }
}
