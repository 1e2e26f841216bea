# Warnings applied per target; HERALD_WERROR turns them into errors (scripts/test and CI set it).
# Every Herald target comes through herald_set_warnings, so it also applies HERALD_SANITIZE.
option(HERALD_WERROR "Treat compiler warnings as errors" OFF)
include(HeraldSanitizers)

function(herald_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Woverloaded-virtual -Wformat=2 -Wundef -Wpointer-arith)
    if(HERALD_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_KEYWORDS
        QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    herald_set_sanitizers(${target})
endfunction()

# A static library for one layer of Herald.
function(herald_add_library target)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${target} STATIC ${ARG_SOURCES})
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    herald_set_warnings(${target})
endfunction()
