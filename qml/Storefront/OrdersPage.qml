pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import SagaShop
import SagaShop.Ui

// This screen sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// The shopper's orders, newest as OrderHistoryModel sorts them. Opening one asks the tracker
// to follow that order and emits orderOpened() so that the window shows its steps.
Control {
    id: root

    required property OrderHistoryModel orders
    required property CheckoutTracker tracker

    signal orderOpened()

    readonly property int gap: Math.round(fm.height * 0.5)

    padding: 0

    FontMetrics {
        id: fm
        font: root.font
    }

    contentItem: ListView {
        id: list
        objectName: "orderList"
        clip: true
        model: root.orders
        spacing: root.gap
        topMargin: root.gap * 2
        bottomMargin: root.gap * 2
        boundsBehavior: Flickable.StopAtBounds
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Your orders")
        ScrollBar.vertical: ScrollBar { }

        delegate: Item {
            id: order
            required property var orderId
            required property string status
            required property string statusText
            required property string finalAmountText
            required property string createdText
            required property string itemsText
            required property string failureText

            width: Math.min(ListView.view.width - root.gap * 4, fm.height * 60)
            x: (ListView.view.width - width) / 2
            height: orderRow.implicitHeight

            OrderRow {
                id: orderRow
                objectName: "order_" + order.orderId
                anchors.fill: parent
                orderId: order.orderId
                status: order.status
                statusText: order.statusText
                finalAmountText: order.finalAmountText
                createdText: order.createdText
                itemsText: order.itemsText
                failureText: order.failureText
                onActivated: {
                    root.tracker.track(order.orderId)
                    root.orderOpened()
                }
            }
        }

        Label {
            parent: list
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No orders yet.")
            color: Theme.textSecondary
        }
    }
}
