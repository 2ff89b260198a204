/* The FAST tier, written once over the primitives of the including kernel file (vf: FS_W
 * floats; the algorithm and its error budget are in constants.h): f32 throughout.
 *
 * Besides the lane-wise operations of simd.h, a kernel file defines for this tier:
 *   FS_FAST_N             the size of its table of 2^(j/N): 16, 8 or 1 (no table)
 *   FS_FAST_LO            (N = 16) whether it also adds back each entry's rounding error
 *   FS_HAVE_FMA           whether vf_mul_add and vf_neg_mul_add round once
 *   vf_abs(x), vf_select_neg(x, a, b) (a where x < 0, else b; not needed with
 *                          FS_HAVE_MASKED_SUB below)
 *   vm, vm_lt(a, b), vm_or, vm_any   lane masks: a < b (false for NaN), or, any lane set
 *   fast_pow2(t, n, b)     2^(n + b) = 2^(j/N)·2^(⌊n⌋ + b) as a normal float (b a constant),
 *                          from t, the magic-number sum, and n = t − FS_F_MAGIC
 *   fast_exp2_lo(t)        (FS_FAST_LO) the rounding error of 2^(j/N)'s table entry
 *   fast_unbias(q)         q·2^−64 rounded once (subnormal results correct), q ≥ 0 normal
 *   FS_HAVE_MASKED_SUB     (optional) with vf_one_minus_unless_neg(x, f): f where x < 0,
 *                          else 1 − f, in one masked operation
 * Each function comes as a block of one vector (a lane descriptor l and its number of lanes k,
 * for the tail) and a group of FS_FAST_GROUP whole vectors: a group tests its vectors once for
 * the rare inputs (x < −87.33 for σ, |x| > 87.33 for σ'), so the common path carries one
 * compare per vector. */
#ifndef FASTSIG_FAST_H
#define FASTSIG_FAST_H

#include "constants.h"

#define FS_FAST_GROUP 4

#if FS_FAST_N == 1
/* 2^(k + b) for the integer k in the low bits of t (b a constant): shifted into the exponent
 * field, plus b's and the bias's part of it. */
static inline vf fast_pow2(vf t, vf n, float b)
{
    (void)n;
    return vi_as_vf(vi_add(vi_shl23(vf_as_vi(t)), vi_set((127 + (int)b) << 23)));
}
#endif

/* P(−r), P(r) = C1 + C2·r + … ≈ (e^r − 1)/r */
static inline vf fast_poly_neg(vf r)
{
#if FS_FAST_N > 1
    return vf_mul_add(vf_mul_add(vf_set(FS_F_C3), r, vf_set(-FS_F_C2)), r, vf_set(FS_F_C1));
#else
    vf p = vf_mul_add(vf_set(-FS_F_C6), r, vf_set(FS_F_C5));
    p = vf_mul_add(p, r, vf_set(-FS_F_C4));
    p = vf_mul_add(p, r, vf_set(FS_F_C3));
    p = vf_mul_add(p, r, vf_set(-FS_F_C2));
    return vf_mul_add(p, r, vf_set(FS_F_C1));
#endif
}

/* a·b, and without FMA the plain product. With FMA as fma(a, b, −0): the same result (−0 + x
 * is x, and −0 + −0 is −0), but FMA has no subnormal-operand penalty where a multiply does. */
#if defined(FS_HAVE_FMA)
static inline vf fast_mul(vf a, vf b) { return vf_mul_add(a, b, vf_set(-0.0f)); }
#else
static inline vf fast_mul(vf a, vf b) { return vf_mul(a, b); }
#endif

/* e^−z·2^b for z in [−104, 104] where the result is normal (b a constant). */
static inline vf fast_exp_neg(vf z, float b)
{
    const vf magic = vf_set(FS_F_MAGIC);
    vf t = vf_mul_add(z, vf_set(-FS_F_LOG2E), magic); /* m = round(−z·N·log2e) in the low bits */
    vf n = vf_sub(t, magic);                          /* m/N */
    vf r = vf_mul_add(n, vf_set(FS_F_LN2_HI), z);     /* exact (without FMA: n·LN2_HI is) */
    r = vf_mul_add(n, vf_set(FS_F_LN2_LO), r);        /* r = z + n·ln2 */
    vf p = fast_poly_neg(r);
    vf s = fast_pow2(t, n, b); /* 2^(n + b) */
    /* No product here may be a subnormal that FTZ would flush: s·u is formed inside an FMA,
     * or s is a power of 2 and the product normal. */
#if defined(FS_FAST_LO)
    /* s·(1 + lo)·e^−r ≈ s + s·(lo − r·P(−r)): the table entry's rounding error added back */
    return vf_mul_add(s, vf_neg_mul_add(r, p, fast_exp2_lo(t)), s);
#elif FS_FAST_N > 1
    return vf_neg_mul_add(s, fast_mul(r, p), s); /* s − s·(r·P(−r)), one rounding */
#else
    /* s = 2^(k+b): 1 − r·P(−r) rounds once, and the scaling is exact */
    return vf_mul(s, vf_neg_mul_add(r, p, vf_set(1.0f)));
#endif
}

