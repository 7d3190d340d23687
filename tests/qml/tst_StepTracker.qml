import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 900
    height: 300

    ListModel {
        id: steps
        ListElement { key: "stock"; title: "Stock"; state: "done"; detail: "2 items reserved" }
        ListElement { key: "coupon"; title: "Coupon"; state: "skipped"; detail: "" }
        ListElement { key: "balance"; title: "Balance"; state: "failed"; detail: "Your balance is ₩12,000 short" }
        ListElement { key: "payment"; title: "Payment"; state: "active"; detail: "" }
        ListElement { key: "confirmed"; title: "Confirmed"; state: "pending"; detail: "" }
    }

    Component {
        id: trackerComponent
        StepTracker {
            width: root.width
            model: steps
        }
    }

    TestCase {
        name: "StepTracker"
        when: windowShown

        function init() {
            steps.setProperty(0, "state", "done")
            steps.setProperty(1, "state", "skipped")
            steps.setProperty(2, "state", "failed")
            steps.setProperty(3, "state", "active")
            steps.setProperty(4, "state", "pending")
        }

        function createTracker() {
            const tracker = createTemporaryObject(trackerComponent, root)
            verify(tracker !== null)
            return tracker
        }

        function test_drawsTheFiveStepsInOrder() {
            const tracker = createTracker()
            compare(tracker.count, 5)
            const keys = ["stock", "coupon", "balance", "payment", "confirmed"]
            let lastX = -1
            for (const key of keys) {
                const step = findChild(tracker, "step_" + key)
                verify(step !== null, key)
                verify(step.visible)
                const x = step.mapToItem(tracker, 0, 0).x
                verify(x > lastX, "steps run left to right")
                lastX = x
            }
            compare(findChild(tracker, "title_balance").text, "Balance")
        }

        function test_eachStateHasItsColourAndIcon() {
            const tracker = createTracker()
            compare(String(findChild(tracker, "icon_stock").badgeColor), String(Theme.success))
            compare(String(findChild(tracker, "icon_balance").badgeColor), String(Theme.danger))
            compare(String(findChild(tracker, "icon_payment").badgeColor), String(Theme.info))
            compare(String(findChild(tracker, "icon_confirmed").badgeColor), String(Theme.pending))
            compare(findChild(tracker, "icon_coupon").kind, "skipped")
            compare(findChild(tracker, "state_stock").text, "Done")
            compare(findChild(tracker, "state_coupon").text, "Skipped")
            compare(findChild(tracker, "state_balance").text, "Failed")
            compare(findChild(tracker, "state_payment").text, "In progress…")
            compare(findChild(tracker, "state_confirmed").text, "Waiting")
        }

        function test_onlyTheActiveStepPulses() {
            const tracker = createTracker()
            verify(findChild(tracker, "icon_payment").pulsing)
            verify(!findChild(tracker, "icon_stock").pulsing)
            verify(!findChild(tracker, "icon_confirmed").pulsing)
        }

        function test_failedStepShowsItsDetailInRed() {
            const tracker = createTracker()
            const detail = findChild(tracker, "detail_balance")
            verify(detail.visible)
            compare(detail.text, "Your balance is ₩12,000 short")
            compare(String(detail.color), String(Theme.danger))
            verify(!findChild(tracker, "detail_payment").visible)
        }

        function test_followsTheModelLive() {
            const tracker = createTracker()
            steps.setProperty(3, "state", "done")
            steps.setProperty(4, "state", "active")
            compare(findChild(tracker, "step_payment").stepState, "done")
            compare(String(findChild(tracker, "icon_payment").badgeColor), String(Theme.success))
            verify(!findChild(tracker, "icon_payment").pulsing)
            verify(findChild(tracker, "icon_confirmed").pulsing)
            compare(findChild(tracker, "state_confirmed").text, "In progress…")
        }
    }
}
