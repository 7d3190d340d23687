import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 600
    height: 300

    Component {
        id: cardComponent
        CouponCard {
            width: 460
            name: "Welcome 10%"
            valueText: "10%"
            kindText: "Percent"
            remaining: 50
            quantity: 100
            expiresText: "Until 30 Nov"
            minOrderText: "Orders over ₩20,000"
        }
    }

    SignalSpy {
        id: claimSpy
        signalName: "claimRequested"
    }

    TestCase {
        name: "CouponCard"
        when: windowShown

        function createCard(properties) {
            const card = createTemporaryObject(cardComponent, root, properties || {})
            verify(card !== null)
            claimSpy.clear()
            claimSpy.target = card
            return card
        }

        function test_claimButtonEmitsClaimRequested() {
            const card = createCard()
            const button = findChild(card, "claimButton")
            verify(button.enabled)
            compare(button.text, "Claim")
            mouseClick(button)
            compare(claimSpy.count, 1)
            button.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(claimSpy.count, 2)
            keyClick(Qt.Key_Return)
            compare(claimSpy.count, 3)
        }

        function test_cannotClaimWhenSoldOutClaimedOrBusy() {
            const cases = [
                { props: { soldOut: true, remaining: 0 }, text: "Sold out" },
                { props: { claimed: true }, text: "Claimed" },
                { props: { busy: true }, text: "Claiming…" }
            ]
            for (const c of cases) {
                const card = createCard(c.props)
                const button = findChild(card, "claimButton")
                verify(!button.enabled, c.text)
                compare(button.text, c.text)
                mouseClick(button)
                compare(claimSpy.count, 0, c.text)
            }
        }

        function test_soldOutSaysSo() {
            const card = createCard({ soldOut: true, remaining: 0 })
            compare(findChild(card, "remainingLabel").text, "Sold out")
        }

        function test_remainingBarSlidesToTheNewCount() {
            const card = createCard()
            const track = findChild(card, "remainingTrack")
            const fill = findChild(card, "remainingFill")
            verify(track.width > 0)
            verify(Math.abs(fill.width - track.width * 0.5) < 1)
            compare(findChild(card, "remainingLabel").text, "50 of 100 left")

            card.remaining = 10
            compare(findChild(card, "remainingLabel").text, "10 of 100 left")
            verify(card.remainingAnimating)
            verify(fill.width > track.width * 0.1 + 1, "the bar moves, it does not jump")
            tryVerify(() => Math.abs(fill.width - track.width * 0.1) < 1, 3000)
        }

        function test_claimOutcomeIsShownInline() {
            const card = createCard()
            const message = findChild(card, "messageLabel")
            verify(!message.visible)
            card.message = "Sorry, this coupon is sold out."
            card.messageIsError = true
            verify(message.visible)
            compare(message.text, "Sorry, this coupon is sold out.")
            compare(String(message.color), String(Theme.danger))
            card.messageIsError = false
            compare(String(message.color), String(Theme.success))
        }
    }
}
