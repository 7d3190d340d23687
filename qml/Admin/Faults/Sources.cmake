# Faults: the page, a card per service and the fault chips; the demo's card (shown only in
# `sagashop --demo`) and its rows.
list(APPEND SAGASHOP_QML_FILES
    Admin/Faults/DemoCard.qml
    Admin/Faults/DemoFiredRow.qml
    Admin/Faults/FaultChip.qml
    Admin/Faults/FaultCard.qml
    Admin/Faults/FaultsPage.qml)
