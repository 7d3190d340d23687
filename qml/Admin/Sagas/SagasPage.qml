pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// This screen sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// Every checkout saga, live: filter chips per status with counts (stuck and abnormal stand
// out), a time range, a search field, and the list (most recently updated first; the next
// page loads near the end). A click on a saga emits openSaga(sagaId).
Control {
    id: root
    objectName: "sagasPage"

    /// The list behind the page (for the window and tests: its filters and counts).
    readonly property alias sagas: sagaModel

    signal openSaga(string sagaId)

    readonly property int gap: Math.round(fm.height * 0.5)

    function rangeStart(range) {
        switch (range) {
        case "5m": return Date.now() - 5 * 60 * 1000
        case "1h": return Date.now() - 60 * 60 * 1000
        case "1d": return Date.now() - 24 * 60 * 60 * 1000
        default: return 0
        }
    }

    padding: 0

    FontMetrics {
        id: fm
        font: root.font
    }

    SagaListModel {
        id: sagaModel
        backend: Backend
    }

    contentItem: ColumnLayout {
        spacing: root.gap

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: root.gap * 2
            Layout.rightMargin: root.gap * 2
            Layout.topMargin: root.gap * 2
            Label {
                text: qsTr("Sagas")
                font.bold: true
                font.pixelSize: Theme.scaledPixelSize(root.font, 1.4)
                color: Theme.textPrimary
            }
            Label {
                objectName: "shownCount"
                Layout.fillWidth: true
                leftPadding: root.gap
                text: sagaModel.hasMore ? qsTr("%1 shown, more below").arg(sagaModel.count)
                                        : qsTr("%n shown", "", sagaModel.count)
                color: Theme.textSecondary
            }
            BusyIndicator {
                objectName: "loadingIndicator"
                Layout.preferredHeight: fm.height * 1.6
                Layout.preferredWidth: fm.height * 1.6
                running: sagaModel.loading
                visible: sagaModel.loading
            }
        }

        SagaFilterBar {
            id: filterBar
            objectName: "sagaFilterBar"
            Layout.fillWidth: true
            Layout.leftMargin: root.gap * 2
            Layout.rightMargin: root.gap * 2
            statuses: sagaModel.statuses
            counts: sagaModel.statusCounts
            totalCount: sagaModel.totalCount
            currentStatus: sagaModel.statusFilter
            searchError: sagaModel.searchError
            onStatusChosen: status => sagaModel.statusFilter = status
            onSearchChanged: text => sagaModel.searchText = text
            onRangeChosen: range => {
                filterBar.range = range
                sagaModel.fromMs = root.rangeStart(range)
            }
        }

        Label {
            objectName: "sagaListError"
            Layout.fillWidth: true
            Layout.leftMargin: root.gap * 2
            visible: sagaModel.error !== ""
            text: sagaModel.error
            color: Theme.danger
            wrapMode: Text.Wrap
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: root.gap * 2
            Layout.rightMargin: root.gap * 2
            Layout.bottomMargin: root.gap * 2
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            clip: true

            ListView {
                id: list
                objectName: "sagaList"
                anchors.fill: parent
                anchors.margins: 1
                model: sagaModel
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                reuseItems: true
                cacheBuffer: Math.round(fm.height * 20)
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Sagas")
                ScrollBar.vertical: ScrollBar { }

                // The next page when the end comes near (or the first pages do not fill the view).
                function loadMoreIfNear() {
                    if (sagaModel.hasMore && !sagaModel.loading
                            && list.contentHeight - list.contentY - list.height < list.height)
                        sagaModel.loadMore()
                }
                onContentYChanged: list.loadMoreIfNear()
                onCountChanged: list.loadMoreIfNear()
                onHeightChanged: list.loadMoreIfNear()
                Connections {
                    target: sagaModel
                    function onLoadingChanged() { list.loadMoreIfNear() }
                }

                delegate: Item {
                    id: cell
                    required property string sagaId
                    required property var orderId
                    required property var userId
                    required property string status
                    required property double startedAt
                    required property double durationMs
                    required property string lastEventType
                    required property int retries
                    required property int deadLetters
                    required property int compensations
                    required property var amount

                    width: ListView.view.width
                    height: row.implicitHeight

                    SagaRow {
                        id: row
                        objectName: "sagaRow_" + cell.sagaId
                        anchors.fill: parent
                        sagaId: cell.sagaId
                        orderId: cell.orderId
                        userId: cell.userId
                        status: cell.status
                        startedAt: cell.startedAt
                        durationMs: cell.durationMs
                        lastEventType: cell.lastEventType
                        retries: cell.retries
                        deadLetters: cell.deadLetters
                        compensations: cell.compensations
                        amountText: cell.amount > 0 ? Backend.formatWon(cell.amount) : ""
                        onActivated: root.openSaga(cell.sagaId)
                    }
                }
            }

            Label {
                objectName: "loadingMore"
                anchors.bottom: parent.bottom
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottomMargin: root.gap
                visible: sagaModel.loading && list.count > 0
                text: qsTr("Loading more…")
                color: Theme.textSecondary
                padding: root.gap
                background: Rectangle {
                    radius: height / 2
                    color: Theme.surface
                    border.color: Theme.border
                }
            }

            Column {
                objectName: "sagaListEmpty"
                anchors.centerIn: parent
                spacing: root.gap
                visible: list.count === 0 && sagaModel.loaded && !sagaModel.loading
                Label {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: sagaModel.searchError !== "" ? qsTr("Nothing to show for this search.")
                          : (sagaModel.searchText !== "" || sagaModel.statusFilter !== "" || sagaModel.fromMs > 0)
                            ? qsTr("No saga matches these filters.")
                            : qsTr("No checkout has started yet.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.scaledPixelSize(root.font, 1.1)
                }
                Button {
                    objectName: "clearFiltersButton"
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: sagaModel.searchText !== "" || sagaModel.statusFilter !== "" || sagaModel.fromMs > 0
                    text: qsTr("Show all sagas")
                    flat: true
                    onClicked: {
                        filterBar.searchField.clear()
                        filterBar.range = "all"
                        sagaModel.searchText = ""
                        sagaModel.statusFilter = ""
                        sagaModel.fromMs = 0
                    }
                }
            }
            Label {
                objectName: "sagaListLoading"
                anchors.centerIn: parent
                visible: list.count === 0 && !sagaModel.loaded
                text: qsTr("Loading sagas…")
                color: Theme.textSecondary
            }
        }
    }
}
