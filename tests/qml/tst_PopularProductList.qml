import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 360
    height: 400

    Component {
        id: listComponent
        PopularProductList {
            width: root.width
        }
    }

    TestCase {
        name: "PopularProductList"
        when: windowShown

        function rows(list) {
            const found = []
            for (let i = 0; i < list.children.length; ++i) {
                const child = list.children[i]
                if (child.objectName.indexOf("popular_") === 0)
                    found.push(child)
            }
            return found
        }

        function test_emptyListSaysSo() {
            const list = createTemporaryObject(listComponent, root, { products: [] })
            compare(list.count, 0)
            verify(findChild(list, "popularEmpty").visible)
        }

        function test_rowsInOrderWithProportionalBars() {
            const list = createTemporaryObject(listComponent, root, { products: [
                { productId: "p03", name: "Cold brew", quantity: 40 },
                { productId: "p01", name: "Drip bag", quantity: 10 }
            ] })
            compare(list.count, 2)
            verify(!findChild(list, "popularEmpty").visible)
            const found = rows(list)
            compare(found.length, 2)
            compare(found[0].objectName, "popular_p03")
            compare(findChild(found[0], "popularName").text, "Cold brew")
            compare(findChild(found[0], "popularQuantity").text, "40 sold")
            compare(findChild(found[1], "popularName").text, "Drip bag")
            const top = findChild(found[0], "popularBar")
            const second = findChild(found[1], "popularBar")
            verify(top.width > 0)
            fuzzyCompare(second.width, top.width / 4, 1)
        }

        function test_followsNewLists() {
            const list = createTemporaryObject(listComponent, root, { products: [
                { productId: "p01", name: "Drip bag", quantity: 1 }
            ] })
            compare(list.count, 1)
            list.products = [
                { productId: "p02", name: "Beans", quantity: 5 },
                { productId: "p01", name: "Drip bag", quantity: 3 },
                { productId: "p04", name: "Mug", quantity: 2 }
            ]
            compare(list.count, 3)
            compare(rows(list)[0].objectName, "popular_p02")
            list.products = []
            compare(list.count, 0)
            verify(findChild(list, "popularEmpty").visible)
        }
    }
}
