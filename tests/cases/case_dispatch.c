/* The dispatcher: choice logic on simulated CPUs, and the ISA functions of the API. */
#include <stdio.h>
#include <string.h>

#include "cases.h"
#include "cpu.h"
#include "dispatch.h"

/* Which ISAs this library was built with a kernel for. */
static unsigned built(void)
{
    unsigned m = 0;
    for (int i = 0; i < FS_ISA_COUNT; i++)
        if (fastsig_kernels_of((fastsig_isa)i))
            m |= 1u << i;
    return m;
}

/* The best of `allowed` that is built in. */
static fastsig_isa expected(unsigned allowed) { return fastsig_best_isa(allowed & built()); }

int fs_case_select(void)
{
    const unsigned ymm = FS_CPU_OSXSAVE | FS_CPU_OS_YMM;
    const unsigned avx2 = FS_CPU_SSE2 | FS_CPU_AVX | FS_CPU_AVX2 | FS_CPU_FMA | FS_CPU_F16C | ymm;
    const unsigned S = 1u << FASTSIG_ISA_SCALAR, S2 = 1u << FASTSIG_ISA_SSE2,
                   A2 = 1u << FASTSIG_ISA_AVX2, A5 = 1u << FASTSIG_ISA_AVX512,
                   NE = 1u << FASTSIG_ISA_NEON;
    struct {
        const char *cpu;
        unsigned features, allowed;
    } cpus[] = {
        {"no features", 0, S},
        {"SSE2 only", FS_CPU_SSE2, S | S2},
        {"AVX2+FMA, OS without XSAVE", avx2 & ~ymm, S | S2},
        {"AVX2+FMA, OS without YMM state", avx2 & ~FS_CPU_OS_YMM, S | S2},
        {"AVX2 without FMA", avx2 & ~FS_CPU_FMA, S | S2},
        {"AVX2 without F16C", avx2 & ~FS_CPU_F16C, S | S2},
        {"AVX2+FMA", avx2, S | S2 | A2},
        {"AVX-512F, OS without ZMM state", avx2 | FS_CPU_AVX512F, S | S2 | A2},
        {"AVX-512F without FMA", (avx2 & ~FS_CPU_FMA) | FS_CPU_AVX512F | FS_CPU_OS_ZMM, S | S2},
        {"AVX-512F, ZMM state, no YMM state",
         (avx2 & ~FS_CPU_OS_YMM) | FS_CPU_AVX512F | FS_CPU_OS_ZMM, S | S2},
        {"AVX-512F", avx2 | FS_CPU_AVX512F | FS_CPU_OS_ZMM, S | S2 | A2 | A5},
        {"NEON", FS_CPU_NEON, S | NE},
    };
    int bad = 0;
    for (size_t i = 0; i < sizeof cpus / sizeof cpus[0]; i++) {
        unsigned got = fastsig_isas_for_features(cpus[i].features);
        unsigned want = cpus[i].allowed & built();
        fastsig_isa best = fastsig_best_isa(got);
        int ok = got == want && best == expected(cpus[i].allowed);
        printf("# %-40s -> %-7s %s\n", cpus[i].cpu, fastsig_isa_name(best), ok ? "ok" : "WRONG");
        bad |= !ok;
    }
    /* FASTSIG_ISA caps: never enables what the host lacks, keeps everything below. */
    unsigned all = S | S2 | A2 | A5;
    bad |= fastsig_cap_isas(all, FASTSIG_ISA_SSE2) != (S | S2);
    bad |= fastsig_cap_isas(all, FASTSIG_ISA_AVX2) != (S | S2 | A2);
    bad |= fastsig_cap_isas(S | S2, FASTSIG_ISA_AVX512) != (S | S2);
    bad |= fastsig_cap_isas(all, FASTSIG_ISA_SCALAR) != S;
    bad |= fastsig_parse_isa("avx2") != FASTSIG_ISA_AVX2;
    bad |= fastsig_parse_isa("neon") != FASTSIG_ISA_NEON;
    bad |= fastsig_parse_isa("AVX2") != FASTSIG_ISA_AUTO;
    bad |= fastsig_parse_isa("avx") != FASTSIG_ISA_AUTO;
    bad |= fastsig_parse_isa("") != FASTSIG_ISA_AUTO;
    bad |= fastsig_parse_isa(NULL) != FASTSIG_ISA_AUTO;
    printf("# FASTSIG_ISA cap and parsing: %s\n", bad ? "WRONG" : "ok");
    return bad ? FS_FAIL : FS_PASS;
}

int fs_case_api(void)
{
    int bad = 0;
    unsigned sup = fastsig_supported_isas();
    fastsig_isa best = fastsig_best_isa(sup);
    bad |= !(sup & (1u << FASTSIG_ISA_SCALAR));
    bad |= (sup & ~built()) != 0;
    bad |= fastsig_get_isa() != best; /* no FASTSIG_ISA in the test environment */
    for (int i = 0; i < FS_ISA_COUNT; i++) {
        int s = fastsig_set_isa((fastsig_isa)i);
        int want = (sup & (1u << i)) ? FASTSIG_OK : FASTSIG_ERR_UNSUPPORTED;
        bad |= s != want;
        if (s == FASTSIG_OK)
            bad |= fastsig_get_isa() != (fastsig_isa)i;
        printf("# set_isa(%s): %s\n", fastsig_isa_name((fastsig_isa)i), fastsig_strerror(s));
    }
    fastsig_set_isa(FASTSIG_ISA_SCALAR);
    bad |= fastsig_set_isa((fastsig_isa)FS_ISA_COUNT) != FASTSIG_ERR_UNSUPPORTED;
    bad |= fastsig_set_isa((fastsig_isa)-2) != FASTSIG_ERR_UNSUPPORTED;
    bad |= fastsig_get_isa() != FASTSIG_ISA_SCALAR; /* unchanged by the refusals */
    bad |= fastsig_set_isa(FASTSIG_ISA_AUTO) != FASTSIG_OK || fastsig_get_isa() != best;
    bad |= strcmp(fastsig_isa_name((fastsig_isa)17), "unknown") != 0;
    bad |= strcmp(fastsig_isa_name(FASTSIG_ISA_AUTO), "unknown") != 0;
    bad |= strcmp(fastsig_isa_name(FASTSIG_ISA_AVX512), "avx512") != 0;
    const int codes[] = {FASTSIG_OK, FASTSIG_ERR_NULL, FASTSIG_ERR_OVERLAP, FASTSIG_ERR_UNSUPPORTED,
                         42};
    for (size_t i = 0; i < 5; i++)
        for (size_t j = 0; j < i; j++)
            bad |= fastsig_strerror(codes[i]) == NULL ||
                   strcmp(fastsig_strerror(codes[i]), fastsig_strerror(codes[j])) == 0;
    char v[32];
    snprintf(v, sizeof v, "%d.%d.%d", FASTSIG_VERSION_MAJOR, FASTSIG_VERSION_MINOR,
             FASTSIG_VERSION_PATCH);
    bad |= strcmp(fastsig_version(), v) != 0;
    printf("# host ISAs: 0x%x, best %s; API: %s\n", sup, fastsig_isa_name(best),
           bad ? "WRONG" : "ok");
    return bad ? FS_FAIL : FS_PASS;
}
