import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 800
    height: 200

    Component {
        id: rowComponent
        OrderRow {
            width: 760
            orderId: 42
            status: "CONFIRMED"
            statusText: "Confirmed"
            finalAmountText: "₩34,020"
            createdText: "21 Nov 09:12"
            itemsText: "Americano Beans × 1, Ceramic Mug × 1"
        }
    }

    SignalSpy {
        id: activatedSpy
        signalName: "activated"
    }

    TestCase {
        name: "OrderRow"
        when: windowShown

        function createRow(properties) {
            const row = createTemporaryObject(rowComponent, root, properties || {})
            verify(row !== null)
            activatedSpy.clear()
            activatedSpy.target = row
            return row
        }

        function test_showsTheOrder() {
            const row = createRow()
            compare(findChild(row, "orderLabel").text, "Order #42")
            compare(findChild(row, "amountLabel").text, "₩34,020")
            compare(findChild(row, "createdLabel").text, "21 Nov 09:12")
            compare(findChild(row, "itemsLabel").text, "Americano Beans × 1, Ceramic Mug × 1")
            compare(findChild(row, "statusLabel").text, "Confirmed")
            verify(!findChild(row, "failureLabel").visible)
        }

        function test_colourFollowsStatus_data() {
            return [
                { tag: "confirmed", status: "CONFIRMED", colour: Theme.success },
                { tag: "failed", status: "FAILED", colour: Theme.danger },
                { tag: "created", status: "CREATED", colour: Theme.info },
                { tag: "abnormal", status: "ABNORMAL", colour: Theme.warning },
                { tag: "cancelled", status: "CANCELLED", colour: Theme.pending }
            ]
        }
        function test_colourFollowsStatus(data) {
            const row = createRow({ status: data.status })
            compare(String(findChild(row, "statusStripe").color), String(data.colour))
            compare(String(findChild(row, "statusChip").color), String(data.colour))
        }

        function test_failureIsShown() {
            const row = createRow({ status: "FAILED", statusText: "Failed", failureText: "Balance: your balance is ₩12,000 short." })
            const failure = findChild(row, "failureLabel")
            verify(failure.visible)
            compare(failure.text, "Balance: your balance is ₩12,000 short.")
        }

        function test_clickActivates() {
            const row = createRow()
            mouseClick(row)
            compare(activatedSpy.count, 1)
        }

        function test_keyboardActivates() {
            const row = createRow()
            row.forceActiveFocus()
            verify(row.activeFocus)
            keyClick(Qt.Key_Return)
            compare(activatedSpy.count, 1)
            keyClick(Qt.Key_Space)
            compare(activatedSpy.count, 2)
        }
    }
}
