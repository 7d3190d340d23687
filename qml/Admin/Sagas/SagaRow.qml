pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import SagaShop
import QtQuick.Layouts

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// One saga in the admin list, on one line so that rows read like a table: status badge,
// order, user, amount, when it started, how long it has taken, its last event, trouble
// counters (retries, dead letters, compensations; only when there are any) and the saga id.
// Pure: the page passes the model's roles (and the amount already formatted). Clicking,
// Enter or Space emits activated().
ItemDelegate {
    id: root

    property string sagaId
    property var orderId: 0
    property var userId: 0
    property string status
    property string amountText
    property double startedAt: 0    // UTC ms
    property double durationMs: 0
    property string lastEventType
    property int retries: 0
    property int deadLetters: 0
    property int compensations: 0
    /// "Now" for the date of `startedAt` (today shows the time only); tests set it.
    property double nowMs: Date.now()

    signal activated()

    function durationText(ms) {
        if (ms < 1000)
            return qsTr("%1 ms").arg(Math.round(ms))
        if (ms < 60000)
            return qsTr("%1 s").arg((ms / 1000).toFixed(1))
        if (ms < 3600000)
            return qsTr("%1 min %2 s").arg(Math.floor(ms / 60000)).arg(Math.floor(ms % 60000 / 1000))
        return qsTr("%1 h %2 min").arg(Math.floor(ms / 3600000)).arg(Math.floor(ms % 3600000 / 60000))
    }
    function startedText(ms, now) {
        if (ms <= 0)
            return ""
        const d = new Date(ms)
        const today = new Date(now)
        const sameDay = d.getFullYear() === today.getFullYear() && d.getMonth() === today.getMonth()
                        && d.getDate() === today.getDate()
        return Qt.formatDateTime(d, sameDay ? "HH:mm:ss" : "yyyy-MM-dd HH:mm")
    }

    readonly property bool alarming: badge.alarming

    focusPolicy: Qt.StrongFocus
    padding: Math.round(fm.height * 0.35)
    leftPadding: Math.round(fm.height * 0.7)
    rightPadding: Math.round(fm.height * 0.7)
    implicitWidth: fm.height * 60
    text: root.orderId > 0 ? qsTr("Order #%1").arg(root.orderId) : qsTr("No order")

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2, started %3").arg(root.text).arg(badge.text).arg(startedLabel.text)
    Accessible.description: qsTr("Show the timeline of this saga")

    onClicked: root.activated()
    Keys.onReturnPressed: root.activated()
    Keys.onEnterPressed: root.activated()

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        objectName: "rowBackground"
        color: root.down ? Theme.accentLight
                         : (root.hovered || root.visualFocus ? Qt.lighter(Theme.accentLight, 1.03)
                                                            : (root.alarming ? Qt.rgba(badge.statusColor.r, badge.statusColor.g, badge.statusColor.b, 0.06)
                                                                             : Theme.surface))
        border.color: root.visualFocus ? Theme.accent : "transparent"
        border.width: root.visualFocus ? 2 : 0
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    contentItem: RowLayout {
        spacing: Math.round(fm.height * 0.8)

        Item {
            Layout.preferredWidth: fm.height * 7.5
            Layout.preferredHeight: badge.implicitHeight
            SagaStatusBadge {
                id: badge
                objectName: "statusBadge"
                status: root.status
                baseFont: root.font
                anchors.verticalCenter: parent.verticalCenter
            }
        }
        Label {
            objectName: "orderLabel"
            Layout.preferredWidth: fm.height * 6.5
            text: root.text
            font.bold: true
            color: Theme.textPrimary
            elide: Text.ElideRight
        }
        Label {
            objectName: "userLabel"
            Layout.preferredWidth: fm.height * 5
            text: root.userId > 0 ? qsTr("User %1").arg(root.userId) : ""
            color: Theme.textSecondary
            elide: Text.ElideRight
        }
        Label {
            objectName: "amountLabel"
            Layout.preferredWidth: fm.height * 6
            horizontalAlignment: Text.AlignRight
            text: root.amountText
            color: Theme.textPrimary
            elide: Text.ElideLeft
        }
        Label {
            id: startedLabel
            objectName: "startedLabel"
            Layout.preferredWidth: fm.height * 8
            text: root.startedText(root.startedAt, root.nowMs)
            color: Theme.textSecondary
        }
        Label {
            objectName: "durationLabel"
            Layout.preferredWidth: fm.height * 5.5
            horizontalAlignment: Text.AlignRight
            text: root.durationText(root.durationMs)
            color: Theme.textSecondary
        }
        Label {
            objectName: "lastEventLabel"
            Layout.preferredWidth: fm.height * 11
            text: root.lastEventType
            color: Theme.textSecondary
            elide: Text.ElideRight
        }
        Row {
            Layout.preferredWidth: fm.height * 17
            Layout.maximumWidth: fm.height * 17
            clip: true
            spacing: Math.round(fm.height * 0.5)
            Repeater {
                model: [
                    { "name": "retriesChip", "n": root.retries, "text": qsTr("Retries %1").arg(root.retries), "color": Theme.warning },
                    { "name": "deadLettersChip", "n": root.deadLetters, "text": qsTr("Dead letters %1").arg(root.deadLetters), "color": Theme.danger },
                    { "name": "compensationsChip", "n": root.compensations, "text": qsTr("Compensations %1").arg(root.compensations), "color": "#6a1b9a" }
                ]
                delegate: Label {
                    required property var modelData
                    objectName: modelData.name
                    visible: modelData.n > 0
                    text: modelData.text
                    color: modelData.color
                    font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                }
            }
        }
        Label {
            objectName: "sagaIdLabel"
            Layout.fillWidth: true
            Layout.minimumWidth: fm.height * 6
            text: root.sagaId
            color: Theme.textSecondary
            font.family: "monospace"
            font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
            elide: Text.ElideMiddle
        }
    }
}
