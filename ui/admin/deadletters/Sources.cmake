# Dead letters: every service's DLQ grouped by consumer and error; retry, discard, progress.
list(APPEND SAGASHOP_UI_SOURCES
    admin/deadletters/DeadLetterGroupModel.h admin/deadletters/DeadLetterGroupModel.cpp
    admin/deadletters/DeadLetterListModel.h admin/deadletters/DeadLetterListModel.cpp)
