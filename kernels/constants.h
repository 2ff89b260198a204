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
#define FS_H_LN2 0x1.62e430p-1f /* ln2 rounded to f32, for the one-FMA reduction */
#define FS_H_XMIN -110.0f       /* σ(−110) < 2^−158 rounds to 0 well clear of 2^−149 */
#define FS_H_XMAX 40.0f         /* σ(40) rounds to 1 in both formats */

/* c0 + r·(c1 + r·(c2 + … + r·c6)) by Horner's rule, with the multiply-add fma(a, b, c) =
 * a·b + c and the splat set of the vector type at hand. */
#define FS_HORNER6(fma, set, r, c0, c1, c2, c3, c4, c5, c6)                                        \
    fma(fma(fma(fma(fma(fma(set(c6), r, set(c5)), r, set(c4)), r, set(c3)), r, set(c2)), r,        \
            set(c1)),                                                                              \
        r, set(c0))

#endif
