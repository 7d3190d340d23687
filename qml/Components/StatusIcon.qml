import QtQuick

// A round state badge: a check (done), a cross (failed), a dash (skipped), a pulsing dot
// (active) or a number/label in an outlined circle (pending). Purely visual.
Item {
    id: root

    property string kind: "pending"   // pending | active | done | failed | skipped
    property string label: ""         // shown inside a pending badge (e.g. the step number)
    readonly property color badgeColor: {
        switch (root.kind) {
        case "done": return Theme.success
        case "failed": return Theme.danger
        case "active": return Theme.info
        default: return Theme.pending
        }
    }
    readonly property bool pulsing: pulse.running

    implicitWidth: 28
    implicitHeight: 28

    component Stroke: Rectangle {
        id: stroke
        required property real x1
        required property real y1
        required property real x2
        required property real y2
        readonly property real thickness: Math.max(2, (stroke.parent ? stroke.parent.width : 28) * 0.12)
        x: stroke.x1 - stroke.thickness / 2
        y: stroke.y1 - stroke.thickness / 2
        width: Math.hypot(stroke.x2 - stroke.x1, stroke.y2 - stroke.y1) + stroke.thickness
        height: stroke.thickness
        radius: stroke.thickness / 2
        color: "white"
        transform: Rotation {
            origin.x: stroke.thickness / 2
            origin.y: stroke.thickness / 2
            angle: Math.atan2(stroke.y2 - stroke.y1, stroke.x2 - stroke.x1) * 180 / Math.PI
        }
    }

    // Expanding, fading halo behind an active badge.
    Rectangle {
        id: halo
        anchors.centerIn: badge
        width: badge.width
        height: width
        radius: width / 2
        color: Theme.info
        opacity: 0
        visible: root.kind === "active"
        SequentialAnimation {
            id: pulse
            objectName: "pulse"
            running: root.kind === "active" && root.visible
            loops: Animation.Infinite
            ParallelAnimation {
                NumberAnimation { target: halo; property: "scale"; from: 1; to: 1.7; duration: 900; easing.type: Easing.OutCubic }
                NumberAnimation { target: halo; property: "opacity"; from: 0.45; to: 0; duration: 900; easing.type: Easing.OutCubic }
            }
            PauseAnimation { duration: 250 }
        }
    }

    Rectangle {
        id: badge
        objectName: "badge"
        anchors.centerIn: parent
        width: Math.min(root.width, root.height)
        height: width
        radius: width / 2
        color: root.kind === "pending" || root.kind === "skipped" ? Theme.surface : root.badgeColor
        border.width: root.kind === "pending" || root.kind === "skipped" ? Math.max(1.5, width * 0.07) : 0
        border.color: root.badgeColor

        readonly property real s: width

        Stroke {   // check mark, short arm
            visible: root.kind === "done"
            x1: badge.s * 0.29; y1: badge.s * 0.52; x2: badge.s * 0.44; y2: badge.s * 0.67
        }
        Stroke {   // check mark, long arm
            visible: root.kind === "done"
            x1: badge.s * 0.44; y1: badge.s * 0.67; x2: badge.s * 0.72; y2: badge.s * 0.36
        }
        Stroke {
            visible: root.kind === "failed"
            x1: badge.s * 0.33; y1: badge.s * 0.33; x2: badge.s * 0.67; y2: badge.s * 0.67
        }
        Stroke {
            visible: root.kind === "failed"
            x1: badge.s * 0.67; y1: badge.s * 0.33; x2: badge.s * 0.33; y2: badge.s * 0.67
        }
        Stroke {
            visible: root.kind === "skipped"
            color: Theme.pending
            x1: badge.s * 0.32; y1: badge.s * 0.5; x2: badge.s * 0.68; y2: badge.s * 0.5
        }
        Rectangle {   // active: a white core inside the pulsing badge
            visible: root.kind === "active"
            anchors.centerIn: parent
            width: parent.width * 0.36
            height: width
            radius: width / 2
            color: "white"
        }
        Text {
            visible: root.kind === "pending"
            anchors.centerIn: parent
            text: root.label
            color: Theme.textSecondary
            font.pixelSize: Math.max(8, Math.round(badge.s * 0.45))
            font.bold: true
        }
    }
}
