pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import "TimelineLayout.js" as Geometry

// This component sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// The compact view of a saga: one row per step in causal order (service, the event it
// handled, what it published, result, attempts, when it became due, how long it took), the
// compensations marked in purple, the steps still expected in grey italics at the end.
// `model` is any item model with the roles of SagaStepListModel (service, event, published,
// result, resultText, attempts, offsetMs, durationMs, compensation, error, pending,
// markerRow). Clicking a row emits stepActivated(markerRow).
Control {
    id: root
    objectName: "sagaStepList"

    property var model: null
    property int selectedMarkerRow: -1
    /// Titles of the services (the timeline's lane titles).
    property var serviceTitle: function (service) { return service }
    property var durationUnits: ({
        "ms": qsTr("%1 ms"),
        "s": qsTr("%1 s"),
        "min": qsTr("%1 min %2 s"),
        "h": qsTr("%1 h %2 min")
    })
    readonly property int count: list.count

    signal stepActivated(int markerRow)

    padding: 0

    FontMetrics {
        id: fm
        font: root.font
    }

    // Column widths: fixed ones in font units, the event and result columns share the rest.
    readonly property real gap: Math.round(fm.height * 0.6)
    readonly property real numberWidth: fm.height * 2
    readonly property real serviceWidth: fm.height * 6.5
    readonly property real attemptsWidth: fm.height * 4.2
    readonly property real offsetWidth: fm.height * 5.2
    readonly property real durationWidth: fm.height * 5.2
    readonly property real flexibleWidth: Math.max(fm.height * 20, list.width - root.numberWidth - root.serviceWidth
                                                   - root.attemptsWidth - root.offsetWidth - root.durationWidth
                                                   - 11 * root.gap - fm.height)
    readonly property real eventWidth: root.flexibleWidth * 0.3
    readonly property real publishedWidth: root.flexibleWidth * 0.33
    readonly property real resultWidth: root.flexibleWidth * 0.37

    function resultColor(result) {
        switch (result) {
        case "done": return Theme.success
        case "retrying": return Geometry.colorOf("retry")
        case "deadLettered": return Theme.danger
        case "pending": return Theme.textSecondary
        case "admin": return Geometry.colorOf("admin")
        case "dropped": return Theme.warning
        default: return Theme.textPrimary
        }
    }

    component HeaderLabel: Label {
        font.bold: true
        font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
        color: Theme.textSecondary
        elide: Text.ElideRight
    }

    contentItem: ColumnLayout {
        spacing: 0

        Rectangle {
            objectName: "stepListHeader"
            Layout.fillWidth: true
            implicitHeight: headerRow.implicitHeight + Math.round(fm.height * 0.6)
            color: Theme.surface
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }
            RowLayout {
                id: headerRow
                anchors.fill: parent
                anchors.leftMargin: root.gap
                spacing: root.gap
                HeaderLabel { text: "#"; Layout.preferredWidth: root.numberWidth }
                HeaderLabel { text: qsTr("Service"); Layout.preferredWidth: root.serviceWidth }
                HeaderLabel { text: qsTr("Handled"); Layout.preferredWidth: root.eventWidth }
                HeaderLabel { text: qsTr("Published"); Layout.preferredWidth: root.publishedWidth }
                HeaderLabel { text: qsTr("Result"); Layout.preferredWidth: root.resultWidth }
                HeaderLabel { text: qsTr("Attempts"); Layout.preferredWidth: root.attemptsWidth; horizontalAlignment: Text.AlignRight }
                HeaderLabel { text: qsTr("Due at"); Layout.preferredWidth: root.offsetWidth; horizontalAlignment: Text.AlignRight }
                HeaderLabel { text: qsTr("Took"); Layout.preferredWidth: root.durationWidth; horizontalAlignment: Text.AlignRight }
                Item { Layout.fillWidth: true }
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            objectName: "stepListView"
            clip: true
            model: root.model
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Saga steps")

            delegate: ItemDelegate {
                id: step
                required property var model
                required property int index

                readonly property string result: String(step.model.result ?? "")
                readonly property bool pending: Boolean(step.model.pending ?? false)
                readonly property bool compensation: Boolean(step.model.compensation ?? false)
                readonly property int markerRow: Number(step.model.markerRow ?? -1)
                readonly property string error: String(step.model.error ?? "")

                objectName: "step_" + step.index
                width: list.width
                padding: 0
                topPadding: Math.round(fm.height * 0.35)
                bottomPadding: Math.round(fm.height * 0.35)
                highlighted: step.markerRow >= 0 && step.markerRow === root.selectedMarkerRow
                Accessible.name: qsTr("%1 %2: %3").arg(root.serviceTitle(String(step.model.service ?? "")))
                                                   .arg(String(step.model.event ?? "")).arg(String(step.model.resultText ?? ""))
                onClicked: root.stepActivated(step.markerRow)

                background: Rectangle {
                    color: step.highlighted ? Theme.highlight : (step.hovered ? Theme.accentLight
                                                                              : (step.index % 2 === 0 ? Theme.surface : "#fbf9f6"))
                    Rectangle { // compensations carry a purple bar
                        objectName: "compensationBar"
                        visible: step.compensation
                        width: 4
                        height: parent.height
                        color: Geometry.colorOf("compensation")
                    }
                }

                contentItem: RowLayout {
                    spacing: root.gap
                    Label {
                        Layout.leftMargin: root.gap
                        Layout.preferredWidth: root.numberWidth
                        text: String(step.index + 1)
                        color: Theme.textSecondary
                    }
                    Label {
                        objectName: "stepService"
                        Layout.preferredWidth: root.serviceWidth
                        text: root.serviceTitle(String(step.model.service ?? ""))
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        objectName: "stepEvent"
                        Layout.preferredWidth: root.eventWidth
                        text: {
                            const event = String(step.model.event ?? "")
                            if (event !== "")
                                return event
                            return step.result === "published" ? qsTr("(command)") : ""
                        }
                        color: handledEvent === "" ? Theme.textSecondary : Theme.textPrimary
                        readonly property string handledEvent: String(step.model.event ?? "")
                        font.italic: step.pending
                        elide: Text.ElideRight
                    }
                    Label {
                        objectName: "stepPublished"
                        Layout.preferredWidth: root.publishedWidth
                        text: {
                            const published = String(step.model.published ?? "")
                            if (published === "")
                                return "—"
                            return (step.compensation ? "↺ " : "") + (step.pending ? qsTr("%1?").arg(published) : published)
                        }
                        color: step.compensation ? Geometry.colorOf("compensation") : (step.pending ? Theme.textSecondary : Theme.textPrimary)
                        font.italic: step.pending
                        elide: Text.ElideRight
                    }
                    ColumnLayout {
                        Layout.preferredWidth: root.resultWidth
                        spacing: 0
                        RowLayout {
                            spacing: Math.round(fm.height * 0.3)
                            TimelineMarkerGlyph {
                                Layout.preferredWidth: Math.round(fm.height * 0.85)
                                Layout.preferredHeight: Math.round(fm.height * 0.85)
                                kind: {
                                    switch (step.result) {
                                    case "done": return step.compensation ? "compensation" : "handled"
                                    case "retrying": return "retry"
                                    case "deadLettered": return "deadLetter"
                                    case "pending": return "pending"
                                    case "admin": return "admin"
                                    case "published": return "published"
                                    default: return step.result
                                    }
                                }
                                attempt: Number(step.model.attempts ?? 1)
                            }
                            Label {
                                objectName: "stepResult"
                                Layout.fillWidth: true
                                text: String(step.model.resultText ?? step.result)
                                color: root.resultColor(step.result)
                                font.bold: step.result === "deadLettered" || step.result === "retrying"
                                font.italic: step.pending
                                elide: Text.ElideRight
                            }
                        }
                        Label {
                            objectName: "stepError"
                            Layout.fillWidth: true
                            Layout.maximumWidth: root.resultWidth
                            visible: step.error !== ""
                            text: step.error
                            color: Theme.danger
                            font.pixelSize: Theme.scaledPixelSize(root.font, 0.8)
                            elide: Text.ElideRight
                            ToolTip.visible: errorHover.hovered && truncated
                            ToolTip.text: step.error
                            HoverHandler { id: errorHover }
                        }
                    }
                    Label {
                        Layout.preferredWidth: root.attemptsWidth
                        horizontalAlignment: Text.AlignRight
                        text: Number(step.model.attempts ?? 0) > 0 ? String(step.model.attempts) : "—"
                        color: Number(step.model.attempts ?? 0) > 1 ? Geometry.colorOf("retry") : Theme.textSecondary
                        font.bold: Number(step.model.attempts ?? 0) > 1
                    }
                    Label {
                        objectName: "stepOffset"
                        Layout.preferredWidth: root.offsetWidth
                        horizontalAlignment: Text.AlignRight
                        text: "+" + Geometry.formatDuration(Number(step.model.offsetMs ?? 0), root.durationUnits)
                        color: Theme.textSecondary
                        font.family: "monospace"
                        font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                    }
                    Label {
                        objectName: "stepDuration"
                        Layout.preferredWidth: root.durationWidth
                        horizontalAlignment: Text.AlignRight
                        text: {
                            const ms = Number(step.model.durationMs ?? -1)
                            if (ms < 0)
                                return "—"
                            return step.pending ? qsTr("%1…").arg(Geometry.formatDuration(ms, root.durationUnits))
                                                : Geometry.formatDuration(ms, root.durationUnits)
                        }
                        font.family: "monospace"
                        font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                        font.italic: step.pending
                    }
                    Item { Layout.fillWidth: true }
                }
            }

            Label {
                parent: list
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No steps yet.")
                color: Theme.textSecondary
            }
        }
    }
}
