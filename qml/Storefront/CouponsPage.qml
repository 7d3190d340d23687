pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// This screen sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// First-come coupons to claim (the outcome of a claim shows on its card: claimed, sold out,
// already claimed, …) and the shopper's own coupons.
Control {
    id: root

    required property CouponModel coupons
    required property MyCouponModel myCoupons

    // Presentation state only: which claims are in flight, and the last outcome per coupon.
    property var pendingClaims: ({})
    property var claimOutcomes: ({})

    function claim(couponId) {
        const pending = Object.assign({}, root.pendingClaims)
        pending[couponId] = true
        root.pendingClaims = pending
        const outcomes = Object.assign({}, root.claimOutcomes)
        delete outcomes[couponId]
        root.claimOutcomes = outcomes
        root.coupons.claim(couponId)
    }

    Connections {
        target: root.coupons
        function onClaimFinished(couponId, ok, message) {
            const pending = Object.assign({}, root.pendingClaims)
            delete pending[couponId]
            root.pendingClaims = pending
            const outcomes = Object.assign({}, root.claimOutcomes)
            outcomes[couponId] = {
                "text": message !== "" ? message : (ok ? qsTr("Claimed! You will find it under My coupons.")
                                                       : qsTr("This coupon could not be claimed.")),
                "error": !ok
            }
            root.claimOutcomes = outcomes
            if (ok)
                root.myCoupons.refresh()
        }
    }

    readonly property int gap: Math.round(fm.height * 0.5)

    padding: 0

    FontMetrics {
        id: fm
        font: root.font
    }

    contentItem: ScrollView {
        id: scroll
        objectName: "couponsScroll"
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: root.gap

            Label {
                Layout.topMargin: root.gap * 2
                Layout.leftMargin: root.gap * 2
                text: qsTr("Claim a coupon")
                font.bold: true
                font.pixelSize: Theme.scaledPixelSize(root.font, 1.2)
                color: Theme.textPrimary
            }
            Label {
                Layout.leftMargin: root.gap * 2
                text: qsTr("First come, first served: each coupon has a limited number.")
                color: Theme.textSecondary
            }

            Flow {
                id: couponFlow
                objectName: "couponFlow"
                Layout.fillWidth: true
                Layout.leftMargin: root.gap * 2
                Layout.rightMargin: root.gap * 2
                spacing: root.gap * 2
                readonly property int columns: Math.max(1, Math.floor((width + spacing) / (fm.height * 24 + spacing)))
                readonly property real cardWidth: (width - spacing * (columns - 1)) / columns

                Repeater {
                    id: couponRepeater
                    model: root.coupons
                    delegate: Item {
                        id: couponCell
                        required property var couponId
                        required property string name
                        required property string kindText
                        required property string valueText
                        required property int remaining
                        required property int quantity
                        required property string expiresText
                        required property string minOrderText
                        required property bool soldOut
                        required property bool claimed
                        readonly property var outcome: root.claimOutcomes[couponCell.couponId]

                        width: couponFlow.cardWidth
                        height: card.implicitHeight

                        CouponCard {
                            id: card
                            objectName: "coupon_" + couponCell.couponId
                            width: parent.width
                            name: couponCell.name
                            kindText: couponCell.kindText
                            valueText: couponCell.valueText
                            remaining: couponCell.remaining
                            quantity: couponCell.quantity
                            expiresText: couponCell.expiresText
                            minOrderText: couponCell.minOrderText
                            soldOut: couponCell.soldOut
                            claimed: couponCell.claimed
                            busy: root.pendingClaims[couponCell.couponId] === true
                            message: couponCell.outcome ? couponCell.outcome.text : ""
                            messageIsError: couponCell.outcome ? couponCell.outcome.error : false
                            onClaimRequested: root.claim(couponCell.couponId)
                        }
                    }
                }
            }
            Label {
                Layout.leftMargin: root.gap * 2
                visible: couponRepeater.count === 0
                text: qsTr("No coupons are on offer right now.")
                color: Theme.textSecondary
            }

            Label {
                Layout.topMargin: root.gap * 2
                Layout.leftMargin: root.gap * 2
                text: qsTr("My coupons")
                font.bold: true
                font.pixelSize: Theme.scaledPixelSize(root.font, 1.2)
                color: Theme.textPrimary
            }
            ColumnLayout {
                objectName: "myCouponList"
                Layout.fillWidth: true
                Layout.maximumWidth: fm.height * 40
                Layout.leftMargin: root.gap * 2
                Layout.rightMargin: root.gap * 2
                Layout.bottomMargin: root.gap * 2
                spacing: root.gap

                Repeater {
                    id: myCouponRepeater
                    model: root.myCoupons
                    delegate: Item {
                        id: myCouponCell
                        required property var userCouponId
                        required property string name
                        required property string valueText
                        required property string status
                        required property string statusText
                        required property string expiresText
                        required property bool usable
                        Layout.fillWidth: true
                        implicitHeight: row.implicitHeight

                        MyCouponRow {
                            id: row
                            objectName: "myCoupon_" + myCouponCell.userCouponId
                            width: parent.width
                            name: myCouponCell.name
                            valueText: myCouponCell.valueText
                            status: myCouponCell.status
                            statusText: myCouponCell.statusText
                            expiresText: myCouponCell.expiresText
                            usable: myCouponCell.usable
                        }
                    }
                }
                Label {
                    visible: myCouponRepeater.count === 0
                    text: qsTr("You have no coupons yet. Claim one above.")
                    color: Theme.textSecondary
                }
            }
        }
    }
}
