import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// A first-come coupon: its value, conditions, how many are left (a bar that slides when
// `remaining` changes) and a Claim button. `message` shows the outcome of the last claim inline
// ("sold out", "already claimed", …), in red when `messageIsError`.
Control {
    id: root

    property string name
    property string valueText
    property string kindText
    property int remaining
    property int quantity
    property string expiresText
    property string minOrderText
    property bool soldOut
    property bool claimed
    property bool busy
    property string message
    property bool messageIsError: false

    signal claimRequested()

    readonly property real fraction: root.quantity > 0 ? Math.max(0, Math.min(1, root.remaining / root.quantity)) : 0
    property real shownFraction: fraction
    property bool ready: false
    readonly property alias remainingAnimating: fillAnimation.running
    Behavior on shownFraction {
        enabled: root.ready
        NumberAnimation { id: fillAnimation; duration: Theme.longDuration; easing.type: Easing.OutCubic }
    }
    onRemainingChanged: if (ready) flash.restart()
    Component.onCompleted: ready = true

    padding: 0
    implicitWidth: fm.height * 22
    implicitHeight: contentItem.implicitHeight

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1, %2, %3 of %4 left").arg(root.name).arg(root.valueText).arg(root.remaining).arg(root.quantity)

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }

    contentItem: RowLayout {
        spacing: 0
        opacity: root.soldOut && !root.claimed ? 0.6 : 1.0

        Item {   // the ticket stub with the value (rounded on the left only)
            id: stub
            Layout.fillHeight: true
            Layout.preferredWidth: fm.height * 6.5
            implicitHeight: stubColumn.implicitHeight + fm.height
            clip: true
            Rectangle {
                width: parent.width + Theme.radius
                height: parent.height
                radius: Theme.radius
                color: root.soldOut && !root.claimed ? Theme.pending : Theme.accent
            }
            ColumnLayout {
                id: stubColumn
                anchors.centerIn: parent
                width: parent.width - fm.height
                spacing: 2
                Label {
                    objectName: "valueLabel"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: root.valueText
                    color: Theme.textOnAccent
                    font.bold: true
                    font.pixelSize: Theme.scaledPixelSize(root.font, 1.35)
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    visible: root.kindText !== ""
                    text: root.kindText
                    color: Theme.textOnAccent
                    opacity: 0.85
                    font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                    wrapMode: Text.Wrap
                }
            }
        }

        ColumnLayout {
            id: body
            Layout.fillWidth: true
            Layout.margins: Math.round(fm.height * 0.6)
            spacing: Math.round(fm.height * 0.3)

            Label {
                objectName: "nameLabel"
                Layout.fillWidth: true
                text: root.name
                font.bold: true
                wrapMode: Text.Wrap
                color: Theme.textPrimary
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: root.minOrderText !== "" && root.expiresText !== ""
                      ? qsTr("%1 · %2").arg(root.minOrderText).arg(root.expiresText)
                      : root.minOrderText + root.expiresText
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Math.round(fm.height * 0.5)
                Rectangle {   // how many are left
                    id: track
                    objectName: "remainingTrack"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(6, Math.round(fm.height * 0.4))
                    radius: height / 2
                    color: Theme.accentLight
                    Rectangle {
                        id: fill
                        objectName: "remainingFill"
                        width: track.width * root.shownFraction
                        height: parent.height
                        radius: height / 2
                        color: root.fraction <= 0.1 ? Theme.danger : Theme.accent
                    }
                }
                Label {
                    id: remainingLabel
                    objectName: "remainingLabel"
                    text: root.soldOut ? qsTr("Sold out") : qsTr("%1 of %2 left").arg(root.remaining).arg(root.quantity)
                    font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                    font.bold: flash.running
                    color: root.soldOut ? Theme.danger : Theme.textSecondary
                    Rectangle {
                        id: flashRect
                        anchors.fill: parent
                        anchors.margins: -3
                        z: -1
                        radius: 4
                        color: Theme.highlight
                        opacity: 0
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Math.round(fm.height * 0.5)
                Label {
                    objectName: "messageLabel"
                    Layout.fillWidth: true
                    visible: root.message !== ""
                    text: root.message
                    wrapMode: Text.Wrap
                    font.bold: true
                    color: root.messageIsError ? Theme.danger : Theme.success
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Item {
                    Layout.fillWidth: true
                    visible: root.message === ""
                }
                BusyIndicator {
                    Layout.preferredWidth: fm.height * 1.6
                    Layout.preferredHeight: fm.height * 1.6
                    running: root.busy
                    visible: root.busy
                }
                Button {
                    id: claimButton
                    objectName: "claimButton"
                    text: root.claimed ? qsTr("Claimed") : root.soldOut ? qsTr("Sold out") : root.busy ? qsTr("Claiming…") : qsTr("Claim")
                    enabled: !root.claimed && !root.soldOut && !root.busy
                    highlighted: enabled
                    focusPolicy: Qt.StrongFocus
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("Claim %1").arg(root.name)
                    onClicked: root.claimRequested()
                    Keys.onReturnPressed: root.claimRequested()
                    Keys.onEnterPressed: root.claimRequested()
                }
            }
        }
    }

    SequentialAnimation {
        id: flash
        NumberAnimation { target: flashRect; property: "opacity"; to: 1; duration: Theme.shortDuration }
        PauseAnimation { duration: Theme.longDuration }
        NumberAnimation { target: flashRect; property: "opacity"; to: 0; duration: Theme.longDuration }
    }
}