/* A one-lane kernel (scalar) would branch per element, and a compiler may if-convert and
 * vectorise that loop, evaluating the main path on inputs it cannot take (having dropped any
 * clamp that the branch made redundant) and raising invalid or overflow. Such a kernel takes
 * the path for any input always (FS_FAST_ONE_PATH): for inputs of the main path its results
 * are the same, as its extra scalings by 2^±64 are exact there. */
#if defined(FS_FAST_ONE_PATH)
#define FS_FAST_TAKE_ANY(m) ((void)(m), 1)
#else
#define FS_FAST_TAKE_ANY(m) vm_any(m)
#endif

/* ---- σ ---- */

/* Lanes this path cannot take: x < −87.33 (false for NaN, which passes through the main path). */
static inline vm fast_sigmoid_rare(vf x) { return vm_lt(x, vf_set(-FS_F_XRARE)); }

/* x ≥ −87.33 (or NaN): σ = 1/(1 + E), E = e^−min(x, 30) in [e^−30, e^87.33] */
static inline vf fast_sigmoid_main(vf x)
{
    vf e = fast_exp_neg(vf_min(vf_set(FS_F_XMAX), x), 0.0f);
    return vf_div(vf_set(1.0f), vf_add(e, vf_set(1.0f)));
}

/* Any x: with E_b = E·2^−64 (normal for x in [−104, 30]), σ = 2^−64·(1/(2^−64 + E_b)): nothing
 * overflows, the quotient is normal, and the last scaling rounds once. */
static inline vf fast_sigmoid_any(vf x)
{
    vf z = vf_min(vf_set(FS_F_XMAX), vf_max(vf_set(FS_F_XMIN), x));
    vf e = fast_exp_neg(z, -FS_F_BIAS);
    return fast_unbias(vf_div(vf_set(1.0f), vf_add(e, vf_set(0x1p-64f))));
}

/* ---- f = σ(−|x|) and σ' = f − f² ---- */

static inline vm fast_abs_rare(vf x) { return vm_lt(vf_set(FS_F_XRARE), vf_abs(x)); }

/* |x| ≤ 87.33 (or NaN): f = E/(1 + E), E = e^−|x| in [e^−87.33, 1], f normal */
static inline vf fast_f_main(vf x)
{
    vf e = fast_exp_neg(vf_abs(x), 0.0f);
    return vf_div(e, vf_add(e, vf_set(1.0f)));
}

/* Any x: E_b = E·2^64 (normal for |x| ≤ 104), f_b = E_b/(1 + E) = f·2^64 (normal); returns f_b
 * and f = f_b·2^−64 rounded once. */
static inline vf fast_f_any(vf x, vf *f)
{
    vf e = fast_exp_neg(vf_min(vf_set(-FS_F_XMIN), vf_abs(x)), FS_F_BIAS);
#if defined(FS_HAVE_FMA)
    vf d = vf_mul_add(e, vf_set(0x1p-64f), vf_set(1.0f)); /* 1 + E, one rounding */
#else
    /* 1 + E; E = E_b·2^−64 only where that is normal: below, 1 + E rounds to 1 anyway */
    vf d = vf_add(vf_set(1.0f), vf_mul(vf_max(vf_set(0x1p-62f), e), vf_set(0x1p-64f)));
#endif
    vf fb = vf_div(e, d);
    *f = fast_unbias(fb);
    return fb;
}

#if defined(FS_HAVE_FMA)
/* f − f², one rounding (FMA has no subnormal penalty, and f ≤ 0.5 keeps it from cancelling) */
static inline vf fast_deriv_main(vf f) { return vf_neg_mul_add(f, f, f); }
static inline vf fast_deriv_any(vf fb, vf f) { return (void)fb, vf_neg_mul_add(f, f, f); }
#else
/* f·(1 − f): f is normal on the main path; elsewhere (f_b·(1 − f))·2^−64, rounded once more.
 * Two roundings may lift f·(1 − f) above 0.25 in a directed rounding mode: capped (the
 * constant goes first, so NaN passes). */
static inline vf fast_deriv_main(vf f)
{
    return vf_min(vf_set(0.25f), vf_mul(f, vf_sub(vf_set(1.0f), f)));
}
static inline vf fast_deriv_any(vf fb, vf f)
{
    return vf_min(vf_set(0.25f), fast_unbias(vf_mul(fb, vf_sub(vf_set(1.0f), f))));
}
#endif

/* σ from f: f for x < 0, 1 − f otherwise (NaN: f is NaN already). An ISA with masked
 * arithmetic does it in one masked subtraction (vf_one_minus_unless_neg). */
#if defined(FS_HAVE_MASKED_SUB)
#define fast_sigmoid_of_f(x, f) vf_one_minus_unless_neg(x, f)
#else
static inline vf fast_sigmoid_of_f(vf x, vf f)
{
    return vf_select_neg(x, f, vf_sub(vf_set(1.0f), f));
}
#endif

