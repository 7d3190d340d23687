pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// One reconciliation run: when it started, how long it took, what it found and did
// (summaryText), and — expanded — one line per action it took. Clicking the row (or
// Enter/Space) expands and collapses the action lines when there are any.
ItemDelegate {
    id: root

    property string startedText
    property var durationMs: 0
    property string summaryText
    property var actions: []
    property string error
    property bool expanded: false

    readonly property int actionCount: root.actions ? root.actions.length : 0
    readonly property bool eventful: root.actionCount > 0
    readonly property color stripeColor: root.error !== "" ? Theme.danger
                                                           : (root.eventful ? Theme.warning : Theme.success)

    function toggle() {
        if (root.eventful)
            root.expanded = !root.expanded
    }

    focusPolicy: Qt.StrongFocus
    padding: Math.round(fm.height * 0.5)
    leftPadding: Math.round(fm.height * 1.0)
    implicitWidth: fm.height * 30
    text: root.startedText

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Run at %1: %2").arg(root.startedText).arg(root.summaryText)
    Accessible.description: root.eventful ? (root.expanded ? qsTr("Hide what it did") : qsTr("Show what it did")) : ""

    onClicked: root.toggle()
    Keys.onReturnPressed: root.toggle()
    Keys.onEnterPressed: root.toggle()

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
            objectName: "runStripe"
            width: Math.max(4, fm.height * 0.25)
            height: parent.height
            radius: 2
            color: root.stripeColor
        }
    }

    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            spacing: Math.round(fm.height * 0.5)
            Label {
                objectName: "runStartedLabel"
                text: root.startedText
                font.bold: true
                color: Theme.textPrimary
            }
            Label {
                objectName: "runDurationLabel"
                text: qsTr("%1 ms").arg(root.durationMs)
                color: Theme.textSecondary
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "runExpandLabel"
                visible: root.eventful
                text: root.expanded ? qsTr("Hide %n action(s)", "", root.actionCount)
                                    : qsTr("Show %n action(s)", "", root.actionCount)
                color: Theme.accent
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
            }
        }
        Label {
            objectName: "runSummaryLabel"
            Layout.fillWidth: true
            text: root.summaryText
            wrapMode: Text.Wrap
            color: root.error !== "" ? Theme.danger : Theme.textSecondary
        }
        Repeater {
            model: root.expanded ? root.actions : []
            delegate: Label {
                required property string modelData
                required property int index
                objectName: "runAction_" + index
                Layout.fillWidth: true
                Layout.leftMargin: fm.height
                text: "• " + modelData
                wrapMode: Text.Wrap
                color: Theme.textPrimary
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
            }
        }
    }
}
