/* x86 feature detection, built for x86 targets: CPUID for what the CPU has, XGETBV for what
 * the OS saves on a context switch (AVX registers are unusable, and fault, unless the OS
 * enables them). */
#include "cpu.h"

#include <cpuid.h>
#include <stdint.h>

static uint64_t read_xcr0(void)
{
    uint32_t lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((uint64_t)hi << 32) | lo;
}

unsigned fastsig_cpu_features(void)
{
    unsigned a, b, c, d, f = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return 0;
    if (d & (1u << 26))
        f |= FS_CPU_SSE2;
    if (c & (1u << 12))
        f |= FS_CPU_FMA;
    if (c & (1u << 28))
        f |= FS_CPU_AVX;
    if (c & (1u << 29))
        f |= FS_CPU_F16C;
    if (c & (1u << 27)) {
        f |= FS_CPU_OSXSAVE;
        uint64_t xcr0 = read_xcr0();
        if ((xcr0 & 0x6) == 0x6)
            f |= FS_CPU_OS_YMM; /* SSE + AVX state */
        if ((xcr0 & 0xE0) == 0xE0)
            f |= FS_CPU_OS_ZMM; /* opmask + ZMM state */
    }
    if (__get_cpuid_count(7, 0, &a, &b, &c, &d)) {
        if (b & (1u << 5))
            f |= FS_CPU_AVX2;
        if (b & (1u << 16))
            f |= FS_CPU_AVX512F;
        if (a >= 1 && __get_cpuid_count(7, 1, &a, &b, &c, &d) && (a & (1u << 5)))
            f |= FS_CPU_AVX512BF16;
    }
    return f;
}
