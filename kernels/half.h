/* The 16-bit functions (f16 and bf16 arrays, FS_FUNCTIONS_HALF), written once over the
 * primitives of the including kernel file. Every result is the exact value rounded to nearest
 * even in the 16-bit format, for every input; the argument, checked over all inputs by the
 * tests, is below.
 *
 * σ, σ' and both (fast path, rounding check, exact path):
 *   σ(x)  = S/(S + S·e^−x), S = 2^−64 folded into the polynomial: S·e^−x stays normal and
 *           finite for x in [−110, 40] (the clamp where 2^k is made in two steps), so σ of bf16
 *           inputs in (−92, −87), whose results are subnormal, needs no special case;
 *   σ'(x) = e·(2^64·u)·u with e = 2^64·e^−|x|, u = 1/(2^64 + e); with both, σ(−|x|) = e·u and
 *           σ(|x|) = 2^64·u, one rounding each.
 *   e^−a = 2^k·p(r), k = round(−a·log2 e), r = a + k·ln2 (one FMA with ln2 rounded to f32 where
 *   the ISA fuses, else two parts with k·ln2_hi exact), p of degree 6 (f16) or 5 (bf16).
 *   The f32 result ŷ is then rounded to 16 bits (by the conversion instructions or in integer
 *   arithmetic). That rounding is the correct one unless the exact value y and ŷ lie on
 *   different sides of a rounding midpoint m, or ŷ = m. The fast path's error |ŷ − y| was
 *   measured over all 65536 inputs of each function, format and ISA (at most 4.6 ulp of
 *   f32); each lane whose ŷ lies within FS_HALF_W_* ulps (above that maximum) of a midpoint
 *   is recomputed in double (relative error < 2^−50; the exact values of σ and σ' are never
 *   closer than 2^−37.6 relative to a midpoint, over all f16 and bf16 inputs, MPFR) and
 *   rounded once: to odd into f32, then to nearest into 16 bits, which cannot round twice
 *   because f32 has at least two more bits. A window of 2W f32 ulps out of the 2^13 (f16) or
 *   2^16 (bf16) between two 16-bit values: about 1 result in 1000 (f16 σ) or 500 (f16 σ'),
 *   and 1 in 4000 (bf16), takes that path.
 *   The check: bf16 rounds at bit 16 of ŷ's pattern, so ŷ is near a midpoint when its low 16
 *   bits are within W of 0x8000; f16 rounds at bit 13 for ŷ ≥ 2^−14, and on the 2^−24 grid
 *   below, where ŷ + 2^−14 has that grid at bit 13: its low 13 bits within W of 0x1000.
 *   Where the bf16 store flushes subnormals (vcvtneps2bf16), 0 < ŷ < 2^−126 is checked too,
 *   and such a vector is stored again by the exact conversion.
 *
 * y·(1−y): exact pair in f32, rounded to odd, then once to 16 bits. y² is exact (≤ 22
 *   significant bits; for bf16 it may underflow, only where |y| < 2^−63 and y − y² rounds to
 *   y anyway, or overflow, where the result is −inf), d = y − y² rounded and its exact error
 *   by TwoSum; d made odd in the direction of the error is the round-to-odd of y − y².
 *   y = +inf (y − y² is NaN, y·(1−y) = −inf) takes y·(1−y).
 * dy·y·(1−y): in double, A = dy·y and C = A·y are exact (≤ 33 significant bits, and no
 *   16-bit input under- or overflows a double), A − C = s + e exactly (TwoSum); s rounded to
 *   f32 is made round-to-odd with the sign of (s − f) + e (scaled by 2^600 so its conversion
 *   to f32 keeps it nonzero), then rounded once to 16 bits. Infinite inputs (A − C is NaN
 *   where the product is infinite) and zero or tiny results (A − C loses the sign of zero)
 *   take (dy·y)·(1−y), whose sign is right and whose magnitude rounds alike. */
#ifndef FASTSIG_HALF_H
#define FASTSIG_HALF_H

#include "constants.h"
#include "half_scalar.h"

/* ---- σ and σ' in f32 ---- */

