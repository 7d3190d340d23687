import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 900
    height: 400

    Component {
        id: rowComponent
        DeadLetterRow {
            width: 860
            letterId: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
            eventType: "OrderExportRequested"
            sagaId: "9f3c2a10-aaaa-bbbb-cccc-000000000001"
            aggregateId: "order-42"
            attempts: 5
            firstFailureText: "09:12:01"
            lastFailureText: "09:12:03"
            error: "export failed: endpoint down"
            envelopeJson: "{\n    \"type\": \"OrderExportRequested\"\n}"
        }
    }

    SignalSpy { id: retrySpy; signalName: "retryRequested" }
    SignalSpy { id: discardSpy; signalName: "discardRequested" }
    SignalSpy { id: selectSpy; signalName: "selectionToggled" }
    SignalSpy { id: sagaSpy; signalName: "openSagaRequested" }

    TestCase {
        name: "DeadLetterRow"
        when: windowShown

        function createRow(properties) {
            const row = createTemporaryObject(rowComponent, root, properties || {})
            verify(row !== null)
            for (const spy of [retrySpy, discardSpy, selectSpy, sagaSpy]) {
                spy.clear()
                spy.target = row
            }
            return row
        }

        function test_showsTheLetter() {
            const row = createRow()
            compare(findChild(row, "eventTypeLabel").text, "OrderExportRequested")
            compare(findChild(row, "aggregateLabel").text, "order-42")
            compare(findChild(row, "attemptsLabel").text, "5 attempt(s)")
            compare(findChild(row, "errorLabel").text, "export failed: endpoint down")
            compare(findChild(row, "timesLabel").text, "first 09:12:01 · last 09:12:03")
            compare(findChild(row, "sagaLink").text, "Saga …00000001")
            verify(!findChild(row, "retryResultLabel").visible)
            verify(!findChild(row, "envelopePane").visible)
        }

        function test_undecodableLetter() {
            const row = createRow({ eventType: "", aggregateId: "", sagaId: "" })
            compare(findChild(row, "eventTypeLabel").text, "Undecodable message")
            verify(!findChild(row, "aggregateLabel").visible)
            verify(!findChild(row, "sagaLink").visible)
        }

        function test_buttonsEmitRequests() {
            const row = createRow()
            mouseClick(findChild(row, "retryLetterButton"))
            compare(retrySpy.count, 1)
            mouseClick(findChild(row, "discardButton"))
            compare(discardSpy.count, 1)
            mouseClick(findChild(row, "sagaLink"))
            compare(sagaSpy.count, 1)
            compare(sagaSpy.signalArguments[0][0], "9f3c2a10-aaaa-bbbb-cccc-000000000001")
        }

        function test_selectionIsTheOwnersDecision() {
            const row = createRow()
            const box = findChild(row, "letterCheckBox")
            mouseClick(box)
            compare(selectSpy.count, 1)
            compare(selectSpy.signalArguments[0][0], true)
            verify(!box.checked, "shows `selected`, which the owner has not changed")
            row.selected = true
            verify(box.checked)
            mouseClick(box)
            compare(selectSpy.signalArguments[1][0], false)
        }

        function test_failedAgainIsVisible() {
            const row = createRow({ retryState: "failedAgain", retryText: "Failed again: export failed: endpoint down" })
            const result = findChild(row, "retryResultLabel")
            verify(result.visible)
            compare(result.text, "Failed again: export failed: endpoint down")
            compare(String(result.color), String(Theme.danger))
            compare(String(findChild(row, "letterBackground").color), String(Theme.dangerLight))
        }

        function test_busyDisablesActions() {
            const row = createRow({ retryState: "running", retryText: "Retrying…", busy: true })
            verify(findChild(row, "retryBusy").running)
            verify(!findChild(row, "retryLetterButton").enabled)
            verify(!findChild(row, "discardButton").enabled)
            mouseClick(findChild(row, "retryLetterButton"))
            compare(retrySpy.count, 0)
        }

        function test_envelopeOnDemand() {
            const row = createRow()
            compare(findChild(row, "envelopeText").text, "", "not read while hidden")
            mouseClick(findChild(row, "envelopeButton"))
            verify(row.envelopeShown)
            verify(findChild(row, "envelopePane").visible)
            compare(findChild(row, "envelopeText").text, "{\n    \"type\": \"OrderExportRequested\"\n}")
            mouseClick(findChild(row, "envelopeButton"))
            verify(!findChild(row, "envelopePane").visible)
        }
    }
}
