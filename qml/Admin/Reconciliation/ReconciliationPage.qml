pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// This screen sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// Reconciliation: "Run now", the reconciler's latest runs (what each found and did, its
// actions expandable) and the orders it or an admin marked ABNORMAL, each with a button that
// opens its saga (openSaga(sagaId)). The reconciler also runs by itself on a timer; its runs
// appear here as they finish.
Control {
    id: root
    objectName: "reconciliationPage"

    signal openSaga(string sagaId)

    readonly property ReconcileRunsModel runs: ReconcileRunsModel {
        backend: Backend
    }
    readonly property AbnormalOrdersModel abnormal: AbnormalOrdersModel {
        backend: Backend
    }
    readonly property int gap: Math.round(fm.height * 0.6)

    padding: root.gap * 2

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        color: Theme.background
    }

    contentItem: ColumnLayout {
        spacing: root.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: root.gap
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    text: qsTr("Reconciliation")
                    font.bold: true
                    font.pixelSize: Theme.scaledPixelSize(root.font, 1.5)
                    color: Theme.textPrimary
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Finds sagas that stopped making progress and orders the services disagree about, "
                               + "re-delivers missing steps, restores what is still held, and marks what it cannot "
                               + "fix ABNORMAL. It also runs by itself at regular intervals.")
                    wrapMode: Text.Wrap
                    color: Theme.textSecondary
                }
            }
            BusyIndicator {
                objectName: "reconcileBusy"
                Layout.preferredWidth: fm.height * 2.2
                Layout.preferredHeight: fm.height * 2.2
                running: root.runs.busy
                visible: root.runs.busy
            }
            Button {
                objectName: "runReconcileButton"
                text: root.runs.busy ? qsTr("Running…") : qsTr("Run now")
                enabled: !root.runs.busy
                highlighted: true
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Run the reconciler now")
                onClicked: root.runs.runNow()
            }
        }

        Label {
            objectName: "reconcileError"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.runs.error !== "" ? root.runs.error : root.abnormal.error
            wrapMode: Text.Wrap
            color: Theme.danger
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: root.gap * 2

            // The latest runs, newest first.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                spacing: root.gap
                Label {
                    objectName: "runsHeading"
                    text: qsTr("Last runs (%1)").arg(root.runs.count)
                    font.bold: true
                    font.pixelSize: Theme.scaledPixelSize(root.font, 1.15)
                    color: Theme.textPrimary
                    Accessible.role: Accessible.Heading
                }
                ListView {
                    id: runList
                    objectName: "reconcileRunList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: root.runs
                    spacing: Math.round(root.gap * 0.6)
                    boundsBehavior: Flickable.StopAtBounds
                    keyNavigationEnabled: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Reconciliation runs")
                    ScrollBar.vertical: ScrollBar { }

                    delegate: Item {
                        id: run
                        required property int index
                        required property string startedText
                        required property var durationMs
                        required property string summaryText
                        required property var actions
                        required property string error
                        width: ListView.view.width - fm.height
                        height: runRow.implicitHeight

                        ReconcileRunRow {
                            id: runRow
                            objectName: "reconcileRun_" + run.index
                            anchors.fill: parent
                            startedText: run.startedText
                            durationMs: run.durationMs
                            summaryText: run.summaryText
                            actions: run.actions
                            error: run.error
                        }
                    }

                    Label {
                        parent: runList
                        anchors.centerIn: parent
                        width: parent.width - fm.height * 2
                        horizontalAlignment: Text.AlignHCenter
                        visible: runList.count === 0
                        text: qsTr("No runs yet. Press “Run now”, or wait for the next automatic run.")
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                    }
                }
            }

            // The ABNORMAL orders, most recently changed first.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                spacing: root.gap
                Label {
                    objectName: "abnormalHeading"
                    text: qsTr("ABNORMAL orders (%1)").arg(root.abnormal.count)
                    font.bold: true
                    font.pixelSize: Theme.scaledPixelSize(root.font, 1.15)
                    color: Theme.textPrimary
                    Accessible.role: Accessible.Heading
                }
                ListView {
                    id: abnormalList
                    objectName: "abnormalOrderList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: root.abnormal
                    spacing: Math.round(root.gap * 0.6)
                    boundsBehavior: Flickable.StopAtBounds
                    keyNavigationEnabled: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("ABNORMAL orders")
                    ScrollBar.vertical: ScrollBar { }

                    delegate: Item {
                        id: order
                        required property var orderId
                        required property var userId
                        required property string totalAmountText
                        required property string reason
                        required property string updatedText
                        required property string sagaId
                        width: ListView.view.width - fm.height
                        height: orderRow.implicitHeight

                        AbnormalOrderRow {
                            id: orderRow
                            objectName: "abnormalOrder_" + order.orderId
                            anchors.fill: parent
                            orderId: order.orderId
                            userId: order.userId
                            totalAmountText: order.totalAmountText
                            reason: order.reason
                            updatedText: order.updatedText
                            sagaId: order.sagaId
                            onOpenSagaRequested: sagaId => root.openSaga(sagaId)
                        }
                    }

                    Label {
                        parent: abnormalList
                        anchors.centerIn: parent
                        width: parent.width - fm.height * 2
                        horizontalAlignment: Text.AlignHCenter
                        visible: abnormalList.count === 0
                        text: root.abnormal.loaded ? qsTr("No ABNORMAL orders.") : qsTr("Loading…")
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                    }
                }
            }
        }
    }
}