#define FS_H_DEG(bf) ((bf) ? 5 : 6)
/* clamped where 2^k is made in two steps, and for bf16 everywhere (|x| up to 3.4e38 would
 * overflow the reduction) */
#if defined(FS_HAVE_SCALEF)
#define FS_H_CLAMP(bf) (bf)
#else
#define FS_H_CLAMP(bf) 1
#endif

/* S·e^−r, S a power of two folded into the coefficients */
static inline vf half_poly(vf r, float S, int deg)
{
    vf p;
    if (deg == 6) {
        p = vf_mul_add(vf_set(FS_H_Q6_6 * S), r, vf_set(FS_H_Q6_5 * S));
        p = vf_mul_add(p, r, vf_set(FS_H_Q6_4 * S));
        p = vf_mul_add(p, r, vf_set(FS_H_Q6_3 * S));
        p = vf_mul_add(p, r, vf_set(FS_H_Q6_2 * S));
        p = vf_mul_add(p, r, vf_set(FS_H_Q6_1 * S));
    } else {
        p = vf_mul_add(vf_set(FS_H_Q5_5 * S), r, vf_set(FS_H_Q5_4 * S));
        p = vf_mul_add(p, r, vf_set(FS_H_Q5_3 * S));
        p = vf_mul_add(p, r, vf_set(FS_H_Q5_2 * S));
        p = vf_mul_add(p, r, vf_set(FS_H_Q5_1 * S));
    }
    return vf_mul_add(p, r, vf_set(S));
}

/* q·2^k rounded once, for an integer k in [−159, 159] (t: the magic-number sum holding k in
 * its low bits): by vscalefps, or as 2^k1 · 2^k2 with k1 = ⌊k/2⌋, both factors normal, so the
 * first product is exact and the second rounds once, into a subnormal if need be. */
#if defined(FS_HAVE_SCALEF)
#define half_scale(q, t, k) _mm512_scalef_ps(q, k)
#else
static inline vf half_pow2i(vi k) { return vi_as_vf(vi_shl23(vi_add(k, vi_set(127)))); }
static inline vf half_scale_by_magic(vf q, vf t)
{
    vi ki = vi_sub(vf_as_vi(t), vf_as_vi(vf_set(FS_H_MAGIC)));
    vi k1 = vi_sra1(ki);
    return vf_mul(vf_mul(q, half_pow2i(k1)), half_pow2i(vi_sub(ki, k1)));
}
#define half_scale(q, t, k) half_scale_by_magic(q, t)
#endif

/* S·e^−a */
static inline vf half_exp_neg(vf a, float S, int deg)
{
    vf t = vf_mul_add(a, vf_set(-FS_H_LOG2E), vf_set(FS_H_MAGIC));
    vf k = vf_sub(t, vf_set(FS_H_MAGIC));
#if defined(FS_HAVE_FMA)
    vf r = vf_mul_add(k, vf_set(FS_H_LN2), a); /* |k·(ln2 − FS_H_LN2)| ≤ 159·2^−29 */
#else
    vf r = vf_mul_add(k, vf_set(FS_H_LN2_LO), vf_mul_add(k, vf_set(FS_H_LN2_HI), a));
#endif
    return half_scale(half_poly(r, S, deg), t, k); /* k in [−159, 159] */
}

static inline vf half_sigmoid(vf x, int bf)
{
    vf a = x;
    if (FS_H_CLAMP(bf))
        a = vf_max(vf_set(FS_H_XMIN), vf_min(vf_set(FS_H_XMAX), x));
    vf e = half_exp_neg(a, 0x1p-64f, FS_H_DEG(bf));
    return vf_div(vf_set(0x1p-64f), vf_add(vf_set(0x1p-64f), e));
}

/* returns σ(|x|) = 2^64·u; e = 2^64·e^−|x|, u = 1/(2^64 + e) */
static inline vf half_deriv_parts(vf x, int bf, vf *e, vf *u)
{
    vf a = vf_abs(x);
    if (FS_H_CLAMP(bf))
        a = vf_min(vf_set(-FS_H_XMIN), a);
    *e = half_exp_neg(a, 0x1p64f, FS_H_DEG(bf));
    *u = vf_div(vf_set(1.0f), vf_add(vf_set(0x1p64f), *e));
    return vf_mul(*u, vf_set(0x1p64f));
}

