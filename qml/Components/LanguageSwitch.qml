import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// A two-way language toggle (한국어 | English). `language` is the current code ("ko" / "en");
// choosing the other one emits languageSelected(code) — the owner switches.
Control {
    id: root

    property string language: "ko"

    signal languageSelected(string code)

    padding: 2
    implicitWidth: row.implicitWidth + leftPadding + rightPadding
    implicitHeight: row.implicitHeight + topPadding + bottomPadding

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Language")

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        radius: height / 2
        color: Theme.accentLight
        border.color: Theme.border
    }

    component Choice: AbstractButton {
        id: choice
        required property string code
        required property string label
        property bool current: false
        signal chosen()
        checkable: false
        checked: choice.current
        focusPolicy: Qt.StrongFocus
        padding: 6
        leftPadding: 12
        rightPadding: 12
        text: choice.label
        Accessible.role: Accessible.RadioButton
        Accessible.checkable: true
        Accessible.checked: choice.current
        Accessible.name: choice.label
        contentItem: Text {
            text: choice.text
            font: choice.font
            color: choice.current ? Theme.textOnAccent : Theme.textPrimary
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            radius: height / 2
            color: choice.current ? Theme.accent : "transparent"
            border.width: choice.visualFocus ? 2 : 0
            border.color: Theme.info
        }
        function choose() {
            if (!choice.current)
                choice.chosen()
        }
        onClicked: choice.choose()
        Keys.onReturnPressed: choice.choose()
        Keys.onEnterPressed: choice.choose()
    }

    contentItem: RowLayout {
        id: row
        spacing: 2
        Choice {
            objectName: "lang_ko"
            code: "ko"
            current: root.language === "ko"
            onChosen: root.languageSelected("ko")
            //: The name of the Korean language in Korean; keep as is.
            label: qsTr("한국어")
        }
        Choice {
            objectName: "lang_en"
            code: "en"
            current: root.language === "en"
            onChosen: root.languageSelected("en")
            //: The name of the English language in English; keep as is.
            label: qsTr("English")
        }
    }
}
