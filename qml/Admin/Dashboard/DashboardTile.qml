import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// One figure of the dashboard: a small title, the value in large type and a caption under
// it, with a coloured edge. `tone` ("normal", "warning", "danger") tints the value when the
// owner decides the figure needs attention. Purely visual.
Control {
    id: root

    property string title
    property string value
    property string caption
    property color accent: Theme.accent
    property string tone: "normal"   // normal | warning | danger

    readonly property color valueColor: root.tone === "danger" ? Theme.danger
                                        : root.tone === "warning" ? Theme.warning : Theme.textPrimary

    padding: Math.round(fm.height * 0.7)
    leftPadding: Math.round(fm.height * 0.9)
    implicitWidth: Math.max(fm.height * 9, contentItem.implicitWidth + leftPadding + rightPadding)
    implicitHeight: contentItem.implicitHeight + topPadding + bottomPadding

    Accessible.role: Accessible.StaticText
    Accessible.name: root.title + ": " + root.value

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
        Rectangle {   // the coloured edge
            x: 0
            width: Math.max(3, Math.round(fm.height * 0.25))
            height: parent.height
            radius: Theme.radius
            color: root.tone === "normal" ? root.accent : root.valueColor
        }
    }

    contentItem: ColumnLayout {
        spacing: Math.round(fm.height * 0.15)
        Label {
            objectName: "tileTitle"
            Layout.fillWidth: true
            text: root.title
            color: Theme.textSecondary
            font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
            font.weight: Font.Medium
            elide: Text.ElideRight
        }
        Label {
            objectName: "tileValue"
            Layout.fillWidth: true
            text: root.value
            color: root.valueColor
            font.pixelSize: Theme.scaledPixelSize(root.font, 2.0)
            font.weight: Font.Bold
            elide: Text.ElideRight
        }
        Label {
            objectName: "tileCaption"
            Layout.fillWidth: true
            visible: root.caption !== ""
            text: root.caption
            color: Theme.textSecondary
            font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
            elide: Text.ElideRight
        }
    }
}