/* ---- y·(1−y) and dy·y·(1−y): exact, rounded to odd ---- */

static inline vf half_dfo(vf y)
{
    vf s = vf_mul(y, y);
    vf d = vf_sub(y, s);
    vf bb = vf_sub(d, y);
    vf err = vf_sub(vf_sub(y, vf_sub(d, bb)), vf_add(s, bb));
    vf alt = vf_mul(y, vf_sub(vf_set(1.0f), y));
    return vf_select(vf_isnan(d), alt, vf_round_odd(d, err));
}

static inline void half_backward_d(vd dy, vd y, vd *s, vd *r, vd *alt)
{
    vd A = vd_mul(dy, y), C = vd_mul(A, y);
    vd sum = vd_sub(A, C);
    vd bb = vd_sub(sum, A);
    vd e = vd_sub(vd_sub(A, vd_sub(sum, bb)), vd_add(C, bb));
    *s = sum;
    *r = vd_mul(vd_add(vd_sub(sum, vd_round_f32(sum)), e), vd_set(0x1p600));
    *alt = vd_mul(A, vd_sub(vd_set(1.0), y));
}

static inline vf half_backward(vf dy, vf y)
{
    vd slo, rlo, alo, shi, rhi, ahi;
    half_backward_d(vd_lo_f32(dy), vd_lo_f32(y), &slo, &rlo, &alo);
    half_backward_d(vd_hi_f32(dy), vd_hi_f32(y), &shi, &rhi, &ahi);
    vf s = vf_of_vd(slo, shi);
    vm plain = vm_or(vf_isnan(s), vm_lt(vf_abs(s), vf_set(0x1p-140f)));
    return vf_select(plain, vf_of_vd(alo, ahi), vf_round_odd(s, vf_of_vd(rlo, rhi)));
}

/* ---- memory and the rounding check ---- */

static inline vf half_load(int bf, const uint16_t *p, fs_lanes l)
{
    return bf ? vh_load_bf16(p, l) : vh_load_f16(p, l);
}
/* exact: the bf16 store must keep subnormals (the fast-path store may flush them: see
 * FS_H_TINY) */
static inline void half_store(int bf, uint16_t *p, fs_lanes l, vf v, int exact)
{
    if (!bf)
        vh_store_f16(p, l, v);
    else if (exact)
        vh_store_bf16_exact(p, l, v);
    else
        vh_store_bf16(p, l, v);
}

/* Rounding-check windows: a lane is checked when its f32 result lies less than W ulps above
 * or at most W ulps below a 16-bit rounding midpoint; W (a power of two) is above the fast
 * path's largest error over all inputs, on every ISA: with FMA 1.99 (σ f16), 4.18 (σ' f16),
 * 4.52 (σ bf16), 4.59 (σ' bf16) ulps; without (two-part ln2, unfused) 1.98, 4.18, 3.14, 3.91. */
#define FS_HALF_W_SIG_F16 4
#define FS_HALF_W_DER_F16 8
#define FS_HALF_W_SIG_BF16 8
#define FS_HALF_W_DER_BF16 8

/* Lanes whose f32 result y lies near a 16-bit rounding midpoint: bf16 rounds at bit 16 of the
 * f32 pattern; f16 at bit 13, on the pattern of y + 2^−14 below 2^−14 (where f16 rounds to the
 * 2^−24 grid). The pattern lies in [mid − w, mid + w − 1] exactly when pattern + mid + w has no
 * bit set from log2(2w) up to the rounding bit. */
static inline vm half_window(vf y, int add, int bits)
{
    return vi_none_of(vi_add(vf_as_vi(y), vi_set(add)), bits);
}
static inline vm vf_near_bf16(vf y, int w) { return half_window(y, 0x8000 + w, 0xFFFF & -(2 * w)); }
static inline vm vf_near_f16(vf y, int w)
{
    vf v = vf_select(vm_lt(y, vf_set(0x1p-14f)), vf_add(y, vf_set(0x1p-14f)), y);
    return half_window(v, 0x1000 + w, 0x1FFF & -(2 * w));
}

