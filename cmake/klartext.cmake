# Helpers shared by every CMakeLists.txt in the tree.

# Our own code builds with every warning as an error; third-party headers
# are included as SYSTEM so their warnings do not stop us.
# -Wno-restrict: GCC 12 reports impossible overlaps inside std::string's
# own inlined code (GCC bug 105329, "bogus -Wrestrict with std::string");
# the warning fires on correct string replace/insert calls at -O2.
function(klartext_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wno-missing-field-initializers)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
endfunction()

# klartext_stage(NAME SOURCES a.cc b.cc DEPS other_stage …)
# One static library per pipeline stage (src/<stage>/), so each stage can be
# built and tested alone: `cmake --build build --target klartext_decode`.
function(klartext_stage name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(klartext_${name} STATIC ${ARG_SOURCES})
  target_include_directories(klartext_${name} PUBLIC
      ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(klartext_${name} PUBLIC ${ARG_DEPS})
  klartext_warnings(klartext_${name})
endfunction()

# klartext_test(NAME SOURCES a_test.cc DEPS klartext_x …)
# A GoogleTest binary registered with ctest. KLARTEXT_SHARED_DATA and
# KLARTEXT_SOURCE_DIR are compile-time paths for tests that read data.
function(klartext_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${name} PRIVATE
      KLARTEXT_SHARED_DATA="${KLARTEXT_SHARED_DATA}"
      KLARTEXT_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
      KLARTEXT_BINARY_DIR="${PROJECT_BINARY_DIR}")
  klartext_warnings(${name})
  gtest_discover_tests(${name} DISCOVERY_MODE PRE_TEST PROPERTIES LABELS "${ARG_LABELS}")
endfunction()
