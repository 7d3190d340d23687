pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import SagaShop
import QtQuick.Layouts

// This component sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// The saga list's filters: a search field (order number, saga id or its beginning, or a
// user as "u:3"), the time range (last 5 minutes, hour, day, or all) and one chip per status
// with its count. Pure: it shows what it is given (counts, the current choices, a search
// error) and says what was chosen (statusChosen, rangeChosen, searchChanged); the page
// applies it to its model. Typing is applied after a short pause, Enter at once.
Control {
    id: root

    property var statuses: ["running", "stuck", "compensating", "completed", "failed", "compensated", "abnormal"]
    /// status → count
    property var counts: ({})
    property double totalCount: 0
    /// "" = every status
    property string currentStatus: ""
    /// "5m", "1h", "1d" or "all"
    property string range: "all"
    property string searchError
    /// How long typing pauses before the search is applied.
    property int searchDelayMs: 300

    readonly property alias searchField: searchField
    /// "" (every status) first, then `statuses`.
    readonly property var chipStatuses: {
        const chips = [""]
        for (let i = 0; i < root.statuses.length; ++i)
            chips.push(root.statuses[i])
        return chips
    }

    signal statusChosen(string status)
    signal rangeChosen(string range)
    signal searchChanged(string text)

    function countText(n) {
        return Number(n || 0).toLocaleString(Qt.locale(), "f", 0)
    }

    padding: 0

    FontMetrics {
        id: fm
        font: root.font
    }

    Timer {
        id: searchPause
        interval: root.searchDelayMs
        onTriggered: root.searchChanged(searchField.text.trim())
    }

    contentItem: ColumnLayout {
        spacing: Math.round(fm.height * 0.4)

        RowLayout {
            Layout.fillWidth: true
            spacing: Math.round(fm.height * 0.6)

            TextField {
                id: searchField
                objectName: "sagaSearchField"
                Layout.preferredWidth: fm.height * 26
                placeholderText: qsTr("Order number, saga id, or u:<user id>")
                selectByMouse: true
                Accessible.name: qsTr("Search sagas by order number, saga id or user (u:3)")
                Accessible.role: Accessible.EditableText
                onTextEdited: searchPause.restart()
                onAccepted: {
                    searchPause.stop()
                    root.searchChanged(searchField.text.trim())
                }
                Keys.onEscapePressed: {
                    searchField.clear()
                    searchPause.stop()
                    root.searchChanged("")
                }
            }
            Label {
                objectName: "searchErrorLabel"
                Layout.fillWidth: true
                visible: root.searchError !== ""
                text: root.searchError
                color: Theme.danger
                wrapMode: Text.Wrap
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
            }
            Item {
                Layout.fillWidth: true
                visible: root.searchError === ""
            }
            Label {
                text: qsTr("Started")
                color: Theme.textSecondary
            }
            Row {
                id: ranges
                spacing: 0
                Repeater {
                    model: [
                        { "key": "5m", "text": qsTr("Last 5 min") },
                        { "key": "1h", "text": qsTr("Last hour") },
                        { "key": "1d", "text": qsTr("Last day") },
                        { "key": "all", "text": qsTr("All") }
                    ]
                    delegate: Button {
                        id: rangeButton
                        required property var modelData
                        objectName: "rangeButton_" + modelData.key
                        text: modelData.text
                        readonly property bool current: root.range === modelData.key
                        flat: !current
                        highlighted: current
                        focusPolicy: Qt.StrongFocus
                        Accessible.name: qsTr("Started: %1").arg(rangeButton.text)
                        Accessible.checkable: true
                        Accessible.checked: rangeButton.current
                        onClicked: {
                            if (!rangeButton.current)
                                root.rangeChosen(rangeButton.modelData.key)
                        }
                    }
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Math.round(fm.height * 0.4)

            Repeater {
                model: root.chipStatuses
                delegate: AbstractButton {
                    id: chip
                    required property string modelData
                    readonly property bool current: root.currentStatus === chip.modelData
                    readonly property color tint: chip.modelData === "" ? Theme.accent : badgeColors.colorFor(chip.modelData)
                    readonly property double count: chip.modelData === "" ? root.totalCount
                                                                           : (root.counts[chip.modelData] || 0)
                    objectName: "statusFilter_" + (chip.modelData === "" ? "all" : chip.modelData)
                    focusPolicy: Qt.StrongFocus
                    padding: Math.round(fm.height * 0.3)
                    leftPadding: Math.round(fm.height * 0.7)
                    rightPadding: Math.round(fm.height * 0.7)
                    text: (chip.modelData === "" ? qsTr("All") : badgeColors.textFor(chip.modelData))
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: qsTr("%1: %2 sagas").arg(chip.text).arg(root.countText(chip.count))
                    Accessible.checkable: true
                    Accessible.checked: chip.current
                    onClicked: {
                        if (!chip.current)
                            root.statusChosen(chip.modelData)
                    }

                    background: Rectangle {
                        objectName: "chipBackground"
                        radius: height / 2
                        color: chip.current ? chip.tint : (chip.hovered ? Qt.rgba(chip.tint.r, chip.tint.g, chip.tint.b, 0.12) : Theme.surface)
                        border.color: chip.visualFocus ? Theme.accent : Qt.rgba(chip.tint.r, chip.tint.g, chip.tint.b, 0.5)
                        border.width: chip.visualFocus ? 2 : 1
                    }
                    contentItem: Row {
                        spacing: Math.round(fm.height * 0.4)
                        Label {
                            objectName: "chipText"
                            text: chip.text
                            color: chip.current ? "white" : chip.tint
                            font.bold: chip.current
                        }
                        Label {
                            objectName: "chipCount"
                            text: root.countText(chip.count)
                            color: chip.current ? "white" : Theme.textSecondary
                            // The ones that need someone say so while they are not zero.
                            font.bold: chip.current || ((chip.modelData === "stuck" || chip.modelData === "abnormal") && chip.count > 0)
                        }
                    }
                }
            }
        }
    }

    SagaStatusBadge {
        id: badgeColors
        visible: false
    }
}
