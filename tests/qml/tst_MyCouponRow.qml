import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 600
    height: 200

    Component {
        id: rowComponent
        MyCouponRow {
            width: 500
            name: "Welcome 10%"
            valueText: "10%"
            status: "AVAILABLE"
            statusText: "Available"
            expiresText: "Until 30 Nov"
            usable: true
        }
    }

    TestCase {
        name: "MyCouponRow"
        when: windowShown

        function createRow(properties) {
            const row = createTemporaryObject(rowComponent, root, properties || {})
            verify(row !== null)
            return row
        }

        function test_showsTheCoupon() {
            const row = createRow()
            compare(findChild(row, "nameLabel").text, "Welcome 10%")
            compare(findChild(row, "valueLabel").text, "10%")
            compare(findChild(row, "expiresLabel").text, "Until 30 Nov")
            compare(findChild(row, "statusLabel").text, "Available")
            compare(row.opacity, 1)
        }

        function test_statusColour_data() {
            return [
                { tag: "available", status: "AVAILABLE", colour: Theme.success },
                { tag: "expired", status: "EXPIRED", colour: Theme.danger },
                { tag: "used", status: "USED", colour: Theme.pending }
            ]
        }
        function test_statusColour(data) {
            const row = createRow({ status: data.status })
            compare(String(findChild(row, "statusChip").border.color), String(data.colour))
            compare(String(findChild(row, "statusLabel").color), String(data.colour))
        }

        function test_unusableIsDimmed() {
            const row = createRow({ status: "USED", statusText: "Used", usable: false })
            verify(row.opacity < 1)
            compare(findChild(row, "statusLabel").text, "Used")
        }

        function test_noExpiryLineWithoutExpiry() {
            const row = createRow({ expiresText: "" })
            verify(!findChild(row, "expiresLabel").visible)
        }
    }
}
