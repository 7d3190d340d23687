# sagashop --reset-data: with no terminal to ask on and no --yes it refuses and deletes
# nothing; with --yes it empties the data directory and the program starts fresh there.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(WRITE "${WORK}/order.db" "not really a database")
file(WRITE "${WORK}/api-token" "secret")

execute_process(COMMAND "${SAGASHOP}" --headless --reset-data --data-dir "${WORK}"
    INPUT_FILE /dev/null RESULT_VARIABLE code OUTPUT_VARIABLE output ERROR_VARIABLE errors TIMEOUT 60)
if(NOT code EQUAL 1 OR NOT errors MATCHES "add --yes")
    message(FATAL_ERROR "without a terminal: exit ${code}, stderr '${errors}', stdout '${output}'")
endif()
if(NOT EXISTS "${WORK}/order.db" OR NOT EXISTS "${WORK}/api-token")
    message(FATAL_ERROR "a refused reset deleted data")
endif()

# --yes: deleted, then the (short) demo starts fresh on the same directory.
execute_process(COMMAND "${SAGASHOP}" --demo --headless --duration 2 --reset-data --yes --data-dir "${WORK}"
    INPUT_FILE /dev/null RESULT_VARIABLE code OUTPUT_VARIABLE output ERROR_VARIABLE errors TIMEOUT 120)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "reset with --yes: exit ${code}\n${output}\n${errors}")
endif()
if(NOT output MATCHES "Deleted 2 item")
    message(FATAL_ERROR "no deletion report:\n${output}")
endif()
if(EXISTS "${WORK}/api-token")
    message(FATAL_ERROR "the old token survived the reset")
endif()
file(READ "${WORK}/order.db" head LIMIT 15)
if(NOT head MATCHES "^SQLite format 3")
    message(FATAL_ERROR "order.db was not started fresh: '${head}'")
endif()

# A directory with nothing in it: nothing to reset, and the program goes on.
file(REMOVE_RECURSE "${WORK}-empty")
execute_process(COMMAND "${SAGASHOP}" --demo --headless --duration 1 --reset-data --data-dir "${WORK}-empty"
    INPUT_FILE /dev/null RESULT_VARIABLE code OUTPUT_VARIABLE output ERROR_VARIABLE errors TIMEOUT 120)
if(NOT code EQUAL 0 OR NOT output MATCHES "Nothing to reset")
    message(FATAL_ERROR "empty directory: exit ${code}\n${output}\n${errors}")
endif()
