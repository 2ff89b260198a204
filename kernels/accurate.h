/* The ROUNDED tier (the accurate σ and σ'), written once over the primitives of the including
 * kernel file (see constants.h for the algorithms and their error bounds).
 *
 * σ, σ' and with_deriv are correctly rounded: a fast path in double (vd: FS_DW doubles; a vf of
 * FS_W = 2·FS_DW floats is two vd), a rounding test accumulated over groups of FS_R_GROUP
 * floats, and for a group with an ambiguous lane the per-element path of rounded.c (its
 * double-double slow path decides). The kernel file supplies, besides the lane-wise
 * operations:
 *   vd_lo_f32, vd_hi_f32      the doubles of the low and high halves of a vf
 *   vf_of_vd(lo, hi)          the two rounded to f32 (to nearest, subnormals included)
 *   vd_exp2_table(t)          2^(k/16) from the magic sum t (FS_R_TBITS 3: 2^(k/8))
 *   FS_HAVE_FMA               when vd_mul_add is fused (the reduction then takes one FMA)
 *   vt, vt_init, vt_acc(acc, a, b), vt_any(acc): the rounding test of a and b accumulated
 *   vsub, vd_sub_adjust(v, &o) = v + 2^−126 where v < 2^−126, vf_sub_unadjust(r, olo, ohi)
 *                             subtracts it again in f32 (exact) in those lanes
 *   vf_min_num(acc, x), vf_max_num(acc, x): min/max where a NaN x leaves acc
 *   vf_any_lt(v, c), vf_any_gt(v, c): whether some lane is below / above c
 * A scalar kernel (FS_W 1) runs rounded.c per element. */
#ifndef FASTSIG_ACCURATE_H
#define FASTSIG_ACCURATE_H

#include <string.h>

#include "constants.h"
#include "rounded.h"

#if FS_W == 1

static void rounded_sigmoid(const float *a, float *o1, size_t n)
{
    for (size_t i = 0; i < n; i++)
        o1[i] = fastsig_rounded_sigmoid(a[i]);
}

static void rounded_deriv(const float *a, float *o1, size_t n)
{
    for (size_t i = 0; i < n; i++)
        o1[i] = fastsig_rounded_deriv(a[i]);
}

static void rounded_with_deriv(const float *a, float *o1, float *o2, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        float x = a[i]; /* before o1[i], which may be a[i], is written */
        o1[i] = fastsig_rounded_sigmoid(x);
        o2[i] = fastsig_rounded_deriv(x);
    }
}

#else

#ifndef FS_R_TBITS
#define FS_R_TBITS 4
#endif

/* Whether some lane of v is below / above c (NaN lanes are neither). */
static inline int vf_any_lt(vf v, float c) { return vm_any(vm_lt(v, vf_set(c))); }
static inline int vf_any_gt(vf v, float c) { return vm_any(vm_lt(vf_set(c), v)); }

#if !defined(FS_HAVE_MIN_NUM)
/* min and max where a NaN x leaves acc: x86's MINPS and MAXPS return their second operand
 * when either is NaN. */
static inline vf vf_min_num(vf acc, vf x) { return vf_min(x, acc); }
static inline vf vf_max_num(vf acc, vf x) { return vf_max(x, acc); }
#endif

#if !defined(FS_HAVE_MASKS)
/* r − 2^−126 in the lanes that vd_sub_adjust moved: there vsub holds 2^−126, elsewhere 0. */
static inline vf vf_sub_unadjust(vf r, vsub olo, vsub ohi) { return vf_sub(r, vf_of_vd(olo, ohi)); }
#endif

