/* Constants shared by every kernel, so that all ISAs compute the same algorithms.
 *
 * ACCURATE TIER (≤ 1 ULP): evaluated in double precision and rounded to f32 once.
 *   x is clamped to [−104, 104] (NaN passes through the clamp), then
 *     e = e^−x = 2^k · p(r),  k = round(−x·log2 e),  r = x + k·ln2,  |r| ≤ ln2/2 (+ slack)
 *   p(r) ≈ e^−r is a degree-6 polynomial fitted for relative error on |r| ≤ 1.02·ln2/2:
 *   max relative error 2.3e−9 (2^−28.7); the double roundings add ~1e−15. So
 *     σ(x) = 1/(1+e),  σ'(x) = e/(1+e)^2 = e·σ²
 *   carry a relative error below 2^−28 before the final rounding to f32, i.e. at most
 *   0.5 + 2^−28/2^−24 ≈ 0.53 ULP, and the f32 rounding produces subnormals correctly.
 *   e never overflows a double: |x| ≤ 104 gives e ≤ e^104 ≈ 1.5e45. The clamp is exact
 *   in effect: σ(104) rounds to 1 and σ(−104) ≈ 6.8e−46 < 2^−150 rounds to 0, as the
 *   true values beyond do; σ'(±104) likewise rounds to 0.
 *   k is found with the "magic number" trick: t = −x·log2e + (1.5·2^52 + 1023) rounds to
 *   an integer in the low mantissa bits, so the low 12 bits of t's encoding hold k + 1023
 *   (in [872, 1174]); shifting them left by 52 gives the double 2^k.
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
#define FS_D_CLAMP 104.0f               /* |x| clamp, applied in f32 */
#define FS_D_LOG2E 0x1.71547652b82fep+0 /* log2(e) */
#define FS_D_LN2 0x1.62e42fefa39efp-1   /* ln(2) */
#define FS_D_MAGIC (0x1.8p52 + 1023.0)  /* rounding constant that also adds the bias */
/* p(r) ≈ e^−r, |r| ≤ 0.3535: coefficients of r^0 .. r^6 */
#define FS_D_P0 1.0
#define FS_D_P1 -0x1.0000009b03736p+0
#define FS_D_P2 0x1.fffffb9f5e36fp-2
#define FS_D_P3 -0x1.5553ffd3ea6e2p-3
#define FS_D_P4 0x1.55585dd9f9d1bp-5
#define FS_D_P5 -0x1.12752ac2368d9p-7
#define FS_D_P6 0x1.6ada720cf2a15p-10

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

/* c0 + r·(c1 + r·(c2 + … + r·c6)) by Horner's rule, with the multiply-add fma(a, b, c) =
 * a·b + c and the splat set of the vector type at hand. */
#define FS_HORNER6(fma, set, r, c0, c1, c2, c3, c4, c5, c6)                                        \
    fma(fma(fma(fma(fma(fma(set(c6), r, set(c5)), r, set(c4)), r, set(c3)), r, set(c2)), r,        \
            set(c1)),                                                                              \
        r, set(c0))

#endif
