# Alerts: the live feed page and its row component.
list(APPEND SAGASHOP_QML_FILES
    Admin/Alerts/AlertRow.qml
    Admin/Alerts/AlertsPage.qml)