/* Lanes near a midpoint, with the window W of the function. */
#define FS_H_NEAR(bf, y, der)                                                                      \
    ((bf) ? vf_near_bf16(y, (der) ? FS_HALF_W_DER_BF16 : FS_HALF_W_SIG_BF16)                       \
          : vf_near_f16(y, (der) ? FS_HALF_W_DER_F16 : FS_HALF_W_SIG_F16))
/* Where the fast bf16 store flushes subnormal results (vcvtneps2bf16): those lanes too,
 * 0 < y < 2^−126. */
#if defined(FS_BF16_FLUSHES)
#define FS_H_TINY(bf, y)                                                                           \
    ((bf) ? vm_and(vm_lt(vf_set(0.0f), y), vm_lt(y, vf_set(0x1p-126f))) : vm_none())
/* In the hot loop only the smallest result of each lane over a block is kept (a NaN result
 * leaves it as it was); a block whose smallest is below 2^−126 (0 included) takes the check
 * above, vector by vector. */
#define FS_H_LOW(bf, y, low) ((bf) ? vf_min(y, low) : (low))
#define FS_H_ANY_LOW(bf, low) ((bf) ? vm_lt(low, vf_set(0x1p-126f)) : vm_none())
#else
#define FS_H_TINY(bf, y) vm_none()
#define FS_H_LOW(bf, y, low) (low)
#define FS_H_ANY_LOW(bf, low) vm_none()
#endif

/* The exact path for the lanes `bits` of one vector (rare, so out of line: the hot loop
 * keeps its constants in registers). */
__attribute__((noinline, cold)) static void half_exact(int deriv, int bf, const float *xs,
                                                       unsigned bits, uint16_t *out)
{
    do {
        unsigned j = (unsigned)__builtin_ctz(bits);
        double x = xs[j];
        out[j] = fs_h_round_d(bf, deriv ? fs_h_deriv_d(x) : fs_h_sigmoid_d(x));
        bits &= bits - 1;
    } while (bits);
}

/* One stored vector of a block that was flagged: subnormal bf16 results stored again by
 * the exact conversion, then the lanes near a midpoint recomputed. */
static inline void half_fix(int deriv, int bf, vf x, vf y, uint16_t *out, fs_lanes l)
{
    if (vm_bits(FS_H_TINY(bf, y)) & fs_lanes_bits(l))
        vh_store_bf16_exact(out, l, y);
    unsigned near = vm_bits(FS_H_NEAR(bf, y, deriv)) & fs_lanes_bits(l);
    if (near) {
        float xs[FS_W];
        vf_store(xs, FS_LANES_ALL, x);
        half_exact(deriv, bf, xs, near, out);
    }
}

#ifndef FS_HALF_U
#define FS_HALF_U 4
#endif

/* U vectors per block (independent chains, one branch for the rounding check).
 * fn: 0 σ, 1 σ', 2 both, 3 y·(1−y), 4 backward (second input b). */
