# The checkout: the step machine on its own, then the tracker over the real backend.
sagashop_add_ui_test(tst_checkoutprogress SOURCES checkout/tst_checkoutprogress.cpp)
sagashop_add_ui_test(tst_checkouttracker SOURCES checkout/tst_checkouttracker.cpp catalog/ShopScenario.h)
