/* The choice of ISA, as pure functions of feature bits: which kernels may run, which is
 * best, and what the FASTSIG_ISA environment variable allows. FASTSIG_HAVE_* say which
 * kernels meson built for this target. */
#include <string.h>

#include "cpu.h"

unsigned fastsig_isas_for_features(unsigned f)
{
    unsigned isas = 1u << FASTSIG_ISA_SCALAR;
#if defined(FASTSIG_HAVE_SSE2)
    if (f & FS_CPU_SSE2)
        isas |= 1u << FASTSIG_ISA_SSE2;
#endif
    /* The AVX2 kernel uses AVX, AVX2 and FMA3, on YMM registers the OS must save. */
    const unsigned avx2_needs = FS_CPU_AVX | FS_CPU_AVX2 | FS_CPU_FMA | FS_CPU_OSXSAVE |
                                FS_CPU_OS_YMM;
    /* The AVX-512 kernel uses AVX-512F only (plus what AVX2 needs), and ZMM/opmask state. */
    const unsigned avx512_needs = avx2_needs | FS_CPU_AVX512F | FS_CPU_OS_ZMM;
#if defined(FASTSIG_HAVE_AVX2)
    if ((f & avx2_needs) == avx2_needs)
        isas |= 1u << FASTSIG_ISA_AVX2;
#endif
#if defined(FASTSIG_HAVE_AVX512)
    if ((f & avx512_needs) == avx512_needs)
        isas |= 1u << FASTSIG_ISA_AVX512;
#endif
#if defined(FASTSIG_HAVE_NEON)
    if (f & FS_CPU_NEON)
        isas |= 1u << FASTSIG_ISA_NEON;
#endif
    (void)avx512_needs;
    (void)avx2_needs;
    (void)f;
    return isas;
}

/* Preference order, best first. */
static const fastsig_isa preference[] = {FASTSIG_ISA_AVX512, FASTSIG_ISA_AVX2,
                                         FASTSIG_ISA_NEON, FASTSIG_ISA_SSE2,
                                         FASTSIG_ISA_SCALAR};

fastsig_isa fastsig_best_isa(unsigned isa_mask)
{
    for (size_t i = 0; i < sizeof preference / sizeof preference[0]; i++)
        if (isa_mask & (1u << preference[i]))
            return preference[i];
    return FASTSIG_ISA_SCALAR;
}

unsigned fastsig_cap_isas(unsigned isa_mask, fastsig_isa cap)
{
    /* Allowed: the cap itself and everything after it in the preference order. */
    unsigned allowed = 0;
    int seen = 0;
    for (size_t i = 0; i < sizeof preference / sizeof preference[0]; i++) {
        if (preference[i] == cap)
            seen = 1;
        if (seen)
            allowed |= 1u << preference[i];
    }
    return isa_mask & allowed;
}

fastsig_isa fastsig_parse_isa(const char *name)
{
    for (int isa = FASTSIG_ISA_SCALAR; isa <= FASTSIG_ISA_NEON; isa++)
        if (name && strcmp(name, fastsig_isa_name((fastsig_isa)isa)) == 0)
            return (fastsig_isa)isa;
    return FASTSIG_ISA_AUTO;
}
