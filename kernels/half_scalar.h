/* Scalar pieces of the 16-bit functions (half.h): f16 and bf16 conversions in integer
 * arithmetic, and the exact path, in double, for the results the fast path cannot decide.
 * Plain C, also used by the tests and tools. */
#ifndef FASTSIG_HALF_SCALAR_H
#define FASTSIG_HALF_SCALAR_H

#include <math.h>
#include <stdint.h>
#include <string.h>

/* ---- scalar pieces: conversions and the exact path (shared by every ISA) ---- */

static inline float fs_h_bits_f(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}
static inline uint32_t fs_h_f_bits(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

static inline float fs_h_bf16_to_f(uint16_t h) { return fs_h_bits_f((uint32_t)h << 16); }

/* f32 → bf16 to nearest even on the bit pattern (subnormals too), NaN kept quiet */
static inline uint16_t fs_h_f_to_bf16(float f)
{
    uint32_t u = fs_h_f_bits(f);
    if ((u & 0x7FFFFFFFu) > 0x7F800000u)
        return (uint16_t)((u >> 16) | 0x40u);
    return (uint16_t)((u + 0x7FFFu + ((u >> 16) & 1u)) >> 16);
}

static inline float fs_h_f16_to_f(uint16_t h)
{
    uint32_t s = (uint32_t)(h & 0x8000u) << 16, a = h & 0x7FFFu;
    float m;
    if (a >= 0x7C00u) /* inf, NaN */
        m = fs_h_bits_f(0x7F800000u | (a & 0x3FFu) << 13);
    else if (a >= 0x400u)
        m = fs_h_bits_f((a << 13) + 0x38000000u);
    else
        m = (float)a * 0x1p-24f; /* subnormal: exact */
    return fs_h_bits_f(fs_h_f_bits(m) | s);
}

/* f32 → f16 to nearest even: results from 2^−14 up by rounding the low 13 bits, smaller ones
 * by adding 1/2, which rounds to the 2^−24 grid once; overflow to inf, NaN kept quiet. */
static inline uint16_t fs_h_f_to_f16(float f)
{
    uint32_t u = fs_h_f_bits(f), s = (u >> 16) & 0x8000u, a = u & 0x7FFFFFFFu, h;
    if (a > 0x7F800000u)
        h = 0x7E00u | ((a >> 13) & 0x3FFu);
    else if (a >= 0x477FF000u) /* ≥ 65520 */
        h = 0x7C00u;
    else if (a >= 0x38800000u) {
        uint32_t r = a - 0x38000000u;
        h = (r + 0xFFFu + ((r >> 13) & 1u)) >> 13;
    } else
        h = fs_h_f_bits(fs_h_bits_f(a) + 0.5f) - 0x3F000000u;
    return (uint16_t)(h | s);
}

static inline double fs_h_bits_d(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

/* e^v in double, relative error < 2^−50 for v in [−1000, 1000] (clamped there; e^v is then
 * 0 or inf in double anyway): k = round(v/ln2), r = v − k·ln2 in two parts (|r| ≤ 0.347),
 * degree-12 Taylor polynomial (truncation < 2^−52), 2^k as two normal factors. */
static inline double fs_h_exp_d(double v)
{
    v = v > 1000.0 ? 1000.0 : v < -1000.0 ? -1000.0 : v;
    const double magic = 0x1.8p52;
    double k = (v * 0x1.71547652b82fep+0 + magic) - magic;
    double r = (v - k * 0x1.62e42fefa3800p-1) - k * 0x1.ef35793c7673p-45;
    double p = 1.0 / 479001600;
    p = p * r + 1.0 / 39916800;
    p = p * r + 1.0 / 3628800;
    p = p * r + 1.0 / 362880;
    p = p * r + 1.0 / 40320;
    p = p * r + 1.0 / 5040;
    p = p * r + 1.0 / 720;
    p = p * r + 1.0 / 120;
    p = p * r + 1.0 / 24;
    p = p * r + 1.0 / 6;
    p = p * r + 0.5;
    p = p * r + 1.0;
    p = p * r + 1.0;
    int64_t ki = (int64_t)k, k1 = ki / 2, k2 = ki - k1;
    return p * fs_h_bits_d((uint64_t)(k1 + 1023) << 52) * fs_h_bits_d((uint64_t)(k2 + 1023) << 52);
}

/* double → f32 rounded to odd: v itself if it is a float, else the odd one of the two floats
 * around it (past FLT_MAX: FLT_MAX, odd and on v's side). */
static inline float fs_h_d_to_f_odd(double v)
{
    float f = (float)v;
    double back = (double)f;
    if (back == v || v != v)
        return f;
    uint32_t u = fs_h_f_bits(f);
    if (isinf(f))
        return fs_h_bits_f(u - 1u);
    if (!(u & 1u)) /* magnitudes grow with the pattern */
        u += fabs(v) > fabs(back) ? 1u : (uint32_t)-1;
    return fs_h_bits_f(u);
}

static inline uint16_t fs_h_round_d(int bf, double v)
{
    float f = fs_h_d_to_f_odd(v);
    return bf ? fs_h_f_to_bf16(f) : fs_h_f_to_f16(f);
}

static inline double fs_h_sigmoid_d(double x) { return x != x ? x : 1.0 / (1.0 + fs_h_exp_d(-x)); }

static inline double fs_h_deriv_d(double x)
{
    if (x != x)
        return x;
    double e = fs_h_exp_d(-fabs(x)), d = 1.0 + e;
    return e / (d * d);
}

#endif
