# Admin actions on one saga: cancel a confirmed order, compensate, re-trigger missing steps.
list(APPEND SAGASHOP_UI_SOURCES
    admin/actions/SagaActions.h admin/actions/SagaActions.cpp)
