pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// This screen sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// The live alert feed (AlertFeedModel), newest first: dead-letter arrivals, abnormal sagas,
// failed exports, each with its kind, time and words. "Mark all as read" clears the unread
// count. Emits openSaga() for an alert whose saga is known.
Control {
    id: root
    objectName: "alertsPage"

    required property AlertFeedModel model

    signal openSaga(string sagaId)

    readonly property int gap: Math.round(fm.height * 0.5)

    padding: root.gap * 2

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle { color: Theme.background }

    contentItem: ColumnLayout {
        spacing: root.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: root.gap
            Label {
                objectName: "alertsTitle"
                text: qsTr("Alerts")
                font.bold: true
                font.pixelSize: Theme.scaledPixelSize(root.font, 1.5)
                color: Theme.textPrimary
            }
            // A positioner, not layout items: Qt 6.4's RowLayout does not place children whose
            // visibility changed before the page was first shown (next to a Button).
            Row {
                objectName: "unreadRow"
                Layout.alignment: Qt.AlignVCenter
                spacing: root.gap
                Rectangle {
                    objectName: "unreadBadge"
                    anchors.verticalCenter: parent.verticalCenter
                    visible: root.model.unreadCount > 0
                    width: Math.max(unreadLabel.implicitWidth + fm.height * 0.8, fm.height * 1.6)
                    height: unreadLabel.implicitHeight + fm.height * 0.3
                    radius: height / 2
                    color: Theme.info
                    Label {
                        id: unreadLabel
                        objectName: "unreadLabel"
                        anchors.centerIn: parent
                        text: root.model.unreadCount
                        color: "white"
                        font.bold: true
                    }
                }
                Label {
                    anchors.verticalCenter: parent.verticalCenter
                    visible: root.model.unreadCount > 0
                    text: qsTr("unread")
                    color: Theme.textSecondary
                }
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "liveLabel"
                text: qsTr("● Live")
                color: Theme.success
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                Accessible.name: qsTr("The feed updates by itself")
            }
            Button {
                objectName: "markAllReadButton"
                text: qsTr("Mark all as read")
                enabled: root.model.unreadCount > 0
                onClicked: root.model.markAllRead()
            }
        }

        Label {
            objectName: "alertsError"
            Layout.fillWidth: true
            visible: root.model.error !== ""
            text: root.model.error
            color: Theme.danger
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "alertList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.model
            spacing: root.gap
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Alerts, newest first")
            ScrollBar.vertical: ScrollBar { }
            // No add transition: an alert that arrives while the page is hidden could stay at
            // the transition's start (invisible) on Qt 6.4.

            delegate: AlertRow {
                id: row
                required property int index
                required alertId
                required kind
                required kindText
                required severity
                required title
                required detail
                required sagaId
                required orderId
                required timeText
                required unread
                objectName: "alert_" + row.alertId
                width: ListView.view.width - (list.ScrollBar.vertical.visible ? list.ScrollBar.vertical.width : 0)
                onOpenSagaRequested: sagaId => root.openSaga(sagaId)
            }

            ColumnLayout {
                objectName: "alertsEmptyState"
                parent: list
                anchors.centerIn: parent
                visible: root.model.loaded && root.model.count === 0
                spacing: root.gap
                StatusIcon {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: fm.height * 3
                    Layout.preferredHeight: fm.height * 3
                    kind: "done"
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("No alerts")
                    font.bold: true
                    font.pixelSize: Theme.scaledPixelSize(root.font, 1.2)
                    color: Theme.textPrimary
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Dead letters, abnormal sagas and failed exports will appear here as they happen.")
                    color: Theme.textSecondary
                }
            }
        }
    }
}
