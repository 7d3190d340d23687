import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 800
    height: 600

    Component {
        id: rowComponent
        AbnormalOrderRow {
            width: 700
            orderId: 42
            userId: 3
            totalAmountText: "₩18,900"
            updatedText: "2026-11-21 10:16:05"
            sagaId: "0193-saga"
        }
    }

    SignalSpy {
        id: openSpy
        signalName: "openSagaRequested"
    }

    TestCase {
        name: "AbnormalOrderRow"
        when: windowShown

        function test_showsTheOrderAndWhy() {
            const row = createTemporaryObject(rowComponent, root, { reason: "a step was dead-lettered" })
            verify(row !== null)
            compare(findChild(row, "abnormalOrderLabel").text, "Order #42")
            compare(findChild(row, "abnormalUserLabel").text, "user 3")
            compare(findChild(row, "abnormalAmountLabel").text, "₩18,900")
            compare(findChild(row, "abnormalUpdatedLabel").text, "2026-11-21 10:16:05")
            compare(findChild(row, "abnormalReasonLabel").text, "a step was dead-lettered")
        }

        function test_noReasonSaysSo() {
            const row = createTemporaryObject(rowComponent, root, { reason: "", totalAmountText: "" })
            compare(findChild(row, "abnormalReasonLabel").text, "No reason was recorded.")
            verify(!findChild(row, "abnormalAmountLabel").visible)
        }

        function test_openSagaEmitsItsId() {
            const row = createTemporaryObject(rowComponent, root)
            openSpy.clear()
            openSpy.target = row
            mouseClick(findChild(row, "openSagaButton"))
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], "0193-saga")
            row.sagaId = ""
            verify(!findChild(row, "openSagaButton").enabled)
        }
    }
}
