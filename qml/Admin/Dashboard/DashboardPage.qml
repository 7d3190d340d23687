pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import SagaShop
import SagaShop.Ui

// This screen sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id
// The QML linter of Qt 6.4 does not know QtCharts' ValueAxis (it suggests the old ValuesAxis),
// hence its warnings about FigureAxis; the type exists and works.

// The operations dashboard: the checkout saga live (checkouts per second, failure and
// compensation rates, saga latency, queue depth per service), the best sellers and whether
// the books balance. DashboardModel samples once a second while the page is visible; the
// charts are redrawn with one DashboardModel.fill() per series (QXYSeries::replace).
// ChartView needs a QApplication (the app and the test runners use one).
Control {
    id: root
    objectName: "dashboardPage"

    /// The page's figures (read by tests and the window).
    readonly property alias model: dashboard
    readonly property int gap: Math.round(fm.height * 0.75)

    padding: root.gap

    FontMetrics {
        id: fm
        font: root.font
    }

    DashboardModel {
        id: dashboard
        backend: Backend
        running: root.visible
        language: Language.language
    }

    // Redraws every line from the latest sample.
    function redraw() {
        dashboard.fill(placedSeries, "placed")
        dashboard.fill(confirmedSeries, "confirmed")
        dashboard.fill(failureSeries, "failureRate")
        dashboard.fill(compensationSeries, "compensationRate")
        dashboard.fill(p50Series, "p50")
        dashboard.fill(p99Series, "p99")
    }

    function redrawQueues() {
        const names = []
        const depths = []
        // Horizontal bars grow upwards: list the services from the bottom.
        for (let i = dashboard.queueDepths.length - 1; i >= 0; --i) {
            names.push(dashboard.queueDepths[i].service)
            depths.push(dashboard.queueDepths[i].depth)
        }
        if (JSON.stringify(serviceAxis.categories) !== JSON.stringify(names))
            serviceAxis.categories = names
        queueSet.values = depths
    }

    Connections {
        target: dashboard
        function onSampled() { root.redraw() }
        function onQueueDepthsChanged() { root.redrawQueues() }
    }

    Component.onCompleted: {
        root.redraw()
        root.redrawQueues()
    }

    background: Rectangle {
        color: Theme.background
    }

    // A chart in the dashboard's look: no animation, a light grid, the legend on top.
    component Chart: ChartView {
        antialiasing: true
        animationOptions: ChartView.NoAnimation
        backgroundColor: "transparent"
        backgroundRoundness: 0
        plotAreaColor: Theme.surface
        dropShadowEnabled: false
        legend.alignment: Qt.AlignTop
        legend.font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
        legend.labelColor: Theme.textSecondary
        margins.top: 0
        margins.bottom: 0
        margins.left: 0
        margins.right: 0
    }
    component TimeAxis: DateTimeAxis {
        min: new Date(dashboard.seriesStart)
        max: new Date(dashboard.seriesEnd)
        format: "HH:mm:ss"
        tickCount: 6
        labelsFont.pixelSize: Theme.scaledPixelSize(root.font, 0.75)
        labelsColor: Theme.textSecondary
        gridLineColor: "#efe9e1"
        color: Theme.border
    }
    component FigureAxis: ValueAxis {
        min: 0
        tickCount: 6
        labelFormat: "%.0f"
        labelsFont.pixelSize: Theme.scaledPixelSize(root.font, 0.75)
        labelsColor: Theme.textSecondary
        gridLineColor: "#efe9e1"
        color: Theme.border
    }

    contentItem: ColumnLayout {
        spacing: root.gap

        // --- title -----------------------------------------------------------------------
        RowLayout {
            Layout.fillWidth: true
            spacing: root.gap
            ColumnLayout {
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                spacing: 0
                Label {
                    objectName: "dashboardTitle"
                    text: qsTr("Operations dashboard")
                    color: Theme.textPrimary
                    font.pixelSize: Theme.scaledPixelSize(root.font, 1.6)
                    font.weight: Font.Bold
                }
                Label {
                    text: qsTr("Checkout sagas, live: the last 5 minutes, rates and latency over the last 30 seconds")
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                }
            }
            Rectangle {   // the "live" dot
                Layout.preferredWidth: Math.round(fm.height * 0.6)
                Layout.preferredHeight: Math.round(fm.height * 0.6)
                radius: width / 2
                color: dashboard.running ? Theme.success : Theme.pending
                SequentialAnimation on opacity {
                    running: dashboard.running
                    loops: Animation.Infinite
                    NumberAnimation { to: 0.3; duration: 600 }
                    NumberAnimation { to: 1; duration: 600 }
                }
            }
            Label {
                objectName: "liveLabel"
                text: dashboard.running ? qsTr("Live, updated every second") : qsTr("Paused")
                color: Theme.textSecondary
            }
        }

        // --- the current figures ---------------------------------------------------------------
        RowLayout {
            Layout.fillWidth: true
            spacing: root.gap
            DashboardTile {
                objectName: "checkoutsTile"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                title: qsTr("Checkouts / s")
                value: dashboard.checkoutsPerSecondText
                caption: qsTr("%1 / s confirmed").arg(dashboard.confirmedPerSecondText)
                accent: Theme.info
            }
            DashboardTile {
                objectName: "failureTile"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                title: qsTr("Failure rate")
                value: dashboard.failureRateText
                caption: qsTr("of finished sagas")
                accent: Theme.danger
                tone: dashboard.failureRateTone
            }
            DashboardTile {
                objectName: "compensationTile"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                title: qsTr("Compensation rate")
                value: dashboard.compensationRateText
                caption: qsTr("of ended sagas, undone")
                accent: Theme.warning
                tone: dashboard.compensationRateTone
            }
            DashboardTile {
                objectName: "p50Tile"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                title: qsTr("Saga latency p50")
                value: dashboard.p50Text
                caption: qsTr("order placed to outcome")
                accent: Theme.info
            }
            DashboardTile {
                objectName: "p99Tile"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                title: qsTr("Saga latency p99")
                value: dashboard.p99Text
                caption: qsTr("99 % finish within")
                accent: Theme.accent
                tone: dashboard.p99Tone
            }
            DashboardTile {
                objectName: "inFlightTile"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                title: qsTr("In flight")
                value: dashboard.inFlight
                caption: qsTr("sagas awaiting their outcome")
                accent: Theme.pending
            }
        }

        // --- charts and side panel -----------------------------------------------------------
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: root.gap

            GridLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: 2
                rowSpacing: root.gap
                columnSpacing: root.gap

                DashboardCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 1
                    title: qsTr("Checkouts per second")
                    note: qsTr("last 5 minutes")
                    Chart {
                        id: checkoutsChart
                        objectName: "checkoutsChart"
                        anchors.fill: parent
                        TimeAxis { id: checkoutsTime }
                        FigureAxis { id: checkoutsAxis; max: dashboard.checkoutsAxisMax }
                        LineSeries {
                            id: placedSeries
                            name: qsTr("Placed")
                            axisX: checkoutsTime
                            axisY: checkoutsAxis
                            color: Theme.info
                            width: 2
                        }
                        LineSeries {
                            id: confirmedSeries
                            name: qsTr("Confirmed")
                            axisX: checkoutsTime
                            axisY: checkoutsAxis
                            color: Theme.success
                            width: 2
                        }
                    }
                }

                DashboardCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 1
                    title: qsTr("Failure and compensation rates")
                    note: qsTr("%, sliding 30 s")
                    Chart {
                        id: ratesChart
                        objectName: "ratesChart"
                        anchors.fill: parent
                        TimeAxis { id: ratesTime }
                        FigureAxis { id: ratesAxis; max: dashboard.rateAxisMax }
                        LineSeries {
                            id: failureSeries
                            name: qsTr("Failed")
                            axisX: ratesTime
                            axisY: ratesAxis
                            color: Theme.danger
                            width: 2
                        }
                        LineSeries {
                            id: compensationSeries
                            name: qsTr("Compensated")
                            axisX: ratesTime
                            axisY: ratesAxis
                            color: Theme.warning
                            width: 2
                        }
                    }
                }

                DashboardCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 1
                    title: qsTr("Saga latency")
                    note: qsTr("ms, sliding 30 s")
                    Chart {
                        id: latencyChart
                        objectName: "latencyChart"
                        anchors.fill: parent
                        TimeAxis { id: latencyTime }
                        FigureAxis { id: latencyAxis; max: dashboard.latencyAxisMax }
                        LineSeries {
                            id: p50Series
                            name: qsTr("p50")
                            axisX: latencyTime
                            axisY: latencyAxis
                            color: Theme.info
                            width: 2
                        }
                        LineSeries {
                            id: p99Series
                            name: qsTr("p99")
                            axisX: latencyTime
                            axisY: latencyAxis
                            color: Theme.accent
                            width: 2
                        }
                    }
                }

                DashboardCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 1
                    title: qsTr("Queue depth per service")
                    note: qsTr("deliveries waiting or in transit")
                    Chart {
                        id: queueChart
                        objectName: "queueChart"
                        anchors.fill: parent
                        legend.visible: false
                        HorizontalBarSeries {
                            id: queueSeries
                            barWidth: 0.6
                            labelsVisible: true
                            labelsPosition: AbstractBarSeries.LabelsOutsideEnd
                            axisY: BarCategoryAxis {
                                id: serviceAxis
                                labelsFont.pixelSize: Theme.scaledPixelSize(root.font, 0.8)
                                labelsColor: Theme.textPrimary
                                gridVisible: false
                                color: Theme.border
                            }
                            axisX: FigureAxis {
                                max: dashboard.queueAxisMax
                            }
                            BarSet {
                                id: queueSet
                                label: qsTr("Queued")
                                color: Theme.accent
                                borderColor: Theme.accent
                                labelColor: Theme.textPrimary
                            }
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.fillHeight: true
                Layout.preferredWidth: Math.round(fm.height * 22)
                Layout.maximumWidth: Math.round(fm.height * 22)
                spacing: root.gap

                BooksBalanceIndicator {
                    objectName: "booksBalanceIndicator"
                    Layout.fillWidth: true
                    verdict: dashboard.booksState
                    title: dashboard.booksTitle
                    summary: dashboard.booksSummary
                    checkedText: dashboard.lastCheckedText
                    checking: dashboard.checking
                    onCheckRequested: dashboard.checkNow()
                }

                DashboardCard {
                    Layout.fillWidth: true
                    title: qsTr("Best sellers")
                    note: qsTr("last 3 days")
                    PopularProductList {
                        objectName: "popularList"
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.topMargin: Math.round(fm.height * 0.4)
                        products: dashboard.popular
                    }
                }

                DashboardCard {
                    Layout.fillWidth: true
                    title: qsTr("Sagas since opened")
                    GridLayout {
                        id: totals
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.topMargin: Math.round(fm.height * 0.4)
                        columns: 2
                        rowSpacing: Math.round(fm.height * 0.3)
                        Repeater {
                            model: [
                                { key: "placed", label: qsTr("Placed"), value: dashboard.placedTotal, color: Theme.info },
                                { key: "confirmed", label: qsTr("Confirmed"), value: dashboard.confirmedTotal, color: Theme.success },
                                { key: "failed", label: qsTr("Failed"), value: dashboard.failedTotal, color: Theme.danger },
                                { key: "compensated", label: qsTr("Compensated"), value: dashboard.compensatedTotal, color: Theme.warning },
                                { key: "cancelled", label: qsTr("Cancelled by an admin"), value: dashboard.cancelledTotal, color: Theme.pending }
                            ]
                            delegate: RowLayout {
                                id: total
                                required property var modelData
                                objectName: "total_" + total.modelData.key
                                Layout.columnSpan: 2
                                Layout.fillWidth: true
                                spacing: Math.round(fm.height * 0.5)
                                Rectangle {
                                    Layout.preferredWidth: Math.round(fm.height * 0.55)
                                    Layout.preferredHeight: Math.round(fm.height * 0.55)
                                    radius: width / 2
                                    color: total.modelData.color
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: total.modelData.label
                                    color: Theme.textSecondary
                                    elide: Text.ElideRight
                                }
                                Label {
                                    objectName: "totalValue"
                                    text: Number(total.modelData.value).toLocaleString(Qt.locale("en_US"), "f", 0)
                                    color: Theme.textPrimary
                                    font.weight: Font.DemiBold
                                }
                            }
                        }
                        Label {
                            objectName: "droppedNote"
                            Layout.columnSpan: 2
                            Layout.fillWidth: true
                            visible: dashboard.droppedSagas > 0
                            text: qsTr("%1 sagas left unfollowed (too many in flight): no latency for them").arg(dashboard.droppedSagas)
                            color: Theme.warning
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
                        }
                    }
                }

                Item { Layout.fillHeight: true }
            }
        }
    }
}
