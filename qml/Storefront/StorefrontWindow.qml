pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// The dialogs below set their own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// The shopper's window: who is shopping, their balance (with Charge), the language, the cart;
// a problem banner; Products / Coupons / Orders; the cart drawer and the live checkout dialog.
// It creates the per-window C++ models once and hands them to the pages.
ApplicationWindow {
    id: window

    width: 1280
    height: 800
    minimumWidth: 1024
    minimumHeight: 640
    visible: true
    title: qsTr("SagaShop")
    color: Theme.background

    FontMetrics {
        id: fm
        font: window.font
    }

    // ---- per-window models -------------------------------------------------------------
    Session {
        id: session
        backend: Backend
    }
    UserModel {
        id: userModel
        backend: Backend
    }
    ProductModel {
        id: productModel
        backend: Backend
        language: Language.language
    }
    CouponModel {
        id: couponModel
        backend: Backend
        userId: session.userId
        language: Language.language
    }
    MyCouponModel {
        id: myCouponModel
        backend: Backend
        userId: session.userId
        language: Language.language
    }
    MyCouponModel {   // what the cart's coupon chooser offers
        id: usableCouponModel
        backend: Backend
        userId: session.userId
        language: Language.language
        usableOnly: true
    }
    CartModel {   // its texts follow the language of `products`
        id: cartModel
        backend: Backend
        userId: session.userId
        products: productModel
    }
    CheckoutTracker {
        id: checkoutTracker
        backend: Backend
        userId: session.userId
        products: productModel
    }
    OrderHistoryModel {
        id: orderModel
        backend: Backend
        userId: session.userId
        language: Language.language
    }

    Connections {
        target: session
        function onCharged(amount) {
            chargeDialog.close()
        }
    }
    Connections {
        target: userModel
        function onUserCreated(userId) {
            session.userId = userId
            newShopperDialog.close()
        }
    }

    Shortcut {
        sequence: "Ctrl+F"
        onActivated: {
            tabs.currentIndex = 0
            productsPage.focusSearch()
        }
    }

    // The admin client opens in its own window, behind its login; nothing of it shows here.
    property Window adminWindow: null
    function openAdmin() {
        if (!window.adminWindow)
            window.adminWindow = adminWindowComponent.createObject(null) as Window
        if (!window.adminWindow)
            return
        window.adminWindow.show()
        window.adminWindow.raise()
        window.adminWindow.requestActivate()
    }
    Component {
        id: adminWindowComponent
        AdminWindow {}
    }

    // ---- header ------------------------------------------------------------------------
    header: ToolBar {
        leftPadding: Math.round(fm.height * 0.8)
        rightPadding: Math.round(fm.height * 0.8)

        RowLayout {
            anchors.fill: parent
            spacing: Math.round(fm.height * 0.8)

            Label {
                text: qsTr("SagaShop")
                font.bold: true
                font.pixelSize: Theme.scaledPixelSize(window.font, 1.4)
                color: Theme.textOnAccent
            }

            ActionComboBox {
                id: userPicker
                objectName: "userPicker"
                Layout.preferredWidth: fm.height * 12
                model: userModel
                textRole: "name"
                valueRole: "userId"
                actionText: qsTr("New shopper…")
                displayText: session.userName !== "" ? session.userName : qsTr("Choose a shopper")
                currentIndex: userPicker.count >= 0 ? userPicker.indexOfValue(session.userId) : -1
                Accessible.name: qsTr("Shopper")
                onActivated: session.userId = userPicker.currentValue
                onActionTriggered: newShopperDialog.open()
            }

            Item { Layout.fillWidth: true }

            ColumnLayout {
                spacing: 0
                Label {
                    text: qsTr("Balance")
                    color: Theme.textOnAccent
                    opacity: 0.8
                    font.pixelSize: Theme.scaledPixelSize(window.font, 0.8)
                }
                Label {
                    objectName: "balanceLabel"
                    text: session.balanceText
                    color: Theme.textOnAccent
                    font.bold: true
                    font.pixelSize: Theme.scaledPixelSize(window.font, 1.15)
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Balance %1").arg(session.balanceText)
                }
            }
            Button {
                id: chargeButton
                objectName: "chargeButton"
                text: qsTr("Charge")
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Charge your balance")
                onClicked: chargeDialog.open()
                // A light pill that reads on the dark tool bar.
                contentItem: Text {
                    text: chargeButton.text
                    font: chargeButton.font
                    color: Theme.accent
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    implicitWidth: fm.height * 4
                    implicitHeight: fm.height * 1.8
                    radius: height / 2
                    color: chargeButton.down ? Theme.accentLight : "white"
                    border.width: chargeButton.visualFocus ? 2 : 0
                    border.color: Theme.info
                }
            }

            LanguageSwitch {
                objectName: "languageSwitch"
                language: Language.language
                onLanguageSelected: code => Language.language = code
            }

            ToolButton {
                id: cartButton
                objectName: "cartButton"
                text: qsTr("Cart")
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Cart, %n item(s)", "", cartModel.count)
                onClicked: cartDrawer.open()

                Rectangle {   // item count badge
                    objectName: "cartBadge"
                    visible: cartModel.count > 0
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 2
                    width: Math.max(height, badgeLabel.implicitWidth + 8)
                    height: badgeLabel.implicitHeight + 2
                    radius: height / 2
                    color: Theme.danger
                    Label {
                        id: badgeLabel
                        anchors.centerIn: parent
                        text: cartModel.count
                        color: "white"
                        font.bold: true
                        font.pixelSize: Theme.scaledPixelSize(window.font, 0.75)
                    }
                }
            }

            ToolButton {
                id: moreButton
                objectName: "moreButton"
                text: "⋮"
                font.pixelSize: Theme.scaledPixelSize(window.font, 1.3)
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("More")
                onClicked: moreMenu.open()
                Menu {
                    id: moreMenu
                    y: moreButton.height
                    MenuItem {
                        objectName: "openAdminMenuItem"
                        text: qsTr("Administration…")
                        onTriggered: window.openAdmin()
                    }
                }
            }
        }
    }

    // ---- content -----------------------------------------------------------------------
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ProblemBanner {
            objectName: "problemBanner"
            Layout.fillWidth: true
            text: Backend.problem
            onDismissed: Backend.dismissProblem()
        }

        TabBar {
            id: tabs
            objectName: "tabs"
            Layout.fillWidth: true
            TabButton {
                text: qsTr("Products")
                objectName: "productsTab"
            }
            TabButton {
                text: qsTr("Coupons")
                objectName: "couponsTab"
            }
            TabButton {
                text: qsTr("Orders")
                objectName: "ordersTab"
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ProductsPage {
                id: productsPage
                products: productModel
                cart: cartModel
            }
            CouponsPage {
                coupons: couponModel
                myCoupons: myCouponModel
            }
            OrdersPage {
                orders: orderModel
                tracker: checkoutTracker
                onOrderOpened: checkoutDialog.open()
            }
        }
    }

    // ---- popups ------------------------------------------------------------------------
    CartDrawer {
        id: cartDrawer
        height: window.height
        width: Math.min(fm.height * 30, window.width * 0.9)
        cart: cartModel
        coupons: usableCouponModel
        tracker: checkoutTracker
        onCheckoutStarted: {
            cartDrawer.close()
            checkoutDialog.open()
        }
    }

    CheckoutDialog {
        id: checkoutDialog
        objectName: "checkoutDialog"
        tracker: checkoutTracker
    }

    ChargeDialog {
        id: chargeDialog
        objectName: "chargeDialog"
        busy: session.busy
        errorText: session.chargeError
        onAboutToShow: session.clearChargeError()
        onChargeRequested: text => session.charge(text)
    }

    Dialog {
        id: newShopperDialog
        objectName: "newShopperDialog"
        title: qsTr("New shopper")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(fm.height * 20, window.width - fm.height * 2)
        onAboutToShow: nameField.text = ""
        onOpened: nameField.forceActiveFocus()

        function create() {
            if (nameField.text !== "")
                userModel.createUser(nameField.text)
        }

        contentItem: ColumnLayout {
            spacing: Math.round(fm.height * 0.4)
            TextField {
                id: nameField
                objectName: "newShopperName"
                Layout.fillWidth: true
                placeholderText: qsTr("Name")
                selectByMouse: true
                Accessible.name: qsTr("Name of the new shopper")
                onAccepted: newShopperDialog.create()
            }
            Label {
                Layout.fillWidth: true
                visible: userModel.error !== ""
                text: userModel.error
                color: Theme.danger
                wrapMode: Text.Wrap
            }
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: newShopperDialog.reject()
            }
            Button {
                objectName: "createShopperButton"
                text: qsTr("Create")
                highlighted: true
                enabled: nameField.text !== ""
                onClicked: newShopperDialog.create()
            }
        }
    }
}
