sagashop_add_ui_test(tst_backend SOURCES backend/tst_backend.cpp)
