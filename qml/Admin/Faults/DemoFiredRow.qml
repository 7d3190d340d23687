import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// One fault the demo staged, on one line: when (since the demo started), what (the fault's
// title, coloured by kind), the detail, and "Open saga" when the fault made a saga (a
// Balance failure places an order). A pure view: it only emits openSagaRequested.
Control {
    id: root

    property string key          // "balance-failure" | "duplicate-delivery" | "dropped-event" | "export-outage"
    property string title
    property string detail
    property string sinceStartText
    property int cycle
    property string sagaId

    signal openSagaRequested(string sagaId)

    readonly property color kindColor: {
        switch (root.key) {
        case "balance-failure": return Theme.danger
        case "export-outage": return Theme.warning
        case "dropped-event": return "#6a1b9a"   // purple: a lost step the reconciler repairs
        default: return Theme.info
        }
    }

    padding: 0
    verticalPadding: Math.round(fm.height * 0.1)

    Accessible.role: Accessible.ListItem
    Accessible.name: root.sinceStartText + " " + root.title + ": " + root.detail

    FontMetrics {
        id: fm
        font: root.font
    }

    contentItem: RowLayout {
        spacing: Math.round(fm.height * 0.6)
        Label {
            objectName: "firedTime"
            Layout.preferredWidth: Math.round(fm.height * 2.8)
            text: root.sinceStartText
            color: Theme.textSecondary
            horizontalAlignment: Text.AlignRight
        }
        Rectangle {
            Layout.preferredWidth: Math.round(fm.height * 0.5)
            Layout.preferredHeight: Math.round(fm.height * 0.5)
            radius: width / 2
            color: root.kindColor
        }
        Label {
            objectName: "firedTitle"
            text: root.title
            color: root.kindColor
            font.bold: true
        }
        Label {
            objectName: "firedDetail"
            Layout.fillWidth: true
            text: root.detail
            color: Theme.textPrimary
            elide: Text.ElideRight
            // The whole detail when it does not fit.
            ToolTip.visible: detailHover.hovered && truncated
            ToolTip.text: root.detail
            ToolTip.delay: 400
            HoverHandler {
                id: detailHover
            }
        }
        Button {
            objectName: "demoOpenSagaButton"
            // Keeps its place without a saga, so that the rows line up.
            enabled: root.sagaId !== ""
            opacity: root.sagaId !== "" ? 1 : 0
            flat: true
            topInset: 0
            bottomInset: 0
            implicitHeight: Math.round(fm.height * 1.8)
            padding: Math.round(fm.height * 0.2)
            horizontalPadding: Math.round(fm.height * 0.5)
            text: qsTr("Open saga")
            Accessible.name: qsTr("Open saga %1").arg(root.sagaId)
            onClicked: root.openSagaRequested(root.sagaId)
        }
    }
}
