pragma ComponentBehavior: Bound

import QtQuick
import "TimelineLayout.js" as Geometry

// One marker's shape, by kind, from plain scene-graph items (cheap for hundreds of markers):
// a filled circle for an event published, a ring with a tick for a handling, a circle with
// the attempt number for a retry, a red square with a cross for a dead letter, a diamond
// for a compensation, a dark rounded square for an administrator's action, and a dotted
// hollow ring for a step still expected.
Item {
    id: root

    property string kind: "published"
    property int attempt: 1
    property bool selected: false
    property bool hovered: false
    readonly property color color: Geometry.colorOf(kind)
    readonly property real size: Math.min(width, height)
    /// Kinds with a shape of their own; anything else is drawn as a plain ring.
    readonly property bool drawnOtherwise: {
        switch (root.kind) {
        case "published":
        case "retry":
        case "deadLetter":
        case "discarded":
        case "compensation":
        case "admin":
        case "pending":
        case "dropped":
            return true
        default:
            return false
        }
    }

    implicitWidth: 16
    implicitHeight: 16

    // Selection / hover halo.
    Rectangle {
        anchors.centerIn: parent
        width: root.size + 6
        height: width
        radius: width / 2
        visible: root.selected || root.hovered
        color: root.selected ? "#ffe082" : "#dcebfa"
        border.color: root.selected ? "#f9a825" : "transparent"
    }

    // Filled circle: published, retry.
    Rectangle {
        anchors.centerIn: parent
        visible: root.kind === "published" || root.kind === "retry"
        width: root.kind === "retry" ? root.size : Math.round(root.size * 0.78)
        height: width
        radius: width / 2
        color: root.color
        Text {
            anchors.centerIn: parent
            visible: root.kind === "retry"
            text: String(root.attempt)
            color: "#ffffff"
            font.bold: true
            font.pixelSize: Math.max(8, Math.round(root.size * 0.68))
        }
    }

    // Ring: handled, duplicate, other kinds.
    Rectangle {
        anchors.centerIn: parent
        visible: root.kind === "handled" || root.kind === "duplicate" || !root.drawnOtherwise
        width: Math.round(root.size * 0.82)
        height: width
        radius: width / 2
        color: "#ffffff"
        border.width: Math.max(1.5, root.size / 9)
        border.color: root.color
        Text {
            anchors.centerIn: parent
            text: root.kind === "handled" ? "✓" : (root.kind === "duplicate" ? "=" : "")
            color: root.color
            font.bold: true
            font.pixelSize: Math.max(7, Math.round(root.size * 0.58))
        }
    }

    // Square with a cross: dead letter, discarded.
    Rectangle {
        id: square
        anchors.centerIn: parent
        visible: root.kind === "deadLetter" || root.kind === "discarded"
        width: Math.round(root.size * 0.9)
        height: width
        radius: 2
        color: root.color
        Repeater {
            model: [45, -45]
            delegate: Rectangle {
                required property var modelData
                anchors.centerIn: square
                width: square.width * 0.72
                height: Math.max(2, root.size / 8)
                radius: height / 2
                rotation: modelData
                color: "#ffffff"
            }
        }
    }

    // Diamond: compensation.
    Rectangle {
        anchors.centerIn: parent
        visible: root.kind === "compensation"
        width: Math.round(root.size * 0.7)
        height: width
        rotation: 45
        radius: 1.5
        color: root.color
    }

    // Rounded square with a dot: an administrator's action.
    Rectangle {
        anchors.centerIn: parent
        visible: root.kind === "admin"
        width: Math.round(root.size * 0.86)
        height: width
        radius: width * 0.3
        color: root.color
        Rectangle {
            anchors.centerIn: parent
            width: parent.width * 0.36
            height: width
            radius: width / 2
            color: "#ffffff"
        }
    }

    // Dotted ring: expected (pending), lost (dropped, with a slash).
    Item {
        id: dotted
        anchors.fill: parent
        visible: root.kind === "pending" || root.kind === "dropped"
        readonly property real ring: root.size * 0.4
        Rectangle {
            anchors.centerIn: parent
            width: dotted.ring * 2
            height: width
            radius: width / 2
            color: "#ffffff"
        }
        Repeater {
            model: 10
            delegate: Rectangle {
                required property int index
                readonly property real angle: index * Math.PI / 5
                width: Math.max(2, root.size / 7)
                height: width
                radius: width / 2
                color: root.color
                x: dotted.width / 2 + dotted.ring * Math.cos(angle) - width / 2
                y: dotted.height / 2 + dotted.ring * Math.sin(angle) - height / 2
            }
        }
        Rectangle {
            anchors.centerIn: parent
            visible: root.kind === "dropped"
            width: root.size * 0.8
            height: Math.max(1.5, root.size / 9)
            rotation: -45
            color: root.color
        }
    }
}
