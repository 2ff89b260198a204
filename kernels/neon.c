/* AArch64 Advanced SIMD kernel: 4 floats per block. Follows scalar.c operation for
 * operation, with FMA (as avx2.c): the accurate tier in float64x2_t halves, the fast tier
 * in float32x4_t. Advanced SIMD, FMA and vector division are baseline on AArch64, so this
 * file needs no ISA flags; meson builds it only for cpu_family aarch64.
 *
 * NaN: vminq/vmaxq (FMIN/FMAX) return NaN when either operand is NaN, so the clamps below
 * pass a NaN input through, as the scalar comparisons do. vminnmq/vmaxnmq would return the
 * constant instead and turn NaN into a number: they must not be used here. */
#if !defined(__aarch64__)
#error "neon.c is the AArch64 kernel; 32-bit ARM builds use the scalar kernel only"
#endif

#include <arm_neon.h>

#include "constants.h"
#include "driver.h"
#include "kernel.h"

#define W 4

/* ---- accurate tier: double precision, one final rounding ---- */

/* Clamp to [−104, 104]; a NaN x stays NaN (FMIN/FMAX propagate it). */
static inline float32x4_t clamp_acc(float32x4_t x)
{
    x = vminq_f32(vdupq_n_f32(FS_D_CLAMP), x);
    return vmaxq_f32(vdupq_n_f32(-FS_D_CLAMP), x);
}

static inline float64x2_t lo_pd(float32x4_t x) { return vcvt_f64_f32(vget_low_f32(x)); }
static inline float64x2_t hi_pd(float32x4_t x) { return vcvt_high_f64_f32(x); }

/* Rounds two halves of 2 doubles to f32 (once: FCVTN honours subnormals with FZ off). */
static inline float32x4_t join_ps(float64x2_t lo, float64x2_t hi)
{
    return vcvt_high_f32_f64(vcvt_f32_f64(lo), hi);
}

/* a·b + c with one rounding (vfmaq_f64(c, a, b) computes c + a·b). */
static inline float64x2_t fma_pd(float64x2_t a, float64x2_t b, float64x2_t c)
{
    return vfmaq_f64(c, a, b);
}

/* e^−x for x in [−104, 104] (or NaN); see constants.h. */
static inline float64x2_t exp_neg_pd(float64x2_t x)
{
    const float64x2_t magic = vdupq_n_f64(FS_D_MAGIC);
    float64x2_t t = fma_pd(x, vdupq_n_f64(-FS_D_LOG2E), magic);
    float64x2_t k = vsubq_f64(t, magic);
    float64x2_t r = fma_pd(k, vdupq_n_f64(FS_D_LN2), x);
    float64x2_t p = vdupq_n_f64(FS_D_P6);
    p = fma_pd(p, r, vdupq_n_f64(FS_D_P5));
    p = fma_pd(p, r, vdupq_n_f64(FS_D_P4));
    p = fma_pd(p, r, vdupq_n_f64(FS_D_P3));
    p = fma_pd(p, r, vdupq_n_f64(FS_D_P2));
    p = fma_pd(p, r, vdupq_n_f64(FS_D_P1));
    p = fma_pd(p, r, vdupq_n_f64(FS_D_P0));
    /* (k + 1023) sits in the low bits of t: shifted into the exponent it is 2^k */
    float64x2_t scale = vreinterpretq_f64_u64(vshlq_n_u64(vreinterpretq_u64_f64(t), 52));
    return vmulq_f64(p, scale);
}

static inline float64x2_t recip1p(float64x2_t e)
{
    const float64x2_t one = vdupq_n_f64(1.0);
    return vdivq_f64(one, vaddq_f64(one, e));
}

/* ≤ 0.25 in every rounding mode: the approximation error can lift a directed-rounding
 * result just above 0.25 near x = 0 (the constant goes first, so NaN passes). */
static inline float32x4_t cap_quarter(float32x4_t d) { return vminq_f32(vdupq_n_f32(0.25f), d); }

static inline float64x2_t deriv_pd(float64x2_t e, float64x2_t s)
{
    return vmulq_f64(vmulq_f64(e, s), s); /* σ' = e·s², s = 1/(1+e) */
}

static void block_sigmoid(const float *x, float *y)
{
    float32x4_t v = clamp_acc(vld1q_f32(x));
    vst1q_f32(y, join_ps(recip1p(exp_neg_pd(lo_pd(v))), recip1p(exp_neg_pd(hi_pd(v)))));
}

static void block_deriv(const float *x, float *d)
{
    float32x4_t v = clamp_acc(vld1q_f32(x));
    float64x2_t elo = exp_neg_pd(lo_pd(v)), ehi = exp_neg_pd(hi_pd(v));
    vst1q_f32(d, cap_quarter(join_ps(deriv_pd(elo, recip1p(elo)), deriv_pd(ehi, recip1p(ehi)))));
}

static void block_with_deriv(const float *x, float *y, float *d)
{
    float32x4_t v = clamp_acc(vld1q_f32(x));
    float64x2_t elo = exp_neg_pd(lo_pd(v)), ehi = exp_neg_pd(hi_pd(v));
    float64x2_t slo = recip1p(elo), shi = recip1p(ehi);
    vst1q_f32(y, join_ps(slo, shi));
    vst1q_f32(d, cap_quarter(join_ps(deriv_pd(elo, slo), deriv_pd(ehi, shi))));
}

