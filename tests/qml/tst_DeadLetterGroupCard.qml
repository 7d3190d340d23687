import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 1000
    height: 700

    ListModel {
        id: letterModel
        ListElement {
            letterId: "id-1"; eventType: "OrderExportRequested"; sagaId: "saga-1"; aggregateId: "order-1"
            attempts: 5; firstFailureText: "09:00:00"; lastFailureText: "09:00:02"; error: "endpoint down"
            selected: false; retryState: ""; retryText: ""; busy: false; envelopeJson: "{}"
        }
        ListElement {
            letterId: "id-2"; eventType: "OrderExportRequested"; sagaId: "saga-2"; aggregateId: "order-2"
            attempts: 6; firstFailureText: "09:01:00"; lastFailureText: "09:05:00"; error: "endpoint down"
            selected: true; retryState: "failedAgain"; retryText: "Failed again: endpoint down"; busy: false; envelopeJson: "{}"
        }
    }

    Component {
        id: cardComponent
        DeadLetterGroupCard {
            width: 960
            groupKey: "export\u001fendpoint down"
            consumer: "export"
            error: "endpoint down"
            count: 2
            firstFailureText: "09:00:00"
            lastFailureText: "09:05:00"
            eventTypesText: "OrderExportRequested"
            selectedCount: 1
            failedAgainCount: 1
            letters: letterModel
        }
    }

    SignalSpy { id: retryGroupSpy; signalName: "retryGroupRequested" }
    SignalSpy { id: discardGroupSpy; signalName: "discardGroupRequested" }
    SignalSpy { id: groupSelectSpy; signalName: "groupSelectionToggled" }
    SignalSpy { id: retryLetterSpy; signalName: "retryLetterRequested" }
    SignalSpy { id: discardLetterSpy; signalName: "discardLetterRequested" }
    SignalSpy { id: letterSelectSpy; signalName: "letterSelectionToggled" }
    SignalSpy { id: sagaSpy; signalName: "openSagaRequested" }

    TestCase {
        name: "DeadLetterGroupCard"
        when: windowShown

        function createCard(properties) {
            const card = createTemporaryObject(cardComponent, root, properties || {})
            verify(card !== null)
            for (const spy of [retryGroupSpy, discardGroupSpy, groupSelectSpy, retryLetterSpy, discardLetterSpy,
                               letterSelectSpy, sagaSpy]) {
                spy.clear()
                spy.target = card
            }
            return card
        }

        function test_headerSaysWhatFailed() {
            const card = createCard()
            compare(findChild(card, "countLabel").text, "2")
            compare(findChild(card, "consumerLabel").text, "export")
            compare(findChild(card, "eventTypesLabel").text, "OrderExportRequested")
            compare(findChild(card, "groupErrorLabel").text, "endpoint down")
            compare(findChild(card, "groupTimesLabel").text, "First failure 09:00:00 · last 09:05:00")
            verify(findChild(card, "failedAgainLabel").visible)
            compare(findChild(card, "failedAgainLabel").text, "1 failed again after a retry")
            compare(findChild(card, "groupCheckBox").checkState, Qt.PartiallyChecked)
        }

        function test_errorVariants() {
            const card = createCard({ errorVariants: 3 })
            compare(findChild(card, "groupErrorLabel").text, "endpoint down (and 2 similar error(s))")
        }

        function test_lettersOnlyWhenExpanded() {
            const card = createCard()
            compare(findChild(card, "letterRepeater").count, 0)
            mouseClick(findChild(card, "expandButton"))
            verify(card.expanded)
            compare(findChild(card, "letterRepeater").count, 2)
            const second = findChild(card, "letter_1")
            verify(second !== null)
            compare(second.letterId, "id-2")
            compare(second.attempts, 6)
            verify(second.selected)
            compare(findChild(second, "retryResultLabel").text, "Failed again: endpoint down")
        }

        function test_groupButtons() {
            const card = createCard()
            mouseClick(findChild(card, "retryGroupButton"))
            compare(retryGroupSpy.count, 1)
            mouseClick(findChild(card, "discardGroupButton"))
            compare(discardGroupSpy.count, 1)
            mouseClick(findChild(card, "groupCheckBox"))
            compare(groupSelectSpy.count, 1)
            compare(groupSelectSpy.signalArguments[0][0], true, "partially selected: select all")
            compare(findChild(card, "groupCheckBox").checkState, Qt.PartiallyChecked, "until the owner says otherwise")
            card.allSelected = true
            card.selectedCount = 2
            compare(findChild(card, "groupCheckBox").checkState, Qt.Checked)
            mouseClick(findChild(card, "groupCheckBox"))
            compare(groupSelectSpy.signalArguments[1][0], false)
        }

        function test_letterRequestsCarryTheLetterId() {
            const card = createCard({ expanded: true })
            const first = findChild(card, "letter_0")
            mouseClick(findChild(first, "retryLetterButton"))
            compare(retryLetterSpy.count, 1)
            compare(retryLetterSpy.signalArguments[0][0], "id-1")
            mouseClick(findChild(first, "discardButton"))
            compare(discardLetterSpy.signalArguments[0][0], "id-1")
            mouseClick(findChild(first, "letterCheckBox"))
            compare(letterSelectSpy.signalArguments[0][0], "id-1")
            compare(letterSelectSpy.signalArguments[0][1], true)
            mouseClick(findChild(first, "sagaLink"))
            compare(sagaSpy.signalArguments[0][0], "saga-1")
        }

        function test_busyGroupCannotBeActedOn() {
            const card = createCard({ busy: true })
            verify(!findChild(card, "retryGroupButton").enabled)
            verify(!findChild(card, "discardGroupButton").enabled)
        }
    }
}
