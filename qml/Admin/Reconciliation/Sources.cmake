# Reconciliation: run now, the latest runs, the ABNORMAL orders.
list(APPEND SAGASHOP_QML_FILES
    Admin/Reconciliation/ReconcileRunRow.qml
    Admin/Reconciliation/AbnormalOrderRow.qml
    Admin/Reconciliation/ReconciliationPage.qml)
