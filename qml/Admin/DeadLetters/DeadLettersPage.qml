pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// This screen sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// Dead letters, grouped by consumer and error (DeadLetterGroupModel): retry one, the selected,
// a group or all; discard after a confirmation; the progress of bulk retries and, per letter,
// what the last retry did ("Failed again: …"). Emits openSaga() for a letter's saga.
Control {
    id: root
    objectName: "deadLettersPage"

    required property DeadLetterGroupModel model

    signal openSaga(string sagaId)

    readonly property int gap: Math.round(fm.height * 0.5)
    // What the open confirmation would discard: {kind: "letter" | "group" | "selected", key}.
    property var pendingDiscard: null

    function askDiscard(kind, key, message) {
        root.pendingDiscard = { kind: kind, key: key }
        discardDialog.message = message
        discardDialog.open()
    }

    function discardConfirmed() {
        const pending = root.pendingDiscard
        root.pendingDiscard = null
        if (!pending)
            return
        if (pending.kind === "letter")
            root.model.discard(pending.key)
        else if (pending.kind === "group")
            root.model.discardGroup(pending.key)
        else
            root.model.discardSelected()
    }

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
                objectName: "deadLettersTitle"
                text: qsTr("Dead letters")
                font.bold: true
                font.pixelSize: Theme.scaledPixelSize(root.font, 1.5)
                color: Theme.textPrimary
            }
            Rectangle {
                objectName: "deadLetterCountBadge"
                visible: root.model.count > 0
                Layout.preferredWidth: Math.max(badgeLabel.implicitWidth + fm.height * 0.8, fm.height * 1.6)
                Layout.preferredHeight: badgeLabel.implicitHeight + fm.height * 0.3
                radius: height / 2
                color: Theme.danger
                Label {
                    id: badgeLabel
                    anchors.centerIn: parent
                    text: root.model.count
                    color: "white"
                    font.bold: true
                }
            }
            Label {
                objectName: "groupSummaryLabel"
                visible: root.model.count > 0
                text: qsTr("in %n group(s)", "", root.model.groupCount)
                color: Theme.textSecondary
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "lastActionLabel"
                visible: !root.model.busy && root.model.lastActionText !== ""
                text: qsTr("Last action: %1").arg(root.model.lastActionText)
                color: Theme.textSecondary
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: root.gap
            visible: root.model.count > 0
            Button {
                objectName: "selectAllButton"
                flat: true
                text: root.model.selectedCount > 0 ? qsTr("Clear selection") : qsTr("Select all")
                onClicked: root.model.selectedCount > 0 ? root.model.clearSelection() : root.model.selectAll()
            }
            Button {
                objectName: "retrySelectedButton"
                text: qsTr("Retry selected (%1)").arg(root.model.selectedCount)
                enabled: root.model.selectedCount > 0
                onClicked: root.model.retrySelected()
            }
            Button {
                objectName: "discardSelectedButton"
                flat: true
                text: qsTr("Discard selected (%1)").arg(root.model.selectedCount)
                enabled: root.model.selectedCount > 0
                onClicked: root.askDiscard("selected", "",
                                           qsTr("Discard the %n selected dead letter(s)?", "", root.model.selectedCount))
            }
            Button {
                objectName: "retryAllButton"
                text: qsTr("Retry all (%1)").arg(root.model.count)
                highlighted: true
                onClicked: root.model.retryAll()
            }
            Button {
                objectName: "refreshButton"
                flat: true
                text: qsTr("Refresh")
                onClicked: root.model.refresh()
            }
        }

        RowLayout {
            objectName: "progressRow"
            Layout.fillWidth: true
            visible: root.model.busy
            spacing: root.gap
            Label {
                objectName: "progressLabel"
                text: root.model.progressText
                color: Theme.info
                font.bold: true
            }
            ProgressBar {
                objectName: "progressBar"
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, root.model.progressTotal)
                value: root.model.progressDone
            }
        }

        Label {
            objectName: "deadLettersError"
            Layout.fillWidth: true
            visible: root.model.error !== ""
            text: root.model.error
            color: Theme.danger
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "groupList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.model
            spacing: root.gap
            cacheBuffer: 4000
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Dead-letter groups")
            ScrollBar.vertical: ScrollBar { }

            delegate: DeadLetterGroupCard {
                id: card
                required property int index
                required groupKey
                required consumer
                required error
                required errorVariants
                required count
                required firstFailureText
                required lastFailureText
                required eventTypesText
                required selectedCount
                required allSelected
                required busy
                required failedAgainCount
                required letters

                objectName: "group_" + card.index
                width: ListView.view.width - (list.ScrollBar.vertical.visible ? list.ScrollBar.vertical.width : 0)
                Component.onCompleted: card.expanded = card.count <= 3

                onRetryGroupRequested: root.model.retryGroup(card.groupKey)
                onDiscardGroupRequested: root.askDiscard("group", card.groupKey,
                    qsTr("Discard all %n dead letter(s) of %1 that failed with this error?", "", card.count).arg(card.consumer))
                onGroupSelectionToggled: selected => root.model.setGroupSelected(card.groupKey, selected)
                onRetryLetterRequested: letterId => root.model.retryOne(letterId)
                onDiscardLetterRequested: letterId => root.askDiscard("letter", letterId,
                    qsTr("Discard this dead letter of %1?").arg(card.consumer))
                onLetterSelectionToggled: (letterId, selected) => root.model.setSelected(letterId, selected)
                onOpenSagaRequested: sagaId => root.openSaga(sagaId)
            }

            ColumnLayout {
                objectName: "emptyState"
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
                    objectName: "emptyLabel"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("No dead letters")
                    font.bold: true
                    font.pixelSize: Theme.scaledPixelSize(root.font, 1.2)
                    color: Theme.textPrimary
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Every event was handled by its consumer.")
                    color: Theme.textSecondary
                }
            }
            BusyIndicator {
                parent: list
                anchors.centerIn: parent
                running: !root.model.loaded && root.model.error === ""
                visible: running
            }
        }
    }

    DeadLetterDiscardDialog {
        id: discardDialog
        objectName: "discardDialog"
        onConfirmed: root.discardConfirmed()
        onRejected: root.pendingDiscard = null
    }
}
