import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// "Charge balance": an amount field (digits only) and a Charge button. The dialog does not
// validate or close itself on Charge: it emits chargeRequested(text), shows `errorText` under
// the field and `busy` while the owner works; the owner closes it when the charge went through.
Dialog {
    id: root

    property string errorText
    property bool busy
    readonly property alias amountText: amountField.text

    signal chargeRequested(string text)

    function requestCharge() {
        if (!root.busy && amountField.text !== "")
            root.chargeRequested(amountField.text)
    }

    title: qsTr("Charge balance")
    modal: true
    focus: true
    closePolicy: root.busy ? Popup.NoAutoClose : (Popup.CloseOnEscape | Popup.CloseOnPressOutside)
    anchors.centerIn: Overlay.overlay
    width: Math.min(fm.height * 22, Overlay.overlay ? Overlay.overlay.width - fm.height * 2 : fm.height * 22)

    onAboutToShow: amountField.text = ""
    onOpened: amountField.forceActiveFocus()

    FontMetrics {
        id: fm
        font: root.font
    }

    contentItem: ColumnLayout {
        spacing: Math.round(fm.height * 0.4)
        Label {
            Layout.fillWidth: true
            text: qsTr("How much would you like to add to your balance (in won)?")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }
        TextField {
            id: amountField
            objectName: "amountField"
            Layout.fillWidth: true
            placeholderText: qsTr("Amount, e.g. 50000")
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
            enabled: !root.busy
            selectByMouse: true
            Accessible.name: qsTr("Amount in won")
            Accessible.description: root.errorText
            onAccepted: root.requestCharge()
        }
        Label {
            id: errorLabel
            objectName: "errorLabel"
            Layout.fillWidth: true
            visible: root.errorText !== ""
            text: root.errorText
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: root.errorText
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.busy
            BusyIndicator {
                Layout.preferredWidth: fm.height * 1.6
                Layout.preferredHeight: fm.height * 1.6
                running: root.busy
            }
            Label {
                text: qsTr("Charging…")
                color: Theme.textSecondary
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "cancelChargeButton"
            text: qsTr("Cancel")
            flat: true
            enabled: !root.busy
            focusPolicy: Qt.StrongFocus
            Accessible.name: text
            onClicked: root.reject()
        }
        Button {
            objectName: "confirmChargeButton"
            text: qsTr("Charge")
            enabled: !root.busy && amountField.text !== ""
            highlighted: true
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("Charge the amount")
            onClicked: root.requestCharge()
            Keys.onReturnPressed: root.requestCharge()
            Keys.onEnterPressed: root.requestCharge()
        }
    }
}
