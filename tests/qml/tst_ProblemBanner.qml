import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 640
    height: 200

    Component {
        id: bannerComponent
        ProblemBanner {
            width: root.width
        }
    }

    SignalSpy {
        id: dismissedSpy
        signalName: "dismissed"
    }

    TestCase {
        name: "ProblemBanner"
        when: windowShown

        function createBanner(text) {
            const banner = createTemporaryObject(bannerComponent, root, { text: text })
            verify(banner !== null)
            dismissedSpy.clear()
            dismissedSpy.target = banner
            return banner
        }

        function test_hiddenWhileTextIsEmpty() {
            const banner = createBanner("")
            verify(!banner.visible)
            banner.text = "The order database is locked; retrying."
            verify(banner.visible)
            compare(findChild(banner, "problemText").text, "The order database is locked; retrying.")
            verify(banner.height > 0)
            banner.text = ""
            verify(!banner.visible)
        }

        function test_dismissButtonEmitsDismissed() {
            const banner = createBanner("3 events are in the dead-letter queue.")
            const button = findChild(banner, "dismissButton")
            verify(button !== null)
            verify(button.visible)
            mouseClick(button)
            compare(dismissedSpy.count, 1)
            // The banner does not hide itself: the owner clears `text`.
            verify(banner.visible)
        }

        function test_keyboardDismiss() {
            const banner = createBanner("Storage is full.")
            const button = findChild(banner, "dismissButton")
            button.forceActiveFocus()
            verify(button.activeFocus)
            keyClick(Qt.Key_Space)
            compare(dismissedSpy.count, 1)
            keyClick(Qt.Key_Return)
            compare(dismissedSpy.count, 2)
        }

        function test_accessibleName() {
            const banner = createBanner("Storage is full.")
            compare(banner.Accessible.name, "Storage is full.")
            compare(findChild(banner, "dismissButton").Accessible.name, "Dismiss this message")
        }
    }
}
