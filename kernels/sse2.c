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
#define FS_FAST_N 1

#include "constants.h"

FS_X86_VECTORS(_mm, 128)

static inline vf vf_mul_add(vf a, vf b, vf c) { return _mm_add_ps(_mm_mul_ps(a, b), c); }
static inline vf vf_neg_mul_add(vf a, vf b, vf c) { return _mm_sub_ps(c, _mm_mul_ps(a, b)); }
static inline vd vd_mul_add(vd a, vd b, vd c) { return _mm_add_pd(_mm_mul_pd(a, b), c); }
static inline vf vf_select_neg(vf x, vf a, vf b)
{
    __m128 neg = _mm_cmplt_ps(x, _mm_setzero_ps());
    return _mm_or_ps(_mm_and_ps(neg, a), _mm_andnot_ps(neg, b));
}

/* Lane masks, and the fast tier's 2^(n+b) (N = 1: n is the integer k, in the low bits of t's
 * encoding; shifted left by 23, the magic number's own bits shift out). */
static inline vf vf_abs(vf x) { return _mm_andnot_ps(_mm_set1_ps(-0.0f), x); }
typedef __m128 vm;
static inline vm vm_lt(vf a, vf b) { return _mm_cmplt_ps(a, b); }
static inline vm vm_or(vm a, vm b) { return _mm_or_ps(a, b); }
static inline int vm_any(vm m) { return _mm_movemask_ps(m) != 0; }
/* q·2^−64 rounded once without a multiply that yields a subnormal: below 2^−62, q + 2^−62
 * rounds q to a multiple of 2^−85 (that binade's spacing), and its encoding minus 2^−62's is
 * the encoding of the subnormal q·2^−64 (2^−126 if q rounded up to 2^−62); above, the product
 * is normal. */
static inline vf fast_unbias(vf q)
{
    const __m128 c = _mm_set1_ps(0x1p-62f);
    __m128 sub =
        _mm_castsi128_ps(_mm_sub_epi32(_mm_castps_si128(_mm_add_ps(q, c)), _mm_castps_si128(c)));
    __m128 nrm = _mm_mul_ps(_mm_max_ps(c, q), _mm_set1_ps(0x1p-64f));
    __m128 small = _mm_cmplt_ps(q, c);
    return _mm_or_ps(_mm_and_ps(small, sub), _mm_andnot_ps(small, nrm));
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

/* The correctly rounded tier's primitives (accurate.h). */
static const uint64_t fs_r_tab[16] = FS_R_TAB;
static inline vd vd_lo_f32(vf x) { return _mm_cvtps_pd(x); }
static inline vd vd_hi_f32(vf x) { return _mm_cvtps_pd(_mm_movehl_ps(x, x)); }
static inline vf vf_of_vd(vd lo, vd hi)
{
    return _mm_movelh_ps(_mm_cvtpd_ps(lo), _mm_cvtpd_ps(hi));
}
/* T[k mod 16] by two scalar loads, plus k << 48 */
static inline vd vd_exp2_table(vd t)
{
    __m128i ti = _mm_castpd_si128(t);
    int j0 = _mm_cvtsi128_si32(ti) & 15, j1 = _mm_cvtsi128_si32(_mm_shuffle_epi32(ti, 0xEE)) & 15;
    __m128d tab = _mm_loadh_pd(_mm_load_sd((const double *)(const void *)&fs_r_tab[j0]),
                               (const double *)(const void *)&fs_r_tab[j1]);
    return _mm_castsi128_pd(_mm_add_epi64(_mm_castpd_si128(tab), _mm_slli_epi64(ti, 48)));
}
/* The test on 4 results: shufps takes the low dwords of a and b, then add, and; SSE2 has no
 * unsigned min, so the lanes equal to 0 are ORed into the accumulator. */
typedef __m128i vt;
static inline vt vt_init(void) { return _mm_setzero_si128(); }
static inline vt vt_acc(vt acc, vd a, vd b)
{
    __m128i lo = _mm_castps_si128(_mm_shuffle_ps(_mm_castpd_ps(a), _mm_castpd_ps(b), 0x88));
    lo = _mm_and_si128(_mm_add_epi32(lo, _mm_set1_epi32((int)FS_R_TADD)),
                       _mm_set1_epi32((int)FS_R_TMASK));
    return _mm_or_si128(acc, _mm_cmpeq_epi32(lo, _mm_setzero_si128()));
}
static inline int vt_any(vt acc) { return _mm_movemask_epi8(acc) != 0; }
typedef vd vsub;
static inline vd vd_sub_adjust(vd v, vsub *o)
{
    *o = _mm_and_pd(_mm_cmplt_pd(v, _mm_set1_pd(FS_R_SUB)), _mm_set1_pd(FS_R_SUB));
    return _mm_add_pd(v, *o);
}

#include "lanes_counted.h"

/* ---- for the 16-bit functions (half.h): f16 and bf16 converted in integer arithmetic ---- */

static inline vm vf_isnan(vf a) { return _mm_cmpunord_ps(a, a); }
static inline vf vf_select(vm m, vf a, vf b)
{
    return _mm_or_ps(_mm_and_ps(m, a), _mm_andnot_ps(m, b));
}
static inline vm vm_none(void) { return _mm_setzero_ps(); }
static inline unsigned vm_bits(vm m) { return (unsigned)_mm_movemask_ps(m); }
static inline unsigned fs_lanes_bits(fs_lanes l) { return l >= FS_W ? 0xFu : (1u << l) - 1; }
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
static inline vd vd_round_f32(vd s) { return _mm_cvtps_pd(_mm_cvtpd_ps(s)); }
/* lanes of a with none of `bits` set (the 16-bit rounding check windows, half.h) */
static inline vm vi_none_of(vi a, int bits)
{
    return _mm_castsi128_ps(
        _mm_cmpeq_epi32(_mm_and_si128(a, _mm_set1_epi32(bits)), _mm_setzero_si128()));
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
    return _mm_unpacklo_epi16(_mm_loadl_epi64((const __m128i *)(const void *)p),
                              _mm_setzero_si128());
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
    __m128i nrm =
        _mm_srli_epi32(_mm_add_epi32(_mm_add_epi32(r, _mm_set1_epi32(0xFFF)),
                                     _mm_and_si128(_mm_srli_epi32(r, 13), _mm_set1_epi32(1))),
                       13);
    __m128i sub =
        _mm_sub_epi32(_mm_castps_si128(_mm_add_ps(_mm_castsi128_ps(a), _mm_set1_ps(0.5f))),
                      _mm_set1_epi32(0x3F000000));
    __m128i nan = _mm_or_si128(_mm_set1_epi32(0x7E00),
                               _mm_and_si128(_mm_srli_epi32(a, 13), _mm_set1_epi32(0x3FF)));
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
    __m128i r =
        _mm_add_epi32(u, _mm_add_epi32(_mm_set1_epi32(0x7FFF),
                                       _mm_and_si128(_mm_srli_epi32(u, 16), _mm_set1_epi32(1))));
    r = vi_select(_mm_castps_si128(vf_isnan(v)), _mm_or_si128(u, _mm_set1_epi32(0x400000)), r);
    vh_store(p, l, _mm_srli_epi32(r, 16));
}
static inline void vh_store_bf16(uint16_t *p, fs_lanes l, vf v) { vh_store_bf16_exact(p, l, v); }

#include "accurate.h"
#include "fast.h"
#include "output.h"
#include "half.h"
#include "driver.h"
