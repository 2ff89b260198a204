/* AArch64 Advanced SIMD kernel: 4 floats (vf) or 2 doubles (vd) per vector, products and
 * sums fused. Advanced SIMD, FMA and vector division are baseline on AArch64, so this file
 * needs no ISA flags; meson builds it only for cpu_family aarch64. Tails of k < 4 floats are
 * moved lane by lane (lanes_counted.h).
 *
 * NaN: vminq/vmaxq (FMIN/FMAX) return NaN when either operand is NaN, so the clamps pass a
 * NaN input through, as the scalar comparisons do. vminnmq/vmaxnmq would return the constant
 * instead and turn NaN into a number: they must not be used here. */
#if !defined(__aarch64__)
#error "neon.c is the AArch64 kernel; 32-bit ARM builds use the scalar kernel only"
#endif

#include <arm_neon.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "simd.h"

#define FS_ISA neon
#define FS_W 4
#define FS_DW 2
#define FS_HAVE_FMA 1
#define FS_FAST_N 1

#include "constants.h"

typedef float32x4_t vf;
typedef float64x2_t vd;
typedef int32x4_t vi;

FS_LANEWISE_OPS(vf, float32x4_t, float, vdupq_n_f32, vaddq_f32, vsubq_f32, vmulq_f32, vdivq_f32,
                vminq_f32, vmaxq_f32)
FS_LANEWISE_OPS(vd, float64x2_t, double, vdupq_n_f64, vaddq_f64, vsubq_f64, vmulq_f64, vdivq_f64,
                vminq_f64, vmaxq_f64)
FS_INT_OPS(int32x4_t, vdupq_n_s32, vaddq_s32, vsubq_s32, vshrq_n_s32, vshlq_n_s32)

/* vfmaq(c, a, b) = c + a·b and vfmsq(c, a, b) = c − a·b, one rounding each */
static inline vf vf_mul_add(vf a, vf b, vf c) { return vfmaq_f32(c, a, b); }
static inline vf vf_neg_mul_add(vf a, vf b, vf c) { return vfmsq_f32(c, a, b); }
static inline vd vd_mul_add(vd a, vd b, vd c) { return vfmaq_f64(c, a, b); }
static inline vf vf_select_neg(vf x, vf a, vf b)
{
    return vbslq_f32(vcltq_f32(x, vdupq_n_f32(0.0f)), a, b); /* NaN: b */
}
static inline vi vf_as_vi(vf x) { return vreinterpretq_s32_f32(x); }
static inline vf vi_as_vf(vi x) { return vreinterpretq_f32_s32(x); }

/* Lane masks, and the fast tier's 2^(n+b) (N = 1: the integer n in the low bits of t's
 * encoding, shifted left by 23). AArch64 has no subnormal penalty: q·2^−64 is a multiply. */
static inline vf vf_abs(vf x) { return vabsq_f32(x); }
typedef uint32x4_t vm;
static inline vm vm_lt(vf a, vf b) { return vcltq_f32(a, b); }
static inline vm vm_or(vm a, vm b) { return vorrq_u32(a, b); }
static inline int vm_any(vm m) { return vmaxvq_u32(m) != 0; }
static inline vf fast_unbias(vf q) { return vmulq_f32(q, vdupq_n_f32(0x1p-64f)); }

/* Memory: whole vectors, and the first k floats lane by lane. */
static inline vf vf_load_full(const float *p) { return vld1q_f32(p); }
static inline void vf_store_full(float *p, vf v) { vst1q_f32(p, v); }
static inline vf vf_load_first(const float *p, size_t k)
{
    float32x4_t v = vld1q_lane_f32(p, vdupq_n_f32(0.0f), 0);
    if (k > 1)
        v = vld1q_lane_f32(p + 1, v, 1);
    if (k > 2)
        v = vld1q_lane_f32(p + 2, v, 2);
    return v;
}
static inline void vf_store_first(float *p, size_t k, vf v)
{
    vst1q_lane_f32(p, v, 0);
    if (k > 1)
        vst1q_lane_f32(p + 1, v, 1);
    if (k > 2)
        vst1q_lane_f32(p + 2, v, 2);
}
static inline vd vd_load_f32_n(const float *p, size_t k)
{
    return vcvt_f64_f32(k == 2 ? vld1_f32(p) : vld1_lane_f32(p, vdup_n_f32(0.0f), 0));
}
static inline void vd_store_f32_n(float *p, size_t k, vd v)
{
    float32x2_t f = vcvt_f32_f64(v); /* one rounding (FCVTN honours subnormals, FZ off) */
    if (k == 2)
        vst1_f32(p, f);
    else
        vst1_lane_f32(p, f, 0);
}

/* The correctly rounded tier's primitives (accurate.h). */
#define FS_HAVE_FMA 1
static const uint64_t fs_r_tab[16] = FS_R_TAB;
static inline vd vd_lo_f32(vf x) { return vcvt_f64_f32(vget_low_f32(x)); }
static inline vd vd_hi_f32(vf x) { return vcvt_high_f64_f32(x); }
static inline vf vf_of_vd(vd lo, vd hi) { return vcvt_high_f32_f64(vcvt_f32_f64(lo), hi); }
/* T[k mod 16] by two lane loads, plus k << 48 */
static inline vd vd_exp2_table(vd t)
{
    uint64x2_t ti = vreinterpretq_u64_f64(t);
    uint64x2_t tab = vld1q_lane_u64(&fs_r_tab[vgetq_lane_u64(ti, 1) & 15],
                                    vld1q_dup_u64(&fs_r_tab[vgetq_lane_u64(ti, 0) & 15]), 1);
    return vreinterpretq_f64_u64(vaddq_u64(tab, vshlq_n_u64(ti, 48)));
}
/* The test on 4 results: uzp1 takes the low words of a and b, then add, and, unsigned min
 * into the accumulator. */
