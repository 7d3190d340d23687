pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// This screen sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// The cart, sliding in from the right: its lines, the coupon to use, subtotal / discount /
// total (all computed by CartModel) and Checkout, which starts tracker.checkout(cart) and
// emits checkoutStarted() so that the window can show the live checkout.
Drawer {
    id: root

    required property CartModel cart
    required property MyCouponModel coupons
    required property CheckoutTracker tracker

    signal checkoutStarted()

    readonly property bool checkoutRunning: root.tracker.state === "placing" || root.tracker.state === "running"
    // The value CartModel.setCoupon() takes for "no coupon".
    readonly property int noCoupon: 0

    edge: Qt.RightEdge
    padding: 0

    FontMetrics {
        id: fm
        font: root.font
    }

    contentItem: ColumnLayout {
        spacing: 0

        // ---- title -----------------------------------------------------------------------
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Math.round(fm.height * 0.6)
            Label {
                Layout.fillWidth: true
                text: qsTr("Your cart")
                font.bold: true
                font.pixelSize: Theme.scaledPixelSize(root.font, 1.3)
                color: Theme.textPrimary
            }
            ToolButton {
                objectName: "closeCartButton"
                text: qsTr("Close")
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Close the cart")
                onClicked: root.close()
            }
        }

        // ---- lines -----------------------------------------------------------------------
        ListView {
            id: lines
            objectName: "cartList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.cart
            spacing: Math.round(fm.height * 0.3)
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Cart items")
            ScrollBar.vertical: ScrollBar { }

            delegate: Item {
                id: line
                required property string productId
                required property string name
                required property string priceText
                required property int quantity
                required property int maxQuantity
                required property string lineTotalText
                required property url imageUrl

                width: ListView.view.width
                height: cartRow.implicitHeight

                CartRow {
                    id: cartRow
                    objectName: "cartRow_" + line.productId
                    anchors.fill: parent
                    anchors.leftMargin: Math.round(fm.height * 0.4)
                    anchors.rightMargin: Math.round(fm.height * 0.4)
                    name: line.name
                    priceText: line.priceText
                    quantity: line.quantity
                    maxQuantity: line.maxQuantity
                    lineTotalText: line.lineTotalText
                    imageUrl: line.imageUrl
                    onQuantityEdited: quantity => root.cart.setQuantity(line.productId, quantity)
                    onRemoveRequested: root.cart.remove(line.productId)
                }
            }

            Label {
                parent: lines
                anchors.centerIn: parent
                visible: lines.count === 0
                text: qsTr("Your cart is empty.")
                color: Theme.textSecondary
            }
        }

        // What the cart changed by itself (a quantity lowered to the stock that is left).
        Control {
            objectName: "cartNotice"
            Layout.fillWidth: true
            Layout.leftMargin: Math.round(fm.height * 0.6)
            Layout.rightMargin: Math.round(fm.height * 0.6)
            Layout.bottomMargin: Math.round(fm.height * 0.4)
            visible: root.cart.notice !== ""
            padding: Math.round(fm.height * 0.4)
            Accessible.role: Accessible.AlertMessage
            Accessible.name: root.cart.notice
            background: Rectangle {
                radius: Theme.radius
                color: Theme.warningLight
            }
            contentItem: RowLayout {
                Label {
                    Layout.fillWidth: true
                    text: root.cart.notice
                    wrapMode: Text.Wrap
                    color: Theme.textPrimary
                }
                ToolButton {
                    text: qsTr("OK")
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("Dismiss this notice")
                    onClicked: root.cart.clearNotice()
                }
            }
        }

        // ---- coupon and totals -----------------------------------------------------------
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.border
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Math.round(fm.height * 0.8)
            spacing: Math.round(fm.height * 0.4)

            Label {
                text: qsTr("Coupon")
                font.bold: true
                color: Theme.textPrimary
            }
            ActionComboBox {
                id: couponBox
                objectName: "couponBox"
                Layout.fillWidth: true
                model: root.coupons
                textRole: "name"
                valueRole: "userCouponId"
                actionText: qsTr("No coupon")
                actionOnTop: true
                displayText: root.cart.couponName !== "" ? root.cart.couponName : qsTr("No coupon")
                currentIndex: couponBox.count >= 0 ? couponBox.indexOfValue(root.cart.userCouponId) : -1
                Accessible.name: qsTr("Coupon to use")
                onActivated: root.cart.setCoupon(couponBox.currentValue)
                onActionTriggered: root.cart.setCoupon(root.noCoupon)

                // Only coupons that can be used now are offered.
                delegate: ItemDelegate {
                    id: couponChoice
                    required property int index
                    required property string name
                    required property string valueText
                    required property string expiresText
                    required property bool usable
                    width: ListView.view ? ListView.view.width : implicitWidth
                    visible: couponChoice.usable
                    height: couponChoice.usable ? implicitHeight : 0
                    text: qsTr("%1 (%2)").arg(couponChoice.name).arg(couponChoice.valueText)
                    highlighted: couponBox.highlightedIndex === couponChoice.index
                    Accessible.name: couponChoice.text
                }
            }
            Label {
                objectName: "couponProblem"
                Layout.fillWidth: true
                visible: root.cart.couponProblem !== ""
                text: root.cart.couponProblem
                color: Theme.warning
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.topMargin: Math.round(fm.height * 0.4)
                columns: 2
                rowSpacing: Math.round(fm.height * 0.2)

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Subtotal")
                    color: Theme.textSecondary
                }
                Label {
                    objectName: "subtotalLabel"
                    Layout.alignment: Qt.AlignRight
                    text: root.cart.subtotalText
                    color: Theme.textPrimary
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Discount")
                    color: Theme.textSecondary
                }
                Label {
                    objectName: "discountLabel"
                    Layout.alignment: Qt.AlignRight
                    text: root.cart.discountText
                    color: Theme.success
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Total")
                    font.bold: true
                    font.pixelSize: Theme.scaledPixelSize(root.font, 1.2)
                    color: Theme.textPrimary
                }
                Label {
                    objectName: "totalLabel"
                    Layout.alignment: Qt.AlignRight
                    text: root.cart.totalText
                    font.bold: true
                    font.pixelSize: Theme.scaledPixelSize(root.font, 1.2)
                    color: Theme.textPrimary
                }
            }

            Button {
                id: checkoutButton
                objectName: "checkoutButton"
                Layout.fillWidth: true
                Layout.topMargin: Math.round(fm.height * 0.4)
                text: root.checkoutRunning ? qsTr("Checking out…") : qsTr("Checkout")
                enabled: root.cart.count > 0 && !root.checkoutRunning
                highlighted: true
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Check out and pay %1").arg(root.cart.totalText)
                function checkout() {
                    root.tracker.checkout(root.cart)
                    root.checkoutStarted()
                }
                onClicked: checkoutButton.checkout()
                Keys.onReturnPressed: checkoutButton.checkout()
                Keys.onEnterPressed: checkoutButton.checkout()
            }
        }
    }
}
