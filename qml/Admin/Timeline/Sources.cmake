# The saga timeline: the page, its two views (swimlanes and step list) and their parts.
list(APPEND SAGASHOP_QML_FILES
    Admin/Timeline/MarkerDetailsPanel.qml
    Admin/Timeline/SagaStepList.qml
    Admin/Timeline/SagaTimelinePage.qml
    Admin/Timeline/SagaTimelineView.qml
    Admin/Timeline/TimelineLayout.js
    Admin/Timeline/TimelineMarkerGlyph.qml)
