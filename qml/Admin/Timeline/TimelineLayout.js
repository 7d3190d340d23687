.pragma library

// Geometry of the saga timeline, with no Qt Quick items: where each marker goes (lanes,
// stacking of markers that would overlap, labels that fit), the time ruler's ticks, the
// arrows' curves, durations in words. SagaTimelineView calls these; tst_SagaTimelineLayout
// tests them directly.

// Marker colours by kind (the legend uses the same).
var palette = {
    "published": "#1565c0",
    "handled": "#2e7d32",
    "retry": "#ef6c00",
    "deadLetter": "#c62828",
    "compensation": "#8e24aa",
    "admin": "#263238",
    "pending": "#78909c",
    "duplicate": "#90a4ae",
    "dropped": "#8d6e63",
    "discarded": "#616161"
}

function colorOf(kind) {
    return palette[kind] !== undefined ? palette[kind] : "#546e7a"
}

// A list role as text: a JS array (C++ QStringList), a nested ListModel (ListModel.append
// turns arrays into those) or a plain string.
function listText(value, separator) {
    if (value === undefined || value === null)
        return ""
    if (Array.isArray(value))
        return value.join(separator)
    if (typeof value === "object" && value.count !== undefined) {
        const parts = []
        for (let i = 0; i < value.count; ++i) {
            const element = value.get(i)
            parts.push(element && element.modelData !== undefined ? String(element.modelData) : String(element))
        }
        return parts.join(separator)
    }
    if (typeof value === "object" && value.length !== undefined)
        return Array.prototype.join.call(value, separator)
    return String(value)
}

// `ms` in words through `units` ({ms, s, min, h}: translated templates with %1 [%2]).
function formatDuration(ms, units) {
    if (ms === undefined || ms === null || ms < 0)
        return ""
    if (ms < 1000)
        return units.ms.arg(Math.round(ms))
    if (ms < 60000)
        return units.s.arg((ms / 1000).toFixed(ms < 10000 ? 2 : 1))
    if (ms < 3600000) {
        const minutes = Math.floor(ms / 60000)
        return units.min.arg(minutes).arg(Math.round((ms - minutes * 60000) / 1000))
    }
    const hours = Math.floor(ms / 3600000)
    return units.h.arg(hours).arg(Math.round((ms - hours * 3600000) / 60000))
}

// The tick interval (ms) of a ruler drawn at `pxPerMs`, so that ticks are at least `minPx`
// apart: 1, 2 or 5 times a power of ten.
function tickStep(pxPerMs, minPx) {
    if (!(pxPerMs > 0))
        return 1000
    const raw = minPx / pxPerMs
    let power = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10))
    for (;;) {
        for (const m of [1, 2, 5]) {
            if (m * power >= raw)
                return Math.max(1, m * power)
        }
        power *= 10
    }
}

// The x of a marker's centre (content coordinates). Pending markers sit at "now" and, for
// steps further away, one `pendingSpacing` further right per step.
function markerX(offsetMs, pending, depth, p) {
    const x = p.origin + offsetMs * p.pxPerMs
    return pending ? x + (depth || 0) * p.pendingSpacing : x
}

