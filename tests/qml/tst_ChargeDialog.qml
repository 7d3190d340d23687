import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 800
    height: 600

    Component {
        id: dialogComponent
        ChargeDialog { }
    }

    SignalSpy {
        id: chargeSpy
        signalName: "chargeRequested"
    }

    TestCase {
        name: "ChargeDialog"
        when: windowShown

        function openDialog(properties) {
            const dialog = createTemporaryObject(dialogComponent, root, properties || {})
            verify(dialog !== null)
            chargeSpy.clear()
            chargeSpy.target = dialog
            dialog.open()
            tryCompare(dialog, "opened", true)
            const field = findChild(dialog.contentItem, "amountField")
            tryVerify(() => field.activeFocus)
            return dialog
        }

        function confirmButton(dialog) {
            return findChild(dialog.footer, "confirmChargeButton")
        }

        function typeText(text) {
            for (const c of text)
                keyClick(c)
        }

        function test_chargeSendsTheTypedAmount() {
            const dialog = openDialog()
            verify(!confirmButton(dialog).enabled, "nothing typed yet")
            typeText("50000")
            compare(dialog.amountText, "50000")
            verify(confirmButton(dialog).enabled)
            mouseClick(confirmButton(dialog))
            compare(chargeSpy.count, 1)
            compare(chargeSpy.signalArguments[0][0], "50000")
            // The owner closes it when the charge went through.
            verify(dialog.visible)
        }

        function test_enterInTheFieldCharges() {
            const dialog = openDialog()
            typeText("12000")
            keyClick(Qt.Key_Return)
            compare(chargeSpy.count, 1)
            compare(chargeSpy.signalArguments[0][0], "12000")
        }

        function test_onlyDigitsAreAccepted() {
            const dialog = openDialog()
            typeText("1a2-b.3")
            compare(dialog.amountText, "123")
        }

        function test_errorTextIsShownUnderTheField() {
            const dialog = openDialog()
            const error = findChild(dialog.contentItem, "errorLabel")
            verify(!error.visible)
            dialog.errorText = "Charge at least ₩1,000."
            verify(error.visible)
            compare(error.text, "Charge at least ₩1,000.")
            compare(String(error.color), String(Theme.danger))
            tryVerify(() => error.y > findChild(dialog.contentItem, "amountField").y)
            dialog.errorText = ""
            verify(!error.visible)
        }

        function test_busyBlocksAnotherCharge() {
            const dialog = openDialog()
            typeText("5000")
            dialog.busy = true
            verify(!confirmButton(dialog).enabled)
            verify(!findChild(dialog.contentItem, "amountField").enabled)
            mouseClick(confirmButton(dialog))
            compare(chargeSpy.count, 0)
            dialog.busy = false
            verify(confirmButton(dialog).enabled)
        }

        function test_cancelClosesWithoutCharging() {
            const dialog = openDialog()
            typeText("5000")
            mouseClick(findChild(dialog.footer, "cancelChargeButton"))
            tryCompare(dialog, "visible", false)
            compare(chargeSpy.count, 0)
        }

        function test_reopeningStartsEmpty() {
            const dialog = openDialog()
            typeText("777")
            dialog.close()
            tryCompare(dialog, "visible", false)
            dialog.open()
            tryCompare(dialog, "opened", true)
            compare(dialog.amountText, "")
        }
    }
}
