/* References for the 16-bit functions (FS_FUNCTIONS_HALF), independent of the kernels' own
 * exact path: the correct rounding of a double to f16 or bf16 by integer arithmetic, σ and
 * σ' from the double references (reference.c), and y·(1−y), dy·y·(1−y) exactly, as integers.
 *
 * Why double is enough for σ and σ': their exact values are never closer to a 16-bit rounding
 * midpoint than 2^−37.6 relative (f16 σ at x = −2^−11; measured with MPFR over all 65536
 * inputs of each function and format), and not a midpoint either (transcendental for x ≠ 0),
 * while fs_ref_sigmoid and fs_ref_deriv are accurate to about 2^−52. */
#ifndef FASTSIG_TEST_HALF_REF_H
#define FASTSIG_TEST_HALF_REF_H

#include <stdint.h>

#include "funcs.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The 16-bit functions, from the registry. */
#define FS_HFN_ENUM(name, ...) FS_HFN_##name,
enum fs_hfn { FS_FUNCTIONS_HALF(FS_HFN_ENUM) FS_HFN_COUNT };
#undef FS_HFN_ENUM

const char *fs_hfn_name(enum fs_hfn fn);
enum fs_kind fs_hfn_kind(enum fs_hfn fn);
int fs_hfn_bf16(enum fs_hfn fn);        /* 1: bf16 arrays, 0: f16 */
enum fs_ref fs_hfn_ref(enum fs_hfn fn); /* what output 1 is (output 2 of DUAL: σ') */
/* Calls fn through the public API; unused arguments are ignored. Returns its status. */
int fs_hcall(enum fs_hfn fn, const uint16_t *a, const uint16_t *b, uint16_t *o1, uint16_t *o2,
             size_t n);

/* Calls fn of kernel table k directly (n > 0, arrays as the API would accept them). */
void fs_hcall_kernel(const struct fastsig_kernels *k, enum fs_hfn fn, const uint16_t *a,
                     const uint16_t *b, uint16_t *o1, uint16_t *o2, size_t n);

double fs_h_decode(int bf16, uint16_t h);
/* v rounded to nearest even in the format (subnormals, overflow to inf, NaN quiet). */
uint16_t fs_h_round(int bf16, double v);
/* The correctly rounded value of reference r for the 16-bit inputs a (x, y or dy) and b. */
uint16_t fs_h_ref(int bf16, enum fs_ref r, uint16_t a, uint16_t b);
/* got equals want, any quiet NaN matching a NaN. */
int fs_h_same(int bf16, uint16_t got, uint16_t want);

#ifdef __cplusplus
}
#endif

#endif
