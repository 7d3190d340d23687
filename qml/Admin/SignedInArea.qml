pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// What an administrator sees once signed in: the section rail on the left (with live badges
// for dead letters and unread alerts) and the current section; a saga opened from any
// section is shown over it (SagaDetailPage) and Back returns to where it was opened.
RowLayout {
    id: area

    required property string adminName
    property real fontHeight: 16
    property font baseFont

    spacing: 0

    function openSaga(sagaId: string) {
        if (sagaId === "")
            return
        stack.closeDetail()
        stack.detail = sagaDetailComponent.createObject(stack, { sagaId: sagaId }) as Item
    }
    function showSection(key: string) {
        for (let i = 0; i < sectionModel.length; ++i) {
            if (sectionModel[i].key === key) {
                sections.currentIndex = i
                stack.closeDetail()
                return
            }
        }
    }

    // Live counts for the rail's badges.
    DeadLetterGroupModel {
        id: deadLetterModel
        backend: Backend
    }
    AlertFeedModel {
        id: alertModel
        backend: Backend
    }
    FaultsModel {
        id: faultsModel
        backend: Backend
    }

    // The sections never change (only their titles, with the language); badges are looked
    // up per delegate so a count changing does not rebuild the rail.
    readonly property var sectionModel: [
        { key: "sagas", title: qsTr("Sagas") },
        { key: "deadLetters", title: qsTr("Dead letters") },
        { key: "reconciliation", title: qsTr("Reconciliation") },
        { key: "alerts", title: qsTr("Alerts") },
        { key: "faults", title: qsTr("Faults") },
        { key: "dashboard", title: qsTr("Dashboard") }
    ]
    function badgeFor(key: string): int {
        switch (key) {
        case "deadLetters": return deadLetterModel.count
        case "alerts": return alertModel.unreadCount
        case "faults": return faultsModel.activeCount
        default: return 0
        }
    }

    Rectangle {
        objectName: "sectionRail"
        Layout.fillHeight: true
        Layout.preferredWidth: Math.round(area.fontHeight * 13)
        color: Theme.surface

        Rectangle {   // the rail's edge
            anchors.right: parent.right
            width: 1
            height: parent.height
            color: Theme.border
        }

        ListView {
            id: sections
            objectName: "sectionList"
            anchors.fill: parent
            anchors.topMargin: area.fontHeight * 0.5
            currentIndex: 0
            interactive: false
            model: area.sectionModel
            delegate: ItemDelegate {
                id: sectionDelegate
                required property var modelData
                required property int index
                objectName: "section_" + modelData.key
                width: ListView.view.width - 1
                highlighted: ListView.isCurrentItem
                text: modelData.title
                font.bold: ListView.isCurrentItem
                onClicked: area.showSection(modelData.key)

                Rectangle {
                    readonly property int count: area.badgeFor(sectionDelegate.modelData.key)
                    objectName: "badge_" + sectionDelegate.modelData.key
                    visible: count > 0
                    anchors.right: parent.right
                    anchors.rightMargin: area.fontHeight
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.max(height, badgeText.implicitWidth + 12)
                    height: badgeText.implicitHeight + 4
                    radius: height / 2
                    color: Theme.danger
                    Label {
                        id: badgeText
                        anchors.centerIn: parent
                        text: parent.count
                        color: "white"
                        font.bold: true
                        font.pixelSize: Theme.scaledPixelSize(area.baseFont, 0.8)
                    }
                }
            }
        }
    }

    // The current section, with an opened saga's detail over it. (A plain item rather than a
    // StackView: in Qt 6.4 a StackView whose item is a layout crashes when the window is
    // destroyed — its destructor resizes the layout while the pages are being deleted.)
    Item {
        id: stack
        objectName: "adminStack"
        clip: true
        Layout.fillWidth: true
        Layout.fillHeight: true

        property Item detail: null
        readonly property int depth: stack.detail ? 2 : 1

        function closeDetail() {
            if (!stack.detail)
                return
            stack.detail.visible = false
            stack.detail.destroy()
            stack.detail = null
        }

        StackLayout {
            anchors.fill: parent
            visible: stack.detail === null
            currentIndex: sections.currentIndex

            SagasPage {
                onOpenSaga: sagaId => area.openSaga(sagaId)
            }
            DeadLettersPage {
                model: deadLetterModel
                onOpenSaga: sagaId => area.openSaga(sagaId)
            }
            ReconciliationPage {
                onOpenSaga: sagaId => area.openSaga(sagaId)
            }
            AlertsPage {
                model: alertModel
                onOpenSaga: sagaId => area.openSaga(sagaId)
            }
            FaultsPage {
                model: faultsModel
                onOpenSaga: sagaId => area.openSaga(sagaId)
            }
            DashboardPage {}
        }
    }

    Component {
        id: sagaDetailComponent
        SagaDetailPage {
            anchors.fill: parent
            adminName: area.adminName
            onBack: stack.closeDetail()
        }
    }
}