/* e^−x for x in [−104, 104] (or NaN): 2^(k/16)·(1 + u·q(u)), see constants.h */
static inline vd acc_exp_neg(vd x)
{
#if FS_R_TBITS == 3
    vd t = vd_mul_add(x, vd_set(FS_R3_M8), vd_set(FS_R_MAGIC));
    vd k = vd_sub(t, vd_set(FS_R_MAGIC));
    vd u = vd_mul_add(k, vd_set(FS_R3_C), x);
    vd q = vd_mul_add(vd_set(FS_R3_Q5), u, vd_set(FS_R3_Q4));
    q = vd_mul_add(q, u, vd_set(FS_R3_Q3));
    q = vd_mul_add(q, u, vd_set(FS_R3_Q2));
    q = vd_mul_add(q, u, vd_set(FS_R3_Q1));
    q = vd_mul_add(q, u, vd_set(FS_R3_Q0));
#else
    vd t = vd_mul_add(x, vd_set(FS_R_M16), vd_set(FS_R_MAGIC));
    vd k = vd_sub(t, vd_set(FS_R_MAGIC));
#if defined(FS_HAVE_FMA)
    vd u = vd_mul_add(k, vd_set(FS_R_C), x); /* error |k|·2^−59.3 <= 2^−48 */
#else
    vd u = vd_add(vd_mul_add(k, vd_set(FS_R_CHI), x), vd_mul(k, vd_set(FS_R_CLO)));
#endif
    vd q = vd_mul_add(vd_set(FS_R_Q4), u, vd_set(FS_R_Q3));
    q = vd_mul_add(q, u, vd_set(FS_R_Q2));
    q = vd_mul_add(q, u, vd_set(FS_R_Q1));
    q = vd_mul_add(q, u, vd_set(FS_R_Q0));
#endif
    vd s = vd_exp2_table(t);
    return vd_mul_add(s, vd_mul(u, q), s);
}

/* 1/(1 + e) */
static inline vd acc_recip1p(vd e)
{
    const vd one = vd_set(1.0);
    return vd_div(one, vd_add(one, e));
}

/* σ' = e·s² with s = 1/(1+e): e/(1+e)², no cancellation. */
static inline vd acc_deriv(vd e, vd s) { return vd_mul(vd_mul(e, s), s); }

/* σ' without σ: e/(1+e)², one operation fewer (D² does not overflow: D <= 1 + e^104). */
static inline vd acc_deriv_alone(vd e)
{
    vd d = vd_add(vd_set(1.0), e);
    return vd_div(e, vd_mul(d, d));
}

/* σ' rounded to f32, capped at 0.25 (the constant goes first, so NaN passes): under directed
 * rounding the result could exceed it near x = 0. Rounding is monotone and 0.25 is a float,
 * so capping after the rounding equals capping before it; under rounding to nearest the cap
 * changes no result (the double exceeds 0.25 only within its error of it, where the exact
 * value rounds to 0.25, and the rounding test does not flag a double that close to 0.25). */
static inline vf acc_cap_quarter(vf d) { return vf_min(vf_set(0.25f), d); }

static inline vf acc_clamp(vf x)
{
    return vf_max(vf_set(-FS_D_CLAMP), vf_min(vf_set(FS_D_CLAMP), x));
}

/* a and b rounded to f32, their rounding test accumulated in *acc; with sub, results below
 * 2^−126 are tested (and rounded) as v + 2^−126, see constants.h. */
static inline vf acc_round(vd a, vd b, vt *acc, const int sub)
{
    if (!sub) {
        *acc = vt_acc(*acc, a, b);
        return vf_of_vd(a, b);
    }
    vsub oa, ob;
    a = vd_sub_adjust(a, &oa);
    b = vd_sub_adjust(b, &ob);
    *acc = vt_acc(*acc, a, b);
    return vf_sub_unadjust(vf_of_vd(a, b), oa, ob);
}

static inline void block_sigmoid(const float *x, float *y, vt *acc, const int sub)
{
    vf v = acc_clamp(vf_load(x, FS_LANES_ALL));
    vd sa = acc_recip1p(acc_exp_neg(vd_lo_f32(v))), sb = acc_recip1p(acc_exp_neg(vd_hi_f32(v)));
    vf_store(y, FS_LANES_ALL, acc_round(sa, sb, acc, sub));
}

static inline void block_deriv(const float *x, float *d, vt *acc, const int sub)
{
    vf v = acc_clamp(vf_load(x, FS_LANES_ALL));
    vd ea = acc_exp_neg(vd_lo_f32(v)), eb = acc_exp_neg(vd_hi_f32(v));
    vd da = acc_deriv_alone(ea), db = acc_deriv_alone(eb);
    vf_store(d, FS_LANES_ALL, acc_cap_quarter(acc_round(da, db, acc, sub)));
}

