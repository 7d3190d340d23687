import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// One product tile: image, name, price, live stock and an "Add to cart" button.
// Data in through properties, the add action out through addRequested().
// A stock change plays a visible transition: the stock line flashes, the number counts to the
// new value and a small "+n / -n" chip floats up.
Control {
    id: root

    property string name
    property string priceText
    property int stock
    property bool soldOut
    property url imageUrl

    signal addRequested()

    // Presentation state of the live-stock transition.
    readonly property alias stockAnimating: stockChange.running
    property int shownStock: stock
    property int lastStock: 0
    property int stockDelta: 0
    property bool ready: false

    Behavior on shownStock {
        enabled: root.ready
        NumberAnimation { duration: Theme.longDuration; easing.type: Easing.OutCubic }
    }

    onStockChanged: {
        if (ready && stock !== lastStock) {
            stockDelta = stock - lastStock
            stockChange.restart()
        }
        lastStock = stock
    }
    Component.onCompleted: {
        lastStock = stock
        ready = true
    }

    padding: Math.round(fm.height * 0.5)
    implicitWidth: fm.height * 12
    implicitHeight: topPadding + bottomPadding + contentItem.implicitHeight

    Accessible.role: Accessible.Grouping
    Accessible.name: root.soldOut ? qsTr("%1, %2, sold out").arg(root.name).arg(root.priceText)
                                  : qsTr("%1, %2, %n in stock", "", root.stock).arg(root.name).arg(root.priceText)

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: root.hovered ? Theme.accent : Theme.border
        border.width: 1
    }

    contentItem: ColumnLayout {
        spacing: Math.round(fm.height * 0.3)
        opacity: root.soldOut ? 0.5 : 1.0
        Behavior on opacity { NumberAnimation { duration: Theme.shortDuration } }

        Rectangle {   // the picture, on a rounded tile
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(width * 0.75)
            radius: Theme.radius - 2
            color: Theme.background
            clip: true
            Image {
                id: picture
                objectName: "productImage"
                anchors.fill: parent
                anchors.margins: Math.round(fm.height * 0.25)
                source: root.imageUrl
                sourceSize.width: width
                sourceSize.height: height
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                smooth: true
                Accessible.ignored: true
            }
        }

        Item {   // two lines are kept for the name, so that prices line up across cards
            Layout.fillWidth: true
            Layout.preferredHeight: Math.ceil(nameMetrics.lineSpacing * 2)
            FontMetrics {
                id: nameMetrics
                font: nameLabel.font
            }
            Label {
                id: nameLabel
                objectName: "nameLabel"
                width: parent.width
                text: root.name
                font.bold: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.textPrimary
            }
        }

        Label {
            objectName: "priceLabel"
            Layout.fillWidth: true
            text: root.priceText
            font.pixelSize: Theme.scaledPixelSize(root.font, 1.15)
            font.bold: true
            color: Theme.accent
            elide: Text.ElideRight
        }

        RowLayout {   // the stock line with its highlight and the floating delta chip
            Layout.fillWidth: true
            spacing: Math.round(fm.height * 0.3)
            Item {
                Layout.preferredWidth: stockLabel.implicitWidth + fm.height * 0.6
                Layout.preferredHeight: stockLabel.implicitHeight + fm.height * 0.2
                Rectangle {
                    id: stockFlash
                    objectName: "stockFlash"
                    anchors.fill: parent
                    radius: height / 2
                    color: Theme.highlight
                    opacity: 0
                }
                Label {
                    id: stockLabel
                    objectName: "stockLabel"
                    anchors.centerIn: parent
                    text: root.soldOut ? qsTr("Sold out") : qsTr("%n in stock", "", root.shownStock)
                    color: root.soldOut ? Theme.danger : (root.shownStock <= 5 ? Theme.warning : Theme.textSecondary)
                    font.bold: root.soldOut || stockChange.running
                }
            }
            Label {
                id: deltaChip
                objectName: "stockDelta"
                Layout.fillWidth: true
                text: root.stockDelta > 0 ? qsTr("+%1").arg(root.stockDelta) : qsTr("−%1").arg(-root.stockDelta)
                color: root.stockDelta > 0 ? Theme.success : Theme.danger
                font.bold: true
                opacity: 0
                transform: Translate { id: deltaShift }
            }
        }

        Button {
            id: addButton
            objectName: "addButton"
            Layout.fillWidth: true
            text: root.soldOut ? qsTr("Sold out") : qsTr("Add to cart")
            enabled: !root.soldOut
            focusPolicy: Qt.StrongFocus
            highlighted: true
            Accessible.name: qsTr("Add %1 to cart").arg(root.name)
            Accessible.role: Accessible.Button
            onClicked: root.addRequested()
            Keys.onReturnPressed: root.addRequested()
            Keys.onEnterPressed: root.addRequested()
        }
    }

    ParallelAnimation {
        id: stockChange
        SequentialAnimation {
            NumberAnimation { target: stockFlash; property: "opacity"; to: 1; duration: Theme.shortDuration }
            PauseAnimation { duration: Theme.longDuration }
            NumberAnimation { target: stockFlash; property: "opacity"; to: 0; duration: Theme.longDuration }
        }
        SequentialAnimation {
            PropertyAction { target: deltaShift; property: "y"; value: 0 }
            NumberAnimation { target: deltaChip; property: "opacity"; to: 1; duration: Theme.shortDuration }
            ParallelAnimation {
                NumberAnimation { target: deltaShift; property: "y"; to: -fm.height * 0.8; duration: Theme.longDuration * 1.5; easing.type: Easing.OutCubic }
                NumberAnimation { target: deltaChip; property: "opacity"; to: 0; duration: Theme.longDuration * 1.5; easing.type: Easing.InCubic }
            }
        }
    }
}
