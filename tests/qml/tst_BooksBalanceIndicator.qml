import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 420
    height: 300

    Component {
        id: indicatorComponent
        BooksBalanceIndicator {
            width: root.width
        }
    }

    SignalSpy {
        id: checkSpy
        signalName: "checkRequested"
    }

    TestCase {
        name: "BooksBalanceIndicator"
        when: windowShown

        function create(properties) {
            const indicator = createTemporaryObject(indicatorComponent, root, properties)
            verify(indicator !== null)
            checkSpy.clear()
            checkSpy.target = indicator
            return indicator
        }

        function test_okIsGreen() {
            const indicator = create({ verdict: "ok", title: "Books balance",
                                       summary: "Stock, money and coupons add up; no saga is stuck." })
            compare(indicator.tone, Theme.success)
            compare(findChild(indicator, "booksBalanceMark").color, Theme.success)
            compare(findChild(indicator, "booksBalanceTitle").text, "Books balance")
            compare(findChild(indicator, "booksBalanceTitle").color, Theme.success)
            compare(findChild(indicator, "booksBalanceBackground").color, Theme.successLight)
        }

        function test_brokenIsRedAndNamesTheInvariant() {
            const indicator = create({ verdict: "broken", title: "Books out of balance: Balance",
                                       summary: "Balance: ₩1,000 spent from balances and ₩0 paid, but confirmed orders total ₩0 (off by ₩1,000)" })
            compare(indicator.tone, Theme.danger)
            compare(findChild(indicator, "booksBalanceMark").color, Theme.danger)
            compare(findChild(indicator, "booksBalanceTitle").color, Theme.danger)
            verify(findChild(indicator, "booksBalanceSummary").text.indexOf("off by ₩1,000") >= 0)
            verify(findChild(indicator, "booksBalanceSummary").visible)
            compare(indicator.Accessible.name, "Books out of balance: Balance")
        }

        function test_settlingIsAmberAndUnknownGrey() {
            const indicator = create({ verdict: "settling", title: "Books settling" })
            compare(indicator.tone, Theme.warning)
            verify(!findChild(indicator, "booksBalanceSummary").visible)
            indicator.verdict = "unknown"
            compare(indicator.tone, Theme.pending)
            compare(findChild(indicator, "booksBalanceTitle").color, Theme.textSecondary)
        }

        function test_checkNowEmitsAndIsDisabledWhileChecking() {
            const indicator = create({ verdict: "ok", title: "Books balance", checkedText: "Checked at 12:00:00" })
            const button = findChild(indicator, "checkNowButton")
            compare(findChild(indicator, "booksBalanceCheckedAt").text, "Checked at 12:00:00")
            mouseClick(button)
            compare(checkSpy.count, 1)
            indicator.checking = true
            verify(!button.enabled)
            compare(findChild(indicator, "booksBalanceCheckedAt").text, "Checking…")
            mouseClick(button)
            compare(checkSpy.count, 1)
            indicator.checking = false
            verify(button.enabled)
        }
    }
}
