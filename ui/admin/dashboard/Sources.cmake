# The admin dashboard: live saga figures, best sellers and the books balance.
list(APPEND SAGASHOP_UI_SOURCES
    admin/dashboard/DashboardModel.h admin/dashboard/DashboardModel.cpp)
# DashboardModel::fill() writes into Qt Charts series (QXYSeries::replace), so sagashop_ui
# and everything linking it need Qt Charts. GLOBAL: the executables elsewhere in the tree
# must see the imported targets (Qt6::Charts, Qt6::OpenGLWidgets). sagashop_ui does not
# exist yet while this file is included: link once ui/CMakeLists.txt is done.
set(CMAKE_FIND_PACKAGE_TARGETS_GLOBAL ON)
find_package(Qt6 6.4 REQUIRED COMPONENTS Charts)
unset(CMAKE_FIND_PACKAGE_TARGETS_GLOBAL)
cmake_language(DEFER CALL target_link_libraries sagashop_ui PUBLIC Qt6::Charts)
