/* AVX2 + FMA kernel: 8 floats (vf) or 4 doubles (vd) per vector, products and sums fused.
 * Tails use the AVX masked loads and stores (vmaskmovps), which neither read nor write the
 * masked-off lanes. Compiled with -mavx2 -mfma only. */
#include <immintrin.h>
#include <stddef.h>

#define FS_ISA avx2
#define FS_W 8
#define FS_DW 4

typedef __m256 vf;
typedef __m256d vd;
/* A whole block (plain loads and stores) or its first lanes (a lane mask, all bits set in
 * the lanes to move). */
typedef struct {
    int full;
    __m256i mask;
} fs_lanes;
#define FS_LANES_ALL ((fs_lanes){1, {0}})
static inline fs_lanes fs_lanes_first(size_t k)
{
    const __m256i index = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    fs_lanes l = {0, _mm256_cmpgt_epi32(_mm256_set1_epi32((int)k), index)};
    return l;
}

static inline vf vf_set(float c) { return _mm256_set1_ps(c); }
static inline vf vf_add(vf a, vf b) { return _mm256_add_ps(a, b); }
static inline vf vf_sub(vf a, vf b) { return _mm256_sub_ps(a, b); }
static inline vf vf_mul(vf a, vf b) { return _mm256_mul_ps(a, b); }
static inline vf vf_div(vf a, vf b) { return _mm256_div_ps(a, b); }
static inline vf vf_mul_add(vf a, vf b, vf c) { return _mm256_fmadd_ps(a, b, c); }
static inline vf vf_neg_mul_add(vf a, vf b, vf c) { return _mm256_fnmadd_ps(a, b, c); }
/* vminps/vmaxps return the second operand when either is NaN: x, after the constant c */
static inline vf vf_min(vf c, vf x) { return _mm256_min_ps(c, x); }
static inline vf vf_max(vf c, vf x) { return _mm256_max_ps(c, x); }
static inline vf vf_neg_abs(vf x) { return _mm256_or_ps(x, _mm256_set1_ps(-0.0f)); }
static inline vf vf_select_neg(vf x, vf a, vf b)
{
    return _mm256_blendv_ps(b, a, _mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_LT_OQ));
}
static inline vf vf_load(const float *p, fs_lanes l)
{
    return l.full ? _mm256_loadu_ps(p) : _mm256_maskload_ps(p, l.mask);
}
static inline void vf_store(float *p, fs_lanes l, vf v)
{
    if (l.full)
        _mm256_storeu_ps(p, v);
    else
        _mm256_maskstore_ps(p, l.mask, v);
}

static inline __m256 pow2i(__m256i k) /* 2^k for k in [−126, 127] */
{
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(k, _mm256_set1_epi32(127)), 23));
}

/* q·2^k, k in [−150, 0], as 2^k1 · 2^k2 with k1 = ⌊k/2⌋ (both normal): one rounding into
 * subnormals. t is the magic-number sum that holds k in its low bits. */
static inline vf vf_scale_pow2(vf q, vf t, vf k)
{
    (void)k;
    __m256i ki =
        _mm256_sub_epi32(_mm256_castps_si256(t), _mm256_castps_si256(_mm256_set1_ps(0x1.8p23f)));
    __m256i k1 = _mm256_srai_epi32(ki, 1);
    return _mm256_mul_ps(_mm256_mul_ps(q, pow2i(k1)), pow2i(_mm256_sub_epi32(ki, k1)));
}

static inline vd vd_set(double c) { return _mm256_set1_pd(c); }
static inline vd vd_add(vd a, vd b) { return _mm256_add_pd(a, b); }
static inline vd vd_sub(vd a, vd b) { return _mm256_sub_pd(a, b); }
static inline vd vd_mul(vd a, vd b) { return _mm256_mul_pd(a, b); }
static inline vd vd_div(vd a, vd b) { return _mm256_div_pd(a, b); }
static inline vd vd_mul_add(vd a, vd b, vd c) { return _mm256_fmadd_pd(a, b, c); }
static inline vd vd_min(vd c, vd x) { return _mm256_min_pd(c, x); }
static inline vd vd_max(vd c, vd x) { return _mm256_max_pd(c, x); }
static inline vd vd_load_f32(const float *p, fs_lanes l)
{
    return _mm256_cvtps_pd(l.full ? _mm_loadu_ps(p)
                                  : _mm_maskload_ps(p, _mm256_castsi256_si128(l.mask)));
}
static inline void vd_store_f32(float *p, fs_lanes l, vd v)
{
    __m128 f = _mm256_cvtpd_ps(v); /* one rounding, subnormals included */
    if (l.full)
        _mm_storeu_ps(p, f);
    else
        _mm_maskstore_ps(p, _mm256_castsi256_si128(l.mask), f);
}

/* p·2^k: the low bits of t hold k + 1023, shifted into the exponent field they are 2^k */
static inline vd vd_scale_pow2(vd p, vd t, vd k)
{
    (void)k;
    return _mm256_mul_pd(p, _mm256_castsi256_pd(_mm256_slli_epi64(_mm256_castpd_si256(t), 52)));
}

#include "accurate.h"
#include "fast.h"
#include "driver.h"
