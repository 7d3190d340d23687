import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop
import SagaShop.Ui

// The admin client's window: a login gate, then a section rail (Sagas, Dead letters,
// Reconciliation, Alerts, Faults, Dashboard) and the section's page; opening a saga from any
// page shows its detail (timeline, step list, actions) over the sections, with Back.
// The section pages are only created once an administrator has signed in. In the demo
// (`sagashop --demo`, Demo.active) the window signs in by itself as the demo's administrator
// and opens on the Faults section, where the demo is steered.
ApplicationWindow {
    id: window
    objectName: "adminWindow"

    width: 1440
    height: 900
    minimumWidth: 1100
    minimumHeight: 680
    visible: true
    title: session.state === AdminSession.LoggedIn ? qsTr("SagaShop Admin — %1").arg(session.adminName)
                                                    : qsTr("SagaShop Admin")
    color: Theme.background

    readonly property bool signedIn: session.state === AdminSession.LoggedIn

    FontMetrics {
        id: fm
        font: window.font
    }

    AdminSession {
        id: session
        backend: Backend
    }

    // ---- the demo's automatic sign-in ------------------------------------------------------
    // Once per window: set the demo's administrator up (the demo's data directory is fresh)
    // or sign in as it. A refusal leaves the ordinary form with the reason; signing out later
    // shows the form too.
    property bool demoSignInStarted: false
    property bool demoSectionShown: false
    readonly property bool demoSigningIn: Demo.active && !window.signedIn && session.error === ""
                                          && session.lockedSeconds === 0
                                          && (!window.demoSignInStarted || session.busy)
    function tryDemoSignIn() {
        if (!Demo.active || window.demoSignInStarted || session.busy)
            return
        if (session.state === AdminSession.NeedsSetup) {
            window.demoSignInStarted = true
            session.setUp(Demo.adminName, Demo.adminPassword, Demo.adminPassword)
        } else if (session.state === AdminSession.LoggedOut && session.lockedSeconds === 0) {
            window.demoSignInStarted = true
            session.logIn(Demo.adminName, Demo.adminPassword)
        }
    }
    Connections {
        target: session
        function onStateChanged() { window.tryDemoSignIn() }
        function onBusyChanged() { window.tryDemoSignIn() }
    }
    Connections {
        target: Demo
        function onActiveChanged() { window.tryDemoSignIn() }
    }
    Component.onCompleted: window.tryDemoSignIn()

    // The storefront opens in its own window (as the storefront opens this one). Loaded by
    // URL: a type reference both ways would be a cyclic dependency between the two files.
    property Window storefrontWindow: null
    function openStorefront() {
        if (!window.storefrontWindow) {
            const component = Qt.createComponent(Qt.resolvedUrl("../Storefront/StorefrontWindow.qml"))
            if (component.status === Component.Ready)
                window.storefrontWindow = component.createObject(null) as Window
            else
                console.warn(component.errorString())
        }
        if (!window.storefrontWindow)
            return
        window.storefrontWindow.show()
        window.storefrontWindow.raise()
        window.storefrontWindow.requestActivate()
    }

    /// Shows one saga's detail over the sections.
    function openSaga(sagaId: string) {
        const area = signedInArea.item as SignedInArea
        if (area)
            area.openSaga(sagaId)
    }

    header: ToolBar {
        leftPadding: Math.round(fm.height * 0.8)
        rightPadding: Math.round(fm.height * 0.8)

        RowLayout {
            anchors.fill: parent
            spacing: Math.round(fm.height * 0.8)

            Label {
                text: qsTr("SagaShop Admin")
                font.bold: true
                font.pixelSize: Theme.scaledPixelSize(window.font, 1.4)
                color: Theme.textOnAccent
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "adminNameLabel"
                visible: window.signedIn
                text: qsTr("Signed in as %1").arg(session.adminName)
                color: Theme.textOnAccent
            }
            LanguageSwitch {
                objectName: "adminLanguageSwitch"
                language: Language.language
                onLanguageSelected: code => Language.language = code
            }
            ToolButton {
                objectName: "openStorefrontButton"
                text: qsTr("Storefront")
                Accessible.name: qsTr("Open the storefront window")
                onClicked: window.openStorefront()
            }
            ToolButton {
                objectName: "logOutButton"
                visible: window.signedIn
                text: qsTr("Sign out")
                onClicked: session.logOut()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ProblemBanner {
            objectName: "adminProblemBanner"
            Layout.fillWidth: true
            text: window.signedIn ? Backend.problem : ""
            onDismissed: Backend.dismissProblem()
        }

        LoginPage {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !window.signedIn
            session: session
            demoSigningIn: window.demoSigningIn
        }

        Loader {
            id: signedInArea
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: window.signedIn
            visible: active
            sourceComponent: signedInComponent
            onLoaded: {
                // The demo opens on the Faults section (its card steers the demo), once.
                if (Demo.active && !window.demoSectionShown) {
                    window.demoSectionShown = true
                    const area = signedInArea.item as SignedInArea
                    area.showSection("faults")
                }
            }
        }
    }

    // ---- signed in ---------------------------------------------------------------------
    Component {
        id: signedInComponent
        SignedInArea {
            adminName: session.adminName
            fontHeight: fm.height
            baseFont: window.font
        }
    }
}
