pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// The best sellers as ranked rows with a bar proportional to the quantity sold. `products`
// is a list of {productId, name, quantity}, best first. Purely visual.
ColumnLayout {
    id: root

    property var products: []
    readonly property int count: repeater.count
    readonly property real largest: {
        let m = 0
        for (let i = 0; i < root.products.length; ++i)
            m = Math.max(m, root.products[i].quantity)
        return m
    }

    spacing: Math.round(fm.height * 0.55)

    FontMetrics {
        id: fm
    }

    Repeater {
        id: repeater
        model: root.products
        delegate: ColumnLayout {
            id: row
            required property var modelData
            required property int index
            objectName: "popular_" + row.modelData.productId
            Layout.fillWidth: true
            spacing: Math.round(fm.height * 0.2)
            RowLayout {
                Layout.fillWidth: true
                spacing: Math.round(fm.height * 0.5)
                Rectangle {
                    Layout.preferredWidth: Math.round(fm.height * 1.4)
                    Layout.preferredHeight: Math.round(fm.height * 1.4)
                    radius: width / 2
                    color: row.index === 0 ? Theme.accent : Theme.accentLight
                    Text {
                        anchors.centerIn: parent
                        text: row.index + 1
                        color: row.index === 0 ? Theme.textOnAccent : Theme.accent
                        font.bold: true
                        font.pixelSize: Math.round(parent.height * 0.55)
                    }
                }
                Label {
                    objectName: "popularName"
                    Layout.fillWidth: true
                    text: row.modelData.name
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "popularQuantity"
                    text: qsTr("%1 sold").arg(row.modelData.quantity)
                    color: Theme.textSecondary
                    font.weight: Font.Medium
                }
            }
            Rectangle {   // the bar
                Layout.fillWidth: true
                Layout.leftMargin: Math.round(fm.height * 1.9)
                Layout.preferredHeight: Math.max(4, Math.round(fm.height * 0.3))
                radius: height / 2
                color: Theme.accentLight
                Rectangle {
                    objectName: "popularBar"
                    width: root.largest > 0 ? parent.width * row.modelData.quantity / root.largest : 0
                    height: parent.height
                    radius: parent.radius
                    color: Theme.accent
                }
            }
        }
    }

    Label {
        objectName: "popularEmpty"
        Layout.fillWidth: true
        visible: repeater.count === 0
        text: qsTr("No sales in the last 3 days.")
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
}
