# Order history: the shopper's orders, live.
list(APPEND SAGASHOP_UI_SOURCES
    orders/OrderHistoryModel.h orders/OrderHistoryModel.cpp)
