/* The ACCURATE tier, written once over the primitives of the including kernel file (vd: FS_DW
 * doubles; see constants.h for the algorithm and its error budget). Each result is computed in
 * double and rounded to f32 once, by vd_store_f32, which also produces subnormal results.
 * Blocks take FS_DW elements and a lane descriptor; only the described lanes are loaded and
 * stored. */
#ifndef FASTSIG_ACCURATE_H
#define FASTSIG_ACCURATE_H

#include "constants.h"

/* x clamped to [−104, 104]; the constant goes first, so a NaN x passes through. */
static inline vd acc_clamp(vd x)
{
    return vd_max(vd_set(-FS_D_CLAMP), vd_min(vd_set(FS_D_CLAMP), x));
}

/* p·2^k for the integer k, exact: the product is a normal double for every k here. Either by
 * vscalefpd, or as p times 2^k made from t, the magic-number sum that holds k + 1023 in its
 * low bits: shifted into the exponent field they are the double 2^k. */
#if defined(FS_HAVE_SCALEF)
#define acc_scale(p, t, k) vd_scalef(p, k)
#else
#define acc_scale(p, t, k) vd_mul(p, vd_shl52(t))
#endif

/* e^−x for x in [−104, 104] (or NaN): 2^k · p(r), k = round(−x·log2 e), r = x + k·ln2. */
static inline vd acc_exp_neg(vd x)
{
    const vd magic = vd_set(FS_D_MAGIC);
    vd t = vd_mul_add(x, vd_set(-FS_D_LOG2E), magic); /* low mantissa bits: k + 1023 */
    vd k = vd_sub(t, magic);
    vd r = vd_mul_add(k, vd_set(FS_D_LN2), x);
    vd p = FS_HORNER6(vd_mul_add, vd_set, r, FS_D_P0, FS_D_P1, FS_D_P2, FS_D_P3, FS_D_P4, FS_D_P5,
                      FS_D_P6);
    return acc_scale(p, t, k);
}

/* 1/(1 + e) */
static inline vd acc_recip1p(vd e)
{
    const vd one = vd_set(1.0);
    return vd_div(one, vd_add(one, e));
}

/* σ' = e·s² with s = 1/(1+e): e/(1+e)², no cancellation. Capped at 0.25, which holds in
 * every rounding mode: the approximation error could lift a directed-rounding result just
 * above it near x = 0 (the constant goes first, so NaN passes). Rounding is monotone and 0.25
 * is a float, so capping before the rounding to f32 equals capping after it. */
static inline vd acc_deriv(vd e, vd s) { return vd_min(vd_set(0.25), vd_mul(vd_mul(e, s), s)); }

static inline void block_sigmoid(const float *x, float *y, fs_lanes l)
{
    vd_store_f32(y, l, acc_recip1p(acc_exp_neg(acc_clamp(vd_load_f32(x, l)))));
}

static inline void block_deriv(const float *x, float *d, fs_lanes l)
{
    vd e = acc_exp_neg(acc_clamp(vd_load_f32(x, l)));
    vd_store_f32(d, l, acc_deriv(e, acc_recip1p(e)));
}

static inline void block_with_deriv(const float *x, float *y, float *d, fs_lanes l)
{
    vd e = acc_exp_neg(acc_clamp(vd_load_f32(x, l)));
    vd s = acc_recip1p(e);
    vd_store_f32(y, l, s);
    vd_store_f32(d, l, acc_deriv(e, s));
}

#endif
