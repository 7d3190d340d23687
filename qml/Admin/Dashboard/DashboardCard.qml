import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// A white card with a title (and an optional note at its right) around one part of the
// dashboard: a chart, a list. Children go into the card's body, which fills the rest.
// Purely visual.
Control {
    id: root

    property string title
    property string note
    default property alias content: body.data

    padding: Math.round(fm.height * 0.7)
    topPadding: Math.round(fm.height * 0.6)

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Math.round(fm.height * 0.3)
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "cardTitle"
                Layout.fillWidth: true
                text: root.title
                color: Theme.textPrimary
                font.pixelSize: Theme.scaledPixelSize(root.font, 1.05)
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                objectName: "cardNote"
                visible: root.note !== ""
                text: root.note
                color: Theme.textSecondary
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.85)
            }
        }
        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            // As tall as its first child would like (a list); charts fill what they get.
            implicitHeight: body.children.length > 0 ? body.children[0].implicitHeight : 0
        }
    }
}
