# Reliability: under valgrind memcheck, the 'valgrind' suite (guard pages, bad
# input, dispatcher, threads) and the plain runner with a coarse raw sweep.
# Valgrind 3.19 cannot execute AVX-512 instructions, so the ISA is capped at AVX2 with
# FASTSIG_ISA: the tests run the scalar, SSE2 and AVX2 kernels.
rm -rf build-vg
ci_check "configure for valgrind (gcc, --werror)" meson setup build-vg --werror -Dbench=disabled
ci_check "build for valgrind" meson compile -C build-vg
export FASTSIG_ISA=avx2
ci_meson_test "valgrind suite under memcheck (FASTSIG_ISA=avx2)" build-vg \
    --suite valgrind --wrap='valgrind --error-exitcode=1 --leak-check=full'
ci_check "plain runner under memcheck (FASTSIG_ISA=avx2, --stride 1000003)" \
    valgrind -q --error-exitcode=1 --leak-check=full \
    build-vg/tests/fastsig-test-runner --stride 1000003
