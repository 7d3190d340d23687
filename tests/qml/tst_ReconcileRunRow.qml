import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 800
    height: 600

    Component {
        id: rowComponent
        ReconcileRunRow {
            width: 700
            startedText: "2026-11-21 10:16:05"
            durationMs: 12
            summaryText: "3 sagas examined, 1 stuck: 1 step re-delivered."
        }
    }

    TestCase {
        name: "ReconcileRunRow"
        when: windowShown

        function test_quietRunShowsItsSummaryOnly() {
            const row = createTemporaryObject(rowComponent, root, { actions: [] })
            verify(row !== null)
            compare(findChild(row, "runStartedLabel").text, "2026-11-21 10:16:05")
            compare(findChild(row, "runDurationLabel").text, "12 ms")
            compare(findChild(row, "runSummaryLabel").text, "3 sagas examined, 1 stuck: 1 step re-delivered.")
            verify(!findChild(row, "runExpandLabel").visible)
            compare(String(findChild(row, "runStripe").color), String(Theme.success))
            mouseClick(row)
            verify(!row.expanded, "nothing to expand")
        }

        function test_clickShowsAndHidesTheActions() {
            const row = createTemporaryObject(rowComponent, root, {
                actions: ["saga s1: delivered InventoryDeducted to coupon again (it never arrived)",
                          "order 7 (FAILED): stock was still held, restored it"]
            })
            verify(row !== null)
            compare(String(findChild(row, "runStripe").color), String(Theme.warning))
            verify(findChild(row, "runExpandLabel").visible)
            verify(findChild(row, "runAction_0") === null)
            const collapsed = row.height
            mouseClick(row)
            verify(row.expanded)
            tryVerify(() => findChild(row, "runAction_1") !== null)
            compare(findChild(row, "runAction_0").text,
                    "• saga s1: delivered InventoryDeducted to coupon again (it never arrived)")
            tryVerify(() => row.implicitHeight > collapsed)
            keyClick(Qt.Key_Return)
            verify(!row.expanded)
            tryVerify(() => findChild(row, "runAction_0") === null)
        }

        function test_errorIsRed() {
            const row = createTemporaryObject(rowComponent, root, { error: "the backend is not running",
                                                                    summaryText: "Did not run: the backend is not running" })
            compare(String(findChild(row, "runStripe").color), String(Theme.danger))
            compare(String(findChild(row, "runSummaryLabel").color), String(Theme.danger))
        }
    }
}
