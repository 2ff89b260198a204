/* The FAST tier, written once over the primitives of the including kernel file (vf: FS_W
 * floats; see constants.h for the algorithm): f32 throughout. Blocks take FS_W elements and a
 * lane descriptor; only the described lanes are loaded and stored. */
#ifndef FASTSIG_FAST_H
#define FASTSIG_FAST_H

#include "constants.h"

#if defined(FS_HAVE_SCALEF)
/* q·2^k rounded once, subnormal results included (vscalefps). */
#define fast_scale(q, t, k) vf_scalef(q, k)
#else
/* 2^k as a float, for an integer k in [−126, 127]. */
static inline vf fast_pow2i(vi k) { return vi_as_vf(vi_shl23(vi_add(k, vi_set(127)))); }

/* q·2^k rounded once, for k in [−150, 0] (t: the magic-number sum holding k in its low bits),
 * as 2^k1 · 2^k2 with k1 = ⌊k/2⌋: both factors are normal, so the first product is exact and
 * the second rounds once, into a subnormal if need be. */
static inline vf fast_scale_by_magic(vf q, vf t)
{
    vi ki = vi_sub(vf_as_vi(t), vf_as_vi(vf_set(FS_F_MAGIC)));
    vi k1 = vi_sra1(ki);
    return vf_mul(vf_mul(q, fast_pow2i(k1)), fast_pow2i(vi_sub(ki, k1)));
}
#define fast_scale(q, t, k) fast_scale_by_magic(q, t)
#endif

/* f = σ(−|x|) = e/(1+e) with e = e^−|x| = 2^k · q(r), k = round(z·log2 e), r = z − k·ln2,
 * z = −|x| clamped at −104 (NaN passes). */
static inline vf fast_sigmoid_neg_abs(vf x)
{
    const vf magic = vf_set(FS_F_MAGIC);
    vf z = vf_max(vf_set(FS_F_ZMIN), vf_neg_abs(x));
    vf t = vf_mul_add(z, vf_set(FS_F_LOG2E), magic); /* round(z·log2e) in the low bits */
    vf k = vf_sub(t, magic);
    vf r = vf_neg_mul_add(k, vf_set(FS_F_LN2_HI), z); /* exact: k·LN2_HI has ≤ 23 bits */
    r = vf_neg_mul_add(k, vf_set(FS_F_LN2_LO), r);
    vf q = FS_HORNER6(vf_mul_add, vf_set, r, FS_F_Q0, FS_F_Q1, FS_F_Q2, FS_F_Q3, FS_F_Q4, FS_F_Q5,
                      FS_F_Q6);
    vf e = fast_scale(q, t, k); /* one rounding, subnormal results included */
    return vf_div(e, vf_add(e, vf_set(1.0f)));
}

/* σ' = f·(1 − f), capped at 0.25 in every rounding mode (see acc_deriv); f ≤ 0.5, so 1 − f
 * does not cancel. */
static inline vf fast_deriv(vf f, vf g) { return vf_min(vf_set(0.25f), vf_mul(f, g)); }

static inline void block_sigmoid_fast(const float *x, float *y, fs_lanes l)
{
    vf v = vf_load(x, l);
    vf f = fast_sigmoid_neg_abs(v);
    vf_store(y, l, vf_select_neg(v, f, vf_sub(vf_set(1.0f), f))); /* σ(x) = 1 − f for x ≥ 0 */
}

static inline void block_deriv_fast(const float *x, float *d, fs_lanes l)
{
    vf f = fast_sigmoid_neg_abs(vf_load(x, l));
    vf_store(d, l, fast_deriv(f, vf_sub(vf_set(1.0f), f)));
}

static inline void block_with_deriv_fast(const float *x, float *y, float *d, fs_lanes l)
{
    vf v = vf_load(x, l);
    vf f = fast_sigmoid_neg_abs(v);
    vf g = vf_sub(vf_set(1.0f), f);
    vf_store(y, l, vf_select_neg(v, f, g));
    vf_store(d, l, fast_deriv(f, g));
}

#endif