/* ---- blocks (one vector, a lane descriptor) and groups (FS_FAST_GROUP whole vectors) ---- */

static inline void block_sigmoid_fast(const float *x, float *y, fs_lanes l, size_t k)
{
    (void)k;
    vf v = vf_load(x, l);
    vf_store(y, l,
             FS_FAST_TAKE_ANY(fast_sigmoid_rare(v)) ? fast_sigmoid_any(v) : fast_sigmoid_main(v));
}

static inline void block_deriv_fast(const float *x, float *d, fs_lanes l, size_t k)
{
    (void)k;
    vf v = vf_load(x, l), f, fb;
    if (FS_FAST_TAKE_ANY(fast_abs_rare(v))) {
        fb = fast_f_any(v, &f);
        vf_store(d, l, fast_deriv_any(fb, f));
    } else {
        vf_store(d, l, fast_deriv_main(fast_f_main(v)));
    }
}

static inline void block_with_deriv_fast(const float *x, float *y, float *d, fs_lanes l, size_t k)
{
    (void)k;
    vf v = vf_load(x, l), f, fb, dv;
    if (FS_FAST_TAKE_ANY(fast_abs_rare(v))) {
        fb = fast_f_any(v, &f);
        dv = fast_deriv_any(fb, f);
    } else {
        f = fast_f_main(v);
        dv = fast_deriv_main(f);
    }
    vf_store(y, l, fast_sigmoid_of_f(v, f));
    vf_store(d, l, dv);
}

#define FS_FAST_LOAD4(v, p)                                                                        \
    vf v##0 = vf_load((p), FS_LANES_ALL), v##1 = vf_load((p) + FS_W, FS_LANES_ALL),                \
       v##2 = vf_load((p) + 2 * FS_W, FS_LANES_ALL), v##3 = vf_load((p) + 3 * FS_W, FS_LANES_ALL)
#define FS_FAST_ANY4(test, v)                                                                      \
    vm_any(vm_or(vm_or(test(v##0), test(v##1)), vm_or(test(v##2), test(v##3))))
#define FS_FAST_STORE4(p, f, v)                                                                    \
    do {                                                                                           \
        vf_store((p), FS_LANES_ALL, f(v##0));                                                      \
        vf_store((p) + FS_W, FS_LANES_ALL, f(v##1));                                               \
        vf_store((p) + 2 * FS_W, FS_LANES_ALL, f(v##2));                                           \
        vf_store((p) + 3 * FS_W, FS_LANES_ALL, f(v##3));                                           \
    } while (0)

static inline void group_sigmoid_fast(const float *x, float *y)
{
    FS_FAST_LOAD4(v, x);
    if (__builtin_expect(FS_FAST_ANY4(fast_sigmoid_rare, v), 0))
        FS_FAST_STORE4(y, fast_sigmoid_any, v);
    else
        FS_FAST_STORE4(y, fast_sigmoid_main, v);
}

static inline vf fast_deriv_of_any(vf x)
{
    vf f, fb = fast_f_any(x, &f);
    return fast_deriv_any(fb, f);
}
static inline vf fast_deriv_of_main(vf x) { return fast_deriv_main(fast_f_main(x)); }

static inline void group_deriv_fast(const float *x, float *d)
{
    FS_FAST_LOAD4(v, x);
    if (__builtin_expect(FS_FAST_ANY4(fast_abs_rare, v), 0))
        FS_FAST_STORE4(d, fast_deriv_of_any, v);
    else
        FS_FAST_STORE4(d, fast_deriv_of_main, v);
}

#define FS_FAST_WD_ANY(k)                                                                          \
    fb = fast_f_any(v##k, &f##k);                                                                  \
    d##k = fast_deriv_any(fb, f##k);
#define FS_FAST_WD_MAIN(k)                                                                         \
    f##k = fast_f_main(v##k);                                                                      \
    d##k = fast_deriv_main(f##k);
#define FS_FAST_WD_STORE(k)                                                                        \
    vf_store(y + (k)*FS_W, FS_LANES_ALL, fast_sigmoid_of_f(v##k, f##k));                           \
    vf_store(d + (k)*FS_W, FS_LANES_ALL, d##k);

static inline void group_with_deriv_fast(const float *x, float *y, float *d)
{
    FS_FAST_LOAD4(v, x);
    vf f0, f1, f2, f3, d0, d1, d2, d3, fb;
    if (__builtin_expect(FS_FAST_ANY4(fast_abs_rare, v), 0)) {
        FS_FAST_WD_ANY(0) FS_FAST_WD_ANY(1) FS_FAST_WD_ANY(2) FS_FAST_WD_ANY(3)
    } else {
        FS_FAST_WD_MAIN(0) FS_FAST_WD_MAIN(1) FS_FAST_WD_MAIN(2) FS_FAST_WD_MAIN(3)
    }
    FS_FAST_WD_STORE(0) FS_FAST_WD_STORE(1) FS_FAST_WD_STORE(2) FS_FAST_WD_STORE(3)
}

#endif
