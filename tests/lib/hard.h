/* The hardest inputs of the correctly rounded σ and σ': every f32 x whose exact σ(x) or
 * σ'(x) lies within 2^−20 ULP of an f32 rounding midpoint (2 210 for σ, 612 for σ'), found
 * by an exhaustive sweep of all 2^32 inputs (double-double values, each confirmed with MPFR
 * at 400 bits), with the signed distance from the midpoint that MPFR gave. */
#ifndef FASTSIG_TEST_HARD_H
#define FASTSIG_TEST_HARD_H

#include <stddef.h>
#include <stdint.h>

struct fs_hard {
    uint32_t bits; /* x */
    int deriv;     /* 0: hard for σ, 1: for σ' */
    double dist;   /* exact value minus the midpoint, in ULP (MPFR) */
};

extern const struct fs_hard fs_hard_inputs[];
extern const size_t fs_nhard;

#endif
