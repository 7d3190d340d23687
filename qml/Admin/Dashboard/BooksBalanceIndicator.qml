import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// Whether the shop's books balance: green when every invariant holds, amber while sagas in
// flight keep a difference open ("settling"), red naming the invariant that is broken and by
// how much, grey before the first check. "Check now" emits checkRequested(); the owner runs
// the check and updates the properties. Purely visual.
Control {
    id: root

    property string verdict: "unknown"   // unknown | ok | settling | broken
    property string title
    property string summary
    property string checkedText
    property bool checking: false

    signal checkRequested()

    readonly property color tone: root.verdict === "ok" ? Theme.success
                                  : root.verdict === "broken" ? Theme.danger
                                  : root.verdict === "settling" ? Theme.warning : Theme.pending
    readonly property color toneLight: root.verdict === "ok" ? Theme.successLight
                                       : root.verdict === "broken" ? Theme.dangerLight
                                       : root.verdict === "settling" ? Theme.warningLight : Theme.background

    padding: Math.round(fm.height * 0.8)
    implicitWidth: fm.height * 20
    implicitHeight: contentItem.implicitHeight + topPadding + bottomPadding

    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.title

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        objectName: "booksBalanceBackground"
        color: root.toneLight
        radius: Theme.radius
        border.color: root.tone
        border.width: root.verdict === "unknown" ? 1 : 2
    }

    contentItem: ColumnLayout {
        spacing: Math.round(fm.height * 0.5)
        RowLayout {
            Layout.fillWidth: true
            spacing: Math.round(fm.height * 0.6)
            Rectangle {   // a round mark: check, cross, ellipsis or question mark
                objectName: "booksBalanceMark"
                Layout.preferredWidth: Math.round(fm.height * 1.8)
                Layout.preferredHeight: Math.round(fm.height * 1.8)
                Layout.alignment: Qt.AlignTop
                radius: width / 2
                color: root.tone
                Text {
                    anchors.centerIn: parent
                    text: root.verdict === "ok" ? "✓" : root.verdict === "broken" ? "✕"
                          : root.verdict === "settling" ? "…" : "?"
                    color: "white"
                    font.bold: true
                    font.pixelSize: Math.round(parent.height * 0.6)
                }
            }
            Label {
                objectName: "booksBalanceTitle"
                Layout.fillWidth: true
                text: root.title
                color: root.verdict === "unknown" ? Theme.textSecondary : root.tone
                font.pixelSize: Theme.scaledPixelSize(root.font, 1.25)
                font.weight: Font.Bold
                wrapMode: Text.Wrap
            }
        }
        Label {
            objectName: "booksBalanceSummary"
            Layout.fillWidth: true
            visible: root.summary !== ""
            text: root.summary
            color: Theme.textPrimary
            wrapMode: Text.Wrap
            maximumLineCount: 8
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "booksBalanceCheckedAt"
                Layout.fillWidth: true
                text: root.checking ? qsTr("Checking…") : root.checkedText
                color: Theme.textSecondary
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
                elide: Text.ElideRight
            }
            Button {
                objectName: "checkNowButton"
                text: qsTr("Check now")
                enabled: !root.checking
                flat: true
                Accessible.name: qsTr("Check the books now")
                onClicked: root.checkRequested()
            }
        }
    }
}
