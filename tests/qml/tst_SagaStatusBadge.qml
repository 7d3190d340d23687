import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 400
    height: 100

    Component {
        id: badgeComponent
        SagaStatusBadge { }
    }

    TestCase {
        name: "SagaStatusBadge"
        when: windowShown

        function test_eachStatus_data() {
            return [
                { tag: "running", text: "Running", colour: Theme.info, alarming: false },
                { tag: "completed", text: "Completed", colour: Theme.success, alarming: false },
                { tag: "compensating", text: "Compensating", colour: "#7b1fa2", alarming: false },
                { tag: "compensated", text: "Compensated", colour: "#6a1b9a", alarming: false },
                { tag: "failed", text: "Failed", colour: Theme.danger, alarming: false },
                { tag: "abnormal", text: "Abnormal", colour: "#b71c1c", alarming: true },
                { tag: "stuck", text: "Stuck", colour: "#e65100", alarming: true }
            ]
        }
        function test_eachStatus(data) {
            const badge = createTemporaryObject(badgeComponent, root, { status: data.tag })
            verify(badge !== null)
            compare(badge.text, data.text)
            verify(Qt.colorEqual(badge.statusColor, data.colour))
            compare(badge.alarming, data.alarming)
            const background = findChild(badge, "badgeBackground")
            if (data.alarming) {
                verify(Qt.colorEqual(background.color, data.colour)) // filled
                verify(Qt.colorEqual(badge.color, "white"))
            } else {
                verify(background.color.a < 0.5)                      // tinted
                verify(Qt.colorEqual(badge.color, data.colour))
            }
        }

        function test_everyStatusHasItsOwnColour() {
            const badge = createTemporaryObject(badgeComponent, root)
            const seen = {}
            for (const status of ["running", "completed", "compensating", "compensated", "failed", "abnormal", "stuck"]) {
                const colour = String(badge.colorFor(status))
                verify(!seen[colour], status + " shares its colour with " + seen[colour])
                seen[colour] = status
            }
        }

        function test_unknownStatusIsShownAsIs() {
            const badge = createTemporaryObject(badgeComponent, root, { status: "paused" })
            compare(badge.text, "paused")
            verify(Qt.colorEqual(badge.statusColor, Theme.pending))
        }
    }
}
