pragma Singleton

import QtQuick

// Colours and size helpers shared by the SagaShop components. Pure presentation: no state.
QtObject {
    id: root

    readonly property color accent: "#795548"        // coffee brown
    readonly property color accentLight: "#efebe9"
    readonly property color surface: "#ffffff"
    readonly property color background: "#faf7f2"
    readonly property color border: "#e0d9d0"
    readonly property color textPrimary: "#212121"
    readonly property color textSecondary: "#5d5d5d"
    readonly property color textOnAccent: "#ffffff"

    readonly property color success: "#2e7d32"
    readonly property color successLight: "#e8f5e9"
    readonly property color danger: "#c62828"
    readonly property color dangerLight: "#fdecea"
    readonly property color warning: "#b35c00"
    readonly property color warningLight: "#fff4e0"
    readonly property color info: "#1565c0"
    readonly property color infoLight: "#e3f2fd"
    readonly property color pending: "#9e9e9e"
    readonly property color highlight: "#ffe082"

    readonly property int radius: 10
    readonly property int shortDuration: 180
    readonly property int longDuration: 700

    // A pixel size `factor` times the size of `font`, whether it was set in points or pixels.
    function scaledPixelSize(font, factor) {
        if (font.pixelSize > 0)
            return Math.round(font.pixelSize * factor)
        return Math.round(Math.max(font.pointSize, 9) * 4 / 3 * factor)
    }
}
