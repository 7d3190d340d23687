# Faults: per-service fault injection and the export endpoint's outage switch.
list(APPEND SAGASHOP_UI_SOURCES
    admin/faults/FaultsModel.h admin/faults/FaultsModel.cpp)
