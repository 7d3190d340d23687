import QtQuick
import QtQuick.Controls
import SagaShop

// A saga's status as a pill: running, completed, compensating, compensated, failed,
// abnormal, stuck. The calm ones are tinted; the two that need someone (stuck, abnormal)
// are filled and bold so that they stand out in a long list. Compensations share one hue
// (purple) everywhere in the admin client. colorFor() is the one mapping: use it elsewhere.
Label {
    id: root

    property string status
    /// The font the badge's size derives from (the row's font; the default font otherwise).
    property font baseFont: defaultFont.font

    // Colour of a status (Theme's palette; purple for compensation, which Theme lacks).
    function colorFor(status) {
        switch (status) {
        case "running": return Theme.info
        case "completed": return Theme.success
        case "compensating": return "#7b1fa2"
        case "compensated": return "#6a1b9a"
        case "failed": return Theme.danger
        case "abnormal": return "#b71c1c"
        case "stuck": return "#e65100"
        default: return Theme.pending
        }
    }
    function textFor(status) {
        switch (status) {
        case "running": return qsTr("Running")
        case "completed": return qsTr("Completed")
        case "compensating": return qsTr("Compensating")
        case "compensated": return qsTr("Compensated")
        case "failed": return qsTr("Failed")
        case "abnormal": return qsTr("Abnormal")
        case "stuck": return qsTr("Stuck")
        default: return status
        }
    }

    readonly property color statusColor: colorFor(root.status)
    /// Stuck and abnormal sagas need someone: they are filled, the others tinted.
    readonly property bool alarming: root.status === "stuck" || root.status === "abnormal"

    text: root.textFor(root.status)
    color: root.alarming ? "white" : root.statusColor
    font.bold: true
    font.pixelSize: Theme.scaledPixelSize(root.baseFont, root.alarming ? 0.9 : 0.85)
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    leftPadding: Math.round(Theme.scaledPixelSize(root.baseFont, 0.6))
    rightPadding: root.leftPadding
    topPadding: 2
    bottomPadding: 2
    Accessible.name: qsTr("Status: %1").arg(root.text)

    Text {
        id: defaultFont
        visible: false
    }

    background: Rectangle {
        objectName: "badgeBackground"
        radius: height / 2
        color: root.alarming ? root.statusColor : Qt.rgba(root.statusColor.r, root.statusColor.g, root.statusColor.b, 0.12)
        border.width: root.alarming ? 0 : 1
        border.color: Qt.rgba(root.statusColor.r, root.statusColor.g, root.statusColor.b, 0.45)
    }
}
