import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 400
    height: 200

    Component {
        id: tileComponent
        DashboardTile { }
    }

    TestCase {
        name: "DashboardTile"
        when: windowShown

        function test_showsTitleValueAndCaption() {
            const tile = createTemporaryObject(tileComponent, root,
                                               { title: "Failure rate", value: "2.5 %", caption: "of finished sagas" })
            verify(tile !== null)
            compare(findChild(tile, "tileTitle").text, "Failure rate")
            compare(findChild(tile, "tileValue").text, "2.5 %")
            compare(findChild(tile, "tileCaption").text, "of finished sagas")
            verify(findChild(tile, "tileCaption").visible)
            compare(tile.Accessible.name, "Failure rate: 2.5 %")
            // The value is set larger than the title.
            verify(findChild(tile, "tileValue").font.pixelSize > findChild(tile, "tileTitle").font.pixelSize)
        }

        function test_captionHiddenWhenEmpty() {
            const tile = createTemporaryObject(tileComponent, root, { title: "In flight", value: "0" })
            verify(!findChild(tile, "tileCaption").visible)
            const withoutCaption = tile.implicitHeight
            tile.caption = "sagas awaiting their outcome"
            verify(findChild(tile, "tileCaption").visible)
            tryVerify(() => tile.implicitHeight > withoutCaption)  // layouts settle on the next polish
        }

        function test_toneColoursTheValue() {
            const tile = createTemporaryObject(tileComponent, root, { title: "p99", value: "6.2 s" })
            compare(findChild(tile, "tileValue").color, Theme.textPrimary)
            tile.tone = "warning"
            compare(findChild(tile, "tileValue").color, Theme.warning)
            tile.tone = "danger"
            compare(findChild(tile, "tileValue").color, Theme.danger)
            tile.tone = "normal"
            compare(findChild(tile, "tileValue").color, Theme.textPrimary)
        }

        function test_longValuesElideInsteadOfOverflowing() {
            const tile = createTemporaryObject(tileComponent, root,
                                               { width: 120, title: "Compensation rate of everything", value: "123456789012345" })
            const value = findChild(tile, "tileValue")
            verify(value.width <= tile.width)
            verify(value.truncated)
        }
    }
}
