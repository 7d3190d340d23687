# The admin dashboard: ShopMetrics (synthetic notifications), DashboardModel on a real Shop,
# the dashboard page in a wrapper window.
sagashop_add_test(tst_shopmetrics SOURCES admin/dashboard/tst_shopmetrics.cpp LABELS "unit;admin")
sagashop_add_admin_test(tst_dashboardmodel SOURCES admin/dashboard/tst_dashboardmodel.cpp)
# The page in a window (DashboardWindow.qml, loaded by file URL) over the real backend.
sagashop_add_test(tst_dashboardpage SOURCES admin/dashboard/tst_dashboardpage.cpp LABELS "ui;admin;qml"
                  LIBS sagashop_storefronttest)
target_compile_definitions(tst_dashboardpage PRIVATE DASHBOARD_TEST_DIR="${CMAKE_CURRENT_SOURCE_DIR}/admin/dashboard")
# Tools, not tests: screenshots of the page under load, and what the page costs the GUI
# thread (dashboard-bench; figures only, see its header).
foreach(tool dashboard-screenshots dashboard-bench)
    string(REPLACE "-" "_" _source ${tool})
    add_executable(${tool} admin/dashboard/${_source}.cpp)
    target_link_libraries(${tool} PRIVATE sagashop_storefronttest)
    target_compile_definitions(${tool} PRIVATE DASHBOARD_TEST_DIR="${CMAKE_CURRENT_SOURCE_DIR}/admin/dashboard")
    sagashop_set_warnings(${tool})
endforeach()
