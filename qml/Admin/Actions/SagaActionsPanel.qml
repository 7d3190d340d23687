import QtQuick
import SagaShop
import SagaShop.Ui

// The action bar wired to the backend: what applies to saga `sagaId` (SagaActions), the
// confirmation questions, and the result of the last action. Every action is recorded in the
// saga log as done by `adminName`. Put it wherever one saga is shown (its timeline).
SagaActionBar {
    id: root

    property string sagaId
    property string adminName
    readonly property SagaActions actions: SagaActions {
        backend: Backend
        sagaId: root.sagaId
        adminName: root.adminName
    }

    canCancel: root.actions.canCancel
    canCompensate: root.actions.canCompensate
    canRetrigger: root.actions.canRetrigger
    busy: root.actions.busy
    cancelQuestion: root.actions.cancelQuestion
    compensateQuestion: root.actions.compensateQuestion
    retriggerQuestion: root.actions.retriggerQuestion
    resultText: root.actions.message
    resultOk: root.actions.messageOk

    onCancelRequested: root.actions.cancelOrder()
    onCompensateRequested: root.actions.compensate()
    onRetriggerRequested: root.actions.retrigger()
}
