pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// The checkout steps (Stock → Coupon → Balance → Payment → Confirmed) drawn left to right.
// `model` is any item model with the roles key, title, state (pending | active | done |
// failed | skipped) and detail. Each step gets a badge (number, pulsing dot, check, cross or
// dash), its title, and its detail text underneath (in red under a failed step).
Control {
    id: root

    property var model
    readonly property int count: repeater.count

    padding: Math.round(fm.height * 0.5)
    implicitWidth: fm.height * 30
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Checkout steps")

    FontMetrics {
        id: fm
        font: root.font
    }

    contentItem: RowLayout {
        spacing: 0
        Repeater {
            id: repeater
            model: root.model

            delegate: Item {
                id: step

                required property var model
                required property int index
                required property string key
                required property string title
                required property string detail
                // "state" is also Item.state, so it is read through the model object.
                readonly property string stepState: step.model.state !== undefined ? String(step.model.state) : "pending"
                readonly property color stepColor: icon.badgeColor
                readonly property bool reached: stepState === "done" || stepState === "active" || stepState === "failed"

                objectName: "step_" + step.key
                Layout.fillWidth: true
                Layout.preferredWidth: 1   // equal columns
                Layout.alignment: Qt.AlignTop
                implicitHeight: column.implicitHeight

                Accessible.role: Accessible.ListItem
                Accessible.name: step.title + ": " + stateText.text + (step.detail !== "" ? ", " + step.detail : "")

                // Connector halves to the neighbouring steps, behind the badge.
                Rectangle {
                    visible: step.index > 0
                    x: 0
                    width: parent.width / 2
                    y: icon.y + icon.height / 2 - height / 2
                    height: Math.max(2, fm.height * 0.12)
                    color: step.reached ? Theme.success : Theme.border
                }
                Rectangle {
                    visible: step.index < repeater.count - 1
                    x: parent.width / 2
                    width: parent.width / 2
                    y: icon.y + icon.height / 2 - height / 2
                    height: Math.max(2, fm.height * 0.12)
                    color: step.stepState === "done" ? Theme.success : Theme.border
                }

                ColumnLayout {
                    id: column
                    width: parent.width
                    spacing: Math.round(fm.height * 0.2)

                    StatusIcon {
                        id: icon
                        objectName: "icon_" + step.key
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: Math.round(fm.height * 1.7)
                        Layout.preferredHeight: Math.round(fm.height * 1.7)
                        kind: step.stepState
                        label: String(step.index + 1)
                    }
                    Label {
                        objectName: "title_" + step.key
                        Layout.fillWidth: true
                        Layout.leftMargin: 2
                        Layout.rightMargin: 2
                        horizontalAlignment: Text.AlignHCenter
                        text: step.title
                        font.bold: step.stepState === "active" || step.stepState === "failed"
                        color: step.stepState === "pending" || step.stepState === "skipped" ? Theme.textSecondary : step.stepColor
                        wrapMode: Text.Wrap
                    }
                    Label {
                        id: stateText
                        objectName: "state_" + step.key
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                        color: Theme.textSecondary
                        text: {
                            switch (step.stepState) {
                            case "active": return qsTr("In progress…")
                            case "done": return qsTr("Done")
                            case "failed": return qsTr("Failed")
                            case "skipped": return qsTr("Skipped")
                            default: return qsTr("Waiting")
                            }
                        }
                    }
                    Label {
                        objectName: "detail_" + step.key
                        visible: step.detail !== ""
                        Layout.fillWidth: true
                        Layout.leftMargin: 4
                        Layout.rightMargin: 4
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        text: step.detail
                        font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                        font.bold: step.stepState === "failed"
                        color: step.stepState === "failed" ? Theme.danger : Theme.textSecondary
                    }
                }
            }
        }
    }
}
