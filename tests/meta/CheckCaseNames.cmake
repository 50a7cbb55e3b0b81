# Catch2's catch_discover_tests() hands test names to CTest as a CMake list, so a ';' in a TEST_CASE name
# splits one case into two CTest entries that match nothing and fail. Refuse such names up front.
file(GLOB_RECURSE sources "${TESTS_DIR}/*.cpp")
set(bad "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "TEST_CASE\\(\"[^\"]*;")
    foreach(line IN LISTS lines)
        string(APPEND bad "\n  ${source}: ${line}")
    endforeach()
endforeach()
if(bad)
    message(FATAL_ERROR "TEST_CASE names must not contain ';' (CTest splits them):${bad}")
endif()
message(STATUS "All TEST_CASE names are CTest-safe")
