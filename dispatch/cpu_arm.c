/* ARM feature detection, built for ARM targets: Advanced SIMD is part of every AArch64 CPU;
 * on 32-bit ARM Linux the kernel reports NEON in the auxiliary vector (no ARMv7 NEON kernel
 * is built, so it only shows in the feature bits). */
#include "cpu.h"

#if defined(__aarch64__)
unsigned fastsig_cpu_features(void) { return FS_CPU_NEON; }
#elif defined(__arm__) && defined(__linux__)
#include <sys/auxv.h>
#ifndef HWCAP_NEON
#define HWCAP_NEON (1 << 12)
#endif
unsigned fastsig_cpu_features(void) { return (getauxval(AT_HWCAP) & HWCAP_NEON) ? FS_CPU_NEON : 0; }
#else
unsigned fastsig_cpu_features(void) { return 0; }
#endif
