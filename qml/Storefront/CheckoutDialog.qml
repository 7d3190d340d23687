import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// This screen sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// The live checkout: a headline for tracker.state, every saga step as it happens
// (StepTracker over tracker.steps) and, after a failure, what was undone
// (CompensationList over tracker.compensations / tracker.compensated).
Dialog {
    id: root

    required property CheckoutTracker tracker

    // Titles for the headline "Failed at <step>"; the step keys are CheckoutTracker's.
    function stepTitle(key) {
        switch (key) {
        case "stock": return qsTr("Stock")
        case "coupon": return qsTr("Coupon")
        case "balance": return qsTr("Balance")
        case "payment": return qsTr("Payment")
        case "confirmed": return qsTr("Confirmation")
        default: return key
        }
    }

    readonly property string headline: {
        switch (root.tracker.state) {
        case "placing": return qsTr("Placing your order…")
        case "running": return qsTr("Payment in progress")
        case "confirmed": return qsTr("Confirmed")
        case "failed":
            return root.tracker.failureText !== ""
                    ? qsTr("Failed at %1: %2").arg(root.stepTitle(root.tracker.failedStep)).arg(root.tracker.failureText)
                    : qsTr("Failed at %1").arg(root.stepTitle(root.tracker.failedStep))
        case "cancelled": return qsTr("Cancelled")
        default: return ""
        }
    }
    readonly property string headlineKind: {
        switch (root.tracker.state) {
        case "placing":
        case "running": return "active"
        case "confirmed": return "done"
        case "failed": return "failed"
        default: return "skipped"
        }
    }

    title: root.tracker.orderId ? qsTr("Order #%1").arg(root.tracker.orderId) : qsTr("Checkout")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(fm.height * 46, Overlay.overlay ? Overlay.overlay.width - fm.height * 2 : fm.height * 46)
    closePolicy: Popup.CloseOnEscape

    FontMetrics {
        id: fm
        font: root.font
    }

    contentItem: ColumnLayout {
        spacing: Math.round(fm.height * 0.8)

        RowLayout {
            Layout.fillWidth: true
            spacing: Math.round(fm.height * 0.6)
            visible: root.headline !== ""
            StatusIcon {
                Layout.preferredWidth: Math.round(fm.height * 1.6)
                Layout.preferredHeight: Math.round(fm.height * 1.6)
                Layout.alignment: Qt.AlignTop
                kind: root.headlineKind
            }
            Label {
                objectName: "checkoutHeadline"
                Layout.fillWidth: true
                text: root.headline
                wrapMode: Text.Wrap
                font.bold: true
                font.pixelSize: Theme.scaledPixelSize(root.font, 1.3)
                color: root.tracker.state === "failed" ? Theme.danger
                     : root.tracker.state === "confirmed" ? Theme.success : Theme.textPrimary
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }

        Label {
            objectName: "checkoutError"
            Layout.fillWidth: true
            visible: root.tracker.error !== ""
            text: root.tracker.error
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        StepTracker {
            objectName: "stepTracker"
            Layout.fillWidth: true
            model: root.tracker.steps
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Math.round(fm.height * 0.4)
            visible: compensations.count > 0 || root.tracker.compensated
            Label {
                text: qsTr("What we undid")
                font.bold: true
                color: Theme.textPrimary
            }
            CompensationList {
                id: compensations
                objectName: "compensationList"
                Layout.fillWidth: true
                entries: root.tracker.compensations
                complete: root.tracker.compensated
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "closeCheckoutButton"
            text: qsTr("Close")
            highlighted: root.tracker.state === "confirmed" || root.tracker.state === "failed"
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("Close")
            onClicked: root.close()
        }
    }
}
