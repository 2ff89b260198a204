/* Scalar C kernel: the primitives on one float (vf) and one double (vd), so each block is one
 * element and there are no tails. Built with no ISA flags: it runs on any host and is the
 * dispatcher's fallback. In ISO C mode the compiler does not contract a·b + c into an FMA,
 * so products and sums round separately, as in the SSE2 kernel. */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "half_scalar.h" /* bit patterns and 16-bit conversions */

#define FS_ISA scalar
#define FS_W 1
#define FS_DW 1
#define FS_FAST_N 1
/* One path for every input, and one element per block (see fast.h: branches per element
 * are if-converted and vectorised by clang, which then raises exceptions on the untaken path). */
#define FS_FAST_ONE_PATH 1
#define FS_FAST_BLOCKS_ONLY 1

typedef float vf;
typedef double vd;
typedef int32_t vi;
typedef int fs_lanes; /* a block is one element: always whole */
#define FS_LANES_ALL 1
static inline fs_lanes fs_lanes_first(size_t k) { return (fs_lanes)k; }

/* Comparisons against the constant c: a NaN x fails them and is returned. */
static inline vf vf_set(float c) { return c; }
static inline vf vf_min(vf c, vf x) { return x > c ? c : x; }
static inline vf vf_max(vf c, vf x) { return x < c ? c : x; }
static inline vd vd_set(double c) { return c; }
#define vf_add(a, b) ((a) + (b))
#define vf_sub(a, b) ((a) - (b))
#define vf_mul(a, b) ((a) * (b))
#define vf_div(a, b) ((a) / (b))
#define vf_mul_add(a, b, c) ((a) * (b) + (c))
#define vf_neg_mul_add(a, b, c) ((c) - (a) * (b))
#define vd_add vf_add
#define vd_sub vf_sub
#define vd_mul vf_mul
#define vd_div vf_div
#define vd_mul_add vf_mul_add

static inline vf vf_select_neg(vf x, vf a, vf b) { return x < 0.0f ? a : b; }
static inline vf vf_load(const float *p, fs_lanes l) { return (void)l, *p; }
static inline void vf_store(float *p, fs_lanes l, vf v) { (void)l, *p = v; }
static inline vd vd_load_f32(const float *p, fs_lanes l) { return (void)l, *p; }
static inline void vd_store_f32(float *p, fs_lanes l, vd v) { (void)l, *p = (float)v; }

/* Bit patterns. */
static inline vi vf_as_vi(vf x) { return (vi)fs_h_f_bits(x); }
static inline vf vi_as_vf(vi u) { return fs_h_bits_f((uint32_t)u); }
static inline vi vi_set(int c) { return c; }
static inline vi vi_add(vi a, vi b) { return (vi)((uint32_t)a + (uint32_t)b); }
static inline vi vi_sub(vi a, vi b) { return (vi)((uint32_t)a - (uint32_t)b); }
static inline vi vi_sra1(vi a) { return a >> 1; } /* arithmetic shift on gcc and clang */
static inline vi vi_shl23(vi a) { return (vi)((uint32_t)a << 23); }

/* Lane masks (one lane), and the fast tier's 2^(n+b) and q·2^−64 as in the SSE2 kernel. */
static inline vf vf_abs(vf x) { return fabsf(x); }
typedef int vm;
static inline vm vm_lt(vf a, vf b) { return a < b; }
static inline vm vm_or(vm a, vm b) { return a | b; }
static inline int vm_any(vm m) { return m; }
static inline vf fast_unbias(vf q)
{
    if (q < 0x1p-62f) /* subnormal result: the encoding of q + 2^−62 minus 2^−62's */
        return vi_as_vf(vf_as_vi(q + 0x1p-62f) - vf_as_vi(0x1p-62f));
    return q * 0x1p-64f;
}

/* ---- for the 16-bit functions (half.h): conversions in integer arithmetic ---- */

static inline vm vf_isnan(vf a) { return a != a; }
static inline vf vf_select(vm m, vf a, vf b) { return m ? a : b; }
static inline vm vm_none(void) { return 0; }
static inline unsigned vm_bits(vm m) { return m; }
static inline unsigned fs_lanes_bits(fs_lanes l) { return (void)l, 1u; }
/* d made round-to-odd by the sign of its exact remainder err (see avx512.c) */
static inline vf vf_round_odd(vf d, vf err)
{
    if (err < 0.0f || err > 0.0f) {
        uint32_t u = fs_h_f_bits(d);
        d = fs_h_bits_f((u - ((u ^ fs_h_f_bits(err)) >> 31)) | 1u);
    }
    return d;
}
static inline vd vd_lo_f32(vf x) { return x; }
static inline vd vd_hi_f32(vf x) { return (void)x, 0.0; } /* one lane: no high half */
static inline vd vd_round_f32(vd s) { return (double)(float)s; }
static inline vf vf_of_vd(vd lo, vd hi) { return (void)hi, (float)lo; }
/* lanes of a with none of `bits` set (the 16-bit rounding check windows, half.h) */
static inline vm vi_none_of(vi a, int bits) { return ((uint32_t)a & (uint32_t)bits) == 0; }
static inline vf vh_load_f16(const uint16_t *p, fs_lanes l) { return (void)l, fs_h_f16_to_f(*p); }
static inline void vh_store_f16(uint16_t *p, fs_lanes l, vf v) { (void)l, *p = fs_h_f_to_f16(v); }
static inline vf vh_load_bf16(const uint16_t *p, fs_lanes l) { return (void)l, fs_h_bf16_to_f(*p); }
static inline void vh_store_bf16_exact(uint16_t *p, fs_lanes l, vf v)
{
    (void)l, *p = fs_h_f_to_bf16(v);
}
static inline void vh_store_bf16(uint16_t *p, fs_lanes l, vf v) { (void)l, *p = fs_h_f_to_bf16(v); }

#include "accurate.h"
#include "fast.h"
#include "output.h"
#include "half.h"
#include "driver.h"
