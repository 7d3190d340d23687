import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// This screen sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// The admin client's gate: a centred card that sets the first administrator up on first run,
// or signs in. It binds `session` (an AdminSession the window owns, so that every admin view
// can read session.adminName); the window shows the admin views once session.state is
// AdminSession.LoggedIn. While the window signs in to the demo by itself (`demoSigningIn`)
// it says so instead of showing the form.
Control {
    id: root
    objectName: "adminLoginPage"

    required property AdminSession session
    /// The window is signing in as the demo's administrator: no form, just a word on it.
    property bool demoSigningIn: false

    padding: Math.round(fm.height * 2)

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        color: Theme.background
    }

    Connections {
        target: root.session
        function onLoginRefused() {
            form.clearPasswords()
        }
        function onStateChanged() {
            if (root.session.state === AdminSession.NeedsSetup || root.session.state === AdminSession.LoggedOut)
                focusLater.restart()
        }
    }

    // Focus once the form is shown and laid out (right after a state change it is not yet).
    Timer {
        id: focusLater
        interval: 0
        onTriggered: form.focusName()
    }

    Component.onCompleted: focusLater.restart()

    contentItem: Item {
        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width, fm.height * 30)
            spacing: Math.round(fm.height)

            Label {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("SagaShop Admin")
                font.pixelSize: Theme.scaledPixelSize(root.font, 1.2)
                color: Theme.accent
                font.bold: true
            }

            // Asking the backend whether an administrator exists (or it could not say).
            ColumnLayout {
                objectName: "adminLoginChecking"
                Layout.fillWidth: true
                visible: root.session.state === AdminSession.Checking && !root.demoSigningIn
                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    running: parent.visible && root.session.busy
                    visible: running
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: root.session.error !== "" ? root.session.error : qsTr("Checking the administrator accounts…")
                    color: root.session.error !== "" ? Theme.danger : Theme.textSecondary
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "adminRetryButton"
                    Layout.alignment: Qt.AlignHCenter
                    visible: root.session.error !== "" && !root.session.busy
                    text: qsTr("Try again")
                    onClicked: root.session.refresh()
                }
            }

            LoginForm {
                id: form
                objectName: "adminLoginForm"
                Layout.fillWidth: true
                visible: (root.session.state === AdminSession.NeedsSetup || root.session.state === AdminSession.LoggedOut)
                         && !root.demoSigningIn
                mode: root.session.state === AdminSession.NeedsSetup ? "setup" : "login"
                busy: root.session.busy
                error: root.session.error
                lockedSeconds: root.session.lockedSeconds
                maxAttempts: root.session.maxAttempts
                attemptsLeft: root.session.attemptsLeft
                onSubmitted: (name, password, confirmation) => {
                    if (form.setup)
                        root.session.setUp(name, password, confirmation)
                    else
                        root.session.logIn(name, password)
                }
            }

            ColumnLayout {
                objectName: "adminDemoSigningIn"
                Layout.fillWidth: true
                visible: root.demoSigningIn
                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    running: parent.visible
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Signing in to the demo…")
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }
            }

            Label {
                objectName: "adminSignedIn"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                visible: root.session.state === AdminSession.LoggedIn
                text: qsTr("Signed in as %1.").arg(root.session.adminName)
                color: Theme.success
                wrapMode: Text.Wrap
            }
        }
    }
}
