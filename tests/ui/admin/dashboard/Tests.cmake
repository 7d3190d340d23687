# The admin dashboard: ShopMetrics (synthetic notifications), DashboardModel on a real Shop,
# the dashboard page in a wrapper window.
sagashop_add_test(tst_shopmetrics SOURCES admin/dashboard/tst_shopmetrics.cpp LABELS "unit;admin")
sagashop_add_admin_test(tst_dashboardmodel SOURCES admin/dashboard/tst_dashboardmodel.cpp)
