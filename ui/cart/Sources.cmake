# The cart: items, coupon and totals, per user, kept across restarts.
list(APPEND SAGASHOP_UI_SOURCES
    cart/CartModel.h cart/CartModel.cpp)
# qmltyperegistrar includes each QML_ELEMENT header by its bare name: make it findable.
include_directories(${CMAKE_CURRENT_LIST_DIR})
