/* Constants shared by every kernel, so that all ISAs compute the same algorithms.
 *
 * ACCURATE TIER, σ, σ' and both at once: CORRECTLY ROUNDED (the f32 nearest to the exact
 * value, ties to even, subnormals included), in three steps.
 *
 * 1. Fast path in double, for x clamped to [−104, 104] in f32 (NaN passes the clamp):
 *      e = e^−x = 2^(k/16) · e^−u,  k = round(−x·16/ln2),  u = x + k·ln2/16,  |u| <= ln2/32
 *    k comes from the "magic number" sum t = x·(−16/ln2) + 1.5·2^52, whose low mantissa bits
 *    hold k. 2^(k/16) = 2^m · T[j] (k = 16m + j) is the integer sum FS_R_TAB[j] + (bits(t) << 48):
 *    the table holds the bits of T[j] = 2^(j/16) (rounded to double) minus j << 48, so adding
 *    k << 48 adds m to the exponent. With FMA, u = fma(k, FS_R_C, x), |FS_R_C − ln2/16| =
 *    2^−59.3, so the reduction error |k|·2^−59.3 is at most 2^−48 (|k| <= 2401). Without FMA,
 *    u = (x + k·FS_R_CHI) + k·FS_R_CLO, where FS_R_CHI has 40 bits: k·FS_R_CHI and the first sum
 *    are exact. e^−u − 1 = u·q(u), q of degree 4 (relative error of 1 + u·q(u): 2^−46.64 on
 *    |u| <= ln2/32·(1 + 2^−16)); e = fma(S, u·q(u), S). An ISA may use an 8-entry table
 *    instead (FS_R3_*: 2^(j/8), |u| <= ln2/16, q of degree 5, 2^−48.95).
 *      σ = 1/(1 + e),  σ' = (e·σ)·σ = e/(1+e)² (deriv alone: e/(D·D), D = 1 + e),
 *    for either sign of x (an error δ of e moves σ' by δ·|1 − e|/(1 + e) <= δ: no
 *    cancellation). σ' is capped at
 *    0.25, which only matters under directed rounding (it cannot change a round-to-nearest
 *    result: see acc_deriv).
 *    Error bound of the double results, measured over all 2^32 inputs against a double
 *    reference (itself within ~2 double ULP): at most 97 (σ) and 111 (σ') ULP of the double
 *    result with FMA and the 16-entry table, 83 / 84 without FMA, 46 / 48 with the 8-entry
 *    table (σ' alone as e/(D·D): 111, 83, 47); a priori 2^−46.64 + 2^−48 + 2^−54 (table) + four roundings of 2^−53 = 2^−46.0
 *    relative, i.e. at most 2^53·2^−46 = 128 ULP.
 * 2. Rounding test. The f32 rounding of a double v is decided by v unless v lies within the
 *    error bound of a rounding midpoint, i.e. unless the low 29 of its 52 mantissa bits are
 *    within FS_R_B = 256 (twice the bound) of 2^28. For a result below 2^−126 the test looks
 *    at w = v + 2^−126 instead, which puts the subnormal rounding point (2^−149) at the same
 *    mantissa bit (the f32 result is then RN(w) − 2^−126, exact); only groups of inputs that
 *    can have such results (x < −87 for σ, |x| > 87 for σ', checked before the group) pay
 *    for that. The test is ((low 32 bits of v) + 2^28 + B) & FS_R_TMASK == 0, accumulated over
 *    a group of FS_R_GROUP floats and checked once per group.
 * 3. Slow path: a group with an ambiguous result is redone element by element by rounded.c
 *    (the fast path in plain C, the same test, and for the ambiguous ones a double-double
 *    evaluation, dd.h, accurate to 2^−103). Over all 2^32 inputs 1 521 σ and 315 σ' inputs
 *    (318 with the 8-entry table) take it.
 *   The clamp is exact in effect: σ(104) rounds to 1, σ(−104) ≈ 6.8e−46 < 2^−150 rounds to 0,
 *   as the true values beyond do; σ'(±104) likewise rounds to 0.
 *
 * ACCURATE TIER, y·(1−y) and dy·y·(1−y): in double, rounded to f32 once. y·(1−y) is exact in
 *   double for y in [0, 1], so deriv_from_output is correctly rounded for such y.
 *
 * FAST TIER (≤ 3 / 4 ULP): f32 only.  z = max(−|x|, −104) (NaN passes), then
 *     e = e^z = 2^k · q(r),  k = round(z·log2e),  r = z − k·ln2 (two-constant Cody–Waite)
 *   q(r) ≈ e^r is a degree-6 polynomial (relative error ~2^−28 in f32 arithmetic) on |r| ≤ ln2/2.
 *   k is in [−150, 0]; 2^k is applied in two steps (2^⌊k/2⌋ · 2^(k−⌊k/2⌋), both normal) so
 *   that results in the subnormal range are rounded once, not flushed (AVX-512 uses vscalefps).
 *     f = e/(1+e) = σ(−|x|),  σ(x) = f for x < 0, 1 − f for x ≥ 0,  σ'(x) = f·(1 − f)
 */
#ifndef FASTSIG_CONSTANTS_H
#define FASTSIG_CONSTANTS_H

