/* SSE2 kernel: 4 floats (vf) or 2 doubles (vd) per vector. SSE2 has no FMA, so products and
 * sums round separately, as in the scalar kernel, and no masked loads: a tail of k < 4
 * floats is moved with scalar and 64-bit loads and stores. Compiled with -msse2 only. */
#include <emmintrin.h>
#include <stddef.h>

#define FS_ISA sse2
#define FS_W 4
#define FS_DW 2

typedef __m128 vf;
typedef __m128d vd;
typedef size_t fs_lanes; /* the first fs_lanes lanes of a block; FS_W or more: all */
#define FS_LANES_ALL ((fs_lanes)FS_W)
static inline fs_lanes fs_lanes_first(size_t k) { return k; }

/* The first k (1 to 3) floats at p, the other lanes 0, and back (the 64-bit moves have no
 * alignment requirement). */
static inline __m128 load_first(const float *p, size_t k)
{
    if (k == 1)
        return _mm_load_ss(p);
    __m128 lo = _mm_castsi128_ps(_mm_loadl_epi64((const __m128i *)(const void *)p));
    return k == 2 ? lo : _mm_movelh_ps(lo, _mm_load_ss(p + 2));
}

static inline void store_first(float *p, size_t k, __m128 v)
{
    if (k == 1) {
        _mm_store_ss(p, v);
        return;
    }
    _mm_storel_epi64((__m128i *)(void *)p, _mm_castps_si128(v));
    if (k == 3)
        _mm_store_ss(p + 2, _mm_movehl_ps(v, v));
}

static inline vf vf_set(float c) { return _mm_set1_ps(c); }
static inline vf vf_add(vf a, vf b) { return _mm_add_ps(a, b); }
static inline vf vf_sub(vf a, vf b) { return _mm_sub_ps(a, b); }
static inline vf vf_mul(vf a, vf b) { return _mm_mul_ps(a, b); }
static inline vf vf_div(vf a, vf b) { return _mm_div_ps(a, b); }
static inline vf vf_mul_add(vf a, vf b, vf c) { return _mm_add_ps(_mm_mul_ps(a, b), c); }
static inline vf vf_neg_mul_add(vf a, vf b, vf c) { return _mm_sub_ps(c, _mm_mul_ps(a, b)); }
/* minps/maxps return the second operand when either is NaN: x, after the constant c */
static inline vf vf_min(vf c, vf x) { return _mm_min_ps(c, x); }
static inline vf vf_max(vf c, vf x) { return _mm_max_ps(c, x); }
static inline vf vf_neg_abs(vf x) { return _mm_or_ps(x, _mm_set1_ps(-0.0f)); }
static inline vf vf_select_neg(vf x, vf a, vf b)
{
    __m128 neg = _mm_cmplt_ps(x, _mm_setzero_ps());
    return _mm_or_ps(_mm_and_ps(neg, a), _mm_andnot_ps(neg, b));
}
static inline vf vf_load(const float *p, fs_lanes l)
{
    return l >= 4 ? _mm_loadu_ps(p) : load_first(p, l);
}
static inline void vf_store(float *p, fs_lanes l, vf v)
{
    if (l >= 4)
        _mm_storeu_ps(p, v);
    else
        store_first(p, l, v);
}

static inline __m128 pow2i(__m128i k) /* 2^k for k in [−126, 127] */
{
    return _mm_castsi128_ps(_mm_slli_epi32(_mm_add_epi32(k, _mm_set1_epi32(127)), 23));
}

/* q·2^k, k in [−150, 0], as 2^k1 · 2^k2 with k1 = ⌊k/2⌋ (both normal): one rounding into
 * subnormals. t is the magic-number sum that holds k in its low bits. */
static inline vf vf_scale_pow2(vf q, vf t, vf k)
{
    (void)k;
    __m128i ki = _mm_sub_epi32(_mm_castps_si128(t), _mm_castps_si128(_mm_set1_ps(0x1.8p23f)));
    __m128i k1 = _mm_srai_epi32(ki, 1);
    return _mm_mul_ps(_mm_mul_ps(q, pow2i(k1)), pow2i(_mm_sub_epi32(ki, k1)));
}

static inline vd vd_set(double c) { return _mm_set1_pd(c); }
static inline vd vd_add(vd a, vd b) { return _mm_add_pd(a, b); }
static inline vd vd_sub(vd a, vd b) { return _mm_sub_pd(a, b); }
static inline vd vd_mul(vd a, vd b) { return _mm_mul_pd(a, b); }
static inline vd vd_div(vd a, vd b) { return _mm_div_pd(a, b); }
static inline vd vd_mul_add(vd a, vd b, vd c) { return _mm_add_pd(_mm_mul_pd(a, b), c); }
static inline vd vd_min(vd c, vd x) { return _mm_min_pd(c, x); }
static inline vd vd_max(vd c, vd x) { return _mm_max_pd(c, x); }
static inline vd vd_load_f32(const float *p, fs_lanes l)
{
    return _mm_cvtps_pd(load_first(p, l >= 2 ? 2 : 1));
}
static inline void vd_store_f32(float *p, fs_lanes l, vd v)
{
    store_first(p, l >= 2 ? 2 : 1, _mm_cvtpd_ps(v)); /* one rounding, subnormals included */
}

/* p·2^k: the low bits of t hold k + 1023, shifted into the exponent field they are 2^k */
static inline vd vd_scale_pow2(vd p, vd t, vd k)
{
    (void)k;
    return _mm_mul_pd(p, _mm_castsi128_pd(_mm_slli_epi64(_mm_castpd_si128(t), 52)));
}

#include "accurate.h"
#include "fast.h"
#include "driver.h"
