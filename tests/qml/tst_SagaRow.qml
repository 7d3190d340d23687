import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 1400
    height: 200

    Component {
        id: rowComponent
        SagaRow {
            width: 1360
            sagaId: "0192f3a1-7c2e-7abc-8def-0123456789ab"
            orderId: 42
            userId: 3
            status: "completed"
            amountText: "₩18,900"
            startedAt: new Date(2026, 10, 21, 9, 12, 5).getTime()
            nowMs: new Date(2026, 10, 21, 18, 0, 0).getTime()
            durationMs: 1234
            lastEventType: "OrderCompleted"
        }
    }

    SignalSpy {
        id: activatedSpy
        signalName: "activated"
    }

    TestCase {
        name: "SagaRow"
        when: windowShown

        function createRow(properties) {
            const row = createTemporaryObject(rowComponent, root, properties || {})
            verify(row !== null)
            activatedSpy.clear()
            activatedSpy.target = row
            return row
        }

        function test_showsTheSaga() {
            const row = createRow()
            compare(findChild(row, "orderLabel").text, "Order #42")
            compare(findChild(row, "userLabel").text, "User 3")
            compare(findChild(row, "amountLabel").text, "₩18,900")
            compare(findChild(row, "startedLabel").text, "09:12:05") // today: the time only
            compare(findChild(row, "durationLabel").text, "1.2 s")
            compare(findChild(row, "lastEventLabel").text, "OrderCompleted")
            compare(findChild(row, "sagaIdLabel").text, "0192f3a1-7c2e-7abc-8def-0123456789ab")
            compare(findChild(row, "statusBadge").text, "Completed")
            verify(!findChild(row, "retriesChip").visible)
            verify(!findChild(row, "deadLettersChip").visible)
            verify(!findChild(row, "compensationsChip").visible)
        }

        function test_anotherDayShowsTheDate() {
            const row = createRow({ nowMs: new Date(2026, 10, 23, 8, 0, 0).getTime() })
            compare(findChild(row, "startedLabel").text, "2026-11-21 09:12")
        }

        function test_durations_data() {
            return [
                { tag: "ms", ms: 340, text: "340 ms" },
                { tag: "s", ms: 12500, text: "12.5 s" },
                { tag: "min", ms: 185000, text: "3 min 5 s" },
                { tag: "h", ms: 2 * 3600000 + 7 * 60000, text: "2 h 7 min" }
            ]
        }
        function test_durations(data) {
            compare(createRow({ durationMs: data.ms }).durationText(data.ms), data.text)
            compare(findChild(createRow({ durationMs: data.ms }), "durationLabel").text, data.text)
        }

        function test_troubleIsCounted() {
            const row = createRow({ status: "compensated", retries: 2, deadLetters: 1, compensations: 3 })
            const retries = findChild(row, "retriesChip")
            verify(retries.visible)
            compare(retries.text, "Retries 2")
            compare(findChild(row, "deadLettersChip").text, "Dead letters 1")
            compare(findChild(row, "compensationsChip").text, "Compensations 3")
        }

        function test_withoutOrderOrUser() {
            const row = createRow({ orderId: 0, userId: 0, amountText: "" })
            compare(findChild(row, "orderLabel").text, "No order")
            compare(findChild(row, "userLabel").text, "")
        }

        function test_stuckAndAbnormalStandOut_data() {
            return [
                { tag: "stuck", status: "stuck", alarming: true },
                { tag: "abnormal", status: "abnormal", alarming: true },
                { tag: "running", status: "running", alarming: false },
                { tag: "failed", status: "failed", alarming: false }
            ]
        }
        function test_stuckAndAbnormalStandOut(data) {
            const row = createRow({ status: data.status })
            compare(row.alarming, data.alarming)
            const badge = findChild(row, "statusBadge")
            // Filled (opaque) for the alarming ones, a light tint for the others.
            compare(findChild(badge, "badgeBackground").color.a > 0.9, data.alarming)
            compare(Qt.colorEqual(findChild(row, "rowBackground").color, Theme.surface), !data.alarming)
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
