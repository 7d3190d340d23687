pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// This screen sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// The timeline of one saga: a header (id, status, start, duration, what went wrong), the
// swimlanes (SagaTimelineView) and, below, the compact step list (SagaStepList). Live while
// the saga runs. Choosing a step selects its marker and opens its details.
// Use: `SagaTimelinePage { sagaId: "0190…" }`.
Control {
    id: root
    objectName: "sagaTimelinePage"

    property string sagaId: ""
    readonly property SagaTimelineModel timelineModel: timelineModel
    readonly property SagaStepListModel stepModel: stepModel
    readonly property alias view: view

    padding: 0

    SagaTimelineModel {
        id: timelineModel
        backend: Backend
        sagaId: root.sagaId
    }
    SagaStepListModel {
        id: stepModel
        timeline: timelineModel
    }

    FontMetrics {
        id: fm
        font: root.font
    }

    function statusText(status) {
        switch (status) {
        case "running": return qsTr("Running")
        case "completed": return qsTr("Completed")
        case "failed": return qsTr("Failed")
        case "compensating": return qsTr("Compensating")
        case "compensated": return qsTr("Compensated")
        case "abnormal": return qsTr("Abnormal")
        case "stuck": return qsTr("Stuck")
        case "": return qsTr("Unknown")
        default: return status
        }
    }
    function statusColor(status) {
        switch (status) {
        case "completed": return Theme.success
        case "failed":
        case "abnormal": return Theme.danger
        case "compensating":
        case "stuck": return Theme.warning
        case "compensated": return "#8e24aa"
        case "running": return Theme.info
        default: return Theme.pending
        }
    }

    contentItem: ColumnLayout {
        spacing: 0

        // --- header -------------------------------------------------------------------------
        Pane {
            Layout.fillWidth: true
            padding: Math.round(fm.height * 0.7)
            background: Rectangle {
                color: Theme.surface
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                }
            }

            RowLayout {
                anchors.fill: parent
                spacing: Math.round(fm.height * 1.2)

                ColumnLayout {
                    spacing: Math.round(fm.height * 0.15)
                    Layout.fillWidth: true
                    RowLayout {
                        spacing: Math.round(fm.height * 0.6)
                        Label {
                            text: qsTr("Saga")
                            font.pixelSize: Theme.scaledPixelSize(root.font, 1.35)
                            font.bold: true
                        }
                        TextEdit {
                            objectName: "sagaIdText"
                            text: root.sagaId
                            readOnly: true
                            selectByMouse: true
                            font.family: "monospace"
                            font.pixelSize: Theme.scaledPixelSize(root.font, 1.0)
                            color: Theme.textPrimary
                            Layout.alignment: Qt.AlignVCenter
                        }
                        Rectangle {
                            objectName: "statusChip"
                            visible: timelineModel.loaded
                            radius: height / 2
                            color: root.statusColor(timelineModel.status)
                            implicitWidth: statusLabel.implicitWidth + fm.height
                            implicitHeight: statusLabel.implicitHeight + fm.height * 0.3
                            Label {
                                id: statusLabel
                                objectName: "statusText"
                                anchors.centerIn: parent
                                text: root.statusText(timelineModel.status)
                                color: "#ffffff"
                                font.bold: true
                                font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                            }
                        }
                        Label {
                            objectName: "liveBadge"
                            visible: timelineModel.live
                            text: qsTr("● live, steps expected: %1").arg(timelineModel.pendingCount)
                            color: Theme.info
                            font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                        }
                    }
                    Label {
                        objectName: "sagaFacts"
                        visible: timelineModel.loaded
                        color: Theme.textSecondary
                        text: {
                            const parts = []
                            if (timelineModel.startedAt > 0)
                                parts.push(qsTr("Started %1").arg(Qt.formatDateTime(new Date(timelineModel.startedAt),
                                                                                    "yyyy-MM-dd HH:mm:ss.zzz")))
                            const took = view.duration(timelineModel.durationMs)
                            parts.push(timelineModel.live ? qsTr("running for %1").arg(took) : qsTr("took %1").arg(took))
                            parts.push(qsTr("markers: %1").arg(timelineModel.markerCount - timelineModel.pendingCount))
                            parts.push(qsTr("steps: %1").arg(stepModel.count))
                            return parts.join("  ·  ")
                        }
                    }
                }

                // What went wrong, at a glance.
                Repeater {
                    model: [
                        { "name": "retries", "count": timelineModel.retryCount, "text": qsTr("retries"), "kind": "retry" },
                        { "name": "deadLetters", "count": timelineModel.deadLetterCount, "text": qsTr("dead letters"), "kind": "deadLetter" },
                        { "name": "compensations", "count": timelineModel.compensationCount, "text": qsTr("compensations"), "kind": "compensation" }
                    ]
                    delegate: ColumnLayout {
                        id: counter
                        required property var modelData
                        objectName: "count_" + counter.modelData.name
                        spacing: 0
                        visible: timelineModel.loaded
                        Label {
                            Layout.alignment: Qt.AlignHCenter
                            text: String(counter.modelData.count)
                            font.pixelSize: Theme.scaledPixelSize(root.font, 1.5)
                            font.bold: true
                            color: counter.modelData.count > 0 ? view.kindColor(counter.modelData.kind)
                                                               : Theme.textSecondary
                        }
                        Label {
                            Layout.alignment: Qt.AlignHCenter
                            text: counter.modelData.text
                            color: Theme.textSecondary
                            font.pixelSize: Theme.scaledPixelSize(root.font, 0.8)
                        }
                    }
                }
            }
        }

        Label {
            objectName: "timelineError"
            Layout.fillWidth: true
            visible: timelineModel.error !== ""
            text: timelineModel.error
            wrapMode: Text.Wrap
            color: Theme.danger
            padding: Math.round(fm.height * 0.6)
            background: Rectangle { color: Theme.dangerLight }
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: timelineModel.loading
            running: visible
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Vertical

            SagaTimelineView {
                id: view
                SplitView.fillHeight: true
                SplitView.minimumHeight: fm.height * 12
                markers: timelineModel
                lanes: timelineModel.lanes
                nowOffsetMs: timelineModel.nowOffsetMs
                durationMs: timelineModel.durationMs
                live: timelineModel.live
            }
            SagaStepList {
                id: steps
                SplitView.preferredHeight: Math.round(root.height * 0.28)
                SplitView.minimumHeight: fm.height * 6
                model: stepModel
                selectedMarkerRow: view.selectedRow
                serviceTitle: view.laneTitle
                durationUnits: view.durationUnits
                onStepActivated: (markerRow) => view.select(markerRow)
            }
        }
    }
}
