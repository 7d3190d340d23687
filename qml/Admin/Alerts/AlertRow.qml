import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// One alert of the feed: a round icon coloured by kind (dead letter: red envelope mark, export
// failed: orange arrow, abnormal saga: purple "!"), the kind in words, the time, the title
// and the detail; an unread dot; "Open saga" when the saga is known. A pure view.
Control {
    id: root

    property var alertId
    property string kind        // "dead_letter" | "export_failed" | "saga_abnormal"
    property string kindText
    property string severity    // "warning" | "critical"
    property string title
    property string detail
    property string sagaId
    property var orderId
    property string timeText
    property bool unread

    signal openSagaRequested(string sagaId)

    readonly property color kindColor: {
        switch (root.kind) {
        case "dead_letter": return Theme.danger
        case "export_failed": return Theme.warning
        case "saga_abnormal": return "#6a1b9a"   // purple: a saga the reconciler gave up on
        default: return Theme.pending
        }
    }
    readonly property string kindGlyph: {
        switch (root.kind) {
        case "dead_letter": return "✉"
        case "export_failed": return "⇪"
        case "saga_abnormal": return "!"
        default: return "?"
        }
    }

    padding: Math.round(fm.height * 0.6)
    implicitWidth: fm.height * 40

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1 at %2: %3").arg(root.kindText).arg(root.timeText).arg(root.title)
    Accessible.description: root.detail

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.unread ? Qt.lighter(Theme.accentLight, 1.02) : Theme.surface
        border.color: Theme.border
        border.width: 1
        Rectangle {
            objectName: "kindStripe"
            width: Math.max(4, fm.height * 0.25)
            height: parent.height
            radius: 2
            color: root.kindColor
        }
    }

    contentItem: RowLayout {
        spacing: Math.round(fm.height * 0.7)
        Rectangle {
            objectName: "kindIcon"
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Math.round(fm.height * 2)
            Layout.preferredHeight: Math.round(fm.height * 2)
            radius: width / 2
            color: root.kindColor
            Text {
                objectName: "kindGlyph"
                anchors.centerIn: parent
                text: root.kindGlyph
                color: "white"
                font.bold: true
                font.pixelSize: Math.round(parent.height * 0.55)
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                spacing: Math.round(fm.height * 0.5)
                Rectangle {
                    objectName: "kindChip"
                    Layout.preferredWidth: kindLabel.implicitWidth + fm.height * 0.8
                    Layout.preferredHeight: kindLabel.implicitHeight + fm.height * 0.2
                    radius: height / 2
                    color: "transparent"
                    border.color: root.kindColor
                    Label {
                        id: kindLabel
                        objectName: "kindLabel"
                        anchors.centerIn: parent
                        text: root.kindText
                        color: root.kindColor
                        font.bold: true
                        font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                    }
                }
                Label {
                    objectName: "severityLabel"
                    visible: root.severity === "critical"
                    text: qsTr("critical")
                    color: Theme.danger
                    font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                }
                Item { Layout.fillWidth: true }
                Rectangle {
                    objectName: "unreadDot"
                    visible: root.unread
                    Layout.preferredWidth: Math.round(fm.height * 0.6)
                    Layout.preferredHeight: Math.round(fm.height * 0.6)
                    radius: width / 2
                    color: Theme.info
                    Accessible.role: Accessible.Indicator
                    Accessible.name: qsTr("Unread")
                }
                Label {
                    objectName: "timeLabel"
                    text: root.timeText
                    color: Theme.textSecondary
                    font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                }
            }
            Label {
                objectName: "titleLabel"
                Layout.fillWidth: true
                text: root.title
                font.bold: root.unread
                wrapMode: Text.Wrap
                color: Theme.textPrimary
            }
            Label {
                objectName: "detailLabel"
                Layout.fillWidth: true
                visible: root.detail !== ""
                text: root.detail
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
            }
        }
        Button {
            objectName: "openSagaButton"
            Layout.alignment: Qt.AlignVCenter
            // Keeps its place without a saga, so that the times of all rows line up.
            enabled: root.sagaId !== ""
            opacity: root.sagaId !== "" ? 1 : 0
            flat: true
            text: qsTr("Open saga")
            Accessible.name: qsTr("Open saga %1").arg(root.sagaId)
            onClicked: root.openSagaRequested(root.sagaId)
        }
    }
}
