/* The FAST tier, written once over the primitives of the including kernel file (vf: FS_W
 * floats; see constants.h for the algorithm): f32 throughout. Blocks take FS_W elements and a
 * lane descriptor; only the described lanes are loaded and stored. */
#ifndef FASTSIG_FAST_H
#define FASTSIG_FAST_H

#include "constants.h"

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
    vf q = vf_set(FS_F_Q6);
    q = vf_mul_add(q, r, vf_set(FS_F_Q5));
    q = vf_mul_add(q, r, vf_set(FS_F_Q4));
    q = vf_mul_add(q, r, vf_set(FS_F_Q3));
    q = vf_mul_add(q, r, vf_set(FS_F_Q2));
    q = vf_mul_add(q, r, vf_set(FS_F_Q1));
    q = vf_mul_add(q, r, vf_set(FS_F_Q0));
    vf e = vf_scale_pow2(q, t, k); /* one rounding, subnormal results included */
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
