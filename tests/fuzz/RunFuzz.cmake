# Builds the libFuzzer target (this directory) with clang and runs it for a short time over the seed corpus.
# Used by the test "csv: fuzz parser and decoder" (tests/csv/CMakeLists.txt):
#   cmake -D SOURCE_DIR=… -D BINARY_DIR=… -D CXX=clang++ -D CORPUS=… -D SECONDS=20 [-D GENERATOR=Ninja] -P RunFuzz.cmake
foreach(variable SOURCE_DIR BINARY_DIR CXX CORPUS SECONDS)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "RunFuzz.cmake: ${variable} is not set")
    endif()
endforeach()
if(NOT GENERATOR)
    set(GENERATOR Ninja)
endif()

execute_process(
    COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -G ${GENERATOR}
            -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=RelWithDebInfo
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "configuring the fuzz target failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "building the fuzz target failed (clang's libFuzzer runtime comes with libclang-rt-dev)")
endif()

# New inputs go to a scratch corpus in the build tree; the seeds in the source tree are only read.
file(MAKE_DIRECTORY ${BINARY_DIR}/corpus ${BINARY_DIR}/artifacts)
execute_process(
    COMMAND ${BINARY_DIR}/csv_fuzzer -max_total_time=${SECONDS} -max_len=16384 -timeout=10 -rss_limit_mb=2048
            -print_final_stats=1 -dict=${SOURCE_DIR}/csv.dict -artifact_prefix=${BINARY_DIR}/artifacts/
            ${BINARY_DIR}/corpus ${CORPUS}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the fuzzer found a failing input (exit ${result}); see ${BINARY_DIR}/artifacts")
endif()
