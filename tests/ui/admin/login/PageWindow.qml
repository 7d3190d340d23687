import QtQuick
import QtQuick.Controls
import SagaShop
import SagaShop.Ui

// A window around the login page alone, over the real backend (tst_loginpage, screenshots).
ApplicationWindow {
    id: window
    objectName: "loginPageWindow"
    width: 1440
    height: 900
    visible: true
    title: "LoginPage"

    property alias session: adminSession

    AdminSession {
        id: adminSession
        backend: Backend
    }

    LoginPage {
        anchors.fill: parent
        session: adminSession
    }
}
