# Admin actions over the real backend: shop::AdminActions and the SagaActions view model.
sagashop_add_admin_test(tst_adminactions SOURCES admin/actions/tst_adminactions.cpp admin/actions/ActionsScenario.h)
sagashop_add_admin_test(tst_sagaactions SOURCES admin/actions/tst_sagaactions.cpp admin/actions/ActionsScenario.h)
# The action bar wired to the backend, in a window of its own (offscreen).
sagashop_add_test(tst_sagaactionspanel SOURCES admin/actions/tst_sagaactionspanel.cpp LABELS ui admin qml
                  LIBS sagashop_storefronttest TIMEOUT 300)
