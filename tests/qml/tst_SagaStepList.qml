import QtQuick
import QtTest
import SagaShop

// SagaStepList with plain data: one row per step in order, compensations marked, retries and
// dead letters with their attempts and errors, expected steps in italics, and a click on a
// row names its marker.
Item {
    id: root
    width: 1440
    height: 500

    ListModel {
        id: steps
        ListElement { service: "order"; event: ""; published: "PaymentRequested"; result: "published"; resultText: "Published"; attempts: 1; offsetMs: 0; durationMs: 0; compensation: false; error: ""; pending: false; markerRow: 0 }
        ListElement { service: "inventory"; event: "PaymentRequested"; published: "InventoryDeducted"; result: "done"; resultText: "Done on attempt 2"; attempts: 2; offsetMs: 0; durationMs: 141; compensation: false; error: ""; pending: false; markerRow: 3 }
        ListElement { service: "balance"; event: "CouponUsed"; published: "BalanceFailed"; result: "done"; resultText: "Done"; attempts: 1; offsetMs: 151; durationMs: 9; compensation: false; error: ""; pending: false; markerRow: 7 }
        ListElement { service: "inventory"; event: "BalanceFailed"; published: "InventoryRestored"; result: "done"; resultText: "Done"; attempts: 1; offsetMs: 161; durationMs: 79; compensation: true; error: ""; pending: false; markerRow: 9 }
        ListElement { service: "statistics"; event: "ProductSalesRankRecorded"; published: ""; result: "deadLettered"; resultText: "Dead-lettered on attempt 5"; attempts: 5; offsetMs: 200; durationMs: 1500; compensation: false; error: "injected failure (fault injection)"; pending: false; markerRow: 10 }
        ListElement { service: "coupon"; event: "BalanceFailed"; published: "CouponRestored"; result: "pending"; resultText: "Expected"; attempts: 0; offsetMs: 161; durationMs: 339; compensation: true; error: ""; pending: true; markerRow: 12 }
    }

    Component {
        id: listComponent
        SagaStepList {
            width: root.width
            height: root.height
            model: steps
        }
    }

    TestCase {
        name: "SagaStepList"
        when: windowShown

        function createList() {
            const list = createTemporaryObject(listComponent, root)
            verify(list !== null)
            tryCompare(list, "count", steps.count)
            waitForRendering(list)
            return list
        }

        function row(list, index) {
            const item = findChild(list, "step_" + index)
            verify(item !== null, "row " + index)
            return item
        }

        function test_oneRowPerStepInOrder() {
            const list = createList()
            let lastY = -1
            for (let i = 0; i < steps.count; ++i) {
                const r = row(list, i)
                const y = r.mapToItem(list, 0, 0).y
                verify(y > lastY)
                lastY = y
                compare(findChild(r, "stepService").text, list.serviceTitle(steps.get(i).service))
            }
            compare(findChild(row(list, 0), "stepEvent").text, "(command)")
            compare(findChild(row(list, 1), "stepEvent").text, "PaymentRequested")
            compare(findChild(row(list, 1), "stepPublished").text, "InventoryDeducted")
            compare(findChild(row(list, 1), "stepResult").text, "Done on attempt 2")
            compare(findChild(row(list, 1), "stepDuration").text, "141 ms")
            compare(findChild(row(list, 3), "stepOffset").text, "+161 ms")
        }

        function test_compensationsAreMarked() {
            const list = createList()
            verify(findChild(row(list, 3), "compensationBar").visible)
            compare(findChild(row(list, 3), "stepPublished").text, "↺ InventoryRestored")
            verify(!findChild(row(list, 2), "compensationBar").visible)
        }

        function test_deadLettersShowTheirError() {
            const list = createList()
            const dead = row(list, 4)
            compare(findChild(dead, "stepResult").text, "Dead-lettered on attempt 5")
            compare(String(findChild(dead, "stepResult").color), String(Theme.danger))
            verify(findChild(dead, "stepError").visible)
            compare(findChild(dead, "stepError").text, "injected failure (fault injection)")
            verify(!findChild(row(list, 1), "stepError").visible)
        }

        function test_expectedStepsAreItalicAndOpenEnded() {
            const list = createList()
            const pending = row(list, 5)
            verify(findChild(pending, "stepResult").font.italic)
            compare(findChild(pending, "stepPublished").text, "↺ CouponRestored?")
            compare(findChild(pending, "stepDuration").text, "339 ms…")
            verify(!findChild(row(list, 1), "stepResult").font.italic)
        }

        function test_clickingARowNamesItsMarker() {
            const list = createList()
            const spy = createTemporaryObject(signalSpyComponent, list, { "target": list, "signalName": "stepActivated" })
            mouseClick(row(list, 3))
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], 9)
            list.selectedMarkerRow = 9
            verify(row(list, 3).highlighted)
            verify(!row(list, 2).highlighted)
        }

        function test_followsTheModelLive() {
            const list = createList()
            steps.setProperty(5, "result", "done")
            steps.setProperty(5, "resultText", "Done")
            steps.setProperty(5, "pending", false)
            compare(findChild(row(list, 5), "stepResult").text, "Done")
            verify(!findChild(row(list, 5), "stepResult").font.italic)
            steps.append({ "service": "order", "event": "CouponRestored", "published": "OrderCompensated", "result": "done",
                           "resultText": "Done", "attempts": 1, "offsetMs": 520, "durationMs": 3, "compensation": true,
                           "error": "", "pending": false, "markerRow": 13 })
            tryCompare(list, "count", 7)
            steps.remove(6)
            steps.setProperty(5, "result", "pending")
            steps.setProperty(5, "resultText", "Expected")
            steps.setProperty(5, "pending", true)
        }

        Component {
            id: signalSpyComponent
            SignalSpy { }
        }
    }
}
