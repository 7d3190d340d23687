# The admin saga list: every checkout saga, paged, filtered, searched, live.
list(APPEND SAGASHOP_UI_SOURCES
    admin/sagas/SagaListModel.h admin/sagas/SagaListModel.cpp)
