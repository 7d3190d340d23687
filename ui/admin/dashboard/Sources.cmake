# The admin dashboard: live saga figures, best sellers and the books balance.
list(APPEND SAGASHOP_UI_SOURCES
    admin/dashboard/DashboardModel.h admin/dashboard/DashboardModel.cpp)
# DashboardModel::fill() writes into Qt Charts series (QXYSeries::replace): ui/CMakeLists.txt
# links Qt6::Charts (found at the top level, so every target linking sagashop_ui sees it).
