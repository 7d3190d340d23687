import QtQuick
import QtQuick.Controls
import QtCharts

// dashboard-bench: six line series of 300 points on a time axis, the dashboard's shape, to
// compare a whole-series replace (C++, QXYSeries::replace) with one append and one remove
// per series and tick from QML.
ApplicationWindow {
    id: window
    width: 1440
    height: 900
    visible: true

    property var series: [s0, s1, s2, s3, s4, s5]

    // One tick, QML style: drop the oldest point and append the newest to each series.
    function shift(x, values) {
        for (let i = 0; i < window.series.length; ++i) {
            window.series[i].remove(0)
            window.series[i].append(x, values[i])
        }
        time.min = new Date(window.series[0].at(0).x)
        time.max = new Date(x)
    }
    function setRange(first, last) {
        time.min = new Date(first)
        time.max = new Date(last)
    }


    ChartView {
        id: chart
        objectName: "benchChart"
        anchors.fill: parent
        antialiasing: true
        animationOptions: ChartView.NoAnimation
        DateTimeAxis { id: time; format: "HH:mm:ss"; tickCount: 6 }
        ValueAxis { id: values; min: 0; max: 1000; tickCount: 6 }
        LineSeries { id: s0; axisX: time; axisY: values; width: 2 }
        LineSeries { id: s1; axisX: time; axisY: values; width: 2 }
        LineSeries { id: s2; axisX: time; axisY: values; width: 2 }
        LineSeries { id: s3; axisX: time; axisY: values; width: 2 }
        LineSeries { id: s4; axisX: time; axisY: values; width: 2 }
        LineSeries { id: s5; axisX: time; axisY: values; width: 2 }
    }
}
