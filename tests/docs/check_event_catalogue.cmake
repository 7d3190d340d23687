# Fails when docs/events.md and the event-name constants of backend/ disagree:
#  - every event-name constant in a backend header must have a "### <Name>" section;
#  - every "### <Name>" section that looks like an event must name such a constant.
# An event-name constant is `inline const QString X = QStringLiteral("Value")` whose value is
# PascalCase with at least two words ("InventoryDeducted") or a bus record ("bus.Something").
# Every constant of backend/saga/CheckoutEvents.h must be recognised, so a change of style
# there fails here instead of silently checking nothing.
#
#   cmake -DSOURCE_DIR=<repo> [-DDOC=<events.md>] -P check_event_catalogue.cmake
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "check_event_catalogue: pass -DSOURCE_DIR=<the repository root>")
endif()
if(NOT DOC)
    set(DOC "${SOURCE_DIR}/docs/events.md")
endif()
if(NOT EXISTS "${DOC}")
    message(FATAL_ERROR "check_event_catalogue: the event catalogue ${DOC} does not exist")
endif()

set(constant_regex "inline const QString [A-Za-z_][A-Za-z0-9_]* = QStringLiteral\\(\"[^\"]*\"\\)")
set(event_regex "^([A-Z][a-z0-9]+([A-Z][a-z0-9]*)+|bus\\.[A-Z][A-Za-z0-9]+)$")

file(GLOB_RECURSE headers LIST_DIRECTORIES false "${SOURCE_DIR}/backend/*.h")
if(NOT headers)
    message(FATAL_ERROR "check_event_catalogue: no headers under ${SOURCE_DIR}/backend")
endif()

set(events "")
foreach(header IN LISTS headers)
    file(READ "${header}" text)
    string(REGEX MATCHALL "${constant_regex}" constants "${text}")
    foreach(constant IN LISTS constants)
        string(REGEX REPLACE ".*QStringLiteral\\(\"([^\"]*)\"\\).*" "\\1" value "${constant}")
        if(value MATCHES "${event_regex}")
            list(APPEND events "${value}")
            file(RELATIVE_PATH where "${SOURCE_DIR}" "${header}")
            set(where_${value} "${where}")
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES events)

# Every constant of the checkout catalogue is an event: all of them must have been recognised.
set(checkout "${SOURCE_DIR}/backend/saga/CheckoutEvents.h")
file(READ "${checkout}" text)
string(REGEX MATCHALL "QStringLiteral\\(\"[^\"]*\"\\)" literals "${text}")
list(LENGTH literals literal_count)
set(recognised 0)
set(unrecognised "")
foreach(literal IN LISTS literals)
    string(REGEX REPLACE "QStringLiteral\\(\"([^\"]*)\"\\)" "\\1" value "${literal}")
    if(value IN_LIST events)
        math(EXPR recognised "${recognised} + 1")
    else()
        list(APPEND unrecognised "${value}")
        message(SEND_ERROR "backend/saga/CheckoutEvents.h: \"${value}\" is not recognised as an event "
                           "name by this check (tests/docs/check_event_catalogue.cmake): update the check")
    endif()
endforeach()
if(literal_count LESS 20)
    message(FATAL_ERROR "backend/saga/CheckoutEvents.h: found only ${literal_count} event names; "
                        "did its style change? Update tests/docs/check_event_catalogue.cmake")
endif()

# The sections of the catalogue.
file(STRINGS "${DOC}" lines REGEX "^### ")
set(sections "")
foreach(line IN LISTS lines)
    string(REGEX REPLACE "^### +" "" name "${line}")
    string(STRIP "${name}" name)
    list(APPEND sections "${name}")
endforeach()

set(missing "")
foreach(event IN LISTS events)
    if(NOT event IN_LIST sections)
        list(APPEND missing "${event}")
        message(SEND_ERROR "docs/events.md has no section \"### ${event}\" for the event "
                           "${event} (${where_${event}}): add its producer, consumers, when it is "
                           "published and its payload")
    endif()
endforeach()

set(stale "")
foreach(section IN LISTS sections)
    if(section MATCHES "${event_regex}" AND NOT section IN_LIST events)
        list(APPEND stale "${section}")
        message(SEND_ERROR "docs/events.md has a section \"### ${section}\" but no event-name constant "
                           "in backend/ has that value: remove the section or fix its name")
    endif()
endforeach()

list(LENGTH events event_count)
if(missing OR stale OR unrecognised)
    message(FATAL_ERROR "docs/events.md is out of date (${event_count} events in the code)")
endif()
message(STATUS "docs/events.md documents all ${event_count} event names of backend/ "
               "(${recognised} from CheckoutEvents.h)")
