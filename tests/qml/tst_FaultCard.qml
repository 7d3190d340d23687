import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 600
    height: 600

    readonly property var modes: [
        { key: "failNext", mode: "fail", text: "Fail the next N", usesCount: true, usesProbability: false, usesDelay: false },
        { key: "failRandom", mode: "fail", text: "Fail with probability", usesCount: false, usesProbability: true, usesDelay: false },
        { key: "delay", mode: "delay", text: "Delay each", usesCount: false, usesProbability: false, usesDelay: true },
        { key: "duplicate", mode: "duplicate", text: "Duplicate the next N", usesCount: true, usesProbability: false, usesDelay: false },
        { key: "drop", mode: "drop", text: "Drop the next N", usesCount: true, usesProbability: false, usesDelay: false }
    ]

    Component {
        id: cardComponent
        FaultCard {
            width: 420
            service: "inventory"
            modes: root.modes
        }
    }

    SignalSpy { id: applySpy; signalName: "applyRequested" }
    SignalSpy { id: clearSpy; signalName: "clearRequested" }
    SignalSpy { id: clearModeSpy; signalName: "clearModeRequested" }

    TestCase {
        name: "FaultCard"
        when: windowShown

        function createCard(properties) {
            const card = createTemporaryObject(cardComponent, root, properties || {})
            verify(card !== null)
            for (const spy of [applySpy, clearSpy, clearModeSpy]) {
                spy.clear()
                spy.target = card
            }
            return card
        }

        function test_healthyCard() {
            const card = createCard()
            compare(findChild(card, "serviceLabel").text, "inventory")
            compare(findChild(card, "healthyLabel").text, "no faults")
            compare(findChild(card, "chips").children.length, 1, "only the Repeater")
            verify(!findChild(card, "clearButton").enabled)
            verify(!findChild(card, "faultError").visible)
        }

        function test_inputsFollowTheMode() {
            const card = createCard()
            const box = findChild(card, "modeBox")
            compare(box.currentText, "Fail the next N")
            verify(findChild(card, "countBox").visible)
            verify(!findChild(card, "probabilitySlider").visible)
            verify(!findChild(card, "delayBox").visible)
            box.currentIndex = 1
            verify(!findChild(card, "countBox").visible)
            verify(findChild(card, "probabilitySlider").visible)
            compare(findChild(card, "probabilityLabel").text, "30 %")
            box.currentIndex = 2
            verify(findChild(card, "delayBox").visible)
            verify(!findChild(card, "probabilitySlider").visible)
        }

        function test_applySendsTheForm() {
            const card = createCard()
            findChild(card, "countBox").value = 4
            mouseClick(findChild(card, "applyButton"))
            compare(applySpy.count, 1)
            compare(applySpy.signalArguments[0][0], "failNext")
            compare(applySpy.signalArguments[0][1], 4)

            findChild(card, "modeBox").currentIndex = 1
            findChild(card, "probabilitySlider").value = 0.5
            compare(findChild(card, "probabilityLabel").text, "50 %")
            mouseClick(findChild(card, "applyButton"))
            compare(applySpy.signalArguments[1][0], "failRandom")
            compare(applySpy.signalArguments[1][2], 0.5)

            findChild(card, "modeBox").currentIndex = 2
            findChild(card, "delayBox").value = 1200
            mouseClick(findChild(card, "applyButton"))
            compare(applySpy.signalArguments[2][0], "delay")
            compare(applySpy.signalArguments[2][3], 1200)
        }

        function test_activePlansAreChips() {
            const card = createCard({ plans: [{ mode: "fail", text: "fail next 3" }, { mode: "outage", text: "endpoint down" }] })
            compare(findChild(card, "healthyLabel").text, "")
            const chip = findChild(card, "chip_fail")
            verify(chip !== null)
            compare(chip.text, "fail next 3")
            compare(String(findChild(card, "chip_outage").chipColor), String(Theme.danger))
            mouseClick(chip)
            compare(clearModeSpy.count, 1)
            compare(clearModeSpy.signalArguments[0][0], "fail")
            verify(findChild(card, "clearButton").enabled)
            mouseClick(findChild(card, "clearButton"))
            compare(clearSpy.count, 1)
        }

        function test_errorIsShown() {
            const card = createCard({ error: "inventory: not applied, delayMs must be between 1 and 60000." })
            const error = findChild(card, "faultError")
            verify(error.visible)
            compare(error.text, "inventory: not applied, delayMs must be between 1 and 60000.")
        }
    }
}
