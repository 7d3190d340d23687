# Demo: the running demo (simulated shoppers and staged faults) as the admin Faults page sees it.
list(APPEND SAGASHOP_UI_SOURCES
    demo/DemoController.h demo/DemoController.cpp
    demo/DemoFaultListModel.h demo/DemoFaultListModel.cpp)