// Where every marker goes. `items`: [{lane, offsetMs, pending, depth, labelWidth}] in row
// order. `p`: {origin, pxPerMs, laneHeight, markerSize, subRowGap, maxSubRows, pendingSpacing,
// labelGap, and optionally xOf(offsetMs, pending, depth) to place markers on another scale}. Markers of one lane that would overlap (with their label) stack on sub-rows
// (centre, above, below, ...), or move a little later when every sub-row is taken (up to
// p.maxNudges marker widths); a label that fits nowhere is hidden (the marker stays, its
// tooltip and the details panel still tell). Returns [{x, y, sub, labelVisible}].
function layout(items, p) {
    const result = new Array(items.length)
    const order = []
    for (let i = 0; i < items.length; ++i) {
        const it = items[i]
        const x = p.xOf !== undefined ? p.xOf(it.offsetMs, it.pending, it.depth) : markerX(it.offsetMs, it.pending, it.depth, p)
        result[i] = { "x": x, "y": 0, "sub": 0, "labelVisible": false }
        order.push(i)
    }
    order.sort(function (a, b) { return result[a].x - result[b].x || a - b })
    const r = p.markerSize / 2
    const subs = Math.max(1, p.maxSubRows)
    const lastEnd = {} // lane -> [end x per sub-row]
    for (const i of order) {
        const it = items[i]
        const x = result[i].x
        if (lastEnd[it.lane] === undefined) {
            lastEnd[it.lane] = []
            for (let s = 0; s < subs; ++s)
                lastEnd[it.lane].push(-Infinity)
        }
        const ends = lastEnd[it.lane]
        let sub = -1
        let labelVisible = false
        let at = x
        // A free sub-row where it is; else nudged a little later (events published together
        // would hide each other), at most `maxNudges` marker widths.
        for (let nudge = 0; nudge <= (p.maxNudges || 0) && sub < 0; ++nudge) {
            at = x + nudge * (p.markerSize + 2)
            const start = at - r - 2
            for (let s = 0; s < subs && sub < 0; ++s) {
                if (ends[s] < start) {
                    sub = s
                    labelVisible = it.labelWidth > 0
                }
            }
        }
        if (sub < 0) { // no room anywhere: where it is, on the sub-row that frees up first, without its label
            at = x
            sub = 0
            for (let s = 1; s < subs; ++s) {
                if (ends[s] < ends[sub])
                    sub = s
            }
        }
        result[i].x = at
        const withLabel = at + r + (it.labelWidth > 0 ? p.labelGap + it.labelWidth : 0)
        ends[sub] = Math.max(ends[sub], labelVisible ? withLabel : at + r)
        // Sub-rows alternate around the lane's centre line: 0, -1, +1, -2, +2, ...
        const step = sub === 0 ? 0 : (sub % 2 === 1 ? -Math.ceil(sub / 2) : Math.ceil(sub / 2))
        result[i].sub = sub
        result[i].labelVisible = labelVisible
        result[i].y = it.lane * p.laneHeight + p.laneHeight / 2 + step * p.subRowGap
    }
    return result
}

// The curve of an arrow from a cause's centre (x1, y1) to its effect's (x2, y2), both markers
// of radius r: a straight line along a lane, an S-curve across lanes. Returns the start, the
// two control points, the end (at the effect's edge), the arrowhead's angle and the curve's
// midpoint (for the duration label).
function arrow(x1, y1, x2, y2, r) {
    const dy = y2 - y1
    const dx = x2 - x1
    let sx, sy, ex, ey, c1x, c1y, c2x, c2y
    if (Math.abs(dy) < 0.5) {
        const dir = dx >= 0 ? 1 : -1
        sx = x1 + dir * r
        sy = y1
        ex = x2 - dir * (r + 1)
        ey = y2
        c1x = sx + (ex - sx) / 3
        c1y = sy
        c2x = sx + 2 * (ex - sx) / 3
        c2y = ey
    } else {
        const vertical = dy > 0 ? 1 : -1
        if (dx > 2 * r) { // leave the cause to the right, arrive from the left
            sx = x1 + r
            sy = y1
            ex = x2 - r - 1
            ey = y2
            const pull = Math.max(12, (ex - sx) / 2)
            c1x = sx + pull
            c1y = sy
            c2x = ex - pull
            c2y = ey
        } else { // (nearly) the same time: leave downwards/upwards, arrive from above/below
            sx = x1
            sy = y1 + vertical * r
            ex = x2
            ey = y2 - vertical * (r + 1)
            const bow = Math.min(36, Math.max(12, Math.abs(dy) / 6))
            c1x = sx + bow
            c1y = sy + vertical * Math.abs(dy) / 3
            c2x = ex + bow
            c2y = ey - vertical * Math.abs(dy) / 3
        }
    }
    const mx = (sx + 3 * c1x + 3 * c2x + ex) / 8
    const my = (sy + 3 * c1y + 3 * c2y + ey) / 8
    return {
        "sx": sx, "sy": sy, "c1x": c1x, "c1y": c1y, "c2x": c2x, "c2y": c2y, "ex": ex, "ey": ey,
        "angle": Math.atan2(ey - c2y, ex - c2x), "mx": mx, "my": my,
        "length": Math.sqrt(dx * dx + dy * dy)
    }
}

// The pixels per millisecond that fit `spanMs` into `widthPx` (at least `minSpanMs`).
function fitScale(spanMs, widthPx, minSpanMs) {
    return Math.max(widthPx, 1) / Math.max(spanMs, minSpanMs, 1)
}
