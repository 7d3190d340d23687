# Faults: per-service fault injection and the export outage over the real backend.
sagashop_add_admin_test(tst_faultsmodel SOURCES admin/faults/tst_faultsmodel.cpp)
