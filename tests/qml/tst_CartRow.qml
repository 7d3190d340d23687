import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 500
    height: 200

    Component {
        id: rowComponent
        CartRow {
            width: 460
            name: "Manual Coffee Grinder"
            priceText: "₩89,000"
            quantity: 2
            maxQuantity: 3
            lineTotalText: "₩178,000"
            imageUrl: "qrc:/sagashop/images/p10.svg"
        }
    }

    SignalSpy {
        id: quantitySpy
        signalName: "quantityEdited"
    }
    SignalSpy {
        id: removeSpy
        signalName: "removeRequested"
    }

    TestCase {
        name: "CartRow"
        when: windowShown

        function createRow(properties) {
            const row = createTemporaryObject(rowComponent, root, properties || {})
            verify(row !== null)
            quantitySpy.clear()
            quantitySpy.target = row
            removeSpy.clear()
            removeSpy.target = row
            return row
        }

        function test_showsTheLine() {
            const row = createRow()
            compare(findChild(row, "nameLabel").text, "Manual Coffee Grinder")
            compare(findChild(row, "priceLabel").text, "₩89,000")
            compare(findChild(row, "lineTotalLabel").text, "₩178,000")
            const spin = findChild(row, "quantitySpin")
            compare(spin.value, 2)
            compare(spin.to, 3)
            compare(spin.from, 1)
        }

        function test_stepUpEmitsTheNewQuantity() {
            const row = createRow()
            const spin = findChild(row, "quantitySpin")
            spin.forceActiveFocus()
            keyClick(Qt.Key_Up)
            compare(quantitySpy.count, 1)
            compare(quantitySpy.signalArguments[0][0], 3)
        }

        function test_neverAboveMaxQuantity() {
            const row = createRow({ quantity: 3 })
            const spin = findChild(row, "quantitySpin")
            verify(findChild(row, "maxLabel").visible)
            spin.forceActiveFocus()
            keyClick(Qt.Key_Up)
            keyClick(Qt.Key_Up)
            compare(spin.value, 3)
            compare(quantitySpy.count, 0)
            mouseClick(spin.up.indicator)
            compare(spin.value, 3)
            compare(quantitySpy.count, 0)
        }

        function test_clampsWhenTheStockShrinks() {
            const row = createRow({ quantity: 5, maxQuantity: 8 })
            const spin = findChild(row, "quantitySpin")
            compare(spin.value, 5)
            row.maxQuantity = 3
            compare(spin.to, 3)
            verify(spin.value <= 3)
        }

        function test_stepDownStopsAtOne() {
            const row = createRow({ quantity: 1 })
            const spin = findChild(row, "quantitySpin")
            spin.forceActiveFocus()
            keyClick(Qt.Key_Down)
            compare(spin.value, 1)
            compare(quantitySpy.count, 0)
        }

        function test_removeButton() {
            const row = createRow()
            const button = findChild(row, "removeButton")
            mouseClick(button)
            compare(removeSpy.count, 1)
            button.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(removeSpy.count, 2)
        }
    }
}
