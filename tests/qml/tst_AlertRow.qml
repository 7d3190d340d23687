import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 900
    height: 300

    Component {
        id: rowComponent
        AlertRow {
            width: 860
            alertId: 7
            kind: "export_failed"
            kindText: "Export failed"
            severity: "warning"
            title: "Export of order 42 failed after 5 attempts"
            detail: "export failed: endpoint down"
            sagaId: "saga-42"
            orderId: 42
            timeText: "09:12:03"
            unread: true
        }
    }

    SignalSpy { id: sagaSpy; signalName: "openSagaRequested" }

    TestCase {
        name: "AlertRow"
        when: windowShown

        function createRow(properties) {
            const row = createTemporaryObject(rowComponent, root, properties || {})
            verify(row !== null)
            sagaSpy.clear()
            sagaSpy.target = row
            return row
        }

        function test_showsTheAlert() {
            const row = createRow()
            compare(findChild(row, "kindLabel").text, "Export failed")
            compare(findChild(row, "timeLabel").text, "09:12:03")
            compare(findChild(row, "titleLabel").text, "Export of order 42 failed after 5 attempts")
            compare(findChild(row, "detailLabel").text, "export failed: endpoint down")
            verify(findChild(row, "unreadDot").visible)
            verify(findChild(row, "titleLabel").font.bold)
            verify(!findChild(row, "severityLabel").visible)
        }

        function test_kindGivesColourAndIcon_data() {
            return [
                { tag: "dead letter", kind: "dead_letter", colour: Theme.danger, glyph: "✉" },
                { tag: "export", kind: "export_failed", colour: Theme.warning, glyph: "⇪" },
                { tag: "abnormal", kind: "saga_abnormal", colour: "#6a1b9a", glyph: "!" },
                { tag: "unknown", kind: "something", colour: Theme.pending, glyph: "?" }
            ]
        }
        function test_kindGivesColourAndIcon(data) {
            const row = createRow({ kind: data.kind })
            compare(String(findChild(row, "kindIcon").color), String(data.colour))
            compare(String(findChild(row, "kindStripe").color), String(data.colour))
            compare(findChild(row, "kindGlyph").text, data.glyph)
        }

        function test_openSagaWhenKnown() {
            const row = createRow()
            mouseClick(findChild(row, "openSagaButton"))
            compare(sagaSpy.count, 1)
            compare(sagaSpy.signalArguments[0][0], "saga-42")
            const noSaga = createRow({ sagaId: "" })
            verify(!findChild(noSaga, "openSagaButton").enabled)
            compare(findChild(noSaga, "openSagaButton").opacity, 0)
            mouseClick(findChild(noSaga, "openSagaButton"))
            compare(sagaSpy.count, 0)
        }

        function test_readAndCritical() {
            const row = createRow({ unread: false, severity: "critical", kind: "dead_letter", detail: "" })
            verify(!findChild(row, "unreadDot").visible)
            verify(!findChild(row, "titleLabel").font.bold)
            verify(findChild(row, "severityLabel").visible)
            verify(!findChild(row, "detailLabel").visible)
        }
    }
}
