pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// What was undone after a failed checkout, one "✓ stock restored" row per entry, each sliding
// in as it arrives; `complete` adds the closing line that nothing was charged.
// `entries` is a list of sentences in arrival order (it only grows, or starts over).
Control {
    id: root

    property var entries: []
    property bool complete: false
    readonly property int count: rows.count

    padding: 0
    implicitWidth: fm.height * 20
    implicitHeight: column.implicitHeight
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Undone steps")

    FontMetrics {
        id: fm
        font: root.font
    }

    // Keep a ListModel in step with `entries` so that arrivals are insertions (animated),
    // not a reset of the whole list.
    ListModel {
        id: rows
    }
    function syncRows() {
        const list = root.entries ? Array.from(root.entries) : []
        let prefix = Math.min(rows.count, list.length)
        for (let i = 0; i < prefix; ++i) {
            if (rows.get(i).text !== String(list[i])) {
                prefix = i
                break
            }
        }
        while (rows.count > prefix)
            rows.remove(rows.count - 1)
        for (let j = prefix; j < list.length; ++j)
            rows.append({ "text": String(list[j]) })
    }
    onEntriesChanged: syncRows()
    Component.onCompleted: syncRows()

    contentItem: Column {
        id: column
        spacing: Math.round(fm.height * 0.35)

        add: Transition {
            id: addTransition
            SequentialAnimation {
                PropertyAction { property: "opacity"; value: 0 }
                // A positioner transition must move the item to its place itself.
                NumberAnimation { property: "y"; duration: 0 }
                // Several rows arriving together still appear one by one.
                PauseAnimation {
                    duration: Math.max(0, addTransition.ViewTransition.index
                                       - (addTransition.ViewTransition.targetIndexes.length > 0 ? addTransition.ViewTransition.targetIndexes[0] : 0)) * 250
                }
                ParallelAnimation {
                    NumberAnimation { property: "opacity"; to: 1; duration: 300 }
                    NumberAnimation { property: "x"; from: fm.height * 1.5; duration: 300; easing.type: Easing.OutCubic }
                }
            }
        }

        Repeater {
            model: rows
            delegate: RowLayout {
                id: row
                required property int index
                required property string text
                objectName: "compensation_" + row.index
                width: column.width
                spacing: Math.round(fm.height * 0.5)
                Accessible.role: Accessible.ListItem
                Accessible.name: row.text

                StatusIcon {
                    kind: "done"
                    Layout.preferredWidth: Math.round(fm.height * 1.1)
                    Layout.preferredHeight: Math.round(fm.height * 1.1)
                    Layout.alignment: Qt.AlignTop
                }
                Label {
                    Layout.fillWidth: true
                    text: row.text
                    wrapMode: Text.Wrap
                    color: Theme.textPrimary
                }
            }
        }

        Rectangle {
            id: completeLine
            objectName: "completeLine"
            visible: root.complete
            width: column.width
            height: completeLabel.implicitHeight + fm.height
            radius: Theme.radius
            color: Theme.successLight
            Accessible.role: Accessible.StaticText
            Accessible.name: completeLabel.text
            Label {
                id: completeLabel
                objectName: "completeLabel"
                anchors.fill: parent
                anchors.leftMargin: fm.height * 0.6
                anchors.rightMargin: fm.height * 0.6
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
                font.bold: true
                color: Theme.success
                text: qsTr("Everything was undone; you were not charged")
            }
        }
    }
}
