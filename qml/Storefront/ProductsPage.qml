pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// This screen sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// The catalogue: search and sort, the "Popular (last 3 days)" strip and a grid of product
// cards whose stock moves live. Add → cart.add(productId).
Control {
    id: root

    required property ProductModel products
    required property CartModel cart

    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }

    readonly property int gap: Math.round(fm.height * 0.5)

    padding: 0

    FontMetrics {
        id: fm
        font: root.font
    }

    ProductFilterModel {
        id: filter
        source: root.products
        searchText: searchField.text
        sortKey: sortBox.currentValue !== undefined ? sortBox.currentValue : "name"
        ascending: sortOrder.ascending
    }

    PopularModel {   // reaches the backend through `products`
        id: popular
        products: root.products
    }

    contentItem: ColumnLayout {
        spacing: root.gap

        // ---- search and sort -------------------------------------------------------------
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: root.gap
            Layout.rightMargin: root.gap
            spacing: root.gap

            TextField {
                id: searchField
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.maximumWidth: fm.height * 28
                placeholderText: qsTr("Search products")
                selectByMouse: true
                Accessible.name: qsTr("Search products")
                Accessible.role: Accessible.EditableText
                Keys.onEscapePressed: searchField.clear()
            }
            Item { Layout.fillWidth: true }
            Label {
                text: qsTr("Sort by")
                color: Theme.textSecondary
            }
            ComboBox {
                id: sortBox
                objectName: "sortBox"
                Layout.preferredWidth: fm.height * 10
                textRole: "text"
                valueRole: "value"
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Sort by")
                model: [
                    { "text": qsTr("Name"), "value": "name", "ascending": true },
                    { "text": qsTr("Price"), "value": "price", "ascending": true },
                    { "text": qsTr("Popularity"), "value": "popularity", "ascending": false }
                ]
                // Each key starts in its natural direction (most popular first).
                onActivated: index => sortOrder.ascending = sortBox.model[index].ascending
            }
            ToolButton {
                id: sortOrder
                objectName: "sortOrderButton"
                property bool ascending: true
                text: sortOrder.ascending ? qsTr("↑ Ascending") : qsTr("↓ Descending")
                focusPolicy: Qt.StrongFocus
                Accessible.name: sortOrder.ascending ? qsTr("Sorted ascending; switch to descending")
                                                     : qsTr("Sorted descending; switch to ascending")
                onClicked: sortOrder.ascending = !sortOrder.ascending
            }
        }

        // ---- popular strip ---------------------------------------------------------------
        Label {
            Layout.leftMargin: root.gap
            text: qsTr("Popular (last 3 days)")
            font.bold: true
            font.pixelSize: Theme.scaledPixelSize(root.font, 1.15)
            color: Theme.textPrimary
        }
        ListView {
            id: popularStrip
            objectName: "popularStrip"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(fm.height * 3.6)
            orientation: ListView.Horizontal
            spacing: root.gap
            clip: true
            model: popular
            leftMargin: root.gap
            rightMargin: root.gap
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Popular (last 3 days)")

            delegate: Rectangle {
                id: popularItem
                required property int rank
                required property string name
                required property int quantity
                required property url imageUrl
                width: Math.round(fm.height * 15)
                height: ListView.view.height
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("Number %1: %2, %n sold", "", popularItem.quantity).arg(popularItem.rank).arg(popularItem.name)

                RowLayout {
                    anchors.fill: parent
                    anchors.margins: Math.round(fm.height * 0.35)
                    spacing: Math.round(fm.height * 0.4)
                    Rectangle {
                        Layout.preferredWidth: fm.height * 1.5
                        Layout.preferredHeight: fm.height * 1.5
                        radius: width / 2
                        color: popularItem.rank <= 3 ? Theme.accent : Theme.pending
                        Label {
                            anchors.centerIn: parent
                            text: popularItem.rank
                            color: "white"
                            font.bold: true
                        }
                    }
                    Image {
                        Layout.preferredWidth: Math.round(fm.height * 2.6)
                        Layout.preferredHeight: Math.round(fm.height * 2.6)
                        source: popularItem.imageUrl
                        sourceSize.width: width
                        sourceSize.height: height
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: popularItem.name
                            font.bold: true
                            elide: Text.ElideRight
                            color: Theme.textPrimary
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%n sold", "", popularItem.quantity)
                            color: Theme.textSecondary
                            elide: Text.ElideRight
                        }
                    }
                }
            }

            Label {
                parent: popularStrip
                anchors.centerIn: parent
                visible: popularStrip.count === 0
                text: qsTr("Nothing sold in the last 3 days yet.")
                color: Theme.textSecondary
            }
        }

        // ---- the grid --------------------------------------------------------------------
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            GridView {
                id: grid
                objectName: "productGrid"
                anchors.fill: parent
                anchors.leftMargin: root.gap
                anchors.rightMargin: root.gap
                clip: true
                model: filter
                // Columns follow the width: cards are at least ~12 lines of text wide, so the
                // grid holds from 1024 px up to 4K and at 200 % scale alike.
                readonly property int columns: Math.max(1, Math.floor(width / (fm.height * 12)))
                cellWidth: Math.floor(width / columns)
                cellHeight: probe.implicitHeight + root.gap * 2
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Products")

                ScrollBar.vertical: ScrollBar { }

                delegate: Item {
                    id: cell
                    required property string productId
                    required property string name
                    required property string priceText
                    required property int stock
                    required property bool soldOut
                    required property url imageUrl

                    width: grid.cellWidth
                    height: grid.cellHeight

                    ProductCard {
                        anchors.fill: parent
                        anchors.margins: root.gap
                        name: cell.name
                        priceText: cell.priceText
                        stock: cell.stock
                        soldOut: cell.soldOut
                        imageUrl: cell.imageUrl
                        onAddRequested: root.cart.add(cell.productId)
                    }
                }
            }

            // Measures how tall a card is at the current cell width (fonts and style decide).
            ProductCard {
                id: probe
                visible: false
                width: grid.cellWidth - root.gap * 2
                name: "—"
                priceText: "—"
            }

            BusyIndicator {
                anchors.centerIn: parent
                running: !root.products.loaded && root.products.error === ""
                visible: running
            }
            Label {
                anchors.centerIn: parent
                width: parent.width * 0.8
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: root.products.error !== "" || (root.products.loaded && grid.count === 0)
                text: root.products.error !== ""
                      ? root.products.error
                      : (searchField.text !== "" ? qsTr("No products match “%1”.").arg(searchField.text)
                                                 : qsTr("No products yet."))
                color: root.products.error !== "" ? Theme.danger : Theme.textSecondary
            }
        }
    }
}
