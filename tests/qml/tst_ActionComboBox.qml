import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 400
    height: 400

    Component {
        id: boxComponent
        ActionComboBox {
            width: 240
            model: ["Minji", "Jae"]
            actionText: "New shopper…"
        }
    }

    SignalSpy {
        id: actionSpy
        signalName: "actionTriggered"
    }
    SignalSpy {
        id: activatedSpy
        signalName: "activated"
    }

    TestCase {
        name: "ActionComboBox"
        when: windowShown

        function createBox(properties) {
            const box = createTemporaryObject(boxComponent, root, properties || {})
            verify(box !== null)
            actionSpy.clear()
            actionSpy.target = box
            activatedSpy.clear()
            activatedSpy.target = box
            return box
        }

        function visibleAction(box) {
            const entries = []
            const column = box.popup.contentItem
            for (let i = 0; i < column.children.length; ++i) {
                if (column.children[i].objectName === "actionEntry" && column.children[i].visible)
                    entries.push(column.children[i])
            }
            compare(entries.length, 1)
            return entries[0]
        }

        function test_actionEntryBelowTheChoices() {
            const box = createBox()
            box.popup.open()
            tryCompare(box.popup, "opened", true)
            const action = visibleAction(box)
            compare(action.text, "New shopper…")
            verify(action.y > 0, "below the list")
            mouseClick(action)
            compare(actionSpy.count, 1)
            compare(activatedSpy.count, 0)
            tryCompare(box.popup, "visible", false)
            compare(box.currentIndex, 0, "the current value is left alone")
        }

        function test_actionEntryOnTop() {
            const box = createBox({ actionOnTop: true, actionText: "No coupon" })
            box.popup.open()
            tryCompare(box.popup, "opened", true)
            const action = visibleAction(box)
            compare(action.y, 0)
            action.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(actionSpy.count, 1)
        }

        function test_choosingAValueStillWorks() {
            const box = createBox()
            box.forceActiveFocus()
            keyClick(Qt.Key_Down)
            compare(box.currentIndex, 1)
            compare(activatedSpy.count, 1)
            compare(actionSpy.count, 0)
        }
    }
}
