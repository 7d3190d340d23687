pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SagaShop

// This component sets its own contentItem/background, with ids inside: intended.
// qmllint disable deferred-property-id

// One service's faults: its name, the active plans as chips (× removes one), and a form to
// add one: a mode (from `modes`: [{key, text, usesCount, usesProbability, usesDelay}]), the
// inputs that mode uses (count, a probability slider, a delay), Apply and Clear. `error` is
// shown under the form (e.g. a refused plan). A pure view: it only emits requests.
Control {
    id: root

    property string service
    property var plans: []          // [{mode, text}]
    property string error
    property var modes: []

    signal applyRequested(string mode, int count, real probability, int delayMs)
    signal clearRequested()
    signal clearModeRequested(string mode)

    readonly property var currentMode: root.modes.length > 0 && modeBox.currentIndex >= 0
                                       ? root.modes[modeBox.currentIndex] : ({})
    readonly property bool hasFaults: root.plans.length > 0

    function apply() {
        root.applyRequested(root.currentMode.key || "", countBox.value, probabilitySlider.value, delayBox.value)
    }

    padding: Math.round(fm.height * 0.7)
    implicitWidth: fm.height * 22

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Faults of %1").arg(root.service)

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: root.hasFaults ? Theme.warning : Theme.border
        border.width: root.hasFaults ? 2 : 1
    }

    contentItem: ColumnLayout {
        spacing: Math.round(fm.height * 0.4)
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "serviceLabel"
                Layout.fillWidth: true
                text: root.service
                font.bold: true
                font.pixelSize: Theme.scaledPixelSize(root.font, 1.15)
                color: Theme.textPrimary
                elide: Text.ElideRight
            }
            Label {
                objectName: "healthyLabel"
                text: root.hasFaults ? "" : qsTr("no faults")
                color: Theme.success
                font.pixelSize: Theme.scaledPixelSize(root.font, 0.9)
            }
        }
        Flow {
            objectName: "chips"
            Layout.fillWidth: true
            // Always there (empty without faults): plans change while the page may be hidden,
            // and Qt 6.4's layouts may then not place siblings whose visibility changed.
            spacing: Math.round(fm.height * 0.3)
            Repeater {
                model: root.plans
                delegate: FaultChip {
                    id: chip
                    required property var modelData
                    objectName: "chip_" + chip.modelData.mode
                    mode: chip.modelData.mode
                    text: chip.modelData.text
                    chipColor: chip.modelData.mode === "outage" ? Theme.danger : Theme.warning
                    onRemoveRequested: root.clearModeRequested(chip.mode)
                }
            }
        }
        ComboBox {
            id: modeBox
            objectName: "modeBox"
            Layout.fillWidth: true
            model: root.modes
            textRole: "text"
            valueRole: "key"
            Accessible.name: qsTr("Fault mode")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.currentMode.usesCount === true
            Label {
                Layout.fillWidth: true
                text: qsTr("How many")
                color: Theme.textSecondary
            }
            SpinBox {
                id: countBox
                objectName: "countBox"
                from: 0
                to: 1000000
                value: 3
                editable: true
                Accessible.name: qsTr("How many deliveries")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.currentMode.usesProbability === true
            Label {
                text: qsTr("Probability")
                color: Theme.textSecondary
            }
            Slider {
                id: probabilitySlider
                objectName: "probabilitySlider"
                Layout.fillWidth: true
                from: 0
                to: 1
                stepSize: 0.05
                value: 0.3
                Accessible.name: qsTr("Failure probability")
            }
            Label {
                objectName: "probabilityLabel"
                Layout.preferredWidth: fm.height * 2.6
                horizontalAlignment: Text.AlignRight
                text: qsTr("%1 %").arg(Math.round(probabilitySlider.value * 100))
                color: Theme.textPrimary
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.currentMode.usesDelay === true
            Label {
                Layout.fillWidth: true
                text: qsTr("Delay (ms)")
                color: Theme.textSecondary
            }
            SpinBox {
                id: delayBox
                objectName: "delayBox"
                from: 0
                to: 60000
                stepSize: 100
                value: 500
                editable: true
                Accessible.name: qsTr("Delay in milliseconds")
            }
        }
        Label {
            objectName: "faultError"
            Layout.fillWidth: true
            visible: root.error !== ""
            text: root.error
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: root.error
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                objectName: "clearButton"
                text: qsTr("Clear")
                flat: true
                enabled: root.hasFaults
                onClicked: root.clearRequested()
            }
            Button {
                objectName: "applyButton"
                text: qsTr("Apply")
                highlighted: true
                onClicked: root.apply()
            }
        }
    }
}
