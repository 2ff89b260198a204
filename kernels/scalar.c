/* Scalar C kernel: the primitives on one float (vf) and one double (vd), so each block is one
 * element and there are no tails. Built with no ISA flags: it runs on any host and is the
 * dispatcher's fallback. In ISO C mode the compiler does not contract a·b + c into an FMA,
 * so products and sums round separately, as in the SSE2 kernel. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#define FS_ISA scalar
#define FS_W 1
#define FS_DW 1

typedef float vf;
typedef double vd;
typedef int fs_lanes; /* a block is one element: always whole */
#define FS_LANES_ALL 1
static inline fs_lanes fs_lanes_first(size_t k) { return (fs_lanes)k; }

static inline vf vf_set(float c) { return c; }
static inline vf vf_add(vf a, vf b) { return a + b; }
static inline vf vf_sub(vf a, vf b) { return a - b; }
static inline vf vf_mul(vf a, vf b) { return a * b; }
static inline vf vf_div(vf a, vf b) { return a / b; }
static inline vf vf_mul_add(vf a, vf b, vf c) { return a * b + c; }
static inline vf vf_neg_mul_add(vf a, vf b, vf c) { return c - a * b; }
/* min/max against a constant c; a NaN x fails the comparison and is returned */
static inline vf vf_min(vf c, vf x) { return x > c ? c : x; }
static inline vf vf_max(vf c, vf x) { return x < c ? c : x; }
static inline vf vf_neg_abs(vf x) { return -fabsf(x); }
static inline vf vf_select_neg(vf x, vf a, vf b) { return x < 0.0f ? a : b; }
static inline vf vf_load(const float *p, fs_lanes l)
{
    (void)l;
    return *p;
}
static inline void vf_store(float *p, fs_lanes l, vf v)
{
    (void)l;
    *p = v;
}

static inline float bits_to_float(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

/* q·2^k for k in [−150, 0] (t: the magic-number sum holding k): as 2^k1 · 2^k2 with
 * k1 = ⌊k/2⌋, both factors normal, so the first product is exact and the second rounds once
 * (into a subnormal if need be). */
static inline vf vf_scale_pow2(vf q, vf t, vf k)
{
    (void)k;
    uint32_t tb;
    memcpy(&tb, &t, sizeof tb);
    int32_t ki = (int32_t)(tb - 0x4B400000u); /* bits(FS_F_MAGIC) */
    int32_t k1 = ki >> 1, k2 = ki - k1;
    float e = q * bits_to_float((uint32_t)(k1 + 127) << 23);
    return e * bits_to_float((uint32_t)(k2 + 127) << 23);
}

static inline vd vd_set(double c) { return c; }
static inline vd vd_add(vd a, vd b) { return a + b; }
static inline vd vd_sub(vd a, vd b) { return a - b; }
static inline vd vd_mul(vd a, vd b) { return a * b; }
static inline vd vd_div(vd a, vd b) { return a / b; }
static inline vd vd_mul_add(vd a, vd b, vd c) { return a * b + c; }
static inline vd vd_min(vd c, vd x) { return x > c ? c : x; }
static inline vd vd_max(vd c, vd x) { return x < c ? c : x; }
static inline vd vd_load_f32(const float *p, fs_lanes l)
{
    (void)l;
    return *p;
}
static inline void vd_store_f32(float *p, fs_lanes l, vd v)
{
    (void)l;
    *p = (float)v;
}

/* p·2^k, where the low bits of t hold k + 1023: shifted into the exponent field they are the
 * double 2^k. */
static inline vd vd_scale_pow2(vd p, vd t, vd k)
{
    (void)k;
    uint64_t bits;
    memcpy(&bits, &t, sizeof bits);
    bits <<= 52;
    double scale;
    memcpy(&scale, &bits, sizeof scale);
    return p * scale;
}

#include "accurate.h"
#include "fast.h"
#include "driver.h"
