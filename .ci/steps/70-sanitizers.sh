# Reliability: the test suite under AddressSanitizer + UndefinedBehaviorSanitizer
# (gcc), the plain runner too, and the reliability suite under ThreadSanitizer (clang).
# The whole default suite runs under ASan+UBSan: the tests that check the shipped library
# (exported symbols, programs built against the installed tree without the sanitizer) skip
# themselves with exit 77 and say why; the step checks that they are skips, not failures.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
rm -rf build-asan build-tsan
ci_check "configure ASan+UBSan (gcc, --werror)" meson setup build-asan --werror \
    -Db_sanitize=address,undefined -Db_lundef=false -Dbench=disabled
ci_check "build ASan+UBSan" meson compile -C build-asan
ci_meson_test "meson test under ASan+UBSan" build-asan
ci_check "ASan+UBSan: exported symbols and installed consumers skip, with a reason" \
    sh -c 'grep -q "^skipped: b_sanitize=address,undefined adds" build-asan/meson-logs/testlog.txt &&
           grep -c "^skipped: the installed library is instrumented" build-asan/meson-logs/testlog.txt'
ci_check "plain runner under ASan+UBSan (--stride 65537)" \
    build-asan/tests/fastsig-test-runner --stride 65537
ci_check "configure TSan (clang, --werror)" env CC=clang CXX=clang++ meson setup build-tsan \
    --werror -Db_sanitize=thread -Db_lundef=false -Dbench=disabled
ci_check "build TSan" meson compile -C build-tsan
ci_meson_test "reliability suite under TSan" build-tsan --suite reliability
