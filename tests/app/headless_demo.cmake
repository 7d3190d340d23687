# sagashop --demo --headless --duration 8 --rate 10: the first staged faults fire, the summary
# is printed, the invariants hold, exit 0.
file(REMOVE_RECURSE "${WORK}")
execute_process(COMMAND "${SAGASHOP}" --demo --headless --duration 8 --rate 10 --data-dir "${WORK}"
    RESULT_VARIABLE code OUTPUT_VARIABLE output ERROR_VARIABLE errors TIMEOUT 150)
message("${output}")
if(NOT code EQUAL 0)
    message(FATAL_ERROR "exit code ${code}; stderr:\n${errors}")
endif()
foreach(expected
        "staged faults every 30 s"
        "Balance failure: order [0-9]+: a shopper with 5,000 won checks out for more"
        "Duplicate delivery: the next 3 deliveries to inventory are duplicated"
        "checkouts +[1-9][0-9]*"
        "confirmed +[1-9][0-9]*"
        "failed +[1-9][0-9]*"
        "compensated +[1-9][0-9]*"
        "duplicates +[1-9]"
        "invariants +ok")
    if(NOT output MATCHES "${expected}")
        message(FATAL_ERROR "the output lacks '${expected}'")
    endif()
endforeach()
# The demo kept its data where it was told to.
if(NOT EXISTS "${WORK}/order.db" OR NOT EXISTS "${WORK}/saga-log.db")
    message(FATAL_ERROR "no databases in ${WORK}")
endif()
