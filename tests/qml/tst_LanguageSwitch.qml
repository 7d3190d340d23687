import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 400
    height: 100

    Component {
        id: switchComponent
        LanguageSwitch {
            language: "ko"
        }
    }

    SignalSpy {
        id: selectedSpy
        signalName: "languageSelected"
    }

    TestCase {
        name: "LanguageSwitch"
        when: windowShown

        function createSwitch(properties) {
            const control = createTemporaryObject(switchComponent, root, properties || {})
            verify(control !== null)
            selectedSpy.clear()
            selectedSpy.target = control
            return control
        }

        function test_showsTheCurrentLanguage() {
            const control = createSwitch()
            verify(findChild(control, "lang_ko").checked)
            verify(!findChild(control, "lang_en").checked)
            compare(findChild(control, "lang_ko").text, "한국어")
            control.language = "en"
            verify(!findChild(control, "lang_ko").checked)
            verify(findChild(control, "lang_en").checked)
            verify(findChild(control, "lang_en").Accessible.checked)
        }

        function test_choosingTheOtherLanguageAsksForIt() {
            const control = createSwitch()
            mouseClick(findChild(control, "lang_en"))
            compare(selectedSpy.count, 1)
            compare(selectedSpy.signalArguments[0][0], "en")
            // The owner switches; until then the switch still shows the current language.
            compare(control.language, "ko")
            verify(findChild(control, "lang_ko").checked)
            verify(!findChild(control, "lang_en").checked)
        }

        function test_choosingTheCurrentLanguageDoesNothing() {
            const control = createSwitch()
            mouseClick(findChild(control, "lang_ko"))
            compare(selectedSpy.count, 0)
        }

        function test_keyboard() {
            const control = createSwitch({ language: "en" })
            const ko = findChild(control, "lang_ko")
            ko.forceActiveFocus()
            verify(ko.activeFocus)
            keyClick(Qt.Key_Space)
            compare(selectedSpy.count, 1)
            compare(selectedSpy.signalArguments[0][0], "ko")
            keyClick(Qt.Key_Return)
            compare(selectedSpy.count, 2)
        }
    }
}