/* y·(1−y) in double: exact for y in [0, 1] (≤ 49 bits), so one rounding to f32; in double,
 * neither y·(1−y) nor dy·y·(1−y) overflows before that rounding for any finite y. */
static inline float64x2_t y1my(float64x2_t y)
{
    return vmulq_f64(y, vsubq_f64(vdupq_n_f64(1.0), y));
}

static void block_deriv_from_output(const float *y, float *d)
{
    float32x4_t v = vld1q_f32(y);
    vst1q_f32(d, join_ps(y1my(lo_pd(v)), y1my(hi_pd(v))));
}

static void block_backward(const float *dy, const float *y, float *dx)
{
    float32x4_t v = vld1q_f32(y), g = vld1q_f32(dy);
    vst1q_f32(dx, join_ps(vmulq_f64(lo_pd(g), y1my(lo_pd(v))),
                          vmulq_f64(hi_pd(g), y1my(hi_pd(v)))));
}

/* ---- fast tier: f32 ---- */

static inline float32x4_t pow2i(int32x4_t k) /* 2^k for k in [−126, 127] */
{
    return vreinterpretq_f32_s32(vshlq_n_s32(vaddq_s32(k, vdupq_n_s32(127)), 23));
}

/* a·b + c with one rounding */
static inline float32x4_t fma_ps(float32x4_t a, float32x4_t b, float32x4_t c)
{
    return vfmaq_f32(c, a, b);
}

/* f = σ(−|x|) = e/(1+e), e = e^−|x| */
static inline float32x4_t sigmoid_neg_abs_ps(float32x4_t x)
{
    const float32x4_t magic = vdupq_n_f32(FS_F_MAGIC);
    float32x4_t z = vnegq_f32(vabsq_f32(x));               /* −|x| */
    z = vmaxq_f32(vdupq_n_f32(FS_F_ZMIN), z);               /* NaN passes (FMAX) */
    float32x4_t t = fma_ps(z, vdupq_n_f32(FS_F_LOG2E), magic);
    float32x4_t k = vsubq_f32(t, magic);
    float32x4_t r = vfmsq_f32(z, k, vdupq_n_f32(FS_F_LN2_HI)); /* z − k·LN2_HI, exact */
    r = vfmsq_f32(r, k, vdupq_n_f32(FS_F_LN2_LO));
    float32x4_t q = vdupq_n_f32(FS_F_Q6);
    q = fma_ps(q, r, vdupq_n_f32(FS_F_Q5));
    q = fma_ps(q, r, vdupq_n_f32(FS_F_Q4));
    q = fma_ps(q, r, vdupq_n_f32(FS_F_Q3));
    q = fma_ps(q, r, vdupq_n_f32(FS_F_Q2));
    q = fma_ps(q, r, vdupq_n_f32(FS_F_Q1));
    q = fma_ps(q, r, vdupq_n_f32(FS_F_Q0));
    /* 2^k, k in [−150, 0], as 2^k1 · 2^k2 (both normal): one rounding into subnormals */
    int32x4_t ki = vsubq_s32(vreinterpretq_s32_f32(t), vreinterpretq_s32_f32(magic));
    int32x4_t k1 = vshrq_n_s32(ki, 1); /* arithmetic shift: ⌊k/2⌋ */
    float32x4_t e = vmulq_f32(vmulq_f32(q, pow2i(k1)), pow2i(vsubq_s32(ki, k1)));
    return vdivq_f32(e, vaddq_f32(e, vdupq_n_f32(1.0f)));
}

static inline float32x4_t select_sigmoid(float32x4_t x, float32x4_t f, float32x4_t g)
{
    uint32x4_t neg = vcltq_f32(x, vdupq_n_f32(0.0f)); /* x < 0: f, else (and NaN): 1 − f */
    return vbslq_f32(neg, f, g);
}

static void block_sigmoid_fast(const float *x, float *y)
{
    float32x4_t v = vld1q_f32(x);
    float32x4_t f = sigmoid_neg_abs_ps(v);
    vst1q_f32(y, select_sigmoid(v, f, vsubq_f32(vdupq_n_f32(1.0f), f)));
}

static void block_deriv_fast(const float *x, float *d)
{
    float32x4_t f = sigmoid_neg_abs_ps(vld1q_f32(x));
    vst1q_f32(d, cap_quarter(vmulq_f32(f, vsubq_f32(vdupq_n_f32(1.0f), f))));
}

static void block_with_deriv_fast(const float *x, float *y, float *d)
{
    float32x4_t v = vld1q_f32(x);
    float32x4_t f = sigmoid_neg_abs_ps(v);
    float32x4_t g = vsubq_f32(vdupq_n_f32(1.0f), f);
    vst1q_f32(y, select_sigmoid(v, f, g));
    vst1q_f32(d, cap_quarter(vmulq_f32(f, g)));
}

FS_DEFINE_KERNELS(neon, W);
