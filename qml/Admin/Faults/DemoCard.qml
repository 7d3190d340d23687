pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// The running demo (`sagashop --demo`) at the top of the Faults page: the simulated
// shoppers' pace (a slider on a logarithmic scale, Pause/Resume), the tally of what happened
// to the checkouts, the timetable of staged faults with a countdown to the next one and what
// it will do, and the faults staged so far (newest first, "Open saga" where there is one).
// Reads the Demo singleton (ui::DemoController); emits openSagaRequested.
Control {
    id: root
    objectName: "demoCard"

    signal openSagaRequested(string sagaId)

    readonly property int gap: Math.round(fm.height * 0.5)

    padding: Math.round(fm.height * 0.8)
    topPadding: Math.round(fm.height * 0.5)
    bottomPadding: Math.round(fm.height * 0.6)

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Demo")

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.info
        border.width: 2
    }

    contentItem: ColumnLayout {
        spacing: root.gap

        // ---- title, clock and the shoppers' pace ----------------------------------------
        RowLayout {
            Layout.fillWidth: true
            spacing: root.gap
            Label {
                objectName: "demoTitle"
                text: qsTr("Demo")
                font.bold: true
                font.pixelSize: Theme.scaledPixelSize(root.font, 1.25)
                color: Theme.info
            }
            Label {
                objectName: "demoClock"
                Layout.fillWidth: true
                //: %1 is the round of the fault timetable (1, 2, …), %2 the time since the demo started ("2:13").
                text: qsTr("Simulated shoppers and staged faults · round %1 · %2 since the start")
                      .arg(Demo.cycle).arg(Demo.elapsedText)
                color: Theme.textSecondary
                elide: Text.ElideRight
            }
            Label {
                text: qsTr("Shoppers")
                color: Theme.textSecondary
            }
            Slider {
                id: rateSlider
                objectName: "demoRateSlider"
                Layout.preferredWidth: Math.round(fm.height * 13)
                from: 0
                to: 1
                // While paused it shows the pace Resume restores; moving it sets a pace (and resumes).
                value: Demo.positionForRate(Demo.paused ? Demo.resumeRate : Demo.rate)
                Accessible.name: qsTr("Simulated checkouts per second")
                onMoved: Demo.rate = Demo.rateForPosition(rateSlider.value)
            }
            Label {
                objectName: "demoRateText"
                // Room for "50 checkouts/s"; never less than the text.
                Layout.preferredWidth: Math.max(implicitWidth, Math.round(fm.height * 8))
                Layout.minimumWidth: implicitWidth
                text: Demo.rateText
                color: Demo.paused ? Theme.warning : Theme.textPrimary
                font.bold: true
            }
            Button {
                objectName: "demoPauseButton"
                text: Demo.paused ? qsTr("Resume") : qsTr("Pause")
                highlighted: Demo.paused
                topInset: 0
                bottomInset: 0
                implicitHeight: Math.round(fm.height * 2.2)
                Accessible.name: Demo.paused ? qsTr("Resume the simulated shoppers") : qsTr("Pause the simulated shoppers")
                onClicked: Demo.paused ? Demo.resume() : Demo.pause()
            }
        }

        // ---- the tally ----------------------------------------------------------------
        RowLayout {
            objectName: "demoTally"
            Layout.fillWidth: true
            spacing: root.gap
            Repeater {
                model: [
                    { key: "checkouts", title: qsTr("Checkouts"), value: Demo.checkouts, color: Theme.textPrimary },
                    { key: "confirmed", title: qsTr("Confirmed"), value: Demo.confirmed, color: Theme.success },
                    { key: "failed", title: qsTr("Failed"), value: Demo.failed, color: Theme.danger },
                    { key: "compensated", title: qsTr("Compensated"), value: Demo.compensated, color: Theme.warning },
                    { key: "repaired", title: qsTr("Repaired"), value: Demo.repaired, color: "#6a1b9a" },
                    { key: "retries", title: qsTr("Retries"), value: Demo.retries, color: Theme.textPrimary },
                    { key: "duplicates", title: qsTr("Duplicates"), value: Demo.duplicates, color: Theme.textPrimary },
                    { key: "deadLetters", title: qsTr("Dead letters"), value: Demo.deadLetters, color: Theme.danger },
                    { key: "open", title: qsTr("Running"), value: Demo.open, color: Theme.info }
                ]
                delegate: Rectangle {
                    id: figure
                    required property var modelData
                    objectName: "demoFigure_" + figure.modelData.key
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    implicitHeight: figureColumn.implicitHeight + Math.round(fm.height * 0.5)
                    radius: Theme.radius / 2
                    color: Theme.background
                    border.color: Theme.border
                    Accessible.role: Accessible.StaticText
                    Accessible.name: figure.modelData.title + ": " + figure.modelData.value
                    Column {
                        id: figureColumn
                        anchors.verticalCenter: parent.verticalCenter
                        x: Math.round(fm.height * 0.5)
                        width: parent.width - 2 * x
                        Label {
                            width: parent.width
                            text: figure.modelData.title
                            color: Theme.textSecondary
                            font.pixelSize: Theme.scaledPixelSize(root.font, 0.8)
                            elide: Text.ElideRight
                        }
                        Label {
                            objectName: "demoFigureValue"
                            width: parent.width
                            text: figure.modelData.value
                            color: figure.modelData.value > 0 ? figure.modelData.color : Theme.pending
                            font.bold: true
                            font.pixelSize: Theme.scaledPixelSize(root.font, 1.2)
                        }
                    }
                }
            }
        }

        // ---- the timetable and the faults staged so far ---------------------------------
        RowLayout {
            Layout.fillWidth: true
            spacing: root.gap * 2

            ColumnLayout {
                objectName: "demoTimetable"
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Math.round(root.gap * 0.6)

                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Staged faults, every %n s", "", Demo.cycleSeconds)
                        font.bold: true
                        color: Theme.textPrimary
                    }
                    Item { Layout.fillWidth: true }
                    Label {
                        objectName: "demoNextFault"
                        text: Demo.hasNextFault
                              //: %1 is a staged fault ("Dropped event"); the count is the seconds until it fires.
                              ? qsTr("Next: %1 in %n s", "", Demo.nextFaultInSeconds).arg(Demo.nextFaultTitle)
                              : qsTr("No more staged faults")
                        color: Theme.warning
                        font.bold: true
                    }
                }

                // The round as a bar: where each fault falls, how far the round has come.
                Item {
                    objectName: "demoRoundBar"
                    Layout.fillWidth: true
                    implicitHeight: Math.round(fm.height * 0.6)
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width
                        height: Math.round(fm.height * 0.3)
                        radius: height / 2
                        color: Theme.border
                    }
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.round(parent.width * Demo.cycleProgress)
                        height: Math.round(fm.height * 0.3)
                        radius: height / 2
                        color: Theme.info
                        opacity: 0.45
                    }
                    Repeater {
                        model: Demo.script
                        delegate: Rectangle {
                            id: mark
                            required property var modelData
                            required property int index
                            readonly property real span: Demo.cycleSeconds > 0 ? parent.width / Demo.cycleSeconds : 0
                            x: Math.round(mark.modelData.atSeconds * mark.span)
                            width: Math.max(Math.round(fm.height * 0.35), Math.round(mark.modelData.lastsSeconds * mark.span))
                            height: parent.height
                            radius: Math.round(fm.height * 0.15)
                            color: mark.index === Demo.nextFaultIndex ? Theme.warning : Theme.textSecondary
                        }
                    }
                }

                Flow {
                    objectName: "demoScript"
                    Layout.fillWidth: true
                    spacing: Math.round(root.gap * 0.6)
                    Repeater {
                        model: Demo.script
                        delegate: Rectangle {
                            id: entry
                            required property var modelData
                            required property int index
                            readonly property bool next: entry.index === Demo.nextFaultIndex
                            objectName: "demoScript_" + entry.modelData.key
                            width: entryText.implicitWidth + Math.round(fm.height * 0.9)
                            height: entryText.implicitHeight + Math.round(fm.height * 0.3)
                            radius: height / 2
                            color: entry.next ? Theme.warningLight : Theme.background
                            border.color: entry.next ? Theme.warning : Theme.border
                            ToolTip.visible: entryHover.hovered
                            ToolTip.text: entry.modelData.description
                            ToolTip.delay: 400
                            HoverHandler {
                                id: entryHover
                            }
                            Label {
                                id: entryText
                                anchors.centerIn: parent
                                //: A timetable entry: the time in the round ("0:10") and the fault ("Dropped event").
                                text: qsTr("%1 %2").arg(entry.modelData.atText).arg(entry.modelData.title)
                                color: entry.next ? Theme.warning : Theme.textPrimary
                                font.bold: entry.next
                                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                            }
                        }
                    }
                }

                Label {
                    objectName: "demoNextDescription"
                    Layout.fillWidth: true
                    text: Demo.nextFaultDescription
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                }
            }

            Rectangle {   // between the two halves
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                color: Theme.border
            }

            ColumnLayout {
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Math.round(root.gap * 0.4)

                Label {
                    objectName: "demoFiredHeading"
                    text: qsTr("Staged so far (%1)").arg(Demo.firedFaults.total)
                    font.bold: true
                    color: Theme.textPrimary
                }
                ListView {
                    id: firedList
                    objectName: "demoFiredList"
                    Layout.fillWidth: true
                    // Four rows; the older ones scroll.
                    Layout.preferredHeight: Math.round(fm.height * 1.9) * 4
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    model: Demo.firedFaults
                    ScrollBar.vertical: ScrollBar {}
                    delegate: DemoFiredRow {
                        id: firedRow
                        required key
                        required title
                        required detail
                        required sinceStartText
                        required cycle
                        required sagaId
                        required property int index
                        objectName: "demoFired_" + firedRow.index
                        width: ListView.view.width - Math.round(fm.height * 0.6)
                        height: Math.round(fm.height * 1.9)
                        onOpenSagaRequested: sagaId => root.openSagaRequested(sagaId)
                    }
                    Label {
                        objectName: "demoNothingFired"
                        anchors.centerIn: parent
                        visible: firedList.count === 0
                        text: qsTr("Nothing staged yet: the first fault comes in %n s.", "", Demo.nextFaultInSeconds)
                        color: Theme.textSecondary
                    }
                }
            }
        }
    }
}
