# The checkout: placing the cart's order and following its saga step by step.
list(APPEND SAGASHOP_UI_SOURCES
    checkout/CheckoutProgress.h checkout/CheckoutProgress.cpp
    checkout/StepModel.h checkout/StepModel.cpp
    checkout/CheckoutTracker.h checkout/CheckoutTracker.cpp)
# qmltyperegistrar includes each QML_ELEMENT header by its bare name: make it findable.
include_directories(${CMAKE_CURRENT_LIST_DIR})
