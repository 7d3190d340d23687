# Strict warnings for the project's own targets (never for system Qt/Boost headers,
# which CMake already includes as SYSTEM through imported targets).
function(sagashop_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wpedantic
        -Wno-error=deprecated-declarations)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_USE_QSTRINGBUILDER)
    # Fortified libc calls in optimised builds, as Debian's dpkg-buildflags would (the package
    # is built from the default preset; lintian checks for it). Not with the sanitizers, and
    # not when the flags already say (it needs -O, and a second definition is an error).
    if(NOT SAGASHOP_SANITIZE AND NOT SAGASHOP_FUZZ AND NOT CMAKE_CXX_FLAGS MATCHES "_FORTIFY_SOURCE")
        target_compile_definitions(${target} PRIVATE $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
    endif()
endfunction()
