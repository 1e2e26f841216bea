# HERALD_SANITIZE: a comma-separated list of sanitizers (e.g. "address,undefined", the asan preset's)
# compiled and linked into every Herald target: libraries, programs, tests and the bench. Empty (the
# default) builds without any. Every report is fatal: UBSan does not recover, and scripts/test sets
# ASAN_OPTIONS/UBSAN_OPTIONS so ASan and LSan reports fail the test that hit them.
set(HERALD_SANITIZE "" CACHE STRING "Sanitizers for every Herald target, e.g. address,undefined (empty: none)")

function(herald_set_sanitizers target)
    if(NOT HERALD_SANITIZE)
        return()
    endif()
    set(flags -fsanitize=${HERALD_SANITIZE} -fno-omit-frame-pointer)
    if(HERALD_SANITIZE MATCHES "undefined")
        list(APPEND flags -fno-sanitize-recover=undefined)
    endif()
    target_compile_options(${target} PRIVATE ${flags})
    target_link_options(${target} PRIVATE ${flags})
endfunction()
