pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import "TimelineLayout.js" as Geometry

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// The details of one timeline marker: what it is in words, where and when, its cause, the
// attempt and error, the event's id and its payload (JSON, selectable). `details` is a plain
// object (SagaTimelineView.detailsOf(row)); null shows nothing.
Pane {
    id: root

    property var details: null
    property var durationUnits
    /// Titles of the lanes' services.
    property var serviceTitle: function (service) { return service }

    signal closeRequested()
    signal causeRequested(int row)

    readonly property bool hasDetails: root.details !== null && root.details !== undefined
    readonly property string kind: hasDetails ? String(root.details.kind) : ""

    padding: Math.round(fm.height * 0.8)
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Marker details")

    FontMetrics {
        id: fm
        font: root.font
    }

    function kindText(kind) {
        switch (kind) {
        case "published": return qsTr("Event published")
        case "compensation": return qsTr("Compensation")
        case "handled": return qsTr("Handled")
        case "retry": return qsTr("Attempt failed, retried")
        case "deadLetter": return qsTr("Dead letter")
        case "duplicate": return qsTr("Duplicate ignored")
        case "dropped": return qsTr("Delivery lost")
        case "discarded": return qsTr("Dead letter discarded")
        case "admin": return qsTr("Administrator action")
        case "pending": return qsTr("Expected step")
        default: return kind
        }
    }

    function timeText(at) {
        if (!(at > 0))
            return ""
        return Qt.formatDateTime(new Date(at), "yyyy-MM-dd HH:mm:ss.zzz")
    }

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        Rectangle { // the accent of the marker's kind along the left edge
            width: 4
            height: parent.height
            color: Geometry.colorOf(root.kind)
        }
    }

    contentItem: ColumnLayout {
        spacing: Math.round(fm.height * 0.5)
        visible: root.hasDetails

        RowLayout {
            Layout.fillWidth: true
            spacing: Math.round(fm.height * 0.4)
            TimelineMarkerGlyph {
                Layout.preferredWidth: Math.round(fm.height * 1.2)
                Layout.preferredHeight: Math.round(fm.height * 1.2)
                kind: root.kind
                attempt: root.hasDetails ? root.details.attempt : 1
            }
            Label {
                objectName: "detailsKind"
                Layout.fillWidth: true
                text: root.kindText(root.kind)
                color: Geometry.colorOf(root.kind)
                font.bold: true
                elide: Text.ElideRight
            }
            ToolButton {
                objectName: "detailsCloseButton"
                text: "✕"
                Accessible.name: qsTr("Close the details")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close the details")
                onClicked: root.closeRequested()
            }
        }

        Label {
            objectName: "detailsEventType"
            Layout.fillWidth: true
            text: root.hasDetails ? String(root.details.eventType) : ""
            font.pixelSize: Theme.scaledPixelSize(root.font, 1.3)
            font.bold: true
            wrapMode: Text.WrapAnywhere
        }
        Label {
            objectName: "detailsSummary"
            Layout.fillWidth: true
            text: root.hasDetails ? String(root.details.summary || "") : ""
            visible: text !== ""
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Math.round(fm.height * 0.8)
            rowSpacing: Math.round(fm.height * 0.25)

            Label { text: qsTr("Service"); color: Theme.textSecondary }
            Label {
                objectName: "detailsService"
                Layout.fillWidth: true
                text: root.hasDetails ? root.serviceTitle(String(root.details.service)) : ""
                elide: Text.ElideRight
            }
            Label { text: root.kind === "pending" ? qsTr("Waiting since") : qsTr("Time"); color: Theme.textSecondary }
            Label {
                Layout.fillWidth: true
                text: root.hasDetails ? root.timeText(root.details.at) : ""
                font.family: "monospace"
            }
            Label { text: qsTr("Since the start"); color: Theme.textSecondary }
            Label {
                objectName: "detailsOffset"
                Layout.fillWidth: true
                text: root.hasDetails && root.durationUnits
                      ? "+" + Geometry.formatDuration(root.details.offsetMs, root.durationUnits) : ""
            }
            Label {
                text: qsTr("After its cause")
                color: Theme.textSecondary
                visible: causeRow.visible
            }
            RowLayout {
                id: causeRow
                visible: root.hasDetails && root.details.causeRow >= 0
                Layout.fillWidth: true
                Label {
                    objectName: "detailsDuration"
                    text: root.hasDetails && root.durationUnits && root.details.durationFromCauseMs >= 0
                          ? Geometry.formatDuration(root.details.durationFromCauseMs, root.durationUnits) : "—"
                }
                Button {
                    objectName: "detailsCauseButton"
                    flat: true
                    text: qsTr("Show the cause")
                    onClicked: root.causeRequested(root.details.causeRow)
                }
            }
            Label {
                text: qsTr("Attempt")
                color: Theme.textSecondary
                visible: attemptLabel.visible
            }
            Label {
                id: attemptLabel
                objectName: "detailsAttempt"
                visible: root.hasDetails && root.kind !== "published" && root.kind !== "compensation"
                         && root.kind !== "admin"
                text: root.hasDetails ? String(root.details.attempt) : ""
            }
            Label {
                text: qsTr("Expected to publish")
                color: Theme.textSecondary
                visible: expectedLabel.visible
            }
            Label {
                id: expectedLabel
                objectName: "detailsExpected"
                Layout.fillWidth: true
                visible: root.kind === "pending" && text !== ""
                wrapMode: Text.Wrap
                text: {
                    if (!root.hasDetails)
                        return ""
                    const publishes = Geometry.listText(root.details.publishes, ", ")
                    const otherwise = Geometry.listText(root.details.otherwise, ", ")
                    if (publishes === "")
                        return otherwise === "" ? qsTr("nothing (the handling is the step)") : otherwise
                    return otherwise === "" ? publishes : qsTr("%1, or else %2").arg(publishes, otherwise)
                }
            }
            Label {
                text: qsTr("Event id")
                color: Theme.textSecondary
                visible: eventIdField.visible
            }
            TextEdit {
                id: eventIdField
                objectName: "detailsEventId"
                Layout.fillWidth: true
                visible: text !== ""
                readOnly: true
                selectByMouse: true
                text: root.hasDetails ? String(root.details.eventId || "") : ""
                font.family: "monospace"
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                color: Theme.textPrimary
                wrapMode: TextEdit.WrapAnywhere
            }
        }

        Label {
            objectName: "detailsError"
            Layout.fillWidth: true
            visible: root.hasDetails && String(root.details.error || "") !== ""
            text: root.hasDetails ? String(root.details.error || "") : ""
            wrapMode: Text.Wrap
            color: Theme.danger
            padding: Math.round(fm.height * 0.4)
            background: Rectangle {
                color: Theme.dangerLight
                radius: 4
            }
        }

        Label {
            text: root.kind === "admin" ? qsTr("Record") : qsTr("Payload")
            color: Theme.textSecondary
            visible: payload.text !== ""
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: payload.text !== ""
            clip: true
            TextArea {
                id: payload
                objectName: "detailsPayload"
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.NoWrap
                text: root.hasDetails ? String(root.details.payloadJson || "") : ""
                font.family: "monospace"
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                background: Rectangle {
                    color: Theme.background
                    border.color: Theme.border
                    radius: 4
                }
            }
        }
        Item { // keeps the fields at the top when there is no payload
            Layout.fillHeight: true
            visible: payload.text === ""
        }
    }
}
