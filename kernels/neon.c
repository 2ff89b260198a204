/* AArch64 Advanced SIMD kernel: 4 floats (vf) or 2 doubles (vd) per vector, products and
 * sums fused. Advanced SIMD, FMA and vector division are baseline on AArch64, so this file
 * needs no ISA flags; meson builds it only for cpu_family aarch64. Tails of k < 4 floats are
 * moved lane by lane.
 *
 * NaN: vminq/vmaxq (FMIN/FMAX) return NaN when either operand is NaN, so the clamps pass a
 * NaN input through, as the scalar comparisons do. vminnmq/vmaxnmq would return the constant
 * instead and turn NaN into a number: they must not be used here. */
#if !defined(__aarch64__)
#error "neon.c is the AArch64 kernel; 32-bit ARM builds use the scalar kernel only"
#endif

#include <arm_neon.h>
#include <stddef.h>

#define FS_ISA neon
#define FS_W 4
#define FS_DW 2

typedef float32x4_t vf;
typedef float64x2_t vd;
typedef size_t fs_lanes; /* the first fs_lanes lanes of a block; FS_W or more: all */
#define FS_LANES_ALL ((fs_lanes)FS_W)
static inline fs_lanes fs_lanes_first(size_t k) { return k; }

/* The first k (1 to 3) floats at p, the other lanes 0, and back. */
static inline float32x4_t load_first(const float *p, size_t k)
{
    float32x4_t v = vdupq_n_f32(0.0f);
    v = vld1q_lane_f32(p, v, 0);
    if (k > 1)
        v = vld1q_lane_f32(p + 1, v, 1);
    if (k > 2)
        v = vld1q_lane_f32(p + 2, v, 2);
    return v;
}

static inline void store_first(float *p, size_t k, float32x4_t v)
{
    vst1q_lane_f32(p, v, 0);
    if (k > 1)
        vst1q_lane_f32(p + 1, v, 1);
    if (k > 2)
        vst1q_lane_f32(p + 2, v, 2);
}

static inline vf vf_set(float c) { return vdupq_n_f32(c); }
static inline vf vf_add(vf a, vf b) { return vaddq_f32(a, b); }
static inline vf vf_sub(vf a, vf b) { return vsubq_f32(a, b); }
static inline vf vf_mul(vf a, vf b) { return vmulq_f32(a, b); }
static inline vf vf_div(vf a, vf b) { return vdivq_f32(a, b); }
static inline vf vf_mul_add(vf a, vf b, vf c) { return vfmaq_f32(c, a, b); }
static inline vf vf_neg_mul_add(vf a, vf b, vf c) { return vfmsq_f32(c, a, b); }
static inline vf vf_min(vf c, vf x) { return vminq_f32(c, x); }
static inline vf vf_max(vf c, vf x) { return vmaxq_f32(c, x); }
static inline vf vf_neg_abs(vf x) { return vnegq_f32(vabsq_f32(x)); }
static inline vf vf_select_neg(vf x, vf a, vf b)
{
    return vbslq_f32(vcltq_f32(x, vdupq_n_f32(0.0f)), a, b); /* NaN: b */
}
static inline vf vf_load(const float *p, fs_lanes l)
{
    return l >= 4 ? vld1q_f32(p) : load_first(p, l);
}
static inline void vf_store(float *p, fs_lanes l, vf v)
{
    if (l >= 4)
        vst1q_f32(p, v);
    else
        store_first(p, l, v);
}

static inline float32x4_t pow2i(int32x4_t k) /* 2^k for k in [−126, 127] */
{
    return vreinterpretq_f32_s32(vshlq_n_s32(vaddq_s32(k, vdupq_n_s32(127)), 23));
}

/* q·2^k, k in [−150, 0], as 2^k1 · 2^k2 with k1 = ⌊k/2⌋ (both normal): one rounding into
 * subnormals. t is the magic-number sum that holds k in its low bits. */
static inline vf vf_scale_pow2(vf q, vf t, vf k)
{
    (void)k;
    int32x4_t ki =
        vsubq_s32(vreinterpretq_s32_f32(t), vreinterpretq_s32_f32(vdupq_n_f32(0x1.8p23f)));
    int32x4_t k1 = vshrq_n_s32(ki, 1); /* arithmetic shift: ⌊k/2⌋ */
    return vmulq_f32(vmulq_f32(q, pow2i(k1)), pow2i(vsubq_s32(ki, k1)));
}

static inline vd vd_set(double c) { return vdupq_n_f64(c); }
static inline vd vd_add(vd a, vd b) { return vaddq_f64(a, b); }
static inline vd vd_sub(vd a, vd b) { return vsubq_f64(a, b); }
static inline vd vd_mul(vd a, vd b) { return vmulq_f64(a, b); }
static inline vd vd_div(vd a, vd b) { return vdivq_f64(a, b); }
static inline vd vd_mul_add(vd a, vd b, vd c) { return vfmaq_f64(c, a, b); }
static inline vd vd_min(vd c, vd x) { return vminq_f64(c, x); }
static inline vd vd_max(vd c, vd x) { return vmaxq_f64(c, x); }
static inline vd vd_load_f32(const float *p, fs_lanes l)
{
    float32x2_t f = l >= 2 ? vld1_f32(p) : vld1_lane_f32(p, vdup_n_f32(0.0f), 0);
    return vcvt_f64_f32(f);
}
static inline void vd_store_f32(float *p, fs_lanes l, vd v)
{
    float32x2_t f = vcvt_f32_f64(v); /* one rounding (FCVTN honours subnormals, FZ off) */
    if (l >= 2)
        vst1_f32(p, f);
    else
        vst1_lane_f32(p, f, 0);
}

/* p·2^k: the low bits of t hold k + 1023, shifted into the exponent field they are 2^k */
static inline vd vd_scale_pow2(vd p, vd t, vd k)
{
    (void)k;
    return vmulq_f64(p, vreinterpretq_f64_u64(vshlq_n_u64(vreinterpretq_u64_f64(t), 52)));
}

#include "accurate.h"
#include "fast.h"
#include "driver.h"
