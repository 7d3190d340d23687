import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// The three operations pages (dead letters, alerts, faults) in one window over the real
// backend, the way the admin window hosts them: the window owns the models and shows their
// counts as tab badges. For tst_opspages (loaded by file URL) and its screenshots.
ApplicationWindow {
    id: window
    objectName: "opsWindow"
    width: 1440
    height: 900
    visible: true
    title: "SagaShop operations"

    property string openedSaga: ""

    DeadLetterGroupModel { id: deadLetters; backend: Backend }
    AlertFeedModel { id: alerts; backend: Backend }
    FaultsModel { id: faults; backend: Backend }

    header: TabBar {
        id: tabs
        TabButton {
            objectName: "deadLettersTab"
            text: deadLetters.count > 0 ? qsTr("Dead letters (%1)").arg(deadLetters.count) : qsTr("Dead letters")
        }
        TabButton {
            objectName: "alertsTab"
            text: alerts.unreadCount > 0 ? qsTr("Alerts (%1)").arg(alerts.unreadCount) : qsTr("Alerts")
        }
        TabButton {
            objectName: "faultsTab"
            text: faults.activeCount > 0 ? qsTr("Faults (%1)").arg(faults.activeCount) : qsTr("Faults")
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex
        DeadLettersPage {
            model: deadLetters
            onOpenSaga: sagaId => window.openedSaga = sagaId
        }
        AlertsPage {
            model: alerts
            onOpenSaga: sagaId => window.openedSaga = sagaId
        }
        FaultsPage {
            model: faults
        }
    }
}
