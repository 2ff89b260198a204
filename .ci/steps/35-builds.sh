# Build configurations users pick (issue 13), all with --werror:
# - static-only (-Ddefault_library=static): configure, build and the default test run (tests,
#   fastsig-check and the benchmarks link the internal core library; the consumers use
#   whichever libraries are installed);
# - shared-only: configure and build; AArch64 static-only (cross, after 30-cross.sh installed
#   the toolchain): configure and build;
# - --buildtype=debug (-O0, the intrinsics without an optimiser): the default test run;
# - the example (examples/train_xor.c) from the gcc build of 10-core.sh.
rm -rf build-static build-shared build-aarch64-static build-debug
ci_check "static-only: configure (-Ddefault_library=static)" \
    meson setup build-static --werror -Ddefault_library=static
ci_check "static-only: build" meson compile -C build-static
ci_meson_test "static-only: meson test" build-static
ci_check "static-only: no shared library built" \
    sh -c 'test -f build-static/libfastsig.a && ! ls build-static/libfastsig.so* 2>/dev/null'

ci_check "shared-only: configure (-Ddefault_library=shared)" \
    meson setup build-shared --werror -Ddefault_library=shared
ci_check "shared-only: build" meson compile -C build-shared
ci_check "shared-only: no static library built" \
    sh -c 'test -f build-shared/libfastsig.so && test ! -e build-shared/libfastsig.a'

ci_check "aarch64 static-only: configure (cross/aarch64-linux-gnu.txt)" \
    meson setup build-aarch64-static --werror --cross-file cross/aarch64-linux-gnu.txt \
    -Ddefault_library=static
ci_check "aarch64 static-only: build" meson compile -C build-aarch64-static

ci_check "debug (-O0): configure (--buildtype=debug)" \
    meson setup build-debug --werror --buildtype=debug -Dbench=disabled
ci_check "debug (-O0): build" meson compile -C build-debug
ci_meson_test "debug (-O0): meson test" build-debug

ci_check "example: train_xor trains XOR below its loss threshold" build/examples/train_xor
ci_check "example: train_xor fails when not trained (10 epochs)" \
    sh -c '! build/examples/train_xor 10'
