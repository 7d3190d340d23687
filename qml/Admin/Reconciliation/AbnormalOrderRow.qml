import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// One order marked ABNORMAL: its number, user, amount, when it changed, why, and a button
// that opens its saga (openSagaRequested(sagaId)).
Control {
    id: root

    property var orderId
    property var userId
    property string totalAmountText
    property string reason
    property string updatedText
    property string sagaId

    signal openSagaRequested(string sagaId)

    padding: Math.round(fm.height * 0.5)
    leftPadding: Math.round(fm.height * 1.0)
    implicitWidth: fm.height * 26

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Order #%1 of user %2, %3: %4").arg(root.orderId).arg(root.userId).arg(root.totalAmountText).arg(root.reason)

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        Rectangle {
            width: Math.max(4, fm.height * 0.25)
            height: parent.height
            radius: 2
            color: Theme.warning
        }
    }

    contentItem: RowLayout {
        spacing: Math.round(fm.height * 0.8)
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                spacing: Math.round(fm.height * 0.5)
                Label {
                    objectName: "abnormalOrderLabel"
                    text: qsTr("Order #%1").arg(root.orderId)
                    font.bold: true
                    color: Theme.textPrimary
                }
                Label {
                    objectName: "abnormalUserLabel"
                    text: qsTr("user %1").arg(root.userId)
                    color: Theme.textSecondary
                }
                Label {
                    objectName: "abnormalAmountLabel"
                    visible: root.totalAmountText !== ""
                    text: root.totalAmountText
                    font.bold: true
                    color: Theme.textPrimary
                }
                Label {
                    objectName: "abnormalUpdatedLabel"
                    text: root.updatedText
                    color: Theme.textSecondary
                    font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                }
            }
            Label {
                objectName: "abnormalReasonLabel"
                Layout.fillWidth: true
                text: root.reason !== "" ? root.reason : qsTr("No reason was recorded.")
                wrapMode: Text.Wrap
                color: Theme.warning
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
            }
        }
        Button {
            objectName: "openSagaButton"
            text: qsTr("Open saga")
            enabled: root.sagaId !== ""
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("Open the saga of order #%1").arg(root.orderId)
            onClicked: root.openSagaRequested(root.sagaId)
        }
    }
}
