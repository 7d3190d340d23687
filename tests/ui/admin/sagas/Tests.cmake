# The admin saga list: its model over the real backend.
sagashop_add_admin_test(tst_sagalistmodel SOURCES admin/sagas/tst_sagalistmodel.cpp)
