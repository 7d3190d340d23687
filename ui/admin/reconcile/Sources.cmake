# Reconciliation: the reconciler's latest runs (run now) and the ABNORMAL orders.
list(APPEND SAGASHOP_UI_SOURCES
    admin/reconcile/ReconcileRunsModel.h admin/reconcile/ReconcileRunsModel.cpp
    admin/reconcile/AbnormalOrdersModel.h admin/reconcile/AbnormalOrdersModel.cpp)
