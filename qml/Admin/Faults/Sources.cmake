# Faults: the page, a card per service and the fault chips.
list(APPEND SAGASHOP_QML_FILES
    Admin/Faults/FaultChip.qml
    Admin/Faults/FaultCard.qml
    Admin/Faults/FaultsPage.qml)
