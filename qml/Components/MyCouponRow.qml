import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// One of the shopper's own coupons: name, value, expiry and a status chip (AVAILABLE / USED /
// EXPIRED, shown as `statusText`). Coupons that cannot be used are dimmed.
Control {
    id: root

    property string name
    property string valueText
    property string status          // AVAILABLE | USED | EXPIRED
    property string statusText
    property string expiresText
    property bool usable: true

    readonly property color statusColor: {
        switch (root.status) {
        case "AVAILABLE": return Theme.success
        case "EXPIRED": return Theme.danger
        default: return Theme.pending
        }
    }

    padding: Math.round(fm.height * 0.5)
    leftPadding: Math.round(fm.height * 0.8)
    rightPadding: Math.round(fm.height * 0.8)
    implicitWidth: fm.height * 24
    implicitHeight: contentItem.implicitHeight + topPadding + bottomPadding
    opacity: root.usable ? 1.0 : 0.6

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3").arg(root.name).arg(root.valueText).arg(root.statusText)

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }

    contentItem: RowLayout {
        spacing: Math.round(fm.height * 0.6)
        Label {
            objectName: "valueLabel"
            Layout.preferredWidth: fm.height * 5
            text: root.valueText
            font.bold: true
            font.pixelSize: Theme.scaledPixelSize(root.font, 1.15)
            color: root.usable ? Theme.accent : Theme.textSecondary
            elide: Text.ElideRight
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "nameLabel"
                Layout.fillWidth: true
                text: root.name
                font.bold: true
                elide: Text.ElideRight
                color: Theme.textPrimary
            }
            Label {
                objectName: "expiresLabel"
                Layout.fillWidth: true
                visible: root.expiresText !== ""
                text: root.expiresText
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                color: Theme.textSecondary
                elide: Text.ElideRight
            }
        }
        Rectangle {
            id: chip
            objectName: "statusChip"
            readonly property color chipColor: root.statusColor
            Layout.preferredWidth: statusLabel.implicitWidth + fm.height
            Layout.preferredHeight: statusLabel.implicitHeight + fm.height * 0.3
            radius: height / 2
            color: "transparent"
            border.color: chip.chipColor
            border.width: 1.5
            Label {
                id: statusLabel
                objectName: "statusLabel"
                anchors.centerIn: parent
                text: root.statusText
                color: chip.chipColor
                font.bold: true
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
            }
        }
    }
}
