/* CPU feature detection (cpu_x86.c, cpu_arm.c) and the pure choice of ISAs (select.c).
 * Detection only reports feature bits; select.c alone turns them into ISAs, so tests can
 * feed it the features of CPUs we do not have. Internal to the library. */
#ifndef FASTSIG_CPU_H
#define FASTSIG_CPU_H

#include "fastsig.h"

enum fastsig_cpu_feature {
    FS_CPU_SSE2 = 1u << 0,
    FS_CPU_OSXSAVE = 1u << 1,  /* OS uses XSAVE: XGETBV may be executed */
    FS_CPU_AVX = 1u << 2,
    FS_CPU_FMA = 1u << 3,
    FS_CPU_AVX2 = 1u << 4,
    FS_CPU_AVX512F = 1u << 5,
    FS_CPU_OS_YMM = 1u << 6,   /* XCR0: XMM and YMM state enabled by the OS */
    FS_CPU_OS_ZMM = 1u << 7,   /* XCR0: opmask, ZMM_Hi256 and Hi16_ZMM state enabled */
    FS_CPU_NEON = 1u << 8      /* AArch64 Advanced SIMD (or ARMv7 NEON from HWCAP) */
};

/* Feature bits of the running CPU and OS (FS_CPU_*). */
unsigned fastsig_cpu_features(void);

/* Bit (1u << isa) for every ISA whose kernel is built into this library and can run on a
 * CPU with these features. Pure: no detection, no global state. */
unsigned fastsig_isas_for_features(unsigned features);

/* The preferred ISA in a mask from fastsig_isas_for_features (scalar if none). */
fastsig_isa fastsig_best_isa(unsigned isa_mask);

/* Parse a FASTSIG_ISA value ("scalar", "sse2", "avx2", "avx512", "neon").
 * Returns FASTSIG_ISA_AUTO for an unknown name. */
fastsig_isa fastsig_parse_isa(const char *name);

/* ISAs allowed when FASTSIG_ISA names `cap`: those in `isa_mask` no better than it. */
unsigned fastsig_cap_isas(unsigned isa_mask, fastsig_isa cap);

#endif
