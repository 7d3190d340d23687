import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// One cart line: picture, name, unit price, a quantity SpinBox (1…maxQuantity, never more)
// and the line total. Edits go out as quantityEdited(n); the owner applies them.
Control {
    id: root

    property string name
    property string priceText
    property int quantity: 1
    property int maxQuantity: 1
    property string lineTotalText
    property url imageUrl

    signal quantityEdited(int quantity)
    signal removeRequested()

    padding: Math.round(fm.height * 0.4)
    implicitWidth: fm.height * 24
    implicitHeight: contentItem.implicitHeight + topPadding + bottomPadding

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, quantity %2, %3").arg(root.name).arg(root.quantity).arg(root.lineTotalText)

    FontMetrics {
        id: fm
        font: root.font
    }

    contentItem: RowLayout {
        spacing: Math.round(fm.height * 0.6)

        Rectangle {
            Layout.preferredWidth: Math.round(fm.height * 3.2)
            Layout.preferredHeight: Math.round(fm.height * 3.2)
            Layout.alignment: Qt.AlignTop
            radius: Theme.radius - 2
            color: Theme.background
            Image {
                anchors.fill: parent
                anchors.margins: 2
                source: root.imageUrl
                sourceSize.width: width
                sourceSize.height: height
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                Accessible.ignored: true
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Math.round(fm.height * 0.2)
            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "nameLabel"
                    Layout.fillWidth: true
                    text: root.name
                    font.bold: true
                    elide: Text.ElideRight
                    color: Theme.textPrimary
                }
                ToolButton {
                    id: removeButton
                    objectName: "removeButton"
                    text: qsTr("Remove")
                    font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                    focusPolicy: Qt.StrongFocus
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("Remove %1 from the cart").arg(root.name)
                    onClicked: root.removeRequested()
                    Keys.onReturnPressed: root.removeRequested()
                    Keys.onEnterPressed: root.removeRequested()
                }
            }
            Label {
                objectName: "priceLabel"
                text: root.priceText
                color: Theme.textSecondary
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Math.round(fm.height * 0.5)
                SpinBox {
                    id: spin
                    objectName: "quantitySpin"
                    from: 1
                    to: Math.max(spin.from, root.maxQuantity)
                    value: root.quantity
                    editable: true
                    focusPolicy: Qt.StrongFocus
                    Layout.preferredWidth: fm.height * 7
                    Accessible.name: qsTr("Quantity of %1").arg(root.name)
                    onValueModified: root.quantityEdited(spin.value)
                }
                Label {
                    objectName: "maxLabel"
                    visible: root.quantity >= root.maxQuantity
                    text: qsTr("max %1").arg(root.maxQuantity)
                    color: Theme.warning
                    font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                }
                Item { Layout.fillWidth: true }
                Label {
                    objectName: "lineTotalLabel"
                    text: root.lineTotalText
                    font.bold: true
                    color: Theme.textPrimary
                }
            }
        }
    }
}
