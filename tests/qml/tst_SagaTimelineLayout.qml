import QtQuick
import QtTest
import "qrc:/SagaShop/Admin/Timeline/TimelineLayout.js" as Geometry

// The timeline's geometry on its own: durations in words, ruler ticks, where markers go
// (stacking within a lane, labels that do not fit are hidden), arrow curves, the fit scale.
TestCase {
    name: "SagaTimelineLayout"

    readonly property var units: ({ "ms": "%1 ms", "s": "%1 s", "min": "%1 min %2 s", "h": "%1 h %2 min" })
    readonly property var params: ({
        "origin": 20, "pxPerMs": 2, "laneHeight": 60, "markerSize": 16, "subRowGap": 18,
        "maxSubRows": 3, "pendingSpacing": 100, "labelGap": 4, "maxNudges": 4
    })

    function test_durationsInWords() {
        compare(Geometry.formatDuration(0, units), "0 ms")
        compare(Geometry.formatDuration(12.4, units), "12 ms")
        compare(Geometry.formatDuration(1234, units), "1.23 s")
        compare(Geometry.formatDuration(12345, units), "12.3 s")
        compare(Geometry.formatDuration(125000, units), "2 min 5 s")
        compare(Geometry.formatDuration(3 * 3600000 + 20 * 60000, units), "3 h 20 min")
        compare(Geometry.formatDuration(-1, units), "")
    }

    function test_ticksAreRoundAndFarEnoughApart() {
        compare(Geometry.tickStep(1, 60), 100)     // 60 ms -> 100 ms
        compare(Geometry.tickStep(0.1, 60), 1000)  // 600 ms -> 1 s
        compare(Geometry.tickStep(0.01, 60), 10000)
        compare(Geometry.tickStep(10, 60), 10)
        compare(Geometry.tickStep(30, 60), 2)
        compare(Geometry.tickStep(0.05, 60), 2000)
        verify(Geometry.tickStep(100, 60) >= 1) // never below a millisecond
    }

    function test_markersSitAtTheirTimeInTheirLane() {
        const placed = Geometry.layout([
            { "lane": 0, "offsetMs": 0, "pending": false, "depth": 0, "labelWidth": 0 },
            { "lane": 2, "offsetMs": 100, "pending": false, "depth": 0, "labelWidth": 0 }
        ], params)
        compare(placed[0].x, 20)
        compare(placed[0].y, 30)
        compare(placed[1].x, 220)
        compare(placed[1].y, 150)
        compare(placed[0].sub, 0)
    }

    function test_overlappingMarkersStackAndLabelsGiveWay() {
        // Three markers at the same moment in one lane: centre, above, below.
        const same = []
        for (let i = 0; i < 3; ++i)
            same.push({ "lane": 1, "offsetMs": 50, "pending": false, "depth": 0, "labelWidth": 80 })
        const placed = Geometry.layout(same, params)
        compare(placed.map(p => p.sub), [0, 1, 2])
        compare(placed.map(p => p.y), [90, 72, 108])
        verify(placed.every(p => p.labelVisible))
        // A fourth has nowhere to go: it overlaps, without its label.
        same.push({ "lane": 1, "offsetMs": 50, "pending": false, "depth": 0, "labelWidth": 80 })
        const crowded = Geometry.layout(same, params)
        verify(!crowded[3].labelVisible)
        // Four events at once without labels: the fourth moves a little later, not on top.
        const four = []
        for (let i = 0; i < 4; ++i)
            four.push({ "lane": 1, "offsetMs": 50, "pending": false, "depth": 0, "labelWidth": 0 })
        const nudged = Geometry.layout(four, params)
        compare(nudged[3].x, 156) // two marker widths (+2) later: the first free start
        compare(nudged[3].sub, 0)
        compare(nudged[0].x, 120)
        // A marker far enough to the right of a label reuses the centre line.
        const apart = Geometry.layout([
            { "lane": 0, "offsetMs": 0, "pending": false, "depth": 0, "labelWidth": 80 },
            { "lane": 0, "offsetMs": 60, "pending": false, "depth": 0, "labelWidth": 80 }
        ], params)
        compare(apart[1].sub, 0)
        // Closer than its label reaches: it moves to the next sub-row.
        const close = Geometry.layout([
            { "lane": 0, "offsetMs": 0, "pending": false, "depth": 0, "labelWidth": 80 },
            { "lane": 0, "offsetMs": 20, "pending": false, "depth": 0, "labelWidth": 80 }
        ], params)
        compare(close[1].sub, 1)
    }

    function test_pendingStepsLineUpAfterNow() {
        const placed = Geometry.layout([
            { "lane": 0, "offsetMs": 300, "pending": true, "depth": 0, "labelWidth": 0 },
            { "lane": 1, "offsetMs": 300, "pending": true, "depth": 2, "labelWidth": 0 }
        ], params)
        compare(placed[0].x, 620)
        compare(placed[1].x, 820)
    }

    function test_arrowsLeaveTheCauseAndReachTheEffect() {
        const along = Geometry.arrow(100, 30, 200, 30, 8)
        compare(along.sx, 108)
        compare(along.ex, 191)
        compare(along.sy, 30)
        fuzzyCompare(along.angle, 0, 1e-9)
        compare(along.my, 30)
        const across = Geometry.arrow(100, 30, 200, 150, 8)
        compare(across.sx, 108)
        compare(across.ex, 191)
        compare(across.ey, 150)
        verify(Math.abs(across.angle) < 0.2) // arrives from the left
        verify(across.my > 30 && across.my < 150)
        const same = Geometry.arrow(100, 30, 100, 150, 8) // the same moment: leaves downwards
        compare(same.sy, 38)
        compare(same.ey, 141)
        verify(same.angle > 0)
    }

    function test_fitAndLists() {
        compare(Geometry.fitScale(500, 1000, 20), 2)
        compare(Geometry.fitScale(0, 1000, 20), 50)
        compare(Geometry.listText(["a", "b"], ", "), "a, b")
        compare(Geometry.listText("a", ", "), "a")
        compare(Geometry.listText(undefined, ", "), "")
        verify(Geometry.colorOf("compensation") !== Geometry.colorOf("published"))
        verify(Geometry.colorOf("deadLetter") !== Geometry.colorOf("retry"))
    }
}
