import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// This component sets its own popup, with ids inside: intended.
// qmllint disable deferred-property-id

// A ComboBox whose popup carries one extra entry that is an action, not a value
// ("New shopper…", "No coupon"), above or below the choices. Choosing it closes the popup and
// emits actionTriggered(); the current value is left alone.
ComboBox {
    id: root

    property string actionText
    property bool actionOnTop: false

    signal actionTriggered()

    function triggerAction() {
        root.popup.close()
        root.actionTriggered()
    }

    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ComboBox

    popup: Popup {
        y: root.height
        width: root.width
        implicitHeight: Math.min(column.implicitHeight + topPadding + bottomPadding,
                                 root.Window.height - topMargin - bottomMargin)
        topMargin: 12
        bottomMargin: 12
        padding: 4

        contentItem: ColumnLayout {
            id: column
            spacing: 0

            ItemDelegate {
                id: topAction
                objectName: "actionEntry"
                visible: root.actionOnTop && root.actionText !== ""
                Layout.fillWidth: true
                text: root.actionText
                font.italic: true
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.MenuItem
                Accessible.name: root.actionText
                onClicked: root.triggerAction()
                Keys.onReturnPressed: root.triggerAction()
                Keys.onEnterPressed: root.triggerAction()
            }
            ListView {
                id: choices
                Layout.fillWidth: true
                Layout.fillHeight: true
                implicitHeight: contentHeight
                clip: true
                model: root.popup.visible ? root.delegateModel : null
                currentIndex: root.highlightedIndex
                highlightMoveDuration: 0
                ScrollIndicator.vertical: ScrollIndicator { }
            }
            ItemDelegate {
                id: bottomAction
                objectName: "actionEntry"
                visible: !root.actionOnTop && root.actionText !== ""
                Layout.fillWidth: true
                text: root.actionText
                font.italic: true
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.MenuItem
                Accessible.name: root.actionText
                onClicked: root.triggerAction()
                Keys.onReturnPressed: root.triggerAction()
                Keys.onEnterPressed: root.triggerAction()
            }
        }
    }
}
