# Reliability: the differential fuzzer, built with clang's libFuzzer, ASan and
# UBSan (the library itself instrumented for coverage), run from the checked-in corpus for a
# bounded number of inputs as part of the reliability suite.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
rm -rf build-fuzz
ci_check "configure fuzzing build (clang, ASan+UBSan, --werror)" \
    env CC=clang CXX=clang++ meson setup build-fuzz --werror -Dbench=disabled \
    -Db_sanitize=address,undefined -Db_lundef=false -Dc_args=-fsanitize=fuzzer-no-link
ci_check "build fuzzing build" meson compile -C build-fuzz
ci_check "fuzzer is built (clang + libFuzzer found)" test -x build-fuzz/tests/fuzz/fuzz_diff
ci_meson_test "reliability suite with the fuzzer" build-fuzz --suite reliability
