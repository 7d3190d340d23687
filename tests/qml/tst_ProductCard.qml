import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 400
    height: 600

    Component {
        id: cardComponent
        ProductCard {
            width: 240
            name: "Americano Beans"
            priceText: "₩18,900"
            stock: 120
            imageUrl: "qrc:/sagashop/images/p01.svg"
        }
    }

    SignalSpy {
        id: addSpy
        signalName: "addRequested"
    }

    TestCase {
        name: "ProductCard"
        when: windowShown

        function createCard(properties) {
            const card = createTemporaryObject(cardComponent, root, properties || {})
            verify(card !== null)
            addSpy.clear()
            addSpy.target = card
            return card
        }

        function test_showsTheProduct() {
            const card = createCard()
            compare(findChild(card, "nameLabel").text, "Americano Beans")
            compare(findChild(card, "priceLabel").text, "₩18,900")
            compare(findChild(card, "stockLabel").text, "120 in stock")
            const image = findChild(card, "productImage")
            tryCompare(image, "status", Image.Ready)
            verify(image.paintedWidth > 0)
            verify(findChild(card, "addButton").enabled)
        }

        function test_addButtonEmitsAddRequested() {
            const card = createCard()
            const button = findChild(card, "addButton")
            mouseClick(button)
            compare(addSpy.count, 1)
        }

        function test_keyboardActivatesAdd() {
            const card = createCard()
            const button = findChild(card, "addButton")
            button.forceActiveFocus()
            verify(button.activeFocus)
            keyClick(Qt.Key_Space)
            compare(addSpy.count, 1)
            keyClick(Qt.Key_Return)
            compare(addSpy.count, 2)
            keyClick(Qt.Key_Enter)
            compare(addSpy.count, 3)
        }

        function test_soldOutIsDimmedAndCannotBeAdded() {
            const card = createCard({ stock: 0, soldOut: true })
            const button = findChild(card, "addButton")
            verify(!button.enabled)
            compare(findChild(card, "stockLabel").text, "Sold out")
            tryVerify(() => card.contentItem.opacity < 0.75)
            mouseClick(button)
            button.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(addSpy.count, 0)
        }

        function test_becomingSoldOutDisablesAdd() {
            const card = createCard({ stock: 1 })
            verify(findChild(card, "addButton").enabled)
            card.stock = 0
            card.soldOut = true
            verify(!findChild(card, "addButton").enabled)
            compare(findChild(card, "stockLabel").text, "Sold out")
        }

        function test_noStockTransitionWhenCreated() {
            const card = createCard()
            verify(!card.stockAnimating)
            compare(findChild(card, "stockFlash").opacity, 0)
        }

        function test_stockChangeIsVisible() {
            const card = createCard({ stock: 10 })
            card.stock = 7
            verify(card.stockAnimating)
            compare(findChild(card, "stockDelta").text, "−3")
            // The stock line lights up, the number counts down to the new value, the light fades.
            tryVerify(() => findChild(card, "stockFlash").opacity > 0.5, 2000)
            tryCompare(findChild(card, "stockLabel"), "text", "7 in stock", 3000)
            tryVerify(() => !card.stockAnimating, 5000)
            compare(findChild(card, "stockFlash").opacity, 0)

            card.stock = 12
            verify(card.stockAnimating)
            compare(findChild(card, "stockDelta").text, "+5")
            tryCompare(findChild(card, "stockLabel"), "text", "12 in stock", 3000)
        }

        function test_accessibility() {
            const card = createCard()
            compare(findChild(card, "addButton").Accessible.name, "Add Americano Beans to cart")
            verify(card.Accessible.name.indexOf("120 in stock") >= 0)
        }
    }
}
