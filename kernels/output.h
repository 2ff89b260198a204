/* The functions of σ's output, written once over the primitives of the including kernel file:
 *   deriv_from_output  y·(1 − y)         ≤ 1 ULP
 *   backward           dy·y·(1 − y)      ≤ 1.5 ULP
 * These move 8 or 12 bytes per element and do a few operations: they should run at the speed
 * of memory, so they work on whole f32 vectors (blocks of FS_W, groups of FS_FAST_GROUP·FS_W).
 *
 * With FMA (FS_HAVE_FMA): y·(1 − y) = fma(−y, y, y) rounds once (≤ 0.5 ULP). Its addend is
 * capped at FLT_MAX, which changes nothing but y = +inf (−inf·inf + inf would be NaN; with
 * the cap y² overflows and the result is −inf, as y·(1 − y) is). FMA has no subnormal
 * penalty. backward = fma(dy, h, −0) with h = fma(−y, y, y): two roundings, the first
 * relative to h, the second to dx, so |error| < 0.5 + 2^−24·dx/ulp(dx) ≤ 1.5 ULP. When
 * |y| > 2, h can overflow or lose the exact product's range against a tiny dy, and when
 * |dy| ≥ 2^100 dy·h can overflow while dy·y·(1 − y) does not: vectors holding such lanes
 * (and ±inf; NaN passes through the main path) are computed in double instead.
 *
 * Without FMA (SSE2, scalar): in double, as the ACCURATE tier: y·(1 − y) is exact in double
 * for y in [0, 1] (≤ 49 significant bits), so the only rounding is the final one to f32, and
 * neither y·(1 − y) nor dy·y·(1 − y) overflows a double before it. */
#ifndef FASTSIG_OUTPUT_H
#define FASTSIG_OUTPUT_H

#include "fast.h"

/* y·(1 − y) in double */
static inline vd out_y1my_d(vd y) { return vd_mul(y, vd_sub(vd_set(1.0), y)); }

/* backward over the first k ≤ FS_W elements in double, FS_DW at a time (each part loads before
 * it stores, and touches only its own elements, so dx may be dy or y) */
static inline void out_backward_double(const float *dy, const float *y, float *dx, size_t k)
{
    for (size_t j = 0; j < k; j += FS_DW) {
        fs_lanes l = k - j >= FS_DW ? FS_LANES_ALL : fs_lanes_first(k - j);
        vd v = vd_load_f32(y + j, l), g = vd_load_f32(dy + j, l);
        vd_store_f32(dx + j, l, vd_mul(g, out_y1my_d(v)));
    }
}

#if defined(FS_HAVE_FMA)

static inline vf out_y1my(vf y) { return vf_neg_mul_add(y, y, vf_min(vf_set(0x1.fffffep127f), y)); }

static inline void block_deriv_from_output(const float *y, float *d, fs_lanes l, size_t k)
{
    (void)k;
    vf_store(d, l, out_y1my(vf_load(y, l)));
}

static inline void group_deriv_from_output(const float *y, float *d)
{
    FS_FAST_LOAD4(v, y);
    FS_FAST_STORE4(d, out_y1my, v);
}

/* lanes the f32 path cannot take: |y| > 2 or |dy| ≥ 2^100 (false for NaN) */
static inline vm out_backward_rare(vf dy, vf y)
{
    return vm_or(vm_lt(vf_set(2.0f), vf_abs(y)), vm_lt(vf_set(0x1.fffffep99f), vf_abs(dy)));
}

static inline vf out_backward(vf dy, vf y) { return fast_mul(dy, vf_neg_mul_add(y, y, y)); }

static inline void block_backward(const float *dy, const float *y, float *dx, fs_lanes l, size_t k)
{
    vf g = vf_load(dy, l), v = vf_load(y, l);
    if (vm_any(out_backward_rare(g, v)))
        out_backward_double(dy, y, dx, k);
    else
        vf_store(dx, l, out_backward(g, v));
}

static inline void group_backward(const float *dy, const float *y, float *dx)
{
    FS_FAST_LOAD4(g, dy);
    FS_FAST_LOAD4(v, y);
    if (__builtin_expect(vm_any(vm_or(vm_or(out_backward_rare(g0, v0), out_backward_rare(g1, v1)),
                                      vm_or(out_backward_rare(g2, v2), out_backward_rare(g3, v3)))),
                         0)) {
        out_backward_double(dy, y, dx, FS_FAST_GROUP * FS_W);
    } else {
        vf_store(dx, FS_LANES_ALL, out_backward(g0, v0));
        vf_store(dx + FS_W, FS_LANES_ALL, out_backward(g1, v1));
        vf_store(dx + 2 * FS_W, FS_LANES_ALL, out_backward(g2, v2));
        vf_store(dx + 3 * FS_W, FS_LANES_ALL, out_backward(g3, v3));
    }
}

#else

static inline void block_deriv_from_output(const float *y, float *d, fs_lanes l, size_t k)
{
    (void)l;
    for (size_t j = 0; j < k; j += FS_DW) {
        fs_lanes h = k - j >= FS_DW ? FS_LANES_ALL : fs_lanes_first(k - j);
        vd_store_f32(d + j, h, out_y1my_d(vd_load_f32(y + j, h)));
    }
}

static inline void group_deriv_from_output(const float *y, float *d)
{
    for (size_t j = 0; j < FS_FAST_GROUP * FS_W; j += FS_DW)
        vd_store_f32(d + j, FS_LANES_ALL, out_y1my_d(vd_load_f32(y + j, FS_LANES_ALL)));
}

static inline void block_backward(const float *dy, const float *y, float *dx, fs_lanes l, size_t k)
{
    (void)l;
    out_backward_double(dy, y, dx, k);
}

static inline void group_backward(const float *dy, const float *y, float *dx)
{
    out_backward_double(dy, y, dx, FS_FAST_GROUP * FS_W);
}

#endif

#endif
