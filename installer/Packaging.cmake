# SagaShop's Debian package and tarball (CPack), with the files a desktop expects: the
# .desktop entry, hicolor icons (SVG + PNGs rendered at build time), AppStream metainfo, the
# man page, the copyright and the changelog. Included at the end of the top-level
# CMakeLists.txt; installer/README.md explains how to build, install and test the package.
#
#   cmake --build build/default --target sagashop sagashop_package_files
#   cpack --config build/default/CPackConfig.cmake        # or: .ci/dev package

include(GNUInstallDirs)

# The reverse-DNS id names the desktop entry, the icon and the AppStream component. The
# homepage is sagashop.invalid, so the id is its reversed domain plus the application name.
set(SAGASHOP_APP_ID "invalid.sagashop.SagaShop")
set(SAGASHOP_PACKAGE_NAME "sagashop")
set(SAGASHOP_MAINTAINER "SagaShop developers <maintainers@sagashop.invalid>")

# Same rule as app/CMakeLists.txt: the project version unless SAGASHOP_PACKAGE_VERSION is set.
set(SAGASHOP_VERSION "${PROJECT_VERSION}")
if(SAGASHOP_PACKAGE_VERSION)
    set(SAGASHOP_VERSION "${SAGASHOP_PACKAGE_VERSION}")
endif()
if(NOT SAGASHOP_VERSION MATCHES "^[0-9]+(\\.[0-9]+)*([~+][0-9A-Za-z.~+]+)?$")
    message(FATAL_ERROR "SAGASHOP_PACKAGE_VERSION '${SAGASHOP_VERSION}' is not a version like 1.2.3 "
                        "(digits and dots, optionally followed by ~ or + and letters, digits or dots)")
endif()

set(_pkg_src ${CMAKE_CURRENT_LIST_DIR})
set(_pkg_out ${CMAKE_BINARY_DIR}/installer)

# --- The changelog (Debian format) and the releases the metainfo names ----------------------
# installer/changelog is the history and the metainfo's <releases> lists the same releases;
# both must name the project version. A build with another version (SAGASHOP_PACKAGE_VERSION)
# gets an entry of its own on top of both, dated now.
file(STRINGS ${_pkg_src}/changelog _changelog_head LIMIT_COUNT 1)
if(NOT _changelog_head MATCHES "^${SAGASHOP_PACKAGE_NAME} \\(([^)]+)\\) ")
    message(FATAL_ERROR "installer/changelog must start with '${SAGASHOP_PACKAGE_NAME} (VERSION) ...'")
endif()
set(_changelog_version "${CMAKE_MATCH_1}")
file(READ ${_pkg_src}/${SAGASHOP_APP_ID}.metainfo.xml.in _metainfo)
string(FIND "${_metainfo}" "<release version=\"${PROJECT_VERSION}\"" _metainfo_release)
if(NOT _changelog_version STREQUAL PROJECT_VERSION OR _metainfo_release LESS 0)
    message(FATAL_ERROR "The project version is ${PROJECT_VERSION}: give it an entry at the top of "
                        "installer/changelog (now ${_changelog_version}) and a <release> in "
                        "installer/${SAGASHOP_APP_ID}.metainfo.xml.in")
endif()
file(READ ${_pkg_src}/changelog _changelog)
set(SAGASHOP_EXTRA_RELEASE "")
if(NOT SAGASHOP_VERSION STREQUAL _changelog_version)
    string(TIMESTAMP _now_rfc "%a, %d %b %Y %H:%M:%S +0000" UTC)
    string(TIMESTAMP _now_iso "%Y-%m-%d" UTC)
    set(_changelog "${SAGASHOP_PACKAGE_NAME} (${SAGASHOP_VERSION}) unstable; urgency=medium\n\n"
                   "  * Build of version ${SAGASHOP_VERSION} (SAGASHOP_PACKAGE_VERSION), based on\n"
                   "    ${_changelog_version}.\n\n -- ${SAGASHOP_MAINTAINER}  ${_now_rfc}\n\n${_changelog}")
    set(SAGASHOP_EXTRA_RELEASE
        "<release version=\"${SAGASHOP_VERSION}\" date=\"${_now_iso}\">\n      <description>\n        <p>Build of version ${SAGASHOP_VERSION}, based on ${_changelog_version}.</p>\n      </description>\n    </release>\n    ")
endif()
# Written through a copy so the file (and what is built from it) changes only when its text does.
file(WRITE ${_pkg_out}/changelog.new "${_changelog}")
configure_file(${_pkg_out}/changelog.new ${_pkg_out}/changelog COPYONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_pkg_src}/changelog)

# --- Generated files: metainfo, gzipped man page and changelog, PNG icons ------------------
configure_file(${_pkg_src}/${SAGASHOP_APP_ID}.metainfo.xml.in ${_pkg_out}/${SAGASHOP_APP_ID}.metainfo.xml @ONLY)
configure_file(${_pkg_src}/sagashop.1.in ${_pkg_out}/sagashop.1 @ONLY)

# gzip -n: no name or time stamp inside, so the result is reproducible (lintian asks for it).
add_custom_command(OUTPUT ${_pkg_out}/sagashop.1.gz
    COMMAND sh -c "gzip -9 -n -c \"$1\" > \"$2\"" sh ${_pkg_out}/sagashop.1 ${_pkg_out}/sagashop.1.gz
    DEPENDS ${_pkg_out}/sagashop.1
    COMMENT "Compressing the man page"
    VERBATIM)
