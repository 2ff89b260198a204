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
 * FAST TIER (≤ 3 / 4 ULP): f32 only, e^−z computed as
 *     t = M − z·log2e,  n = t − M = m/N,  m = round(−z·N·log2e)  (M = 1.5·2^(23−log2 N): the
 *         rounding leaves m in the low bits of t's encoding)
 *     r = z + n·ln2  (two constants; |r| ≤ ln2/(2N) + a rounding's worth)
 *     e^−z = 2^⌊n⌋ · 2^(j/N) · e^−r,  j = m mod N,  e^−r = 1 − r·P(−r),  P(r) ≈ (e^r − 1)/r
 *   with a table of 2^(j/N) (N = 16 on AVX-512, 8 on AVX2: one in-register permute) or none
 *   (N = 1, SSE2, NEON, scalar). P is a minimax fit for the relative error of 1 + r·P(r), its
 *   coefficients rounded to f32 one by one, each later one refitted (relative error of e^r:
 *   N = 16 degree 3 2^−29.2; N = 8 degree 3 2^−25.2; N = 1 degree 6 2^−28.2).
 *   σ(x) = 1/(1 + E) with E = e^−x (no |x|, no sign select), x capped at 30 (σ rounds to 1
 *   above 17.33). E stays in [e^−30, e^87.33], a normal float, when x ≥ −87.33, so 1 + E and
 *   the division never see a subnormal (on Zen 5 a subnormal operand or result costs a
 *   multiply ~60 cycles and a division ~100). Groups of vectors holding an x < −87.33 take
 *   another path: E·2^−64 (normal for x in [−104, 30]), q = 1/(2^−64 + E·2^−64) (normal), and
 *   σ = q·2^−64 rounded once into the subnormal range.
 *   σ'(x) = f − f², f = σ(−|x|) = E/(1 + E) with E = e^−|x| ≤ 1 (one division; f − f² by one
 *   FMA, no cancellation since f ≤ 0.5; f·(1 − f) without FMA); |x| > 87.33 scales by 2^64
 *   as above. with_deriv: σ = f for x < 0, 1 − f otherwise.
 *   Error of σ: the division's rounding (0.5 ULP) + 1 + E's rounding (up to 1 ULP, E ≥ 2^24)
 *   + E's error. E's error is the last FMA's rounding + the table entry's rounding (up to
 *   0.47 ULP: AVX-512 adds the entry's rounding error back from a second table, lo_j, since
 *   without it the total reached 3.07 ULP) + the fit.
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
#define FS_F_XMIN -104.0f /* σ(x) and σ'(−|x|) round to 0 beyond */
#define FS_F_XMAX 30.0f   /* σ(x) rounds to 1 above 17.33 */
#define FS_F_XRARE 87.33f /* e^−z is a normal float for z in [−87.33, 87.33] */
#define FS_F_BIAS 64.0f   /* scaling of the path for |x| > 87.33 */
#define FS_F_LOG2E 0x1.715476p+0f
#define FS_F_LN2_HI 0x1.62e400p-1f /* n·LN2_HI exact without FMA (N = 1: |n| ≤ 151) */
#define FS_F_LN2_LO 0x1.7f7d1cp-20f
#if FS_FAST_N == 16
#define FS_F_MAGIC 0x1.8p19f
#define FS_F_C1 0x1p+0f /* e^r ≈ 1 + r·(C1 + C2·r + C3·r²), |r| ≤ 0.0219: 2^−29.2 */
#define FS_F_C2 0x1.00022ap-1f
#define FS_F_C3 0x1.55566p-3f
/* 2^(j/16) rounded to f32, and each entry's relative rounding error (2^(j/16) − l)/l */
#define FS_F_EXP2_16                                                                               \
    {                                                                                              \
        0x1p+0f, 0x1.0b5586p+0f, 0x1.172b84p+0f, 0x1.2387a6p+0f, 0x1.306fep+0f, 0x1.3dea64p+0f,    \
            0x1.4bfdaep+0f, 0x1.5ab07ep+0f, 0x1.6a09e6p+0f, 0x1.7a1148p+0f, 0x1.8ace54p+0f,        \
            0x1.9c4918p+0f, 0x1.ae89fap+0f, 0x1.c199bep+0f, 0x1.d5818ep+0f, 0x1.ea4afap+0f         \
    }
#define FS_F_EXP2_16_LO                                                                            \
    {                                                                                              \
        0.0f, 0x1.8d96d4p-25f, -0x1.9c0c22p-27f, 0x1.964904p-25f, 0x1.125002p-25f,                 \
            0x1.370be4p-25f, -0x1.0a355p-25f, -0x1.00d8acp-27f, 0x1.26055cp-26f, -0x1.05cb44p-25f, \
            0x1.67a1cap-28f, 0x1.a3b5e4p-28f, -0x1.f9c304p-27f, -0x1.6961b4p-28f,                  \
            -0x1.a5217cp-28f, 0x1.61428ep-28f                                                      \
    }
#elif FS_FAST_N == 8
#define FS_F_MAGIC 0x1.8p20f
#define FS_F_C1 0x1p+0f /* |r| ≤ 0.0438: 2^−25.2 */
#define FS_F_C2 0x1.00089ep-1f
#define FS_F_C3 0x1.555658p-3f
/* The encodings of 2^(j/8) rounded to f32, minus j·2^20, plus b·2^23: adding t's encoding
 * shifted left by 20 (k·2^23 + j·2^20; M's own bits shift out) gives the encoding of
 * 2^(k + b + j/8). */
#define FS_F_EXP2_8_ADJ(b)                                                                         \
    {                                                                                              \
        0x3f800000 - (0 << 20) + (b) * (1 << 23), 0x3f8b95c2 - (1 << 20) + (b) * (1 << 23),        \
            0x3f9837f0 - (2 << 20) + (b) * (1 << 23), 0x3fa5fed7 - (3 << 20) + (b) * (1 << 23),    \
            0x3fb504f3 - (4 << 20) + (b) * (1 << 23), 0x3fc5672a - (5 << 20) + (b) * (1 << 23),    \
            0x3fd744fd - (6 << 20) + (b) * (1 << 23), 0x3feac0c7 - (7 << 20) + (b) * (1 << 23)     \
    }
#else
#define FS_F_MAGIC 0x1.8p23f
#define FS_F_C1 0x1p+0f /* |r| ≤ 0.350: 2^−28.2 */
#define FS_F_C2 0x1.fffffcp-2f
#define FS_F_C3 0x1.55548cp-3f
#define FS_F_C4 0x1.5558b8p-5f
#define FS_F_C5 0x1.123e58p-7f
#define FS_F_C6 0x1.6a4d72p-10f
#endif

/* 16-bit functions (half.h): e^−r ≈ 1 + r·(c1 + r·(c2 + …)) on |r| ≤ 0.3466, Chebyshev
 * interpolants of (e^r − 1)/r; c0 = 1 exactly, so σ(0) = 1/2 and σ'(0) = 1/4 come out exact.
 * Degree 6 for f16 (relative error 2^−27.6), degree 5 for bf16 (2^−22.2). */
#define FS_H_Q6_1 -0x1.0000002e48e32p+0f
#define FS_H_Q6_2 0x1.0000000b90bcep-1f
#define FS_H_Q6_3 -0x1.55547ca1a3742p-3f
#define FS_H_Q6_4 0x1.5554e908da351p-5f
#define FS_H_Q6_5 -0x1.123d8d46aee19p-7f
#define FS_H_Q6_6 0x1.6d4320c0fd533p-10f
#define FS_H_Q5_1 -1.0f
#define FS_H_Q5_2 0x1.fffe5a854f94cp-2f
#define FS_H_Q5_3 -0x1.5554dcfb7f5dfp-3f
#define FS_H_Q5_4 0x1.570ba8905ff24p-5f
#define FS_H_Q5_5 -0x1.120b6b34ab11cp-7f
#define FS_H_LOG2E 0x1.715476p+0f
#define FS_H_MAGIC 0x1.8p23f       /* round-to-integer constant: k in the low bits */
#define FS_H_LN2 0x1.62e430p-1f    /* ln2 rounded to f32, for the one-FMA reduction */
#define FS_H_LN2_HI 0x1.62e400p-1f /* without FMA: k·LN2_HI exact for |k| < 2^11 */
#define FS_H_LN2_LO 0x1.7f7d1cp-20f
#define FS_H_XMIN -110.0f /* σ(−110) < 2^−158 rounds to 0 well clear of 2^−149 */
#define FS_H_XMAX 40.0f   /* σ(40) rounds to 1 in both formats */

/* c0 + r·(c1 + r·(c2 + … + r·c6)) by Horner's rule, with the multiply-add fma(a, b, c) =
 * a·b + c and the splat set of the vector type at hand. */
#define FS_HORNER6(fma, set, r, c0, c1, c2, c3, c4, c5, c6)                                        \
    fma(fma(fma(fma(fma(fma(set(c6), r, set(c5)), r, set(c4)), r, set(c3)), r, set(c2)), r,        \
            set(c1)),                                                                              \
        r, set(c0))

#endif
