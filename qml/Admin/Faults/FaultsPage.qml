pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// This screen sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// Fault injection (FaultsModel): a card per service to fail, delay, duplicate or drop its
// deliveries, the "Export endpoint down" switch and "Clear all faults". For demos: watch the
// retries, dead letters and alerts the faults cause on the other pages. In `sagashop --demo`
// the demo's card (DemoCard over the Demo singleton) comes first: the simulated shoppers'
// pace, the tally and the timetable of staged faults; the plans it stages show on the
// service cards below (FaultsModel re-reads the injectors every second).
Control {
    id: root
    objectName: "faultsPage"

    required property FaultsModel model

    /// A saga to show (from the demo's staged faults).
    signal openSaga(string sagaId)

    readonly property int gap: Math.round(fm.height * 0.5)

    padding: root.gap * 2

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle { color: Theme.background }

    contentItem: ColumnLayout {
        spacing: root.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: root.gap
            Label {
                objectName: "faultsTitle"
                text: qsTr("Faults")
                font.bold: true
                font.pixelSize: Theme.scaledPixelSize(root.font, 1.5)
                color: Theme.textPrimary
            }
            Label {
                objectName: "activeFaultsLabel"
                text: root.model.activeCount > 0
                      ? qsTr("%n service(s) with faults", "", root.model.activeCount)
                      : qsTr("Every service runs normally")
                color: root.model.activeCount > 0 ? Theme.warning : Theme.success
                font.bold: root.model.activeCount > 0
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "clearAllFaultsButton"
                text: qsTr("Clear all faults")
                enabled: root.model.activeCount > 0
                onClicked: root.model.clearAll()
            }
        }

        DemoCard {
            Layout.fillWidth: true
            visible: Demo.active
            onOpenSagaRequested: sagaId => root.openSaga(sagaId)
        }

        Pane {
            objectName: "exportOutagePane"
            Layout.fillWidth: true
            padding: root.gap * 1.4
            background: Rectangle {
                radius: Theme.radius
                color: root.model.exportDown ? Theme.dangerLight : Theme.surface
                border.color: root.model.exportDown ? Theme.danger : Theme.border
            }
            RowLayout {
                width: parent.width
                spacing: root.gap * 2
                Switch {
                    id: exportSwitch
                    objectName: "exportDownSwitch"
                    text: qsTr("Export endpoint down")
                    checked: root.model.exportDown
                    font.bold: true
                    onToggled: {
                        root.model.exportDown = exportSwitch.checked
                        exportSwitch.checked = Qt.binding(() => root.model.exportDown) // the model decides
                    }
                }
                Label {
                    objectName: "exportOutageHint"
                    Layout.fillWidth: true
                    text: root.model.exportDown
                          ? qsTr("Every export fails now: each one is retried, then lands in the dead letters and raises an alert. Orders stay confirmed.")
                          : qsTr("Simulates the data platform being unreachable (also when no export URL is configured). Switch it back on, then retry the dead letters.")
                    wrapMode: Text.Wrap
                    color: root.model.exportDown ? Theme.danger : Theme.textSecondary
                }
            }
        }

        Label {
            objectName: "faultsError"
            Layout.fillWidth: true
            visible: root.model.error !== ""
            text: root.model.error
            color: Theme.danger
            wrapMode: Text.Wrap
        }

        ScrollView {
            id: scroll
            objectName: "faultCards"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth

            Flow {
                id: flow
                width: scroll.availableWidth
                spacing: root.gap
                // As many columns of at least 22 lines' width as fit.
                readonly property int columns: Math.max(1, Math.floor((flow.width + flow.spacing) / (fm.height * 22 + flow.spacing)))
                readonly property real cardWidth: (flow.width - (flow.columns - 1) * flow.spacing) / flow.columns

                Repeater {
                    model: root.model
                    delegate: FaultCard {
                        id: card
                        required service
                        required plans
                        required error
                        objectName: "faultCard_" + card.service
                        width: flow.cardWidth
                        modes: root.model.modes
                        onApplyRequested: (mode, count, probability, delayMs) => root.model.set(card.service, mode, count, probability, delayMs)
                        onClearRequested: root.model.clear(card.service)
                        onClearModeRequested: mode => root.model.clearMode(card.service, mode)
                    }
                }
            }
        }
    }
}
