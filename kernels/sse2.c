/* SSE2 kernel: 4 floats (vf) or 2 doubles (vd) per vector. SSE2 has no FMA, so products and
 * sums round separately, as in the scalar kernel, and no masked loads: a tail of k < 4
 * floats is moved with 32- and 64-bit loads and stores (lanes_counted.h). Compiled with
 * -msse2 only. */
#include <emmintrin.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "simd.h"

#define FS_ISA sse2
#define FS_W 4
#define FS_DW 2

FS_X86_VECTORS(_mm, 128)

static inline vf vf_mul_add(vf a, vf b, vf c) { return _mm_add_ps(_mm_mul_ps(a, b), c); }
static inline vf vf_neg_mul_add(vf a, vf b, vf c) { return _mm_sub_ps(c, _mm_mul_ps(a, b)); }
static inline vd vd_mul_add(vd a, vd b, vd c) { return _mm_add_pd(_mm_mul_pd(a, b), c); }
static inline vf vf_neg_abs(vf x) { return _mm_or_ps(x, _mm_set1_ps(-0.0f)); }
static inline vf vf_select_neg(vf x, vf a, vf b)
{
    __m128 neg = _mm_cmplt_ps(x, _mm_setzero_ps());
    return _mm_or_ps(_mm_and_ps(neg, a), _mm_andnot_ps(neg, b));
}

/* Memory: whole vectors, and the first k floats (the 64-bit moves need no alignment). */
static inline vf vf_load_full(const float *p) { return _mm_loadu_ps(p); }
static inline void vf_store_full(float *p, vf v) { _mm_storeu_ps(p, v); }
static inline vf vf_load_first(const float *p, size_t k)
{
    if (k == 1)
        return _mm_load_ss(p);
    __m128 lo = _mm_castsi128_ps(_mm_loadl_epi64((const __m128i *)(const void *)p));
    return k == 2 ? lo : _mm_movelh_ps(lo, _mm_load_ss(p + 2));
}
static inline void vf_store_first(float *p, size_t k, vf v)
{
    if (k == 1) {
        _mm_store_ss(p, v);
        return;
    }
    _mm_storel_epi64((__m128i *)(void *)p, _mm_castps_si128(v));
    if (k == 3)
        _mm_store_ss(p + 2, _mm_movehl_ps(v, v));
}
static inline vd vd_load_f32_n(const float *p, size_t k)
{
    return _mm_cvtps_pd(vf_load_first(p, k));
}
static inline void vd_store_f32_n(float *p, size_t k, vd v)
{
    vf_store_first(p, k, _mm_cvtpd_ps(v)); /* one rounding, subnormals included */
}

#include "lanes_counted.h"

/* ---- for the 16-bit functions (half.h): f16 and bf16 converted in integer arithmetic ---- */
/* rounding-check windows: a lane is checked when its f32 result lies less than W ulps above
 * or at most W ulps below a 16-bit rounding midpoint; W (a power of two) is above the fast
 * path's largest error over all inputs (1.98 σ f16, 4.18 σ' f16, 3.14 σ bf16, 3.91 σ' bf16; two-part ln2, unfused) */
#define FS_HALF_W_SIG_F16 4
#define FS_HALF_W_DER_F16 8
#define FS_HALF_W_SIG_BF16 8
#define FS_HALF_W_DER_BF16 8

