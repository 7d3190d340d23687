# Reconciliation over the real backend: the runs model, the ABNORMAL orders model, and the page.
sagashop_add_admin_test(tst_reconcilerunsmodel SOURCES admin/reconcile/tst_reconcilerunsmodel.cpp admin/actions/ActionsScenario.h)
sagashop_add_admin_test(tst_abnormalordersmodel SOURCES admin/reconcile/tst_abnormalordersmodel.cpp admin/actions/ActionsScenario.h)
sagashop_add_test(tst_reconciliationpage SOURCES admin/reconcile/tst_reconciliationpage.cpp LABELS ui admin qml
                  LIBS sagashop_storefronttest TIMEOUT 300)
