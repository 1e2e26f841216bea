# herald_add_test(NAME tst_x SOURCES ... LIBS ... LABELS unit [KEYCHAIN])
# Every test runs headless on the offscreen platform with its own temporary HOME-independent data dir.
# KEYCHAIN tests run inside their own D-Bus session with a freshly unlocked gnome-keyring
# (tests/keychain/with-keyring.sh), so they use a real Secret Service and never the user's keyring.
function(herald_add_test)
    cmake_parse_arguments(ARG "KEYCHAIN" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
    herald_set_warnings(${ARG_NAME})
    set_target_properties(${ARG_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
    if(ARG_KEYCHAIN)
        add_test(NAME ${ARG_NAME}
                 COMMAND ${PROJECT_SOURCE_DIR}/tests/keychain/with-keyring.sh $<TARGET_FILE:${ARG_NAME}>)
    else()
        add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;QT_LOGGING_RULES=*.debug=false")
endfunction()
