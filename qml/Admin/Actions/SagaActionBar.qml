import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// This component sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// The admin's three actions on one saga: "Cancel order", "Compensate", "Re-trigger missing
// step". A pure view: the owner says which apply (canCancel, …), what each will do (the
// questions, shown in a confirmation dialog before anything happens), whether one is running
// (busy) and what the last one did (resultText, resultOk). Confirming emits cancelRequested(),
// compensateRequested() or retriggerRequested(); nothing happens without a confirmation.
Control {
    id: root

    property bool canCancel
    property bool canCompensate
    property bool canRetrigger
    property bool busy
    property string cancelQuestion
    property string compensateQuestion
    property string retriggerQuestion
    property string resultText
    property bool resultOk: true

    signal cancelRequested()
    signal compensateRequested()
    signal retriggerRequested()

    /// The action the open dialog asks about: "cancel", "compensate", "retrigger" or "".
    readonly property string pendingAction: confirmDialog.visible ? confirmDialog.action : ""
    readonly property alias dialog: confirmDialog

    /// Opens the confirmation for `action` (when it applies and nothing is running).
    function ask(action) {
        if (root.busy)
            return
        if ((action === "cancel" && !root.canCancel) || (action === "compensate" && !root.canCompensate)
                || (action === "retrigger" && !root.canRetrigger))
            return
        confirmDialog.action = action
        confirmDialog.open()
    }

    function confirm() {
        const action = confirmDialog.action
        confirmDialog.close()
        if (root.busy)
            return
        if (action === "cancel" && root.canCancel)
            root.cancelRequested()
        else if (action === "compensate" && root.canCompensate)
            root.compensateRequested()
        else if (action === "retrigger" && root.canRetrigger)
            root.retriggerRequested()
    }

    padding: 0

    FontMetrics {
        id: fm
        font: root.font
    }

    contentItem: ColumnLayout {
        spacing: Math.round(fm.height * 0.3)

        Flow {
            Layout.fillWidth: true
            spacing: Math.round(fm.height * 0.5)

            Button {
                objectName: "cancelOrderButton"
                text: qsTr("Cancel order")
                enabled: root.canCancel && !root.busy
                focusPolicy: Qt.StrongFocus
                Accessible.name: text
                Accessible.description: root.cancelQuestion
                onClicked: root.ask("cancel")
            }
            Button {
                objectName: "compensateButton"
                text: qsTr("Compensate")
                enabled: root.canCompensate && !root.busy
                focusPolicy: Qt.StrongFocus
                Accessible.name: text
                Accessible.description: root.compensateQuestion
                onClicked: root.ask("compensate")
            }
            Button {
                objectName: "retriggerButton"
                text: qsTr("Re-trigger missing step")
                enabled: root.canRetrigger && !root.busy
                focusPolicy: Qt.StrongFocus
                Accessible.name: text
                Accessible.description: root.retriggerQuestion
                onClicked: root.ask("retrigger")
            }
            BusyIndicator {
                objectName: "actionBusy"
                width: fm.height * 2
                height: fm.height * 2
                running: root.busy
                visible: root.busy
            }
        }

        Label {
            objectName: "actionResult"
            Layout.fillWidth: true
            visible: root.resultText !== ""
            text: root.resultText
            wrapMode: Text.Wrap
            color: root.resultOk ? Theme.success : Theme.danger
            Accessible.role: Accessible.StaticText
            Accessible.name: root.resultText
        }
    }

    Dialog {
        id: confirmDialog
        objectName: "actionConfirmDialog"

        property string action

        readonly property string question: {
            switch (confirmDialog.action) {
            case "cancel": return root.cancelQuestion
            case "compensate": return root.compensateQuestion
            case "retrigger": return root.retriggerQuestion
            default: return ""
            }
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        focus: true
        width: Math.min(fm.height * 30, parent ? parent.width - fm.height * 2 : fm.height * 30)
        title: {
            switch (confirmDialog.action) {
            case "cancel": return qsTr("Cancel this order?")
            case "compensate": return qsTr("Compensate this saga?")
            case "retrigger": return qsTr("Re-trigger the missing steps?")
            default: return ""
            }
        }

        contentItem: Label {
            objectName: "actionQuestion"
            text: confirmDialog.question
            wrapMode: Text.Wrap
            color: Theme.textPrimary
        }

        footer: DialogButtonBox {
            Button {
                objectName: "keepActionButton"
                text: qsTr("Back")
                flat: true
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Back, do nothing")
                onClicked: confirmDialog.close()
            }
            Button {
                objectName: "confirmActionButton"
                text: {
                    switch (confirmDialog.action) {
                    case "cancel": return qsTr("Cancel order")
                    case "compensate": return qsTr("Compensate")
                    case "retrigger": return qsTr("Re-trigger")
                    default: return qsTr("Confirm")
                    }
                }
                highlighted: true
                enabled: !root.busy
                focusPolicy: Qt.StrongFocus
                Accessible.name: text
                Accessible.description: confirmDialog.question
                onClicked: root.confirm()
                Keys.onReturnPressed: root.confirm()
                Keys.onEnterPressed: root.confirm()
            }
        }
    }
}
