import QtQuick
import QtTest
import SagaShop

// SagaTimelineView with plain data: lanes, markers at their time, arrows from cause to
// effect, retries, dead letters, compensations, admin actions, pending steps, zoom, pan and
// the details panel; and a saga of 80 markers stays readable.
Item {
    id: root
    width: 1440
    height: 640

    ListModel {
        id: markerModel
    }

    readonly property var lanes: ["order", "inventory", "coupon", "balance", "statistics", "admin"]

    function row(values) {
        const base = {
            "key": "", "lane": 0, "service": "order", "at": 1000, "offsetMs": 0, "kind": "published",
            "eventType": "", "eventId": "", "attempt": 1, "error": "", "causeRow": -1,
            "durationFromCauseMs": -1, "payloadJson": "", "pending": false, "pendingDepth": 0,
            "compensation": false, "summary": "", "publishes": "", "otherwise": ""
        }
        for (const k in values)
            base[k] = values[k]
        base.at = 1000 + base.offsetMs
        if (base.summary === "")
            base.summary = base.service + " " + base.kind + " " + base.eventType
        return base
    }

    // An order that stock and coupon took, the balance refused, and that was undone; the
    // statistics dead-lettered something, an administrator stepped in, one restore is expected.
    function fill() {
        markerModel.clear()
        const rows = [
            row({ "key": "a", "offsetMs": 0, "eventType": "PaymentRequested", "eventId": "e1",
                  "payloadJson": "{\n    \"orderId\": 7\n}" }),
            row({ "key": "b", "lane": 1, "service": "inventory", "offsetMs": 20, "kind": "retry",
                  "eventType": "PaymentRequested", "eventId": "e1", "error": "injected failure", "causeRow": 0,
                  "durationFromCauseMs": 20 }),
            row({ "key": "c", "lane": 1, "service": "inventory", "offsetMs": 140, "kind": "handled",
                  "eventType": "PaymentRequested", "eventId": "e1", "attempt": 2, "causeRow": 1,
                  "durationFromCauseMs": 120 }),
            row({ "key": "d", "lane": 1, "service": "inventory", "offsetMs": 141, "eventType": "InventoryDeducted",
                  "eventId": "e2", "causeRow": 2, "durationFromCauseMs": 1 }),
            row({ "key": "e", "lane": 2, "service": "coupon", "offsetMs": 150, "kind": "handled",
                  "eventType": "InventoryDeducted", "eventId": "e2", "causeRow": 3, "durationFromCauseMs": 9 }),
            row({ "key": "f", "lane": 2, "service": "coupon", "offsetMs": 151, "eventType": "CouponUsed",
                  "eventId": "e3", "causeRow": 4, "durationFromCauseMs": 1 }),
            row({ "key": "g", "lane": 3, "service": "balance", "offsetMs": 160, "kind": "handled",
                  "eventType": "CouponUsed", "eventId": "e3", "causeRow": 5, "durationFromCauseMs": 9 }),
            row({ "key": "h", "lane": 3, "service": "balance", "offsetMs": 161, "eventType": "BalanceFailed",
                  "eventId": "e4", "causeRow": 6, "durationFromCauseMs": 1 }),
            row({ "key": "i", "lane": 1, "service": "inventory", "offsetMs": 240, "kind": "handled",
                  "eventType": "BalanceFailed", "eventId": "e4", "causeRow": 7, "durationFromCauseMs": 79,
                  "compensation": true }),
            row({ "key": "j", "lane": 1, "service": "inventory", "offsetMs": 241, "kind": "compensation",
                  "eventType": "InventoryRestored", "eventId": "e5", "causeRow": 8, "durationFromCauseMs": 1,
                  "compensation": true, "payloadJson": "{\n    \"orderId\": 7,\n    \"items\": []\n}" }),
            row({ "key": "k", "lane": 4, "service": "statistics", "offsetMs": 300, "kind": "deadLetter",
                  "eventType": "ProductSalesRankRecorded", "eventId": "e6", "attempt": 5, "error": "boom" }),
            row({ "key": "l", "lane": 5, "service": "admin", "offsetMs": 420, "kind": "admin",
                  "eventType": "admin.retry", "eventId": "x1", "payloadJson": "{\"admin\": \"kim\"}" }),
            row({ "key": "m", "lane": 2, "service": "coupon", "offsetMs": 500, "kind": "pending",
                  "eventType": "BalanceFailed", "eventId": "e4", "pending": true, "causeRow": 7,
                  "durationFromCauseMs": 339, "publishes": "CouponRestored", "compensation": true })
        ]
        for (const r of rows)
            markerModel.append(r)
    }

    Component {
        id: viewComponent
        SagaTimelineView {
            width: root.width
            height: root.height
            markers: markerModel
            lanes: root.lanes
            nowOffsetMs: 500
            durationMs: 500
            live: true
        }
    }

    TestCase {
        id: test
        name: "SagaTimelineView"
        when: windowShown

        function init() {
            root.fill()
        }

        function createView() {
            const view = createTemporaryObject(viewComponent, root)
            verify(view !== null)
            tryVerify(() => view.positions.length === markerModel.count && view.revision > 0)
            waitForRendering(view)
            return view
        }

        function marker(view, name) {
            const item = findChild(view, name)
            verify(item !== null, name)
            return item
        }

        function centre(item, view) {
            return item.mapToItem(view, item.width / 2, item.height / 2)
        }

        function test_lanesHaveFixedLabelsOnTheLeft() {
            const view = createView()
            let lastY = -1
            for (const service of root.lanes) {
                const lane = findChild(view, "lane_" + service)
                verify(lane !== null, service)
                const p = lane.mapToItem(view, 0, 0)
                verify(p.x < 5, "labels are on the left")
                verify(p.y > lastY, "lanes run top to bottom in order")
                lastY = p.y
            }
            compare(findChild(view, "lane_order").children[1].text, "Order")
            compare(findChild(view, "lane_admin").children[1].text, "Administrator")
            // Panning sideways leaves the labels where they are.
            view.zoomAt(8, 100)
            const flick = findChild(view, "timelineFlickable")
            flick.contentX = 400
            compare(findChild(view, "lane_order").mapToItem(view, 0, 0).x, 0)
        }

        function test_eachMarkerIsAtItsTimeInItsLane() {
            const view = createView()
            compare(view.markerCount, markerModel.count)
            for (let i = 0; i < markerModel.count; ++i) {
                const p = view.positions[i]
                const m = markerModel.get(i)
                verify(p.y >= m.lane * view.laneHeight && p.y <= (m.lane + 1) * view.laneHeight, "row " + i + " in its lane")
                if (!m.pending) { // at its time, or nudged at most four marker widths later
                    const exact = view.origin + m.offsetMs * view.pxPerMs
                    verify(p.x >= exact - 0.01 && p.x <= exact + 4 * (view.markerSize + 2) + 0.01, "row " + i + " at its time")
                }
            }
            const first = marker(view, "marker_published_PaymentRequested")
            const later = marker(view, "marker_published_InventoryDeducted")
            verify(centre(later, view).x > centre(first, view).x)
            verify(centre(later, view).y > centre(first, view).y) // inventory is below order
        }

        function test_arrowsGoFromCauseToEffectWithDurations() {
            const view = createView()
            const arrows = view.arrows()
            let expected = 0
            for (let i = 0; i < markerModel.count; ++i)
                expected += markerModel.get(i).causeRow >= 0 ? 1 : 0
            compare(arrows.length, expected)
            const r = view.markerSize / 2
            for (const a of arrows) {
                const from = view.positions[a.from]
                const to = view.positions[a.to]
                compare(markerModel.get(a.to).causeRow, a.from)
                verify(Math.hypot(a.sx - from.x, a.sy - from.y) <= r + 0.5, "starts at the cause")
                verify(Math.hypot(a.ex - to.x, a.ey - to.y) <= r + 1.5, "ends at the effect")
            }
            // A long arrow is labelled with the time it took.
            const retry = arrows.find(a => a.to === 2)
            compare(retry.label, "+120 ms")
            const pending = arrows.find(a => a.to === 12)
            verify(pending.dashed)
        }

        function test_retriesDeadLettersCompensationsAdminAndPendingLookDistinct() {
            const view = createView()
            const retry = marker(view, "marker_retry_PaymentRequested")
            compare(retry.attempt, 1)
            compare(retry.labelText, "failed: injected failure")
            compare(marker(view, "marker_handled_PaymentRequested").labelText, "✓ attempt 2")
            const dead = marker(view, "marker_deadLetter_ProductSalesRankRecorded")
            compare(dead.labelText, "dead letter: boom")
            const compensation = marker(view, "marker_compensation_InventoryRestored")
            compare(compensation.labelText, "↺ InventoryRestored")
            compare(marker(view, "marker_admin_admin.retry").labelText, "admin.retry · kim")
            const pending = marker(view, "marker_pending_BalanceFailed")
            compare(pending.labelText, "CouponRestored?")
            // Each kind has its colour; the legend names them.
            const colours = {}
            for (const kind of ["published", "handled", "retry", "deadLetter", "compensation", "admin", "pending"]) {
                const legend = findChild(view, "legend_" + kind)
                verify(legend !== null, kind)
                const glyph = legend.children[0]
                verify(colours[String(glyph.color)] === undefined, kind + " has its own colour")
                colours[String(glyph.color)] = kind
            }
            compare(String(dead.children[0].color), "#c62828")
            compare(String(compensation.children[0].color), "#8e24aa")
            // The expected step sits at "now", after everything logged.
            const now = view.origin + view.nowOffsetMs * view.pxPerMs
            fuzzyCompare(view.positions[12].x, now, 0.01)
            for (let i = 0; i < 12; ++i)
                verify(view.positions[i].x < now)
        }

        function test_aRetryChainNamesItsErrorOnce() {
            const view = createView()
            markerModel.append(root.row({ "key": "r2", "lane": 1, "service": "inventory", "offsetMs": 60, "kind": "retry",
                                          "eventType": "Again", "attempt": 2, "error": "injected failure", "causeRow": 1,
                                          "durationFromCauseMs": 40 }))
            markerModel.append(root.row({ "key": "r3", "lane": 1, "service": "inventory", "offsetMs": 90, "kind": "retry",
                                          "eventType": "Other", "attempt": 3, "error": "disk full", "causeRow": 13,
                                          "durationFromCauseMs": 30 }))
            tryVerify(() => view.positions.length === markerModel.count)
            compare(marker(view, "marker_retry_Again").labelText, "")
            compare(marker(view, "marker_retry_Other").labelText, "failed: disk full")
        }

        function test_sequenceScaleGivesEveryMomentTheSameRoom() {
            const view = createView()
            const flick = findChild(view, "timelineFlickable")
            mouseClick(findChild(view, "sequenceScaleButton"))
            compare(view.scale, "sequence")
            verify(view.fitted)
            tryVerify(() => view.slotOffsets.length === 12
                      && Math.abs(view.positions[11].x - (view.origin + 11 * view.pxPerMs)) < 0.01)
            // Markers at the same moment share an x; distinct moments are one step apart, in order.
            const step = view.pxPerMs
            for (let i = 0; i < 12; ++i) {
                const slot = view.slotOffsets.indexOf(markerModel.get(i).offsetMs)
                verify(slot >= 0)
                fuzzyCompare(view.positions[i].x, view.origin + slot * step, 0.01)
            }
            // The expected step comes after the last moment, at "now"; all fits at first.
            fuzzyCompare(view.positions[12].x, view.nowX(), 0.01)
            fuzzyCompare(view.nowX(), view.origin + 12 * step, 0.01)
            for (const p of view.positions)
                verify(p.x <= flick.width)
            // The ruler still tells the times of the moments.
            const ticks = view.ticks(0, flick.width)
            verify(ticks.length > 3)
            compare(ticks[0].label, "0")
            verify(ticks.some(t => t.label === "+141 ms"))
            mouseClick(findChild(view, "timeScaleButton"))
            compare(view.scale, "time")
            tryVerify(() => Math.abs(view.positions[1].x - (view.origin + 20 * view.pxPerMs)) < 0.01)
        }

        function test_zoomButtons() {
            const view = createView()
            verify(view.fitted)
            const fit = view.pxPerMs
            mouseClick(findChild(view, "zoomInButton"))
            verify(!view.fitted)
            fuzzyCompare(view.pxPerMs, fit * 1.5, 1e-9)
            mouseClick(findChild(view, "zoomInButton"))
            fuzzyCompare(view.pxPerMs, fit * 2.25, 1e-9)
            mouseClick(findChild(view, "zoomOutButton"))
            fuzzyCompare(view.pxPerMs, fit * 1.5, 1e-9)
            tryVerify(() => findChild(view, "timelineFlickable").contentWidth > findChild(view, "timelineFlickable").width)
            mouseClick(findChild(view, "zoomFitButton"))
            verify(view.fitted)
            compare(view.pxPerMs, fit)
            // Zoomed to fit, the whole saga (and the expected steps) is in view.
            tryVerify(() => view.positions.length === markerModel.count)
            const flick = findChild(view, "timelineFlickable")
            for (const p of view.positions)
                verify(p.x <= flick.width, "all in view at fit")
            // Zoom stops at its limits.
            for (let i = 0; i < 30; ++i)
                view.zoomOut()
            fuzzyCompare(view.pxPerMs, view.minPxPerMs, 1e-9)
            verify(!findChild(view, "zoomOutButton").enabled)
        }

        function test_ctrlWheelZoomsAndDragPans() {
            const view = createView()
            const flick = findChild(view, "timelineFlickable")
            const before = view.pxPerMs
            mouseWheel(flick, flick.width / 2, flick.height / 2, 0, 120, Qt.NoButton, Qt.ControlModifier)
            verify(view.pxPerMs > before, "Ctrl+wheel zooms in")
            const zoomed = view.pxPerMs
            mouseWheel(flick, flick.width / 2, flick.height / 2, 0, -120, Qt.NoButton, Qt.ControlModifier)
            verify(view.pxPerMs < zoomed, "and out")
            // Zoomed in far, a drag pans along time.
            view.zoomAt(10, 0)
            tryVerify(() => flick.contentWidth > flick.width * 2)
            flick.contentX = 0
            const x0 = flick.contentX
            mouseDrag(flick, flick.width * 0.8, flick.height - 10, -flick.width * 0.5, 0)
            tryVerify(() => flick.contentX > x0 + 50, 3000, "dragging left moves later in time into view")
        }

        function test_clickingAMarkerOpensItsDetails() {
            const view = createView()
            const panel = findChild(view, "payloadPanel")
            verify(!panel.visible)
            mouseClick(marker(view, "marker_compensation_InventoryRestored"))
            tryVerify(() => panel.visible)
            compare(view.selectedRow, 9)
            compare(findChild(panel, "detailsEventType").text, "InventoryRestored")
            compare(findChild(panel, "detailsKind").text, "Compensation")
            verify(findChild(panel, "detailsPayload").text.indexOf("\"items\"") >= 0)
            compare(findChild(panel, "detailsDuration").text, "1 ms")
            // To its cause (the restore handling), and on to the failure that triggered it.
            mouseClick(findChild(panel, "detailsCauseButton"))
            compare(view.selectedRow, 8)
            compare(findChild(panel, "detailsEventType").text, "BalanceFailed")
            compare(findChild(panel, "detailsKind").text, "Handled")
            // A retry shows its attempt and error.
            mouseClick(marker(view, "marker_retry_PaymentRequested"))
            compare(findChild(panel, "detailsAttempt").text, "1")
            verify(findChild(panel, "detailsError").visible)
            compare(findChild(panel, "detailsError").text, "injected failure")
            // An expected step says what it should publish.
            mouseClick(marker(view, "marker_pending_BalanceFailed"))
            compare(findChild(panel, "detailsExpected").text, "CouponRestored")
            mouseClick(findChild(panel, "detailsCloseButton"))
            verify(!panel.visible)
            compare(view.selectedRow, -1)
        }

        function test_selectionFollowsItsMarkerWhenRowsArrive() {
            const view = createView()
            view.select(3)
            compare(view.selectedRow, 3)
            markerModel.insert(0, root.row({ "key": "z", "offsetMs": 0, "eventType": "Earlier" }))
            tryCompare(view, "selectedRow", 4)
            compare(view.selectedDetails.eventType, "InventoryDeducted")
            markerModel.remove(4)
            tryCompare(view, "selectedRow", -1) // gone: the details close
        }

        function test_eightyMarkersStayReadable() {
            markerModel.clear()
            // A busy saga: 80 markers over 6 lanes within 400 ms, many at the same moment.
            for (let i = 0; i < 80; ++i) {
                const lane = i % 6
                markerModel.append(root.row({ "key": "k" + i, "lane": lane, "service": root.lanes[lane],
                                          "offsetMs": Math.floor(i / 3) * 15, "kind": i % 5 === 0 ? "handled" : "published",
                                          "eventType": "SomethingHappened" + i, "causeRow": i > 0 ? i - 1 : -1,
                                          "durationFromCauseMs": i > 0 ? 5 : -1 }))
            }
            const view = createTemporaryObject(viewComponent, root, { "live": false, "nowOffsetMs": 0 })
            tryVerify(() => view.positions.length === 80)
            waitForRendering(view)
            // No two markers of a lane overlap, and no shown label runs into another marker.
            const size = view.markerSize
            for (let a = 0; a < 80; ++a) {
                for (let b = a + 1; b < 80; ++b) {
                    const pa = view.positions[a]
                    const pb = view.positions[b]
                    if (markerModel.get(a).lane !== markerModel.get(b).lane || Math.abs(pa.y - pb.y) >= size)
                        continue
                    verify(Math.abs(pa.x - pb.x) >= size, "markers " + a + " and " + b + " overlap")
                    const left = pa.x < pb.x ? a : b
                    const right = left === a ? b : a
                    const item = view.positions[left]
                    if (item.labelVisible) {
                        const labelEnd = item.x + size / 2 + view.maxLabelWidth
                        const other = view.positions[right]
                        const delegate = findChild(view, "marker_" + markerModel.get(left).kind + "_" + markerModel.get(left).eventType)
                        verify(item.x + size / 2 + delegate.labelWidth < other.x - size / 2 || labelEnd < other.x,
                               "label of " + left + " runs into " + right)
                    }
                }
            }
            compare(view.arrows().length, 79)
        }
    }
}