static inline void block_with_deriv(const float *x, float *y, float *d, vt *acc, const int sub)
{
    vf v = acc_clamp(vf_load(x, FS_LANES_ALL));
    vd ea = acc_exp_neg(vd_lo_f32(v)), eb = acc_exp_neg(vd_hi_f32(v));
    vd sa = acc_recip1p(ea), sb = acc_recip1p(eb);
    vf_store(y, FS_LANES_ALL, acc_round(sa, sb, acc, sub));
    vd da = acc_deriv(ea, sa), db = acc_deriv(eb, sb);
    vf_store(d, FS_LANES_ALL, acc_cap_quarter(acc_round(da, db, acc, sub)));
}

/* Whether a result of the len floats at x may be below 2^−126: σ for some x < −87, σ' for
 * some |x| > 87 (both_sides). NaN inputs are ignored. */
static inline int acc_group_sub(const float *x, size_t len, int both_sides)
{
    vf lo = vf_set(0.0f), hi = vf_set(0.0f);
    for (size_t j = 0; j < len; j += FS_W) {
        vf v = vf_load(x + j, FS_LANES_ALL);
        lo = vf_min_num(lo, v);
        if (both_sides)
            hi = vf_max_num(hi, v);
    }
    return vf_any_lt(lo, -FS_R_SUBX) || (both_sides && vf_any_gt(hi, FS_R_SUBX));
}

/* The kernels: whole vectors in groups of up to FS_R_GROUP floats, each group tested once
 * and redone by rounded.c if a lane was ambiguous; the last n % FS_W elements by rounded.c.
 * When an output is the input, the group's inputs are copied first, for the redo. */
#define FS_ROUNDED_GROUPS(both_sides, copy, blocks, redo)                                          \
    float buf[FS_R_GROUP];                                                                         \
    size_t i = 0;                                                                                  \
    for (; n - i >= FS_W;) {                                                                       \
        size_t len = n - i >= FS_R_GROUP ? FS_R_GROUP : (n - i) / FS_W * FS_W;                     \
        const float *x = a + i;                                                                    \
        if (copy) {                                                                                \
            memcpy(buf, x, len * sizeof *x);                                                       \
            x = buf;                                                                               \
        }                                                                                          \
        vt acc = vt_init();                                                                        \
        if (acc_group_sub(x, len, both_sides))                                                     \
            for (size_t j = 0; j < len; j += FS_W)                                                 \
                blocks(1);                                                                         \
        else                                                                                       \
            for (size_t j = 0; j < len; j += FS_W)                                                 \
                blocks(0);                                                                         \
        if (vt_any(acc))                                                                           \
            for (size_t j = 0; j < len; j++)                                                       \
                redo(x[j], i + j);                                                                 \
        i += len;                                                                                  \
    }                                                                                              \
    for (; i < n; i++)                                                                             \
        redo(a[i], i);

static void rounded_sigmoid(const float *a, float *o1, size_t n)
{
#define FS_BLOCKS(sub) block_sigmoid(x + j, o1 + i + j, &acc, sub)
#define FS_REDO(v, at) o1[at] = fastsig_rounded_sigmoid(v)
    FS_ROUNDED_GROUPS(0, a == o1, FS_BLOCKS, FS_REDO)
#undef FS_BLOCKS
#undef FS_REDO
}

static void rounded_deriv(const float *a, float *o1, size_t n)
{
#define FS_BLOCKS(sub) block_deriv(x + j, o1 + i + j, &acc, sub)
#define FS_REDO(v, at) o1[at] = fastsig_rounded_deriv(v)
    FS_ROUNDED_GROUPS(1, a == o1, FS_BLOCKS, FS_REDO)
#undef FS_BLOCKS
#undef FS_REDO
}

static inline void acc_with_deriv1(float v, float *y, float *d)
{
    float s = fastsig_rounded_sigmoid(v), t = fastsig_rounded_deriv(v);
    *y = s;
    *d = t;
}

static void rounded_with_deriv(const float *a, float *o1, float *o2, size_t n)
{
#define FS_BLOCKS(sub) block_with_deriv(x + j, o1 + i + j, o2 + i + j, &acc, sub)
#define FS_REDO(v, at) acc_with_deriv1(v, o1 + (at), o2 + (at))
    FS_ROUNDED_GROUPS(1, a == o1 || a == o2, FS_BLOCKS, FS_REDO)
#undef FS_BLOCKS
#undef FS_REDO
}

#endif

#endif
