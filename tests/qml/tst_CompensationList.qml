import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 500
    height: 400

    Component {
        id: listComponent
        CompensationList {
            width: root.width
        }
    }

    TestCase {
        name: "CompensationList"
        when: windowShown

        function createList() {
            const list = createTemporaryObject(listComponent, root)
            verify(list !== null)
            return list
        }

        function test_emptyShowsNothing() {
            const list = createList()
            compare(list.count, 0)
            verify(!findChild(list, "completeLine").visible)
        }

        function test_entriesAppearInArrivalOrder() {
            const list = createList()
            list.entries = ["Stock restored: 2 × Americano Beans"]
            compare(list.count, 1)
            const first = findChild(list, "compensation_0")
            verify(first !== null)
            tryVerify(() => first.opacity === 1 && first.x === 0, 3000)

            list.entries = ["Stock restored: 2 × Americano Beans", "Coupon WELCOME10 is yours again"]
            compare(list.count, 2)
            // An arrival is an insertion: the first row is the same object, not rebuilt.
            compare(findChild(list, "compensation_0"), first)
            const second = findChild(list, "compensation_1")
            verify(second !== null)
            compare(second.Accessible.name, "Coupon WELCOME10 is yours again")
            // It slides in below the first one and ends fully shown, in place.
            tryVerify(() => second.y > first.y + first.height / 2 && second.opacity === 1 && second.x === 0, 3000)
        }

        function test_completeAddsTheClosingLine() {
            const list = createList()
            list.entries = ["Stock restored"]
            list.complete = true
            const line = findChild(list, "completeLine")
            verify(line.visible)
            compare(findChild(list, "completeLabel").text, "Everything was undone; you were not charged")
            tryCompare(line, "opacity", 1, 3000)
            list.complete = false
            verify(!line.visible)
        }

        function test_startingOverClearsTheRows() {
            const list = createList()
            list.entries = ["a", "b", "c"]
            compare(list.count, 3)
            list.entries = []
            compare(list.count, 0)
            list.entries = ["x"]
            compare(list.count, 1)
            compare(findChild(list, "compensation_0").Accessible.name, "x")
        }
    }
}
