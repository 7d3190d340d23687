import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// The administrator's sign-in card, a pure view: "setup" mode (first run: name, password and
// confirmation) or "login" mode (name and password). Enter in any field or the button emits
// submitted(name, password, confirmation); the owner decides. It shows `error`, the attempts
// left after a failure and, while `lockedSeconds` > 0, "Locked for N s after 5 failed
// attempts" with the button disabled.
Control {
    id: root

    property string mode: "login" // "setup" | "login"
    property bool busy
    property string error
    property int lockedSeconds
    property int maxAttempts: 5
    property int attemptsLeft: root.maxAttempts

    readonly property bool setup: root.mode === "setup"
    readonly property bool locked: root.lockedSeconds > 0
    readonly property bool canSubmit: !root.busy && !root.locked && nameField.text.trim() !== ""
                                      && passwordField.text !== "" && (!root.setup || confirmField.text !== "")
    readonly property alias nameText: nameField.text

    signal submitted(string name, string password, string confirmation)

    function submit() {
        if (root.canSubmit)
            root.submitted(nameField.text, passwordField.text, root.setup ? confirmField.text : "")
    }
    // After a refused attempt: the passwords go, the cursor waits in the password field.
    function clearPasswords() {
        passwordField.clear()
        confirmField.clear()
        passwordField.forceActiveFocus()
    }
    // Puts the cursor where typing starts, unless a field of the form already has it (never
    // moves it away from under someone typing).
    function focusName() {
        if (nameField.activeFocus || passwordField.activeFocus || confirmField.activeFocus)
            return
        if (nameField.text === "")
            nameField.forceActiveFocus()
        else
            passwordField.forceActiveFocus()
    }

    padding: Math.round(fm.height * 1.6)
    implicitWidth: Math.round(fm.height * 28)
    implicitHeight: implicitContentHeight + topPadding + bottomPadding

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
        spacing: Math.round(fm.height * 0.6)

        Label {
            objectName: "adminLoginTitle"
            Layout.fillWidth: true
            text: root.setup ? qsTr("Set the administrator password") : qsTr("Administrator sign-in")
            font.pixelSize: Theme.scaledPixelSize(root.font, 1.5)
            font.bold: true
            color: Theme.textPrimary
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "adminLoginHint"
            Layout.fillWidth: true
            Layout.bottomMargin: Math.round(fm.height * 0.4)
            text: root.setup
                  ? qsTr("This is the first start of the admin client. Choose the administrator's name and a password of at least 8 characters.")
                  : qsTr("Sign in to see sagas, dead letters and reconciliation.")
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        Label {
            text: qsTr("Name")
            color: Theme.textSecondary
        }
        TextField {
            id: nameField
            objectName: "adminNameField"
            Layout.fillWidth: true
            placeholderText: root.setup ? qsTr("e.g. admin") : ""
            maximumLength: 64
            enabled: !root.busy
            selectByMouse: true
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Administrator name")
            onAccepted: root.submit()
        }

        Label {
            text: qsTr("Password")
            color: Theme.textSecondary
        }
        TextField {
            id: passwordField
            objectName: "adminPasswordField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: root.setup ? qsTr("At least 8 characters") : ""
            enabled: !root.busy
            inputMethodHints: Qt.ImhHiddenText | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Password")
            Accessible.passwordEdit: true
            onAccepted: root.submit()
        }

        Label {
            visible: root.setup
            text: qsTr("Confirm the password")
            color: Theme.textSecondary
        }
        TextField {
            id: confirmField
            objectName: "adminConfirmField"
            Layout.fillWidth: true
            visible: root.setup
            echoMode: TextInput.Password
            placeholderText: qsTr("The same password again")
            enabled: !root.busy
            inputMethodHints: Qt.ImhHiddenText | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Confirm the password")
            Accessible.passwordEdit: true
            onAccepted: root.submit()
        }

        Label {
            id: errorLabel
            objectName: "adminLoginError"
            Layout.fillWidth: true
            visible: root.error !== ""
            text: root.error
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: root.error
        }
        Label {
            objectName: "adminAttemptsLeft"
            Layout.fillWidth: true
            visible: !root.setup && !root.locked && root.attemptsLeft > 0 && root.attemptsLeft < root.maxAttempts
            text: qsTr("Attempts left before a one-minute lock: %1").arg(root.attemptsLeft)
            color: Theme.warning
            wrapMode: Text.Wrap
        }
        Rectangle {
            objectName: "adminLockNotice"
            Layout.fillWidth: true
            visible: root.locked
            implicitHeight: lockText.implicitHeight + Math.round(fm.height * 0.8)
            radius: Theme.radius / 2
            color: Theme.dangerLight
            border.color: Theme.danger
            Accessible.role: Accessible.AlertMessage
            Accessible.name: lockText.text
            Label {
                id: lockText
                objectName: "adminLockText"
                anchors.fill: parent
                anchors.margins: Math.round(fm.height * 0.4)
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Locked for %1 s after %2 failed attempts").arg(root.lockedSeconds).arg(root.maxAttempts)
                color: Theme.danger
                font.bold: true
                wrapMode: Text.Wrap
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Math.round(fm.height * 0.4)
            spacing: Math.round(fm.height * 0.5)
            BusyIndicator {
                objectName: "adminLoginBusy"
                Layout.preferredWidth: fm.height * 1.8
                Layout.preferredHeight: fm.height * 1.8
                visible: root.busy
                running: root.busy
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                id: submitButton
                objectName: "adminLoginButton"
                text: root.setup ? qsTr("Set password and sign in") : qsTr("Sign in")
                highlighted: true
                enabled: root.canSubmit
                focusPolicy: Qt.StrongFocus
                Accessible.name: text
                onClicked: root.submit()
                Keys.onReturnPressed: root.submit()
                Keys.onEnterPressed: root.submit()
            }
        }
    }
}
