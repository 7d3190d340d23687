# The catalogue's view models over the real backend.
sagashop_add_ui_test(tst_productmodel SOURCES catalog/tst_productmodel.cpp catalog/ShopScenario.h)
sagashop_add_ui_test(tst_productfiltermodel SOURCES catalog/tst_productfiltermodel.cpp catalog/ShopScenario.h)
sagashop_add_ui_test(tst_popularmodel SOURCES catalog/tst_popularmodel.cpp catalog/ShopScenario.h)
