import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// One dead letter: a selection box, what failed (event type, order, saga, attempts, times, the
// error), the result of its last retry ("Failed again: …" stays visible), Retry / Discard
// buttons and the envelope as JSON on demand. A pure view: it only emits requests.
Control {
    id: root

    property string letterId
    property string eventType
    property string sagaId
    property string aggregateId
    property int attempts
    property string firstFailureText
    property string lastFailureText
    property string error
    property bool selected
    property string retryState     // "", "queued", "running", "failedAgain", "failed"
    property string retryText
    property bool busy
    property string envelopeJson   // read only while the envelope is shown
    property bool envelopeShown: false

    signal retryRequested()
    signal discardRequested()
    signal selectionToggled(bool selected)
    signal openSagaRequested(string sagaId)

    readonly property bool failedAgain: root.retryState === "failedAgain" || root.retryState === "failed"

    padding: Math.round(fm.height * 0.5)
    leftPadding: Math.round(fm.height * 0.4)
    implicitWidth: fm.height * 40

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Dead letter %1, %2 attempts: %3").arg(root.eventType).arg(root.attempts).arg(root.error)

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        objectName: "letterBackground"
        radius: Theme.radius / 2
        color: root.failedAgain ? Theme.dangerLight : (root.selected ? Theme.accentLight : Theme.surface)
        border.color: root.failedAgain ? Theme.danger : Theme.border
        border.width: 1
    }

    contentItem: ColumnLayout {
        spacing: Math.round(fm.height * 0.3)
        RowLayout {
            Layout.fillWidth: true
            spacing: Math.round(fm.height * 0.5)
            CheckBox {
                id: checkBox
                objectName: "letterCheckBox"
                checked: root.selected
                enabled: !root.busy
                Accessible.name: qsTr("Select this dead letter")
                onToggled: {
                    root.selectionToggled(checkBox.checked)
                    checkBox.checked = Qt.binding(() => root.selected) // the owner decides
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Math.round(fm.height * 0.5)
                    Label {
                        objectName: "eventTypeLabel"
                        text: root.eventType !== "" ? root.eventType : qsTr("Undecodable message")
                        font.bold: true
                        color: Theme.textPrimary
                    }
                    Label {
                        objectName: "aggregateLabel"
                        visible: root.aggregateId !== ""
                        text: root.aggregateId
                        color: Theme.textSecondary
                    }
                    Label {
                        objectName: "attemptsLabel"
                        text: qsTr("%n attempt(s)", "", root.attempts)
                        color: Theme.textSecondary
                        font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                    }
                    Item { Layout.fillWidth: true }
                    Label {
                        objectName: "timesLabel"
                        text: root.firstFailureText === root.lastFailureText
                              ? qsTr("failed %1").arg(root.lastFailureText)
                              : qsTr("first %1 · last %2").arg(root.firstFailureText).arg(root.lastFailureText)
                        color: Theme.textSecondary
                        font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                    }
                }
                Label {
                    objectName: "errorLabel"
                    Layout.fillWidth: true
                    text: root.error
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: root.retryText !== ""
                    spacing: Math.round(fm.height * 0.4)
                    BusyIndicator {
                        objectName: "retryBusy"
                        // Sized, not hidden (see DeadLetterGroupCard's busy indicator).
                        running: root.busy
                        Layout.preferredWidth: root.busy ? fm.height * 1.3 : 0
                        Layout.preferredHeight: fm.height * 1.3
                    }
                    Label {
                        objectName: "retryResultLabel"
                        Layout.fillWidth: true
                        text: root.retryText
                        wrapMode: Text.Wrap
                        font.bold: root.failedAgain
                        color: root.failedAgain ? Theme.danger : Theme.info
                        Accessible.role: root.failedAgain ? Accessible.AlertMessage : Accessible.StaticText
                        Accessible.name: root.retryText
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: checkBox.implicitWidth
            spacing: Math.round(fm.height * 0.4)
            Button {
                objectName: "sagaLink"
                visible: root.sagaId !== ""
                flat: true
                // Saga ids are time-ordered: their start is the same for sagas of the same
                // moment, so the end tells them apart.
                text: qsTr("Saga …%1").arg(root.sagaId.slice(-8))
                Accessible.name: qsTr("Open saga %1").arg(root.sagaId)
                onClicked: root.openSagaRequested(root.sagaId)
            }
            Button {
                objectName: "envelopeButton"
                flat: true
                text: root.envelopeShown ? qsTr("Hide envelope") : qsTr("Show envelope")
                onClicked: root.envelopeShown = !root.envelopeShown
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "retryLetterButton"
                text: qsTr("Retry")
                enabled: !root.busy
                highlighted: true
                Accessible.name: qsTr("Retry this dead letter")
                onClicked: root.retryRequested()
            }
            Button {
                objectName: "discardButton"
                text: qsTr("Discard")
                enabled: !root.busy
                flat: true
                Accessible.name: qsTr("Discard this dead letter")
                onClicked: root.discardRequested()
            }
        }
        Pane {
            objectName: "envelopePane"
            Layout.fillWidth: true
            Layout.leftMargin: checkBox.implicitWidth
            visible: root.envelopeShown
            padding: Math.round(fm.height * 0.4)
            background: Rectangle {
                color: Theme.background
                border.color: Theme.border
                radius: 4
            }
            TextEdit {
                objectName: "envelopeText"
                width: parent.width
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                text: root.envelopeShown ? root.envelopeJson : ""
                font.family: "monospace"
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                color: Theme.textPrimary
            }
        }
    }
}
