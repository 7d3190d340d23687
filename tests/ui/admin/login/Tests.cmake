# The admin client's login: the accounts service (hashing, lockout, persistence), the
# AdminSession view model, and the login page in a wrapper window over the real backend.
sagashop_add_admin_test(tst_adminaccounts SOURCES admin/login/tst_adminaccounts.cpp)
sagashop_add_admin_test(tst_adminsession SOURCES admin/login/tst_adminsession.cpp)
sagashop_add_test(tst_loginpage SOURCES admin/login/tst_loginpage.cpp LABELS "ui;admin;qml"
                  LIBS sagashop_storefronttest)
target_compile_definitions(tst_loginpage PRIVATE
    SAGASHOP_LOGIN_TEST_DIR="${CMAKE_CURRENT_LIST_DIR}")
