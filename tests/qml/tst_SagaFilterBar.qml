import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 1400
    height: 200

    Component {
        id: barComponent
        SagaFilterBar {
            width: 1360
            counts: ({ "running": 12, "stuck": 2, "compensating": 0, "completed": 1200, "failed": 31,
                       "compensated": 30, "abnormal": 1 })
            totalCount: 1276
            searchDelayMs: 50
        }
    }

    SignalSpy { id: statusSpy; signalName: "statusChosen" }
    SignalSpy { id: rangeSpy; signalName: "rangeChosen" }
    SignalSpy { id: searchSpy; signalName: "searchChanged" }

    TestCase {
        name: "SagaFilterBar"
        when: windowShown

        function createBar(properties) {
            const bar = createTemporaryObject(barComponent, root, properties || {})
            verify(bar !== null)
            for (const spy of [statusSpy, rangeSpy, searchSpy]) {
                spy.clear()
                spy.target = bar
            }
            return bar
        }

        function test_chipsShowCounts() {
            const bar = createBar()
            compare(findChild(findChild(bar, "statusFilter_all"), "chipCount").text, "1,276")
            compare(findChild(findChild(bar, "statusFilter_completed"), "chipCount").text, "1,200")
            compare(findChild(findChild(bar, "statusFilter_stuck"), "chipText").text, "Stuck")
            compare(findChild(findChild(bar, "statusFilter_stuck"), "chipCount").text, "2")
            compare(findChild(findChild(bar, "statusFilter_compensating"), "chipCount").text, "0")
            for (const status of ["running", "stuck", "compensating", "completed", "failed", "compensated", "abnormal"])
                verify(findChild(bar, "statusFilter_" + status) !== null, status)
            // Stuck and abnormal say so in bold while not zero.
            verify(findChild(findChild(bar, "statusFilter_stuck"), "chipCount").font.bold)
            verify(!findChild(findChild(bar, "statusFilter_running"), "chipCount").font.bold)
        }

        function test_choosingAStatus() {
            const bar = createBar()
            mouseClick(findChild(bar, "statusFilter_failed"))
            compare(statusSpy.count, 1)
            compare(statusSpy.signalArguments[0][0], "failed")
            bar.currentStatus = "failed"
            verify(Qt.colorEqual(findChild(findChild(bar, "statusFilter_failed"), "chipBackground").color, Theme.danger))
            mouseClick(findChild(bar, "statusFilter_failed")) // already chosen: nothing new
            compare(statusSpy.count, 1)
            mouseClick(findChild(bar, "statusFilter_all"))
            compare(statusSpy.signalArguments[1][0], "")
        }

        function test_choosingARange() {
            const bar = createBar()
            mouseClick(findChild(bar, "rangeButton_1h"))
            compare(rangeSpy.count, 1)
            compare(rangeSpy.signalArguments[0][0], "1h")
            bar.range = "1h"
            verify(findChild(bar, "rangeButton_1h").highlighted)
            verify(!findChild(bar, "rangeButton_all").highlighted)
            mouseClick(findChild(bar, "rangeButton_1h"))
            compare(rangeSpy.count, 1)
        }

        function test_searchAfterAPauseOrOnEnter() {
            const bar = createBar()
            const field = findChild(bar, "sagaSearchField")
            verify(field.placeholderText.indexOf("u:") >= 0)
            field.forceActiveFocus()
            keyClick(Qt.Key_U)
            keyClick(Qt.Key_Colon)
            keyClick(Qt.Key_3)
            compare(searchSpy.count, 0)         // not while typing
            tryCompare(searchSpy, "count", 1)   // after the pause, once
            compare(searchSpy.signalArguments[0][0], "u:3")
            keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_4)
            keyClick(Qt.Key_Return)
            compare(searchSpy.count, 2)         // Enter: at once
            compare(searchSpy.signalArguments[1][0], "u:4")
            wait(100)
            compare(searchSpy.count, 2)         // and not again after the pause
            keyClick(Qt.Key_Escape)
            compare(field.text, "")
            compare(searchSpy.signalArguments[2][0], "")
        }

        function test_searchError() {
            const bar = createBar({ searchError: "Search for an order number" })
            const label = findChild(bar, "searchErrorLabel")
            verify(label.visible)
            compare(label.text, "Search for an order number")
            bar.searchError = ""
            verify(!label.visible)
        }
    }
}
