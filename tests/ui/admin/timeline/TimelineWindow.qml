import QtQuick
import QtQuick.Controls
import SagaShop

// A window around the saga timeline page alone, for the page test and its screenshots.
ApplicationWindow {
    id: window
    objectName: "timelineTestWindow"
    width: 1440
    height: 900
    title: "SagaTimelinePage"

    property string sagaId: ""

    SagaTimelinePage {
        anchors.fill: parent
        sagaId: window.sagaId
    }
}
