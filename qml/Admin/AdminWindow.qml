import QtQuick
import QtQuick.Controls
import SagaShop.Ui

// The admin client's window (filled in with the admin areas).
ApplicationWindow {
    id: window
    objectName: "adminWindow"
    width: 1440
    height: 900
    title: qsTr("SagaShop Admin")
}