typedef __m128 vm; /* all-ones lanes */
static inline vm vf_lt(vf a, vf b) { return _mm_cmplt_ps(a, b); }
static inline vm vf_isnan(vf a) { return _mm_cmpunord_ps(a, a); }
static inline vf vf_select(vm m, vf a, vf b) { return _mm_or_ps(_mm_and_ps(m, a), _mm_andnot_ps(m, b)); }
static inline vm vm_or(vm a, vm b) { return _mm_or_ps(a, b); }
static inline vm vm_none(void) { return _mm_setzero_ps(); }
static inline unsigned vm_bits(vm m) { return (unsigned)_mm_movemask_ps(m); }
static inline unsigned fs_lanes_bits(fs_lanes l) { return l >= FS_W ? 0xFu : (1u << l) - 1; }
static inline vf vf_abs(vf x) { return _mm_andnot_ps(_mm_set1_ps(-0.0f), x); }
static inline __m128i vi_select(__m128i m, __m128i a, __m128i b)
{
    return _mm_or_si128(_mm_and_si128(m, a), _mm_andnot_si128(m, b));
}
/* d made round-to-odd by the sign of its exact remainder err (see avx512.c); err ≠ 0 as
 * err < 0 or err > 0, which NaN fails */
static inline vf vf_round_odd(vf d, vf err)
{
    __m128i nz = _mm_castps_si128(
        _mm_or_ps(_mm_cmplt_ps(err, _mm_setzero_ps()), _mm_cmpgt_ps(err, _mm_setzero_ps())));
    __m128i di = _mm_castps_si128(d);
    __m128i below = _mm_and_si128(_mm_srli_epi32(_mm_xor_si128(di, _mm_castps_si128(err)), 31), nz);
    return _mm_castsi128_ps(_mm_or_si128(_mm_sub_epi32(di, below), _mm_srli_epi32(nz, 31)));
}
static inline vd vd_lo(vf x) { return _mm_cvtps_pd(x); }
static inline vd vd_hi(vf x) { return _mm_cvtps_pd(_mm_movehl_ps(x, x)); }
static inline vd vd_round_f32(vd s) { return _mm_cvtps_pd(_mm_cvtpd_ps(s)); }
static inline vf vf_from_vd2(vd lo, vd hi) { return _mm_movelh_ps(_mm_cvtpd_ps(lo), _mm_cvtpd_ps(hi)); }
/* bf16 rounds at bit 16 of the f32 pattern; f16 at bit 13, on the pattern of y + 2^−14 below
 * 2^−14 (see avx512.c) */
static inline vm vf_near_bf16(vf y, int w)
{
    __m128i b = _mm_add_epi32(_mm_castps_si128(y), _mm_set1_epi32(0x8000 + w));
    b = _mm_and_si128(b, _mm_set1_epi32(0xFFFF & -(2 * w)));
    return _mm_castsi128_ps(_mm_cmpeq_epi32(b, _mm_setzero_si128()));
}
static inline vm vf_near_f16(vf y, int w)
{
    vf v = vf_select(vf_lt(y, vf_set(0x1p-14f)), vf_add(y, vf_set(0x1p-14f)), y);
    __m128i b = _mm_add_epi32(_mm_castps_si128(v), _mm_set1_epi32(0x1000 + w));
    b = _mm_and_si128(b, _mm_set1_epi32(0x1FFF & -(2 * w)));
    return _mm_castsi128_ps(_mm_cmpeq_epi32(b, _mm_setzero_si128()));
}
/* 16-bit memory: four lanes widened to 32 bits, or narrowed (values below 2^15 after the
 * sign extension, so the signed pack keeps them); the first lanes through a stack copy */
