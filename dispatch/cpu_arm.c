/* ARM feature detection: Advanced SIMD is part of every AArch64 CPU; on 32-bit ARM the
 * kernel reports NEON in the auxiliary vector. Other hosts report nothing (scalar only). */
#include "cpu.h"

#if defined(__aarch64__)
unsigned fastsig_cpu_features(void) { return FS_CPU_NEON; }
#elif defined(__arm__) && defined(__linux__)
#include <sys/auxv.h>
#ifndef HWCAP_NEON
#define HWCAP_NEON (1 << 12)
#endif
unsigned fastsig_cpu_features(void)
{
    return (getauxval(AT_HWCAP) & HWCAP_NEON) ? FS_CPU_NEON : 0;
}
#elif !defined(__x86_64__) && !defined(__i386__)
unsigned fastsig_cpu_features(void) { return 0; }
#endif
