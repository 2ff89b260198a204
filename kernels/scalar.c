/* Scalar C kernel: the primitives on one float (vf) and one double (vd), so each block is one
 * element and there are no tails. Built with no ISA flags: it runs on any host and is the
 * dispatcher's fallback. In ISO C mode the compiler does not contract a·b + c into an FMA,
 * so products and sums round separately, as in the SSE2 kernel. */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

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
static inline vd vd_min(vd c, vd x) { return x > c ? c : x; }
static inline vd vd_max(vd c, vd x) { return x < c ? c : x; }
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
static inline vi vf_as_vi(vf x)
{
    vi u;
    memcpy(&u, &x, sizeof u);
    return u;
}
static inline vf vi_as_vf(vi u)
{
    vf x;
    memcpy(&x, &u, sizeof x);
    return x;
}
static inline vd vd_shl52(vd t)
{
    uint64_t bits;
    memcpy(&bits, &t, sizeof bits);
    bits <<= 52;
    memcpy(&t, &bits, sizeof t);
    return t;
}

/* Lane masks (one lane), and the fast tier's 2^(n+b) and q·2^−64 as in the SSE2 kernel. */
static inline vf vf_abs(vf x) { return fabsf(x); }
typedef int vm;
static inline vm vm_lt(vf a, vf b) { return a < b; }
static inline vm vm_or(vm a, vm b) { return a | b; }
static inline int vm_any(vm m) { return m; }
static inline vf fast_pow2(vf t, vf n, float b)
{
    (void)n;
    return vi_as_vf((vi)(((uint32_t)vf_as_vi(t) << 23) + ((uint32_t)(127 + (int)b) << 23)));
}
static inline vf fast_unbias(vf q)
{
    if (q < 0x1p-62f) /* subnormal result: the encoding of q + 2^−62 minus 2^−62's */
        return vi_as_vf(vf_as_vi(q + 0x1p-62f) - vf_as_vi(0x1p-62f));
    return q * 0x1p-64f;
}

#include "accurate.h"
#include "fast.h"
#include "output.h"
#include "driver.h"
