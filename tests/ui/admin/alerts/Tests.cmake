# Alerts: the live alert feed over the real backend.
sagashop_add_admin_test(tst_alertfeedmodel SOURCES admin/alerts/tst_alertfeedmodel.cpp)
