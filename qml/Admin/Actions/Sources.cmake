# Admin actions on one saga: the action bar (a pure view) and the panel that wires it to SagaActions.
list(APPEND SAGASHOP_QML_FILES
    Admin/Actions/SagaActionBar.qml
    Admin/Actions/SagaActionsPanel.qml)
