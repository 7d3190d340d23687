import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 500
    height: 300

    Component {
        id: cardComponent
        DashboardCard {
            width: 400
            height: 240
            title: "Saga latency"
            Rectangle {
                objectName: "cardContent"
                anchors.fill: parent
                color: "red"
            }
        }
    }

    TestCase {
        name: "DashboardCard"
        when: windowShown

        function test_titleNoteAndBody() {
            const card = createTemporaryObject(cardComponent, root)
            verify(card !== null)
            compare(findChild(card, "cardTitle").text, "Saga latency")
            verify(!findChild(card, "cardNote").visible)
            card.note = "ms, sliding 30 s"
            verify(findChild(card, "cardNote").visible)
            // The content fills the body under the title, inside the card.
            const content = findChild(card, "cardContent")
            verify(content.width > 300)
            verify(content.height > 150)
            const topLeft = content.mapToItem(card, 0, 0)
            verify(topLeft.y >= findChild(card, "cardTitle").height)
            verify(topLeft.y + content.height <= card.height)
        }
    }
}