#define FS_HALF_BLOCK(NAME, U)                                                                     \
    static inline void NAME(int fn, int bf, const uint16_t *a, const uint16_t *b, uint16_t *o1,    \
                            uint16_t *o2, fs_lanes l)                                              \
    {                                                                                              \
        vf x[U], y[U], d[U];                                                                       \
        uint16_t *od = fn == 1 ? o1 : o2;                                                          \
        for (int j = 0; j < U; j++) {                                                              \
            x[j] = half_load(bf, a + j * FS_W, l);                                                 \
            if (fn == 3) {                                                                         \
                y[j] = half_dfo(x[j]);                                                             \
            } else if (fn == 4) {                                                                  \
                y[j] = half_backward(x[j], half_load(bf, b + j * FS_W, l));                        \
            } else if (fn == 0) {                                                                  \
                y[j] = half_sigmoid(x[j], bf);                                                     \
            } else {                                                                               \
                vf e, u, yp = half_deriv_parts(x[j], bf, &e, &u);                                  \
                d[j] = vf_mul(e, vf_mul(yp, u));                                                   \
                if (fn == 2)                                                                       \
                    y[j] = vf_select(vm_lt(x[j], vf_set(0.0f)), vf_mul(e, u), yp);                 \
            }                                                                                      \
        }                                                                                          \
        if (fn >= 3) {                                                                             \
            for (int j = 0; j < U; j++)                                                            \
                half_store(bf, o1 + j * FS_W, l, y[j], 1);                                         \
            return;                                                                                \
        }                                                                                          \
        vm any = vm_none();                                                                        \
        vf low = vf_set(1.0f);                                                                     \
        for (int j = 0; j < U; j++) {                                                              \
            if (fn != 1) {                                                                         \
                half_store(bf, o1 + j * FS_W, l, y[j], 0);                                         \
                any = vm_or(any, FS_H_NEAR(bf, y[j], 0));                                          \
                low = FS_H_LOW(bf, y[j], low);                                                     \
            }                                                                                      \
            if (fn != 0) {                                                                         \
                half_store(bf, od + j * FS_W, l, d[j], 0);                                         \
                any = vm_or(any, FS_H_NEAR(bf, d[j], 1));                                          \
                low = FS_H_LOW(bf, d[j], low);                                                     \
            }                                                                                      \
        }                                                                                          \
        any = vm_or(any, FS_H_ANY_LOW(bf, low));                                                   \
        if (__builtin_expect((vm_bits(any) & fs_lanes_bits(l)) != 0, 0))                           \
            for (int j = 0; j < U; j++) {                                                          \
                if (fn != 1)                                                                       \
                    half_fix(0, bf, x[j], y[j], o1 + j * FS_W, l);                                 \
                if (fn != 0)                                                                       \
                    half_fix(1, bf, x[j], d[j], od + j * FS_W, l);                                 \
            }                                                                                      \
    }

FS_HALF_BLOCK(half_block1, 1)
FS_HALF_BLOCK(half_blockU, FS_HALF_U)

static inline void half_kernel(int fn, int bf, const uint16_t *a, const uint16_t *b, uint16_t *o1,
                               uint16_t *o2, size_t n)
{
    size_t i = 0;
    for (; i + FS_HALF_U * FS_W <= n; i += FS_HALF_U * FS_W)
        half_blockU(fn, bf, a + i, b + i, o1 + i, o2 + i, FS_LANES_ALL);
    for (; i + FS_W <= n; i += FS_W)
        half_block1(fn, bf, a + i, b + i, o1 + i, o2 + i, FS_LANES_ALL);
    if (i < n)
        half_block1(fn, bf, a + i, b + i, o1 + i, o2 + i, fs_lanes_first(n - i));
}

/* The registry's columns to the template's (fn, bf). */
#define FS_HALF_FN_UNARY_SIGMOID 0
#define FS_HALF_FN_UNARY_DERIV 1
#define FS_HALF_FN_DUAL_SIGMOID 2
#define FS_HALF_FN_UNARY_DFO 3
#define FS_HALF_FN_BINARY_BACKWARD 4
#define FS_HALF_BF_f16 0
#define FS_HALF_BF_bf16 1
#define FS_HALF_CALL_UNARY(fn, bf) half_kernel(fn, bf, a, a, o1, o1, n)
#define FS_HALF_CALL_BINARY(fn, bf) half_kernel(fn, bf, a, b, o1, o1, n)
#define FS_HALF_CALL_DUAL(fn, bf) half_kernel(fn, bf, a, a, o1, o2, n)
#define FS_DEFINE_KERNEL_HALF(name, api, kind, type, tier, ref1, ...)                              \
    static void kernel_##name(FS_PARAMS_##kind(fs_elem_##type))                                    \
    {                                                                                              \
        FS_HALF_CALL_##kind(FS_HALF_FN_##kind##_##ref1, FS_HALF_BF_##type);                        \
    }

#endif
