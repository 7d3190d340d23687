# Dead letters: the grouped DLQ model over the real backend.
sagashop_add_admin_test(tst_deadlettergroupmodel SOURCES admin/deadletters/tst_deadlettergroupmodel.cpp)
# The three operations pages in a wrapper window (OpsWindow.qml), driven with the mouse over
# the real backend; SAGASHOP_SCREENSHOT_DIR=<dir> also saves PNGs of them.
sagashop_add_test(tst_opspages SOURCES admin/deadletters/tst_opspages.cpp admin/deadletters/OpsScenario.h
                  LABELS ui admin qml LIBS sagashop_storefronttest TIMEOUT 300)
target_compile_definitions(tst_opspages PRIVATE
    SAGASHOP_OPS_WINDOW="${CMAKE_CURRENT_SOURCE_DIR}/admin/deadletters/OpsWindow.qml")
