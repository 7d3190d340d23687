# The admin client's saga list: the page and its pure pieces.
list(APPEND SAGASHOP_QML_FILES
    Admin/Sagas/SagaStatusBadge.qml
    Admin/Sagas/SagaRow.qml
    Admin/Sagas/SagaFilterBar.qml
    Admin/Sagas/SagasPage.qml)
