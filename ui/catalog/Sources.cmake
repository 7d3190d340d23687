# The catalogue: products with live stock and popularity, search and sort, best sellers.
list(APPEND SAGASHOP_UI_SOURCES
    catalog/CoalescedRefresh.h catalog/CoalescedRefresh.cpp
    catalog/SalesFeed.h catalog/SalesFeed.cpp
    catalog/ProductModel.h catalog/ProductModel.cpp
    catalog/ProductFilterModel.h catalog/ProductFilterModel.cpp
    catalog/PopularModel.h catalog/PopularModel.cpp)
# qmltyperegistrar includes each QML_ELEMENT header by its bare name: make it findable.
include_directories(${CMAKE_CURRENT_LIST_DIR})
