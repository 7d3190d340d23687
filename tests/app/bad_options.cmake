# Each bad command line is refused with a sentence naming the option, exit code 2.
# "<arguments>|<what stderr must say>"; arguments separated by spaces.
set(cases
    "--demo --headless --rate 0|--rate must be a number from 0.1 to 50"
    "--demo --headless --rate abc|--rate must be a number"
    "--demo --headless --duration -5|--duration must be a whole number from 0 to 86400"
    "--headless --duration 5|--duration and --rate go with --demo"
    "--headless --chains 5|--chains goes with --self-test"
    "--self-test --demo|--self-test runs on its own"
    "--headless --yes|--yes goes with --reset-data"
    "--headless --synchronous sometimes|--synchronous must be normal or full"
    "--headless --stuck-after 0|--stuck-after must be a whole number from 1 to 86400")
foreach(case IN LISTS cases)
    string(FIND "${case}" "|" bar)
    string(SUBSTRING "${case}" 0 ${bar} arguments)
    math(EXPR after "${bar} + 1")
    string(SUBSTRING "${case}" ${after} -1 expected)
    separate_arguments(parts UNIX_COMMAND "${arguments}")
    execute_process(COMMAND "${SAGASHOP}" ${parts}
        RESULT_VARIABLE code OUTPUT_VARIABLE output ERROR_VARIABLE errors TIMEOUT 30)
    if(NOT code EQUAL 2 OR NOT errors MATCHES "${expected}")
        message(FATAL_ERROR "sagashop ${parts}: exit ${code}, stderr '${errors}' (wanted '${expected}')")
    endif()
endforeach()