add_custom_command(OUTPUT ${_pkg_out}/changelog.gz
    COMMAND sh -c "gzip -9 -n -c \"$1\" > \"$2\"" sh ${_pkg_out}/changelog ${_pkg_out}/changelog.gz
    DEPENDS ${_pkg_out}/changelog
    COMMENT "Compressing the changelog"
    VERBATIM)

add_subdirectory(${_pkg_src}/iconrender ${CMAKE_BINARY_DIR}/installer/iconrender)
set(SAGASHOP_ICON_SVG ${CMAKE_SOURCE_DIR}/resources/icons/sagashop.svg)
set(SAGASHOP_ICON_SIZES 16 24 32 48 64 128 256)
list(JOIN SAGASHOP_ICON_SIZES ", " _icon_sizes_text)
set(_icon_pngs "")
foreach(_size IN LISTS SAGASHOP_ICON_SIZES)
    list(APPEND _icon_pngs ${_pkg_out}/icons/${_size}x${_size}/apps/${SAGASHOP_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${_icon_pngs}
    COMMAND sagashop-iconrender ${SAGASHOP_ICON_SVG} ${_pkg_out}/icons ${SAGASHOP_APP_ID} ${SAGASHOP_ICON_SIZES}
    DEPENDS sagashop-iconrender ${SAGASHOP_ICON_SVG}
    COMMENT "Rendering the application icon at ${_icon_sizes_text} px"
    VERBATIM)

# Everything the package installs besides the binary; part of `all`, so `cmake --install`
# works after an ordinary build.
add_custom_target(sagashop_package_files ALL
    DEPENDS ${_pkg_out}/sagashop.1.gz ${_pkg_out}/changelog.gz ${_icon_pngs})

# --- Install rules (paths relative to the prefix: /usr in the .deb, the top folder in the .tar.gz)
install(FILES ${_pkg_src}/${SAGASHOP_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${SAGASHOP_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${SAGASHOP_APP_ID}.svg)
foreach(_size IN LISTS SAGASHOP_ICON_SIZES)
    install(FILES ${_pkg_out}/icons/${_size}x${_size}/apps/${SAGASHOP_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
endforeach()
install(FILES ${_pkg_out}/${SAGASHOP_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_pkg_out}/sagashop.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${_pkg_src}/copyright ${_pkg_out}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${SAGASHOP_PACKAGE_NAME})

# --- CPack ---------------------------------------------------------------------------------
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME ${SAGASHOP_PACKAGE_NAME})
set(CPACK_PACKAGE_VERSION ${SAGASHOP_VERSION})
set(CPACK_PACKAGE_VENDOR "SagaShop developers")
set(CPACK_PACKAGE_CONTACT "${SAGASHOP_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "storefront and admin client over an event-driven saga backend")
# The extended description: lines of at most 80 characters; an empty line starts a paragraph.
set(CPACK_PACKAGE_DESCRIPTION
"SagaShop is a desktop shop whose checkout is a saga across seven services
(order, inventory, coupon, balance, payment, statistics, export), each with
its own thread and SQLite database, talking only through events.

The storefront lets a shopper browse products with live stock, charge a
prepaid balance, claim first-come coupons and check out, watching every step
of the payment; when a step fails it shows what was undone. The admin client
draws each saga's timeline across the services and shows dead letters, stuck
sagas, retries, reconciliation, alerts and fault injection.

'sagashop --demo' runs simulated shoppers and scripted faults side by side;
'sagashop --headless' serves the same backend over a loopback HTTP API.")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# The tarball: sagashop-<version>-linux-amd64.tar.gz with one top folder of the same name.
set(CPACK_PACKAGE_FILE_NAME "${SAGASHOP_PACKAGE_NAME}-${SAGASHOP_VERSION}-linux-amd64")

# The .deb: sagashop_<version>_amd64.deb, a native package (no Debian revision).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME ${SAGASHOP_PACKAGE_NAME})
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE amd64)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SAGASHOP_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps finds the shared libraries the binary links (Qt, libc, ...); it cannot see
# what Qt loads at run time, so those are listed here:
#  - the QML modules the QML imports (QtQuick, QtQuick.Controls with the Material style,
#    QtQuick.Layouts, QtCharts) and the modules they import in turn (Templates, Window,
#    WorkerScript, QtQml, QtQml.Models);
#  - the SQLite driver of Qt SQL (every service's database);
#  - Qt SVG's image format plugin (the product images are SVG);
#  - a CJK font for the Korean translation and the Korean demo shoppers' names.
set(SAGASHOP_RUNTIME_DEPENDS
    qml6-module-qtquick
    qml6-module-qtquick-controls
    qml6-module-qtquick-templates
    qml6-module-qtquick-window
    qml6-module-qtquick-layouts
    qml6-module-qtqml
    qml6-module-qtqml-models
    qml6-module-qtqml-workerscript
    qml6-module-qtcharts
    libqt6sql6-sqlite
    libqt6svg6
    fonts-noto-cjk)
list(JOIN SAGASHOP_RUNTIME_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Wayland sessions run it through XWayland; the native Wayland plugin is optional.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

include(CPack)
