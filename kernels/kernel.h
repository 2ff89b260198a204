/* The kernel table: every ISA fills one with the same functions, so the dispatcher, the
 * tests and the benchmarks can treat all ISAs alike. Internal to the library. */
#ifndef FASTSIG_KERNEL_H
#define FASTSIG_KERNEL_H

#include <stddef.h>

/* Pointers are already checked by the caller (dispatch/api.c): n > 0, non-NULL, and the
 * arrays are either identical or disjoint. */
typedef void (*fastsig_unary_fn)(const float *x, float *out, size_t n);
typedef void (*fastsig_binary_fn)(const float *a, const float *b, float *out, size_t n);
typedef void (*fastsig_dual_fn)(const float *x, float *out1, float *out2, size_t n);

struct fastsig_kernels {
    /* accurate tier */
    fastsig_unary_fn sigmoid;
    fastsig_unary_fn deriv;
    fastsig_unary_fn deriv_from_output;
    fastsig_binary_fn backward; /* (dy, y, dx, n) */
    fastsig_dual_fn with_deriv; /* (x, y, dydx, n) */
    /* fast tier */
    fastsig_unary_fn sigmoid_fast;
    fastsig_unary_fn deriv_fast;
    fastsig_dual_fn with_deriv_fast;
};

/* One table per kernel file; only those built for the target exist. */
extern const struct fastsig_kernels fastsig_kernels_scalar;
extern const struct fastsig_kernels fastsig_kernels_sse2;
extern const struct fastsig_kernels fastsig_kernels_avx2;
extern const struct fastsig_kernels fastsig_kernels_avx512;
extern const struct fastsig_kernels fastsig_kernels_neon;

#endif
