/* Scalar C kernel: the model every SIMD kernel follows, operation for operation
 * (the algorithms and their error budgets are described in constants.h). Built with no
 * ISA flags, so it runs on any host and is the fallback of the dispatcher. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "constants.h"
#include "driver.h"
#include "kernel.h"

/* ---- accurate tier: double precision, one final rounding to f32 ---- */

/* Clamp to [−104, 104]; NaN fails both comparisons and passes through. */
static inline float clamp_acc(float x)
{
    if (x < -FS_D_CLAMP)
        return -FS_D_CLAMP;
    if (x > FS_D_CLAMP)
        return FS_D_CLAMP;
    return x;
}

/* ≤ 0.25 in every rounding mode: the approximation error can lift a directed-rounding
 * result just above 0.25 near x = 0 (NaN fails the comparison and passes). */
static inline float cap_quarter(float d) { return d > 0.25f ? 0.25f : d; }

/* e^−x for x in [−104, 104] (or NaN), relative error < 2^−28. */
static inline double exp_neg_d(double x)
{
    double t = x * -FS_D_LOG2E + FS_D_MAGIC; /* low mantissa bits: k + 1023 */
    double k = t - FS_D_MAGIC;
    double r = x + k * FS_D_LN2; /* e^−x = 2^k · e^−r; exact subtraction (Sterbenz) */
    double p = FS_D_P6;
    p = p * r + FS_D_P5;
    p = p * r + FS_D_P4;
    p = p * r + FS_D_P3;
    p = p * r + FS_D_P2;
    p = p * r + FS_D_P1;
    p = p * r + FS_D_P0;
    uint64_t bits;
    memcpy(&bits, &t, sizeof bits);
    bits <<= 52; /* (k + 1023) into the exponent field: the double 2^k */
    double scale;
    memcpy(&scale, &bits, sizeof scale);
    return p * scale;
}

static void block_sigmoid(const float *x, float *y)
{
    double e = exp_neg_d(clamp_acc(*x));
    *y = (float)(1.0 / (1.0 + e));
}

static void block_deriv(const float *x, float *d)
{
    double e = exp_neg_d(clamp_acc(*x));
    double s = 1.0 / (1.0 + e);
    *d = cap_quarter((float)(e * s * s)); /* σ' = e/(1+e)^2: no cancellation */
}

static void block_with_deriv(const float *x, float *y, float *d)
{
    double e = exp_neg_d(clamp_acc(*x));
    double s = 1.0 / (1.0 + e);
    *y = (float)s;
    *d = cap_quarter((float)(e * s * s));
}

/* y·(1−y): both factors and their product (≤ 49 significant bits) are exact in double
 * for y in [0, 1], so the only rounding is the final one to f32. */
static void block_deriv_from_output(const float *y, float *d)
{
    double v = *y;
    *d = (float)(v * (1.0 - v));
}

static void block_backward(const float *dy, const float *y, float *dx)
{
    double v = *y;
    *dx = (float)((double)*dy * (v * (1.0 - v)));
}

/* ---- fast tier: f32 only ---- */

static inline float bits_to_float(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

/* f = σ(−|x|) = e/(1+e) with e = e^−|x|. */
static inline float sigmoid_neg_abs_f(float x)
{
    float z = -fabsf(x);
    if (z < FS_F_ZMIN) /* NaN passes */
        z = FS_F_ZMIN;
    float t = z * FS_F_LOG2E + FS_F_MAGIC; /* round(z·log2e) in the low mantissa bits */
    float k = t - FS_F_MAGIC;
    float r = z - k * FS_F_LN2_HI; /* exact: k·LN2_HI has ≤ 23 bits */
    r = r - k * FS_F_LN2_LO;
    float q = FS_F_Q6;
    q = q * r + FS_F_Q5;
    q = q * r + FS_F_Q4;
    q = q * r + FS_F_Q3;
    q = q * r + FS_F_Q2;
    q = q * r + FS_F_Q1;
    q = q * r + FS_F_Q0;
    /* 2^k with k in [−150, 0] as 2^k1 · 2^k2, k1 = ⌊k/2⌋, both ≥ −75 and normal: the
     * first product is exact, the second rounds once (into a subnormal if need be). */
    uint32_t tb;
    memcpy(&tb, &t, sizeof tb);
    int32_t ki = (int32_t)(tb - 0x4B400000u); /* bits(MAGIC) */
    int32_t k1 = ki >> 1, k2 = ki - k1;
    float e = q * bits_to_float((uint32_t)(k1 + 127) << 23);
    e = e * bits_to_float((uint32_t)(k2 + 127) << 23);
    return e / (1.0f + e);
}

static void block_sigmoid_fast(const float *x, float *y)
{
    float f = sigmoid_neg_abs_f(*x);
    *y = *x < 0.0f ? f : 1.0f - f; /* NaN: 1 − NaN = NaN */
}

static void block_deriv_fast(const float *x, float *d)
{
    float f = sigmoid_neg_abs_f(*x);
    *d = cap_quarter(f * (1.0f - f)); /* σ(−|x|)·σ(|x|); f ≤ 0.5: no cancellation */
}

static void block_with_deriv_fast(const float *x, float *y, float *d)
{
    float f = sigmoid_neg_abs_f(*x);
    float g = 1.0f - f;
    *y = *x < 0.0f ? f : g;
    *d = cap_quarter(f * g);
}

FS_DEFINE_KERNELS(scalar, 1);
