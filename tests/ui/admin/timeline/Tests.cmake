# The admin client's saga timeline: the checkout saga's definition (unit), the timeline
# builder on hand-written entries, the two models on a real Shop, and the page on the real
# backend (offscreen; it also writes the screenshots when SAGASHOP_SCREENSHOT_DIR is set).
sagashop_add_test(tst_checkoutsagadefinition SOURCES admin/timeline/tst_checkoutsagadefinition.cpp
                  LABELS unit saga admin)
sagashop_add_admin_test(tst_sagatimelinebuilder SOURCES admin/timeline/tst_sagatimelinebuilder.cpp)
sagashop_add_admin_test(tst_sagatimelinemodel
                        SOURCES admin/timeline/tst_sagatimelinemodel.cpp admin/timeline/TimelineScenario.h)
sagashop_add_admin_test(tst_sagasteplistmodel
                        SOURCES admin/timeline/tst_sagasteplistmodel.cpp admin/timeline/TimelineScenario.h)
sagashop_add_test(tst_sagatimelinepage SOURCES admin/timeline/tst_sagatimelinepage.cpp
                  LABELS ui admin qml LIBS sagashop_storefronttest TIMEOUT 300)
target_compile_definitions(tst_sagatimelinepage PRIVATE
    SAGASHOP_TIMELINE_TEST_DIR="${CMAKE_CURRENT_SOURCE_DIR}/admin/timeline")
