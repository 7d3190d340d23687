# Alerts: the live feed of dead-letter arrivals, abnormal sagas and failed exports.
list(APPEND SAGASHOP_UI_SOURCES
    admin/alerts/AlertFeedModel.h admin/alerts/AlertFeedModel.cpp)
