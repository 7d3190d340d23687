# The admin saga list: its model over the real backend, and the page in a window.
sagashop_add_admin_test(tst_sagalistmodel SOURCES admin/sagas/tst_sagalistmodel.cpp)
sagashop_add_test(tst_sagaspage SOURCES admin/sagas/tst_sagaspage.cpp LABELS ui admin qml
                  LIBS sagashop_storefronttest TIMEOUT 300)
target_compile_definitions(tst_sagaspage PRIVATE SAGAS_PAGE_WINDOW="${CMAKE_CURRENT_LIST_DIR}/PageWindow.qml")
