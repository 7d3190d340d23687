# The admin client's saga timeline: one saga's markers across the service lanes (with the
# steps it still expects) and its compact step list.
list(APPEND SAGASHOP_UI_SOURCES
    admin/timeline/SagaTimelineBuilder.h admin/timeline/SagaTimelineBuilder.cpp
    admin/timeline/SagaTimelineModel.h admin/timeline/SagaTimelineModel.cpp
    admin/timeline/SagaStepListModel.h admin/timeline/SagaStepListModel.cpp)