typedef uint32x4_t vt;
static inline vt vt_init(void) { return vdupq_n_u32(0xffffffffu); }
static inline vt vt_acc(vt acc, vd a, vd b)
{
    uint32x4_t lo = vuzp1q_u32(vreinterpretq_u32_f64(a), vreinterpretq_u32_f64(b));
    lo = vandq_u32(vaddq_u32(lo, vdupq_n_u32(FS_R_TADD)), vdupq_n_u32(FS_R_TMASK));
    return vminq_u32(acc, lo);
}
static inline int vt_any(vt acc) { return vminvq_u32(acc) == 0; }
typedef vd vsub;
static inline vd vd_sub_adjust(vd v, vsub *o)
{
    *o = vreinterpretq_f64_u64(vandq_u64(vcltq_f64(v, vdupq_n_f64(FS_R_SUB)),
                                         vreinterpretq_u64_f64(vdupq_n_f64(FS_R_SUB))));
    return vaddq_f64(v, *o);
}
/* the accumulating min/max ignore a NaN x (FMINNM/FMAXNM), unlike the clamps */
#define FS_HAVE_MIN_NUM 1 /* FMIN propagates NaN: FMINNM leaves acc */
static inline vf vf_min_num(vf acc, vf x) { return vminnmq_f32(x, acc); }
static inline vf vf_max_num(vf acc, vf x) { return vmaxnmq_f32(x, acc); }

#include "lanes_counted.h"

/* ---- for the 16-bit functions (half.h): f16 by FCVTL/FCVTN (nearest even per FPCR, subnormals
 * kept), bf16 by shifts and integer rounding ---- */

static inline vm vf_isnan(vf a) { return vmvnq_u32(vceqq_f32(a, a)); }
static inline vf vf_select(vm m, vf a, vf b) { return vbslq_f32(m, a, b); }
static inline vm vm_none(void) { return vdupq_n_u32(0); }
static inline unsigned vm_bits(vm m)
{
    const uint32x4_t bit = {1, 2, 4, 8};
    return vaddvq_u32(vandq_u32(m, bit));
}
static inline unsigned fs_lanes_bits(fs_lanes l) { return l >= FS_W ? 0xFu : (1u << l) - 1; }
/* d made round-to-odd by the sign of its exact remainder err (see avx512.c) */
static inline vf vf_round_odd(vf d, vf err)
{
    uint32x4_t nz = vorrq_u32(vcltq_f32(err, vdupq_n_f32(0.0f)), vcgtq_f32(err, vdupq_n_f32(0.0f)));
    uint32x4_t di = vreinterpretq_u32_f32(d);
    uint32x4_t below = vandq_u32(vshrq_n_u32(veorq_u32(di, vreinterpretq_u32_f32(err)), 31), nz);
    return vreinterpretq_f32_u32(vorrq_u32(vsubq_u32(di, below), vshrq_n_u32(nz, 31)));
}
static inline vd vd_round_f32(vd s) { return vcvt_f64_f32(vcvt_f32_f64(s)); }
/* lanes of a with none of `bits` set (the 16-bit rounding check windows, half.h) */
static inline vm vi_none_of(vi a, int bits)
{
    return vceqzq_u32(vandq_u32(vreinterpretq_u32_s32(a), vdupq_n_u32((uint32_t)bits)));
}
/* 16-bit memory: four lanes, or the first ones through a stack copy */
static inline uint16x4_t vh_load(const uint16_t *p, fs_lanes l)
{
    uint16_t buf[4] = {0};
    if (l < FS_W) {
        memcpy(buf, p, l * 2);
        p = buf;
    }
    return vld1_u16(p);
}
static inline void vh_store(uint16_t *p, fs_lanes l, uint16x4_t v)
{
    if (l >= FS_W) {
        vst1_u16(p, v);
        return;
    }
    uint16_t buf[4];
    vst1_u16(buf, v);
    memcpy(p, buf, l * 2);
}
static inline vf vh_load_f16(const uint16_t *p, fs_lanes l)
{
    return vcvt_f32_f16(vreinterpret_f16_u16(vh_load(p, l)));
}
static inline void vh_store_f16(uint16_t *p, fs_lanes l, vf v)
{
    vh_store(p, l, vreinterpret_u16_f16(vcvt_f16_f32(v)));
}
static inline vf vh_load_bf16(const uint16_t *p, fs_lanes l)
{
    return vreinterpretq_f32_u32(vshll_n_u16(vh_load(p, l), 16));
}
/* to nearest even on the bit pattern (subnormals too); NaN kept quiet */
static inline void vh_store_bf16_exact(uint16_t *p, fs_lanes l, vf v)
{
    uint32x4_t u = vreinterpretq_u32_f32(v);
    uint32x4_t r =
        vaddq_u32(u, vaddq_u32(vdupq_n_u32(0x7FFF), vandq_u32(vshrq_n_u32(u, 16), vdupq_n_u32(1))));
    r = vbslq_u32(vf_isnan(v), vorrq_u32(u, vdupq_n_u32(0x400000)), r);
    vh_store(p, l, vshrn_n_u32(r, 16));
}
static inline void vh_store_bf16(uint16_t *p, fs_lanes l, vf v) { vh_store_bf16_exact(p, l, v); }

#include "accurate.h"
#include "fast.h"
#include "output.h"
#include "half.h"
#include "driver.h"
