import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 900
    height: 600

    Component {
        id: barComponent
        SagaActionBar {
            width: 800
            cancelQuestion: "Cancel order 42? Its stock, coupon and ₩18,900 go back to user 3; recorded in the saga log as done by alice."
            compensateQuestion: "Compensate order 42?"
            retriggerQuestion: "Re-deliver 1 missing step (InventoryDeducted to coupon)?"
        }
    }

    SignalSpy { id: cancelSpy; signalName: "cancelRequested" }
    SignalSpy { id: compensateSpy; signalName: "compensateRequested" }
    SignalSpy { id: retriggerSpy; signalName: "retriggerRequested" }

    TestCase {
        name: "SagaActionBar"
        when: windowShown

        function makeBar(properties) {
            const bar = createTemporaryObject(barComponent, root, properties || {})
            verify(bar !== null)
            for (const spy of [cancelSpy, compensateSpy, retriggerSpy]) {
                spy.clear()
                spy.target = bar
            }
            return bar
        }

        function button(bar, name) {
            const b = findChild(bar, name)
            verify(b !== null, name)
            return b
        }

        function confirmButton(bar) {
            return findChild(bar.dialog.footer, "confirmActionButton")
        }

        function openAndConfirm(bar, buttonName) {
            mouseClick(button(bar, buttonName))
            tryCompare(bar.dialog, "opened", true)
            mouseClick(confirmButton(bar))
            tryCompare(bar.dialog, "visible", false)
        }

        function test_buttonsFollowWhatApplies() {
            const bar = makeBar({ canCancel: true })
            verify(button(bar, "cancelOrderButton").enabled)
            verify(!button(bar, "compensateButton").enabled)
            verify(!button(bar, "retriggerButton").enabled)
            bar.canCompensate = true
            bar.canRetrigger = true
            verify(button(bar, "compensateButton").enabled)
            verify(button(bar, "retriggerButton").enabled)
            bar.busy = true
            verify(!button(bar, "cancelOrderButton").enabled)
            verify(!button(bar, "compensateButton").enabled)
            verify(!button(bar, "retriggerButton").enabled)
            verify(findChild(bar, "actionBusy").visible)
        }

        function test_cancelAsksFirstAndSaysWhatWillHappen() {
            const bar = makeBar({ canCancel: true })
            mouseClick(button(bar, "cancelOrderButton"))
            tryCompare(bar.dialog, "opened", true)
            compare(bar.pendingAction, "cancel")
            compare(cancelSpy.count, 0, "nothing happens before the confirmation")
            compare(bar.dialog.contentItem.objectName, "actionQuestion")
            compare(bar.dialog.contentItem.text, bar.cancelQuestion)
            compare(confirmButton(bar).text, "Cancel order")
            mouseClick(confirmButton(bar))
            compare(cancelSpy.count, 1)
            compare(compensateSpy.count, 0)
            compare(retriggerSpy.count, 0)
            tryCompare(bar.dialog, "visible", false)
        }

        function test_backDoesNothing() {
            const bar = makeBar({ canCompensate: true })
            mouseClick(button(bar, "compensateButton"))
            tryCompare(bar.dialog, "opened", true)
            compare(bar.dialog.contentItem.text, "Compensate order 42?")
            mouseClick(findChild(bar.dialog.footer, "keepActionButton"))
            tryCompare(bar.dialog, "visible", false)
            compare(compensateSpy.count, 0)
            compare(bar.pendingAction, "")
        }

        function test_eachButtonRequestsItsOwnAction() {
            const bar = makeBar({ canCancel: true, canCompensate: true, canRetrigger: true })
            openAndConfirm(bar, "compensateButton")
            compare(compensateSpy.count, 1)
            openAndConfirm(bar, "retriggerButton")
            compare(retriggerSpy.count, 1)
            compare(cancelSpy.count, 0)
        }

        function test_noRequestWhenItNoLongerApplies() {
            // The saga changed while the dialog was open: confirming does nothing.
            const bar = makeBar({ canCancel: true })
            mouseClick(button(bar, "cancelOrderButton"))
            tryCompare(bar.dialog, "opened", true)
            bar.canCancel = false
            mouseClick(confirmButton(bar))
            compare(cancelSpy.count, 0)
            tryCompare(bar.dialog, "visible", false)
        }

        function test_askRefusesWhatDoesNotApply() {
            const bar = makeBar({ canCancel: false })
            bar.ask("cancel")
            verify(!bar.dialog.visible)
            bar.canRetrigger = true
            bar.busy = true
            bar.ask("retrigger")
            verify(!bar.dialog.visible)
        }

        function test_resultLine() {
            const bar = makeBar()
            const result = findChild(bar, "actionResult")
            verify(!result.visible)
            bar.resultText = "Order 42 cancelled; the compensations follow."
            bar.resultOk = true
            verify(result.visible)
            compare(result.text, "Order 42 cancelled; the compensations follow.")
            compare(String(result.color), String(Theme.success))
            bar.resultText = "Nothing is missing: every step has reached its service, nothing done."
            bar.resultOk = false
            compare(String(result.color), String(Theme.danger))
        }
    }
}
