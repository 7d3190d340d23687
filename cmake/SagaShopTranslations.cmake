# Korean and English translations of every user-visible string (tr() in ui/ and app/, qsTr()
# in qml/). `cmake --build <dir> --target update_translations` refreshes the .ts files from
# the sources (lupdate, obsolete entries dropped); the build compiles them into the UI library
# as :/i18n/sagashop_<lang>.qm. Sources are listed explicitly: left to itself, lupdate scans
# the build tree and follows the Boost headers for many minutes (TOOLCHAIN.md).
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

file(GLOB_RECURSE _sagashop_tr_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/qml/*.qml
    ${PROJECT_SOURCE_DIR}/app/*.cpp
    ${PROJECT_SOURCE_DIR}/backend/demo/*.cpp)

qt_add_translations(sagashop_ui
    TS_FILES
        ${PROJECT_SOURCE_DIR}/resources/translations/sagashop_ko.ts
        ${PROJECT_SOURCE_DIR}/resources/translations/sagashop_en.ts
    SOURCES ${_sagashop_tr_sources}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}
    LUPDATE_OPTIONS -no-obsolete -locations none
    RESOURCE_PREFIX /i18n)
