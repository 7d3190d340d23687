import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// One saga in detail, opened from any admin section: Back, the administrator's actions for
// it (cancel, compensate, re-trigger; each confirmed and recorded in the saga log), and its
// live timeline with the compact step list (SagaTimelinePage).
Page {
    id: page
    objectName: "sagaDetailPage"

    required property string sagaId
    required property string adminName
    signal back()

    background: Rectangle {
        color: Theme.background
    }

    FontMetrics {
        id: fm
        font: page.font
    }

    Shortcut {
        sequences: [StandardKey.Back, "Esc"]
        onActivated: page.back()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: bar.implicitHeight + fm.height
            color: Theme.surface

            RowLayout {
                id: bar
                anchors.fill: parent
                anchors.leftMargin: fm.height * 0.5
                anchors.rightMargin: fm.height
                spacing: fm.height

                ToolButton {
                    objectName: "sagaBackButton"
                    text: qsTr("← Back")
                    Accessible.name: qsTr("Back to the list")
                    onClicked: page.back()
                }
                Item { Layout.fillWidth: true }
                SagaActionsPanel {
                    objectName: "sagaActions"
                    sagaId: page.sagaId
                    adminName: page.adminName
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }
        }

        SagaTimelinePage {
            Layout.fillWidth: true
            Layout.fillHeight: true
            sagaId: page.sagaId
        }
    }
}
