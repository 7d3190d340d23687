import QtQuick
import QtTest
import SagaShop

Item {
    id: root
    width: 800
    height: 700

    Component {
        id: formComponent
        LoginForm {
            anchors.centerIn: parent
            width: 420
        }
    }

    SignalSpy {
        id: submitSpy
        signalName: "submitted"
    }

    TestCase {
        name: "LoginForm"
        when: windowShown

        function makeForm(properties) {
            const form = createTemporaryObject(formComponent, root, properties || {})
            verify(form !== null)
            submitSpy.clear()
            submitSpy.target = form
            return form
        }

        function field(form, name) {
            const item = findChild(form, name)
            verify(item !== null, name)
            return item
        }

        function typeInto(form, name, text) {
            const item = field(form, name)
            item.forceActiveFocus()
            tryVerify(() => item.activeFocus)
            for (const c of text)
                keyClick(c)
        }

        function test_loginModeAsksForNameAndPassword() {
            const form = makeForm({ mode: "login" })
            compare(field(form, "adminLoginTitle").text, "Administrator sign-in")
            verify(field(form, "adminNameField").visible)
            verify(field(form, "adminPasswordField").visible)
            verify(!field(form, "adminConfirmField").visible)
            compare(field(form, "adminLoginButton").text, "Sign in")
            verify(!field(form, "adminLoginError").visible)
            verify(!field(form, "adminLockNotice").visible)
            verify(!field(form, "adminAttemptsLeft").visible)
        }

        function test_setupModeAsksForAConfirmation() {
            const form = makeForm({ mode: "setup" })
            compare(field(form, "adminLoginTitle").text, "Set the administrator password")
            verify(field(form, "adminConfirmField").visible)
            compare(field(form, "adminLoginButton").text, "Set password and sign in")
        }

        function test_passwordsAreHidden() {
            const form = makeForm({ mode: "setup" })
            compare(field(form, "adminPasswordField").echoMode, TextInput.Password)
            compare(field(form, "adminConfirmField").echoMode, TextInput.Password)
            compare(field(form, "adminNameField").echoMode, TextInput.Normal)
        }

        function test_enterSubmitsWhatWasTyped() {
            const form = makeForm({ mode: "login" })
            typeInto(form, "adminNameField", "root")
            typeInto(form, "adminPasswordField", "secret pw")
            keyClick(Qt.Key_Return)
            compare(submitSpy.count, 1)
            compare(submitSpy.signalArguments[0][0], "root")
            compare(submitSpy.signalArguments[0][1], "secret pw")
            compare(submitSpy.signalArguments[0][2], "")
        }

        function test_theButtonSubmitsTheSetupWithItsConfirmation() {
            const form = makeForm({ mode: "setup" })
            const button = field(form, "adminLoginButton")
            verify(!button.enabled, "nothing typed yet")
            typeInto(form, "adminNameField", "admin")
            typeInto(form, "adminPasswordField", "password1")
            verify(!button.enabled, "the confirmation is still empty")
            typeInto(form, "adminConfirmField", "password2")
            verify(button.enabled)
            mouseClick(button)
            compare(submitSpy.count, 1)
            // The form does not judge the mismatch: the session does.
            compare(submitSpy.signalArguments[0][1], "password1")
            compare(submitSpy.signalArguments[0][2], "password2")
        }

        function test_enterInTheNameFieldSubmitsToo() {
            const form = makeForm({ mode: "login" })
            typeInto(form, "adminPasswordField", "secret pw")
            typeInto(form, "adminNameField", "root")
            keyClick(Qt.Key_Enter)
            compare(submitSpy.count, 1)
        }

        function test_anEmptyNameDoesNotSubmit() {
            const form = makeForm({ mode: "login" })
            typeInto(form, "adminNameField", "   ")
            typeInto(form, "adminPasswordField", "secret pw")
            keyClick(Qt.Key_Return)
            compare(submitSpy.count, 0)
            verify(!field(form, "adminLoginButton").enabled)
        }

        function test_busyBlocksAnotherSubmit() {
            const form = makeForm({ mode: "login" })
            typeInto(form, "adminNameField", "root")
            typeInto(form, "adminPasswordField", "secret pw")
            form.busy = true
            verify(!field(form, "adminLoginButton").enabled)
            verify(!field(form, "adminPasswordField").enabled)
            verify(field(form, "adminLoginBusy").visible)
            form.submit()
            compare(submitSpy.count, 0)
            form.busy = false
            verify(field(form, "adminLoginButton").enabled)
        }

        function test_theErrorIsShown() {
            const form = makeForm({ mode: "login" })
            const error = field(form, "adminLoginError")
            form.error = "The name or the password is wrong."
            verify(error.visible)
            compare(error.text, "The name or the password is wrong.")
            compare(String(error.color), String(Theme.danger))
            form.error = ""
            verify(!error.visible)
        }

        function test_attemptsLeftAfterAFailure() {
            const form = makeForm({ mode: "login" })
            const hint = field(form, "adminAttemptsLeft")
            verify(!hint.visible, "no failure yet")
            form.attemptsLeft = 4
            verify(hint.visible)
            compare(hint.text, "Attempts left before a one-minute lock: 4")
            form.mode = "setup"
            verify(!hint.visible)
        }

        function test_lockedCountsDownAndDisablesTheButton() {
            const form = makeForm({ mode: "login", attemptsLeft: 0 })
            typeInto(form, "adminNameField", "root")
            typeInto(form, "adminPasswordField", "secret pw")
            const button = field(form, "adminLoginButton")
            verify(button.enabled)
            form.lockedSeconds = 57
            verify(field(form, "adminLockNotice").visible)
            compare(field(form, "adminLockText").text, "Locked for 57 s after 5 failed attempts")
            verify(!button.enabled)
            verify(!field(form, "adminAttemptsLeft").visible)
            keyClick(Qt.Key_Return)
            mouseClick(button)
            compare(submitSpy.count, 0)
            form.lockedSeconds = 56
            compare(field(form, "adminLockText").text, "Locked for 56 s after 5 failed attempts")
            form.lockedSeconds = 0
            verify(!field(form, "adminLockNotice").visible)
            verify(button.enabled)
        }

        function test_clearPasswordsKeepsTheName() {
            const form = makeForm({ mode: "setup" })
            typeInto(form, "adminNameField", "root")
            typeInto(form, "adminPasswordField", "password1")
            typeInto(form, "adminConfirmField", "password1")
            form.clearPasswords()
            compare(form.nameText, "root")
            compare(field(form, "adminPasswordField").text, "")
            compare(field(form, "adminConfirmField").text, "")
            verify(field(form, "adminPasswordField").activeFocus)
        }
    }
}
