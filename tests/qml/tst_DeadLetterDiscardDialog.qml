import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 800
    height: 600

    Component {
        id: dialogComponent
        DeadLetterDiscardDialog { message: "Discard this dead letter of export?" }
    }

    SignalSpy { id: confirmedSpy; signalName: "confirmed" }

    TestCase {
        name: "DeadLetterDiscardDialog"
        when: windowShown

        function openDialog() {
            const dialog = createTemporaryObject(dialogComponent, root)
            verify(dialog !== null)
            confirmedSpy.clear()
            confirmedSpy.target = dialog
            dialog.open()
            tryCompare(dialog, "opened", true)
            return dialog
        }

        function test_confirmDiscards() {
            const dialog = openDialog()
            compare(findChild(dialog.contentItem, "discardMessage").text, "Discard this dead letter of export?")
            mouseClick(findChild(dialog.footer, "confirmDiscardButton"))
            compare(confirmedSpy.count, 1)
            tryCompare(dialog, "visible", false)
        }

        function test_cancelKeepsEverything() {
            const dialog = openDialog()
            mouseClick(findChild(dialog.footer, "cancelDiscardButton"))
            tryCompare(dialog, "visible", false)
            compare(confirmedSpy.count, 0)
        }

        function test_escapeKeepsEverything() {
            const dialog = openDialog()
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
            compare(confirmedSpy.count, 0)
        }
    }
}