/* accurate tier (double) */
#define FS_D_CLAMP 104.0f                /* |x| clamp, applied in f32 */
#define FS_R_MAGIC 0x1.8p52              /* rounding constant: k in the low bits */
#define FS_R_M16 (-0x1.71547652b82fep+4) /* −16/ln2 */
#define FS_R_C 0x1.62e42fefa39efp-5      /* ln2/16 */
#define FS_R_CHI 0x1.62e42fefa2000p-5    /* ln2/16 = CHI + CLO, CHI of 40 bits */
#define FS_R_CLO 0x1.9ef35793c7673p-45
/* q(u): e^−u − 1 = u·q(u) on |u| <= ln2/32, coefficients of u^0 .. u^4 */
#define FS_R_Q0 (-0x1.0000000000000p+0)
#define FS_R_Q1 0x1.fffffffe5bbf6p-2
#define FS_R_Q2 (-0x1.55555554dd42fp-3)
#define FS_R_Q3 0x1.55570aab5ac2bp-5
#define FS_R_Q4 (-0x1.11120af8f5ac6p-7)
/* bits of 2^(j/16) minus j << 48, j = 0 .. 15 */
#define FS_R_TAB                                                                                   \
    {                                                                                              \
        0x3ff0000000000000u, 0x3fefb5586cf9890fu, 0x3fef72b83c7d517bu, 0x3fef387a6e756238u,        \
            0x3fef06fe0a31b715u, 0x3feedea64c123422u, 0x3feebfdad5362a27u, 0x3feeab07dd485429u,    \
            0x3feea09e667f3bcdu, 0x3feea11473eb0187u, 0x3feeace5422aa0dbu, 0x3feec49182a3f090u,    \
            0x3feee89f995ad3adu, 0x3fef199bdd85529cu, 0x3fef5818dcfba487u, 0x3fefa4afa2a490dau     \
    }
/* the 8-entry variant: −8/ln2, ln2/8, q of degree 5 on |u| <= ln2/16, 2^(j/8) minus j << 49 */
#define FS_R3_M8 (-0x1.71547652b82fep+3)
#define FS_R3_C 0x1.62e42fefa39efp-4
#define FS_R3_Q0 (-0x1.00000000000b9p+0)
#define FS_R3_Q1 0x1.000000000002ep-1
#define FS_R3_Q2 (-0x1.55555547d3295p-3)
#define FS_R3_Q3 0x1.5555554e9442bp-5
#define FS_R3_Q4 (-0x1.1115c0a45b79dp-7)
#define FS_R3_Q5 0x1.6c1b70fd94144p-10
#define FS_R3_TAB                                                                                  \
    {                                                                                              \
        0x3ff0000000000000u, 0x3fef72b83c7d517bu, 0x3fef06fe0a31b715u, 0x3feebfdad5362a27u,        \
            0x3feea09e667f3bcdu, 0x3feeace5422aa0dbu, 0x3feee89f995ad3adu, 0x3fef5818dcfba487u     \
    }
/* rounding test: window B (double ULP) around the midpoint bit pattern 2^28 */
#define FS_R_B 256u
#define FS_R_TADD (0x10000000u + FS_R_B)               /* 2^28 + B */
#define FS_R_TMASK (0x1fffffffu & ~(2u * FS_R_B - 1u)) /* low 29 bits, window cleared */
#define FS_R_SUB 0x1p-126                              /* below it: the subnormal test */
#define FS_R_SUBX 87.0f /* |x| <= 87: σ(x) and σ'(x) are >= σ'(87) > 2^−126 */
#define FS_R_GROUP 64   /* floats per rounding-test group */

/* fast tier (float) */
#define FS_F_ZMIN -104.0f /* e^−104 < 2^−150: σ rounds to 0 below */
#define FS_F_LOG2E 0x1.715476p+0f
#define FS_F_MAGIC 0x1.8p23f       /* round-to-integer constant */
#define FS_F_LN2_HI 0x1.62e400p-1f /* ln2 split: k·LN2_HI exact for |k| < 2^11 */
#define FS_F_LN2_LO 0x1.7f7d1cp-20f
/* q(r) ≈ e^r, |r| ≤ ln2/2: coefficients of r^0 .. r^6 (relative error 2^−28.9 before the
 * coefficients are rounded to f32) */
#define FS_F_Q0 1.0f
#define FS_F_Q1 1.0f
#define FS_F_Q2 0x1.fffffcp-2f
#define FS_F_Q3 0x1.55541ap-3f
#define FS_F_Q4 0x1.555822p-5f
#define FS_F_Q5 0x1.126796p-7f
#define FS_F_Q6 0x1.6ae718p-10f

/* c0 + r·(c1 + r·(c2 + … + r·c6)) by Horner's rule, with the multiply-add fma(a, b, c) =
 * a·b + c and the splat set of the vector type at hand. */
#define FS_HORNER6(fma, set, r, c0, c1, c2, c3, c4, c5, c6)                                        \
    fma(fma(fma(fma(fma(fma(set(c6), r, set(c5)), r, set(c4)), r, set(c3)), r, set(c2)), r,        \
            set(c1)),                                                                              \
        r, set(c0))

#endif
