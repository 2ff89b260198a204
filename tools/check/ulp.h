/* fs_ulp_error (tests/lib/reference.c) split in two, so that 1/ulp(ref) is found once per input
 * and shared by every ISA: fsc_ulp_error(got, ref, fsc_inv_ulp(ref)) == fs_ulp_error(got,
 * ref) for every got and ref (fabs(got − ref) times a power of two is the same rounding as
 * the division by its inverse). --quick checks this equality on every element it compares. */
#ifndef FSC_ULP_H
#define FSC_ULP_H

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "reference.h"

/* 1/ulp(ref) with ulp as fs_ulp_error defines it (2^(k−23) for |ref| in [2^k, 2^(k+1)),
 * 2^−149 below 2^−126); 0 where fs_ulp_error has a special case (NaN, beyond overflow). */
static inline double fsc_inv_ulp(double ref)
{
    double a = fabs(ref);
    if (!(a < 0x1.ffffffp127))
        return 0.0;
    if (a < 0x1p-126)
        return 0x1p149;
    uint64_t bits;
    memcpy(&bits, &a, sizeof bits);
    uint64_t e = bits >> 52; /* a in [2^(e−1023), 2^(e−1022)): 1/ulp = 2^(1046−e) */
    uint64_t inv_bits = (2069 - e) << 52;
    double inv;
    memcpy(&inv, &inv_bits, sizeof inv);
    return inv;
}

static inline double fsc_ulp_error(float got, double ref, double inv_ulp)
{
    if (inv_ulp != 0.0 && isfinite(got))
        return fabs((double)got - ref) * inv_ulp;
    return fs_ulp_error(got, ref);
}

#endif
