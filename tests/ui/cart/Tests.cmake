# The cart over the real backend.
sagashop_add_ui_test(tst_cartmodel SOURCES cart/tst_cartmodel.cpp)
