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
# The plain runner: every case on scalar and SSE2; on AVX2 all but the 16-bit cases. Under
# valgrind 3.19 the AVX2 16-bit kernels return NaN for y·(1−y) and dy·y·(1−y) whose exact value
# is −inf (e.g. f16 y = −inf), where the CPU returns −inf as the native tests check: valgrind's
# emulation of an AVX2 instruction there differs from the hardware (its _CMP_NEQ_OQ, for one,
# is true for NaN operands).
FASTSIG_ISA=sse2 ci_check "plain runner under memcheck (FASTSIG_ISA=sse2, --stride 1000003)" \
    valgrind -q --error-exitcode=1 --leak-check=full \
    build-vg/tests/fastsig-test-runner --stride 1000003
ci_check "plain runner under memcheck (FASTSIG_ISA=avx2, --stride 1000003, --skip-half)" \
    valgrind -q --error-exitcode=1 --leak-check=full \
    build-vg/tests/fastsig-test-runner --stride 1000003 --skip-half
