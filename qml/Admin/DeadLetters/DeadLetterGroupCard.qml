pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// One group of dead letters (same consumer, same error): a header with the consumer, the
// error, how many, when, which event types, a box selecting the whole group and the group's
// Retry / Discard buttons; expanded, the letters themselves (DeadLetterRow), from `letters`
// (any list model with the DeadLetterListModel roles). A pure view: it only emits requests.
Control {
    id: root

    property string groupKey
    property string consumer
    property string error
    property int errorVariants: 1
    property int count
    property string firstFailureText
    property string lastFailureText
    property string eventTypesText
    property int selectedCount
    property bool allSelected
    property bool busy
    property int failedAgainCount
    property var letters
    property bool expanded: false

    signal retryGroupRequested()
    signal discardGroupRequested()
    signal groupSelectionToggled(bool selected)
    signal retryLetterRequested(string letterId)
    signal discardLetterRequested(string letterId)
    signal letterSelectionToggled(string letterId, bool selected)
    signal openSagaRequested(string sagaId)

    padding: Math.round(fm.height * 0.7)
    implicitWidth: fm.height * 44

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1: %n dead letter(s), %2", "", root.count).arg(root.consumer).arg(root.error)

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: root.failedAgainCount > 0 ? Theme.danger : Theme.border
        border.width: 1
        Rectangle {
            width: Math.max(4, fm.height * 0.25)
            height: parent.height
            radius: 2
            color: Theme.danger
        }
    }

    // A Column, not a ColumnLayout: the letters come and go (Repeater), and Qt 6.4's layouts can
    // keep a destroyed delegate in their item list and crash on the next arrangement.
    contentItem: Column {
        spacing: Math.round(fm.height * 0.5)
        RowLayout {
            width: parent.width
            spacing: Math.round(fm.height * 0.6)
            CheckBox {
                id: groupBox
                objectName: "groupCheckBox"
                checkState: root.allSelected ? Qt.Checked : (root.selectedCount > 0 ? Qt.PartiallyChecked : Qt.Unchecked)
                enabled: !root.busy
                Accessible.name: qsTr("Select every letter of this group")
                onClicked: {
                    root.groupSelectionToggled(!root.allSelected)
                    // The owner decides: show what it says, not what the click toggled.
                    groupBox.checkState = Qt.binding(() => root.allSelected ? Qt.Checked
                                                     : (root.selectedCount > 0 ? Qt.PartiallyChecked : Qt.Unchecked))
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    spacing: Math.round(fm.height * 0.5)
                    Rectangle {
                        objectName: "countBadge"
                        Layout.preferredWidth: Math.max(countLabel.implicitWidth + fm.height * 0.8, fm.height * 1.6)
                        Layout.preferredHeight: countLabel.implicitHeight + fm.height * 0.3
                        radius: height / 2
                        color: Theme.danger
                        Label {
                            id: countLabel
                            objectName: "countLabel"
                            anchors.centerIn: parent
                            text: root.count
                            color: "white"
                            font.bold: true
                        }
                    }
                    Label {
                        objectName: "consumerLabel"
                        text: root.consumer
                        font.bold: true
                        font.pixelSize: Theme.scaledPixelSize(root.font, 1.1)
                        color: Theme.textPrimary
                    }
                    Label {
                        objectName: "eventTypesLabel"
                        Layout.fillWidth: true
                        text: root.eventTypesText
                        elide: Text.ElideRight
                        color: Theme.textSecondary
                    }
                }
                Label {
                    objectName: "groupErrorLabel"
                    Layout.fillWidth: true
                    text: root.errorVariants > 1
                          ? qsTr("%1 (and %n similar error(s))", "", root.errorVariants - 1).arg(root.error)
                          : root.error
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    color: Theme.danger
                }
                Label {
                    objectName: "groupTimesLabel"
                    text: root.count === 1
                          ? qsTr("Failed %1").arg(root.lastFailureText)
                          : qsTr("First failure %1 · last %2").arg(root.firstFailureText).arg(root.lastFailureText)
                    color: Theme.textSecondary
                    font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                }
                Label {
                    objectName: "failedAgainLabel"
                    visible: root.failedAgainCount > 0
                    text: qsTr("%n failed again after a retry", "", root.failedAgainCount)
                    color: Theme.danger
                    font.bold: true
                    font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                }
            }
            BusyIndicator {
                objectName: "groupBusy"
                // Sized, not hidden: Qt 6.4's layouts may not place siblings whose visibility
                // changed while the page was hidden.
                running: root.busy
                Layout.preferredWidth: root.busy ? fm.height * 1.8 : 0
                Layout.preferredHeight: fm.height * 1.8
            }
            Button {
                objectName: "retryGroupButton"
                text: qsTr("Retry group")
                highlighted: true
                enabled: !root.busy
                onClicked: root.retryGroupRequested()
            }
            Button {
                objectName: "discardGroupButton"
                text: qsTr("Discard group")
                flat: true
                enabled: !root.busy
                onClicked: root.discardGroupRequested()
            }
            Button {
                objectName: "expandButton"
                flat: true
                text: root.expanded ? qsTr("Hide letters") : qsTr("Show letters")
                Accessible.name: root.expanded ? qsTr("Hide the letters of this group") : qsTr("Show the letters of this group")
                onClicked: root.expanded = !root.expanded
            }
        }
        Repeater {
            objectName: "letterRepeater"
            model: root.expanded ? root.letters : null
            delegate: DeadLetterRow {
                id: row
                required property var model
                required property int index
                objectName: "letter_" + row.index
                width: parent ? parent.width : 0
                letterId: row.model.letterId
                eventType: row.model.eventType
                sagaId: row.model.sagaId
                aggregateId: row.model.aggregateId
                attempts: row.model.attempts
                firstFailureText: row.model.firstFailureText
                lastFailureText: row.model.lastFailureText
                error: row.model.error
                selected: row.model.selected
                retryState: row.model.retryState
                retryText: row.model.retryText
                busy: row.model.busy
                envelopeJson: row.envelopeShown ? row.model.envelopeJson : ""
                onRetryRequested: root.retryLetterRequested(row.letterId)
                onDiscardRequested: root.discardLetterRequested(row.letterId)
                onSelectionToggled: selected => root.letterSelectionToggled(row.letterId, selected)
                onOpenSagaRequested: sagaId => root.openSagaRequested(sagaId)
            }
        }
    }
}
