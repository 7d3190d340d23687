pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import "TimelineLayout.js" as Geometry

// This component sets its own contentItem, with ids inside: intended.
// qmllint disable deferred-property-id

// One saga across its services: a swimlane per service (labels fixed on the left), each
// marker at its time, arrows from cause to effect with the time between them, retries with
// their attempt numbers, dead letters as red crosses, compensations in purple, administrator
// actions, and the steps still expected as hollow dashed markers at "now". Zoom with the
// buttons, Ctrl+wheel or Ctrl +/-/0; pan by dragging or scrolling. Clicking a marker opens
// its details (payloadPanel).
//
// A pure view: `markers` is any item model with the roles of SagaTimelineModel (lane,
// service, at, offsetMs, kind, eventType, eventId, attempt, error, causeRow,
// durationFromCauseMs, payloadJson, pending, and optionally pendingDepth, publishes,
// otherwise, compensation, summary, key); `lanes` the services in lane order.
Control {
    id: root
    objectName: "sagaTimeline"

    property var markers: null
    property var lanes: []
    property real nowOffsetMs: 0
    property real durationMs: 0
    property bool live: false

    /// "time": x is the time since the start (gaps show as gaps); "sequence": every distinct
    /// moment gets the same room, in order (a long wait no longer squeezes the rest; the
    /// ruler still tells the times).
    property string scale: "time"
    readonly property bool sequence: root.scale === "sequence"

    // --- zoom: pixels per millisecond (per moment in sequence); "fitted" follows the saga ---
    property bool fitted: true
    property real manualPxPerMs: 1
    readonly property real fitPxPerMs: Geometry.fitScale(root.sequence ? Math.max(1, root.slotOffsets.length - 1) : root.spanMs,
            flick.width - root.origin - root.rightRoom - root.pendingExtent, root.sequence ? 4 : 5)
    readonly property real minPxPerMs: root.fitPxPerMs / 4
    readonly property real maxPxPerMs: Math.max(root.fitPxPerMs * 2, 30)
    readonly property real pxPerMs: root.fitted ? root.fitPxPerMs : root.manualPxPerMs
    readonly property real tickMs: Geometry.tickStep(root.pxPerMs, fm.height * 6)

    // --- selection ---
    property string selectedKey: ""
    readonly property int selectedRow: {
        root.revision // re-evaluated whenever the rows change
        return root.rowOfKey(root.selectedKey)
    }
    readonly property var selectedDetails: {
        root.revision
        return root.selectedRow >= 0 ? root.detailsOf(root.selectedRow) : null
    }

    readonly property int markerCount: repeater.count
    /// Where each row's marker is: [{x, y, sub, labelVisible}] (content coordinates).
    property var positions: []
    /// Bumped whenever the markers' data changes (bindings that read rows depend on it).
    property int revision: 0
    /// The latest logged offset and the deepest expected step (set by relayout()).
    property real spanMs: 0
    /// The distinct offsets of the logged markers, ascending (the moments of the sequence scale).
    property var slotOffsets: []
    property int maxDepth: 0

    readonly property int markerSize: Math.round(fm.height * 1.05)
    /// Lanes share the height there is (within limits; beyond them the lanes scroll).
    readonly property int laneHeight: Math.round(Math.max(fm.height * 3.2, Math.min(fm.height * 4.4,
            (area.height - root.rulerHeight) / Math.max(1, root.lanes.length))))
    readonly property int subRowGap: Math.round(Math.min(fm.height * 1.2, (root.laneHeight - root.markerSize) / 2))
    readonly property int laneLabelWidth: Math.round(fm.height * 8.5)
    readonly property int rulerHeight: Math.round(fm.height * 1.8)
    readonly property real origin: fm.height * 1.5
    readonly property real pendingSpacing: fm.height * 7
    readonly property real pendingExtent: root.live ? root.maxDepth * root.pendingSpacing : 0
    readonly property real rightRoom: root.maxLabelWidth + fm.height * 2
    readonly property real maxLabelWidth: fm.height * 13

    readonly property var durationUnits: ({
        "ms": qsTr("%1 ms"),
        "s": qsTr("%1 s"),
        "min": qsTr("%1 min %2 s"),
        "h": qsTr("%1 h %2 min")
    })

    /// A marker was clicked (or chosen from the step list).
    signal markerActivated(int row)

    padding: 0
    focusPolicy: Qt.StrongFocus

    FontMetrics {
        id: fm
        font: root.font
    }

    // --- API ----------------------------------------------------------------------------

    function laneTitle(service) {
        switch (service) {
        case "order": return qsTr("Order")
        case "inventory": return qsTr("Inventory")
        case "coupon": return qsTr("Coupon")
        case "balance": return qsTr("Balance")
        case "payment": return qsTr("Payment")
        case "statistics": return qsTr("Statistics")
        case "export": return qsTr("Export")
        case "alerts": return qsTr("Alerts")
        case "admin": return qsTr("Administrator")
        default: return service.length > 0 ? service.charAt(0).toUpperCase() + service.slice(1) : service
        }
    }

    function kindColor(kind) {
        return Geometry.colorOf(kind)
    }

    function duration(ms) {
        return Geometry.formatDuration(ms, root.durationUnits)
    }

    function zoomAt(factor, viewX) {
        const before = root.pxPerMs
        const target = Math.min(root.maxPxPerMs, Math.max(root.minPxPerMs, before * factor))
        if (Math.abs(target - before) < 1e-12)
            return
        const time = (flick.contentX + viewX - root.origin) / before
        root.manualPxPerMs = target
        root.fitted = false
        root.relayout()
        flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width, time * target + root.origin - viewX))
    }
    function zoomIn() { root.zoomAt(1.5, flick.width / 2) }
    function zoomOut() { root.zoomAt(1 / 1.5, flick.width / 2) }
    function zoomFit() {
        root.fitted = true
        root.relayout()
        flick.contentX = 0
    }

    function rowOfKey(key) {
        if (key === "")
            return -1
        for (let i = 0; i < repeater.count; ++i) {
            const d = repeater.itemAt(i)
            if (d && d.markerKey === key)
                return i
        }
        return -1
    }

    /// Selects the marker of `row` (opens its details) and scrolls it into view.
    function select(row) {
        const d = repeater.itemAt(row)
        if (!d) {
            root.selectedKey = ""
            return
        }
        root.selectedKey = d.markerKey
        const p = root.positions[row]
        if (p) {
            if (p.x < flick.contentX + root.origin || p.x > flick.contentX + flick.width - root.origin)
                flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width, p.x - flick.width / 2))
            if (p.y < flick.contentY || p.y > flick.contentY + flick.height)
                flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, p.y - flick.height / 2))
        }
    }
    function clearSelection() { root.selectedKey = "" }

    /// Row `row` as a plain object (for the details panel and tests).
    function detailsOf(row) {
        const d = repeater.itemAt(row)
        if (!d)
            return null
        const m = d.model
        return {
            "row": row,
            "key": d.markerKey,
            "kind": d.kind,
            "service": String(m.service ?? ""),
            "eventType": String(m.eventType ?? ""),
            "eventId": String(m.eventId ?? ""),
            "at": Number(m.at ?? 0),
            "offsetMs": d.offsetMs,
            "attempt": d.attempt,
            "error": String(m.error ?? ""),
            "causeRow": d.causeRow,
            "durationFromCauseMs": Number(m.durationFromCauseMs ?? -1),
            "payloadJson": String(m.payloadJson ?? ""),
            "pending": d.pending,
            "publishes": Geometry.listText(m.publishes, ", "),
            "otherwise": Geometry.listText(m.otherwise, ", "),
            "summary": String(m.summary ?? "")
        }
    }

    /// The arrows as drawn: [{from, to, sx, sy, ex, ey, mx, my, label, dashed}].
    function arrows() {
        const list = []
        const r = root.markerSize / 2
        for (let i = 0; i < repeater.count; ++i) {
            const d = repeater.itemAt(i)
            if (!d || d.causeRow < 0 || d.causeRow >= repeater.count)
                continue
            const from = root.positions[d.causeRow]
            const to = root.positions[i]
            if (!from || !to)
                continue
            const g = Geometry.arrow(from.x, from.y, to.x, to.y, r)
            const duration = Number(d.model.durationFromCauseMs ?? -1)
            g.from = d.causeRow
            g.to = i
            g.kind = d.kind
            g.dashed = d.pending
            // Durations under a millisecond (an event and its handling's record) say nothing.
            g.label = duration >= 1 && g.length > fm.height * 5 ? "+" + root.duration(duration) : ""
            list.push(g)
        }
        return list
    }

    function labelOf(d) {
        switch (d.kind) {
        case "published":
            return d.eventType
        case "compensation":
            return "↺ " + d.eventType
        case "handled":
            return d.attempt > 1 ? qsTr("✓ attempt %1").arg(d.attempt) : ""
        case "retry": {
            // The error once per chain of attempts: a later attempt failing the same way
            // shows only its number (in the marker); the tooltip and details tell the rest.
            const before = d.causeRow >= 0 ? repeater.itemAt(d.causeRow) : null
            if (before && before.kind === "retry" && before.error === d.error)
                return ""
            return d.error !== "" ? qsTr("failed: %1").arg(d.error) : qsTr("failed")
        }
        case "deadLetter":
            return d.error !== "" ? qsTr("dead letter: %1").arg(d.error) : qsTr("dead letter")
        case "duplicate":
            return qsTr("duplicate")
        case "dropped":
            return qsTr("lost")
        case "discarded":
            return qsTr("discarded")
        case "admin": {
            let who = ""
            try {
                who = JSON.parse(d.payloadJson || "{}").admin || ""
            } catch (e) {
                who = ""
            }
            return who !== "" ? qsTr("%1 · %2").arg(d.eventType).arg(who) : d.eventType
        }
        case "pending":
            return d.publishesText !== "" ? qsTr("%1?").arg(d.publishesText) : qsTr("handle %1?").arg(d.eventType)
        default:
            return d.eventType
        }
    }

    /// The x of `offsetMs` (content coordinates) on the current scale.
    function xOf(offsetMs) {
        if (!root.sequence)
            return root.origin + offsetMs * root.pxPerMs
        // The moment's index; an offset between moments (now) comes after the last before it.
        const slots = root.slotOffsets
        let lo = 0
        let hi = slots.length
        while (lo < hi) {
            const mid = (lo + hi) >> 1
            if (slots[mid] < offsetMs)
                lo = mid + 1
            else
                hi = mid
        }
        return root.origin + lo * root.pxPerMs
    }
    function nowX() {
        return root.sequence ? root.origin + root.slotOffsets.length * root.pxPerMs : root.xOf(root.nowOffsetMs)
    }
    /// Ruler ticks between content x `from` and `to`: [{x, label}].
    function ticks(from, to) {
        const list = []
        const px = root.pxPerMs
        if (!(px > 0))
            return list
        if (root.sequence) {
            let last = -Infinity
            for (let i = 0; i < root.slotOffsets.length; ++i) {
                const x = root.origin + i * px
                if (x - last < fm.height * 5.5 || x < from - fm.height * 6)
                    continue
                if (x > to)
                    break
                last = x
                const t = root.slotOffsets[i]
                list.push({ "x": x, "label": t === 0 ? "0" : "+" + root.duration(t) })
            }
            return list
        }
        const step = root.tickMs
        const first = Math.max(0, Math.floor((from - root.origin) / px / step) * step)
        for (let t = first; ; t += step) {
            const x = root.origin + t * px
            if (x > to)
                break
            list.push({ "x": x, "label": t === 0 ? "0" : "+" + root.duration(t) })
        }
        return list
    }

    /// Places every marker again (coalesced: call it as often as you like).
    function relayout() {
        const items = []
        let span = 0
        let depth = 0
        for (let i = 0; i < repeater.count; ++i) {
            const d = repeater.itemAt(i)
            if (!d) {
                items.push({ "lane": 0, "offsetMs": 0, "pending": false, "depth": 0, "labelWidth": 0 })
                continue
            }
            items.push({ "lane": d.lane, "offsetMs": d.offsetMs, "pending": d.pending, "depth": d.depth,
                         "labelWidth": d.labelWidth })
            span = Math.max(span, d.offsetMs)
            if (d.pending)
                depth = Math.max(depth, d.depth)
        }
        root.spanMs = Math.max(span, root.live ? root.nowOffsetMs : 0)
        root.maxDepth = depth
        const offsets = []
        for (const it of items) {
            if (!it.pending)
                offsets.push(it.offsetMs)
        }
        offsets.sort((a, b) => a - b)
        root.slotOffsets = offsets.filter((t, i) => i === 0 || t !== offsets[i - 1])
        const now = root.nowX()
        root.positions = Geometry.layout(items, {
            "xOf": (offsetMs, pending, depth) => pending ? now + depth * root.pendingSpacing : root.xOf(offsetMs),
            "origin": root.origin,
            "pxPerMs": root.pxPerMs,
            "laneHeight": root.laneHeight,
            "markerSize": root.markerSize,
            "subRowGap": root.subRowGap,
            "maxSubRows": 3,
            "maxNudges": 4,
            "pendingSpacing": root.pendingSpacing,
            "labelGap": fm.height * 0.3
        })
        let right = 0
        for (const p of root.positions)
            right = Math.max(right, p.x)
        flick.contentWidth = Math.max(flick.width, right + root.rightRoom)
        root.revision++
        arrowsCanvas.requestPaint()
        ruler.requestPaint()
    }
    function scheduleLayout() { Qt.callLater(root.relayout) }

    onPxPerMsChanged: scheduleLayout()
    onScaleChanged: {
        root.fitted = true
        root.relayout()
        flick.contentX = 0
    }
    onLanesChanged: scheduleLayout()
    onLiveChanged: scheduleLayout()
    onNowOffsetMsChanged: scheduleLayout()
    onLaneHeightChanged: scheduleLayout()
    onSelectedRowChanged: arrowsCanvas.requestPaint()

    Connections {
        target: root.markers
        ignoreUnknownSignals: true
        function onDataChanged() { root.scheduleLayout() }
        function onRowsInserted() { root.scheduleLayout() }
        function onRowsRemoved() { root.scheduleLayout() }
        function onModelReset() { root.scheduleLayout() }
    }

    Shortcut {
        sequences: ["Ctrl++", "Ctrl+="]
        enabled: root.visible
        onActivated: root.zoomIn()
    }
    Shortcut {
        sequence: "Ctrl+-"
        enabled: root.visible
        onActivated: root.zoomOut()
    }
    Shortcut {
        sequence: "Escape"
        enabled: root.visible && root.selectedKey !== ""
        onActivated: root.clearSelection()
    }
    Shortcut {
        sequence: "Ctrl+0"
        enabled: root.visible
        onActivated: root.zoomFit()
    }

    // --- layout -------------------------------------------------------------------------

    contentItem: ColumnLayout {
        spacing: 0

        // Toolbar: zoom, scale, legend.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: toolbar.implicitHeight + Math.round(fm.height * 0.6)
            color: Theme.surface
            border.color: Theme.border

            RowLayout {
                id: toolbar
                anchors.fill: parent
                anchors.leftMargin: Math.round(fm.height * 0.5)
                anchors.rightMargin: Math.round(fm.height * 0.5)
                spacing: Math.round(fm.height * 0.3)

                ToolButton {
                    objectName: "zoomOutButton"
                    text: "−"
                    font.pixelSize: Theme.scaledPixelSize(root.font, 1.3)
                    enabled: root.pxPerMs > root.minPxPerMs * 1.001
                    Accessible.name: qsTr("Zoom out")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Zoom out (Ctrl+-, Ctrl+wheel)")
                    onClicked: root.zoomOut()
                }
                ToolButton {
                    objectName: "zoomFitButton"
                    text: qsTr("Fit")
                    checkable: true
                    checked: root.fitted
                    Accessible.name: qsTr("Fit the whole saga")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Fit the whole saga (Ctrl+0)")
                    onClicked: root.zoomFit()
                }
                ToolButton {
                    objectName: "zoomInButton"
                    text: "+"
                    font.pixelSize: Theme.scaledPixelSize(root.font, 1.3)
                    enabled: root.pxPerMs < root.maxPxPerMs * 0.999
                    Accessible.name: qsTr("Zoom in")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Zoom in (Ctrl++, Ctrl+wheel)")
                    onClicked: root.zoomIn()
                }
                ToolSeparator { }
                ToolButton {
                    objectName: "timeScaleButton"
                    text: qsTr("Time")
                    checkable: true
                    autoExclusive: true
                    checked: !root.sequence
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Markers at their time: waits show as gaps")
                    onClicked: root.scale = "time"
                }
                ToolButton {
                    objectName: "sequenceScaleButton"
                    text: qsTr("Sequence")
                    checkable: true
                    autoExclusive: true
                    checked: root.sequence
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Every moment gets the same room, in order; the ruler keeps the times")
                    onClicked: root.scale = "sequence"
                }
                Label {
                    objectName: "scaleLabel"
                    Layout.leftMargin: Math.round(fm.height * 0.3)
                    text: root.sequence ? qsTr("Even spacing") : qsTr("Grid: %1").arg(root.duration(root.tickMs))
                    color: Theme.textSecondary
                    font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                }
                Item { Layout.fillWidth: true }
                Row {
                    id: legend
                    objectName: "timelineLegend"
                    Layout.alignment: Qt.AlignVCenter | Qt.AlignRight
                    spacing: Math.round(fm.height * 0.9)
                    Repeater {
                        model: [
                            { "kind": "published", "text": qsTr("Published") },
                            { "kind": "handled", "text": qsTr("Handled") },
                            { "kind": "retry", "text": qsTr("Retry (attempt)") },
                            { "kind": "deadLetter", "text": qsTr("Dead letter") },
                            { "kind": "compensation", "text": qsTr("Compensation") },
                            { "kind": "admin", "text": qsTr("Admin action") },
                            { "kind": "pending", "text": qsTr("Expected") }
                        ]
                        delegate: Row {
                            id: entry
                            required property var modelData
                            objectName: "legend_" + entry.modelData.kind
                            spacing: Math.round(fm.height * 0.3)
                            TimelineMarkerGlyph {
                                width: root.markerSize
                                height: root.markerSize
                                anchors.verticalCenter: parent.verticalCenter
                                kind: entry.modelData.kind
                                attempt: 2
                            }
                            Label {
                                anchors.verticalCenter: parent.verticalCenter
                                text: entry.modelData.text
                                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                                color: Theme.textSecondary
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Item {
                id: area
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true

                // The lane labels: fixed on the left, scrolled vertically with the lanes.
                Rectangle {
                    id: laneColumn
                    x: 0
                    y: root.rulerHeight
                    width: root.laneLabelWidth
                    height: area.height - root.rulerHeight
                    color: Theme.surface
                    clip: true
                    z: 2

                    Column {
                        y: -flick.contentY
                        width: parent.width
                        Repeater {
                            model: root.lanes
                            delegate: Item {
                                id: laneLabel
                                required property string modelData
                                required property int index
                                objectName: "lane_" + laneLabel.modelData
                                width: laneColumn.width
                                height: root.laneHeight
                                Accessible.role: Accessible.RowHeader
                                Accessible.name: laneTitleLabel.text

                                Rectangle {
                                    width: 3
                                    height: parent.height - 8
                                    anchors.verticalCenter: parent.verticalCenter
                                    color: laneLabel.modelData === "admin" ? Geometry.colorOf("admin") : Theme.accent
                                    opacity: 0.5
                                }
                                Label {
                                    id: laneTitleLabel
                                    anchors.left: parent.left
                                    anchors.leftMargin: Math.round(fm.height * 0.6)
                                    anchors.right: parent.right
                                    anchors.rightMargin: Math.round(fm.height * 0.3)
                                    anchors.verticalCenter: parent.verticalCenter
                                    text: root.laneTitle(laneLabel.modelData)
                                    font.bold: true
                                    elide: Text.ElideRight
                                }
                                Rectangle {
                                    anchors.bottom: parent.bottom
                                    width: parent.width
                                    height: 1
                                    color: Theme.border
                                }
                            }
                        }
                    }
                    Rectangle { // the divider between labels and lanes
                        anchors.right: parent.right
                        width: 1
                        height: parent.height
                        color: Theme.border
                    }
                }

                // The time ruler: fixed at the top, scrolled horizontally with the lanes.
                Canvas {
                    id: ruler
                    objectName: "timeRuler"
                    x: root.laneLabelWidth
                    y: 0
                    width: area.width - root.laneLabelWidth
                    height: root.rulerHeight
                    onWidthChanged: requestPaint()
                    Connections {
                        target: flick
                        function onContentXChanged() { ruler.requestPaint() }
                    }
                    onPaint: {
                        const ctx = getContext("2d")
                        ctx.reset()
                        ctx.fillStyle = String(Theme.surface)
                        ctx.fillRect(0, 0, width, height)
                        ctx.strokeStyle = String(Theme.border)
                        ctx.beginPath()
                        ctx.moveTo(0, height - 0.5)
                        ctx.lineTo(width, height - 0.5)
                        ctx.stroke()
                        ctx.fillStyle = String(Theme.textSecondary)
                        ctx.font = Math.round(fm.height * 0.72) + "px sans-serif"
                        ctx.textBaseline = "middle"
                        ctx.textAlign = "left"
                        for (const tick of root.ticks(flick.contentX, flick.contentX + width)) {
                            const x = tick.x - flick.contentX
                            ctx.beginPath()
                            ctx.moveTo(x + 0.5, height - 6)
                            ctx.lineTo(x + 0.5, height)
                            ctx.stroke()
                            ctx.fillText(tick.label, x + 3, height / 2)
                        }
                        if (root.live) { // a pill over the ticks it may cover
                            const nx = root.nowX() - flick.contentX
                            const text = qsTr("now")
                            ctx.font = "bold " + Math.round(fm.height * 0.72) + "px sans-serif"
                            const w = ctx.measureText(text).width + fm.height * 0.8
                            const h = fm.height * 1.1
                            ctx.fillStyle = String(Theme.info)
                            ctx.beginPath()
                            ctx.roundedRect(nx - w / 2, (height - h) / 2, w, h, h / 2, h / 2)
                            ctx.fill()
                            ctx.fillStyle = "#ffffff"
                            ctx.textAlign = "center"
                            ctx.fillText(text, nx, height / 2)
                        }
                    }
                }

                Flickable {
                    id: flick
                    objectName: "timelineFlickable"
                    x: root.laneLabelWidth
                    y: root.rulerHeight
                    width: area.width - root.laneLabelWidth
                    height: area.height - root.rulerHeight
                    clip: true
                    contentHeight: Math.max(height, root.lanes.length * root.laneHeight)
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.horizontal: ScrollBar { policy: ScrollBar.AsNeeded }
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                    onWidthChanged: root.scheduleLayout()
                    onContentXChanged: arrowsCanvas.requestPaint()
                    onContentYChanged: arrowsCanvas.requestPaint()

                    WheelHandler {
                        id: wheel
                        objectName: "zoomWheel"
                        acceptedModifiers: Qt.ControlModifier
                        onWheel: (event) => {
                            const at = flick.mapFromItem(null, wheel.point.scenePosition.x, wheel.point.scenePosition.y)
                            root.zoomAt(event.angleDelta.y > 0 ? 1.25 : 0.8, at.x)
                        }
                    }

                    // Lane stripes.
                    Repeater {
                        model: root.lanes
                        delegate: Rectangle {
                            required property int index
                            x: 0
                            y: index * root.laneHeight
                            width: flick.contentWidth
                            height: root.laneHeight
                            color: index % 2 === 0 ? Theme.surface : "#f8f6f3"
                            Rectangle {
                                anchors.bottom: parent.bottom
                                width: parent.width
                                height: 1
                                color: Theme.border
                                opacity: 0.6
                            }
                        }
                    }

                    // Grid, "now", arrows and durations: drawn for the visible part only.
                    Canvas {
                        id: arrowsCanvas
                        objectName: "arrowsCanvas"
                        x: flick.contentX
                        y: flick.contentY
                        width: flick.width
                        height: flick.height
                        z: 1
                        onWidthChanged: requestPaint()
                        onHeightChanged: requestPaint()
                        onPaint: {
                            const ctx = getContext("2d")
                            ctx.reset()
                            ctx.translate(-flick.contentX, -flick.contentY)
                            const top = flick.contentY
                            const bottom = flick.contentY + height
                            // Grid lines.
                            ctx.strokeStyle = "#ece7e1"
                            ctx.lineWidth = 1
                            ctx.beginPath()
                            for (const tick of root.ticks(flick.contentX, flick.contentX + width)) {
                                const x = Math.round(tick.x) + 0.5
                                ctx.moveTo(x, top)
                                ctx.lineTo(x, bottom)
                            }
                            ctx.stroke()
                            // Now.
                            if (root.live) {
                                const nx = Math.round(root.nowX()) + 0.5
                                ctx.strokeStyle = String(Theme.info)
                                ctx.setLineDash([4, 3])
                                ctx.lineWidth = 1.5
                                ctx.beginPath()
                                ctx.moveTo(nx, top)
                                ctx.lineTo(nx, bottom)
                                ctx.stroke()
                                ctx.setLineDash([])
                            }
                            // Arrows.
                            const list = root.arrows()
                            const selected = root.selectedRow
                            for (const a of list) {
                                const highlighted = selected >= 0 && (a.from === selected || a.to === selected)
                                let color = "#8fa1ad"
                                if (a.kind === "compensation" || (repeater.itemAt(a.to) && repeater.itemAt(a.to).compensation))
                                    color = Geometry.colorOf("compensation")
                                else if (a.kind === "deadLetter")
                                    color = Geometry.colorOf("deadLetter")
                                else if (a.kind === "retry" || (a.kind === "handled" && repeater.itemAt(a.from)
                                                                  && repeater.itemAt(a.from).kind === "retry"))
                                    color = Geometry.colorOf("retry")
                                else if (a.dashed)
                                    color = Geometry.colorOf("pending")
                                ctx.strokeStyle = color
                                ctx.fillStyle = color
                                ctx.globalAlpha = selected >= 0 && !highlighted ? 0.35 : 1
                                ctx.lineWidth = highlighted ? 2.5 : 1.4
                                ctx.setLineDash(a.dashed ? [4, 3] : [])
                                ctx.beginPath()
                                ctx.moveTo(a.sx, a.sy)
                                if (a.length < root.markerSize * 2.2) {
                                    // Stacked neighbours (a handling and what it published at
                                    // once): a plain connector, no curve, no head.
                                    ctx.lineTo(a.ex, a.ey)
                                    ctx.stroke()
                                    ctx.setLineDash([])
                                    continue
                                }
                                ctx.bezierCurveTo(a.c1x, a.c1y, a.c2x, a.c2y, a.ex, a.ey)
                                ctx.stroke()
                                ctx.setLineDash([])
                                // Arrowhead.
                                const head = highlighted ? 8 : 6.5
                                ctx.beginPath()
                                ctx.moveTo(a.ex, a.ey)
                                ctx.lineTo(a.ex - head * Math.cos(a.angle - 0.45), a.ey - head * Math.sin(a.angle - 0.45))
                                ctx.lineTo(a.ex - head * Math.cos(a.angle + 0.45), a.ey - head * Math.sin(a.angle + 0.45))
                                ctx.closePath()
                                ctx.fill()
                            }
                            // Durations between steps, on top of the arrows.
                            ctx.font = Math.round(fm.height * 0.68) + "px sans-serif"
                            ctx.textAlign = "center"
                            ctx.textBaseline = "middle"
                            for (const a of list) {
                                if (a.label === "")
                                    continue
                                const highlighted = selected >= 0 && (a.from === selected || a.to === selected)
                                ctx.globalAlpha = selected >= 0 && !highlighted ? 0.35 : 1
                                const w = ctx.measureText(a.label).width + 6
                                const h = fm.height * 0.85
                                ctx.fillStyle = "rgba(255, 255, 255, 0.92)"
                                ctx.fillRect(a.mx - w / 2, a.my - h / 2, w, h)
                                ctx.fillStyle = String(highlighted ? Theme.textPrimary : Theme.textSecondary)
                                ctx.fillText(a.label, a.mx, a.my)
                            }
                            ctx.globalAlpha = 1
                        }
                    }

                    // The markers.
                    Repeater {
                        id: repeater
                        model: root.markers
                        onItemAdded: root.scheduleLayout()
                        onItemRemoved: root.scheduleLayout()

                        delegate: Item {
                            id: marker
                            required property var model
                            required property int index

                            readonly property string kind: String(marker.model.kind ?? "")
                            readonly property string eventType: String(marker.model.eventType ?? "")
                            readonly property int lane: Number(marker.model.lane ?? 0)
                            readonly property real offsetMs: Number(marker.model.offsetMs ?? 0)
                            readonly property bool pending: Boolean(marker.model.pending ?? false)
                            readonly property int depth: Number(marker.model.pendingDepth ?? 0)
                            readonly property int causeRow: Number(marker.model.causeRow ?? -1)
                            readonly property int attempt: Number(marker.model.attempt ?? 1)
                            readonly property string error: String(marker.model.error ?? "")
                            readonly property bool compensation: Boolean(marker.model.compensation ?? (marker.kind === "compensation"))
                            readonly property string markerKey: String(marker.model.key ?? ("row" + marker.index))
                            readonly property string publishesText: Geometry.listText(marker.model.publishes, ", ")
                            readonly property string payloadJson: String(marker.model.payloadJson ?? "")
                            readonly property real labelWidth: label.text === "" ? 0 : Math.min(label.implicitWidth, root.maxLabelWidth)
                            readonly property var position: root.positions[marker.index] ?? null
                            readonly property bool selected: marker.index === root.selectedRow
                            readonly property string labelText: label.text
                            readonly property bool labelShown: label.visible

                            objectName: "marker_" + marker.kind + "_" + marker.eventType
                            visible: marker.position !== null // placed by the next relayout()
                            x: marker.position ? marker.position.x - width / 2 : -10000
                            y: marker.position ? marker.position.y - height / 2 : -10000
                            z: marker.selected ? 4 : (hover.hovered ? 3 : 2)
                            width: root.markerSize
                            height: root.markerSize
                            onLabelWidthChanged: root.scheduleLayout()
                            Accessible.role: Accessible.Button
                            Accessible.name: String(marker.model.summary ?? marker.eventType)

                            TimelineMarkerGlyph {
                                anchors.fill: parent
                                kind: marker.kind
                                attempt: marker.attempt
                                selected: marker.selected
                                hovered: hover.hovered
                            }
                            Label {
                                id: label
                                x: marker.width + Math.round(fm.height * 0.3)
                                anchors.verticalCenter: parent.verticalCenter
                                width: marker.labelWidth
                                visible: marker.position !== null && marker.position.labelVisible
                                text: root.labelOf(marker)
                                elide: Text.ElideRight
                                leftPadding: 2
                                rightPadding: 2
                                background: Rectangle { // keeps the label readable over arrows
                                    color: "#e6ffffff"
                                    radius: 2
                                }
                                font.pixelSize: Theme.scaledPixelSize(root.font, 0.8)
                                font.italic: marker.pending
                                font.bold: marker.selected
                                color: marker.kind === "published" ? Theme.textPrimary : Geometry.colorOf(marker.kind)
                            }
                            HoverHandler {
                                id: hover
                                cursorShape: Qt.PointingHandCursor
                            }
                            TapHandler {
                                onTapped: {
                                    root.select(marker.index)
                                    root.markerActivated(marker.index)
                                }
                            }
                            ToolTip.visible: hover.hovered
                            ToolTip.delay: 300
                            ToolTip.text: String(marker.model.summary ?? marker.eventType)
                        }
                    }
                }

                Label {
                    objectName: "timelineEmpty"
                    anchors.centerIn: parent
                    visible: repeater.count === 0
                    text: qsTr("Nothing to show yet.")
                    color: Theme.textSecondary
                }
            }

            MarkerDetailsPanel {
                id: panel
                objectName: "payloadPanel"
                Layout.fillHeight: true
                Layout.preferredWidth: Math.round(fm.height * 24)
                visible: root.selectedDetails !== null
                details: root.selectedDetails
                durationUnits: root.durationUnits
                serviceTitle: root.laneTitle
                onCloseRequested: root.clearSelection()
                onCauseRequested: (row) => root.select(row)
            }
        }
    }
}