static inline __m128i vh_load(const uint16_t *p, fs_lanes l)
{
    uint16_t buf[4] = {0};
    if (l < FS_W) {
        memcpy(buf, p, l * 2);
        p = buf;
    }
    return _mm_unpacklo_epi16(_mm_loadl_epi64((const __m128i *)(const void *)p), _mm_setzero_si128());
}
static inline void vh_store(uint16_t *p, fs_lanes l, __m128i v32)
{
    v32 = _mm_srai_epi32(_mm_slli_epi32(v32, 16), 16);
    __m128i v = _mm_packs_epi32(v32, v32);
    if (l >= FS_W) {
        _mm_storel_epi64((__m128i *)(void *)p, v);
        return;
    }
    uint16_t buf[8];
    _mm_storeu_si128((__m128i *)(void *)buf, v);
    memcpy(p, buf, l * 2);
}
static inline vf vh_load_f16(const uint16_t *p, fs_lanes l)
{
    __m128i h = vh_load(p, l), a = _mm_and_si128(h, _mm_set1_epi32(0x7FFF));
    __m128i s = _mm_slli_epi32(_mm_and_si128(h, _mm_set1_epi32(0x8000)), 16);
    __m128i nrm = _mm_add_epi32(_mm_slli_epi32(a, 13), _mm_set1_epi32(0x38000000));
    __m128i inf = _mm_add_epi32(nrm, _mm_set1_epi32(0x38000000)); /* inf, NaN */
    __m128i sub = _mm_castps_si128(_mm_mul_ps(_mm_cvtepi32_ps(a), _mm_set1_ps(0x1p-24f)));
    __m128i r = vi_select(_mm_cmpgt_epi32(a, _mm_set1_epi32(0x7BFF)), inf, nrm);
    r = vi_select(_mm_cmplt_epi32(a, _mm_set1_epi32(0x400)), sub, r);
    return _mm_castsi128_ps(_mm_or_si128(r, s));
}
/* to nearest even: from 2^−14 up by rounding the low 13 bits, below by adding 1/2 (which
 * rounds to the 2^−24 grid once); overflow to inf, NaN kept quiet */
static inline void vh_store_f16(uint16_t *p, fs_lanes l, vf v)
{
    __m128i u = _mm_castps_si128(v), a = _mm_and_si128(u, _mm_set1_epi32(0x7FFFFFFF));
    __m128i s = _mm_and_si128(_mm_srli_epi32(u, 16), _mm_set1_epi32(0x8000));
    __m128i r = _mm_sub_epi32(a, _mm_set1_epi32(0x38000000));
    __m128i nrm = _mm_srli_epi32(_mm_add_epi32(_mm_add_epi32(r, _mm_set1_epi32(0xFFF)),
                                               _mm_and_si128(_mm_srli_epi32(r, 13), _mm_set1_epi32(1))),
                                 13);
    __m128i sub = _mm_sub_epi32(_mm_castps_si128(_mm_add_ps(_mm_castsi128_ps(a), _mm_set1_ps(0.5f))),
                                _mm_set1_epi32(0x3F000000));
    __m128i nan = _mm_or_si128(_mm_set1_epi32(0x7E00), _mm_and_si128(_mm_srli_epi32(a, 13), _mm_set1_epi32(0x3FF)));
    __m128i h = vi_select(_mm_cmplt_epi32(a, _mm_set1_epi32(0x38800000)), sub, nrm);
    h = vi_select(_mm_cmpgt_epi32(a, _mm_set1_epi32(0x477FEFFF)), _mm_set1_epi32(0x7C00), h);
    h = vi_select(_mm_cmpgt_epi32(a, _mm_set1_epi32(0x7F800000)), nan, h);
    vh_store(p, l, _mm_or_si128(h, s));
}
static inline vf vh_load_bf16(const uint16_t *p, fs_lanes l)
{
    return _mm_castsi128_ps(_mm_slli_epi32(vh_load(p, l), 16));
}
static inline void vh_store_bf16_exact(uint16_t *p, fs_lanes l, vf v)
{
    __m128i u = _mm_castps_si128(v);
    __m128i r = _mm_add_epi32(u, _mm_add_epi32(_mm_set1_epi32(0x7FFF),
                                               _mm_and_si128(_mm_srli_epi32(u, 16), _mm_set1_epi32(1))));
    r = vi_select(_mm_castps_si128(vf_isnan(v)), _mm_or_si128(u, _mm_set1_epi32(0x400000)), r);
    vh_store(p, l, _mm_srli_epi32(r, 16));
}
static inline void vh_store_bf16(uint16_t *p, fs_lanes l, vf v) { vh_store_bf16_exact(p, l, v); }

#include "accurate.h"
#include "fast.h"
#include "half.h"
#include "driver.h"
