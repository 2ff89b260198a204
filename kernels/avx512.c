/* AVX-512F kernel: 16 floats (vf) or 8 doubles (vd) per vector, products and sums fused;
 * 2^k scaling by vscalefps/vscalefpd, which rounds once, into the subnormal range too; tails
 * by masked loads and stores. Compiled with -mavx512f -mavx2 -mfma only. */
#include <immintrin.h>
#include <stddef.h>

#define FS_ISA avx512
#define FS_W 16
#define FS_DW 8

typedef __m512 vf;
typedef __m512d vd;
typedef __mmask16 fs_lanes; /* a bit per lane to load and store */
#define FS_LANES_ALL ((fs_lanes)0xFFFF)
static inline fs_lanes fs_lanes_first(size_t k) { return (fs_lanes)((1u << k) - 1); }

static inline vf vf_set(float c) { return _mm512_set1_ps(c); }
static inline vf vf_add(vf a, vf b) { return _mm512_add_ps(a, b); }
static inline vf vf_sub(vf a, vf b) { return _mm512_sub_ps(a, b); }
static inline vf vf_mul(vf a, vf b) { return _mm512_mul_ps(a, b); }
static inline vf vf_div(vf a, vf b) { return _mm512_div_ps(a, b); }
static inline vf vf_mul_add(vf a, vf b, vf c) { return _mm512_fmadd_ps(a, b, c); }
static inline vf vf_neg_mul_add(vf a, vf b, vf c) { return _mm512_fnmadd_ps(a, b, c); }
/* vminps/vmaxps return the second operand when either is NaN: x, after the constant c */
static inline vf vf_min(vf c, vf x) { return _mm512_min_ps(c, x); }
static inline vf vf_max(vf c, vf x) { return _mm512_max_ps(c, x); }
static inline vf vf_neg_abs(vf x) /* integer OR: vorps would need AVX512DQ */
{
    return _mm512_castsi512_ps(
        _mm512_or_si512(_mm512_castps_si512(x), _mm512_set1_epi32((int)0x80000000u)));
}
static inline vf vf_select_neg(vf x, vf a, vf b)
{
    return _mm512_mask_blend_ps(_mm512_cmp_ps_mask(x, _mm512_setzero_ps(), _CMP_LT_OQ), b, a);
}
static inline vf vf_load(const float *p, fs_lanes l) { return _mm512_maskz_loadu_ps(l, p); }
static inline void vf_store(float *p, fs_lanes l, vf v) { _mm512_mask_storeu_ps(p, l, v); }
static inline vf vf_scale_pow2(vf q, vf t, vf k)
{
    (void)t;
    return _mm512_scalef_ps(q, k);
}

static inline vd vd_set(double c) { return _mm512_set1_pd(c); }
static inline vd vd_add(vd a, vd b) { return _mm512_add_pd(a, b); }
static inline vd vd_sub(vd a, vd b) { return _mm512_sub_pd(a, b); }
static inline vd vd_mul(vd a, vd b) { return _mm512_mul_pd(a, b); }
static inline vd vd_div(vd a, vd b) { return _mm512_div_pd(a, b); }
static inline vd vd_mul_add(vd a, vd b, vd c) { return _mm512_fmadd_pd(a, b, c); }
static inline vd vd_min(vd c, vd x) { return _mm512_min_pd(c, x); }
static inline vd vd_max(vd c, vd x) { return _mm512_max_pd(c, x); }
/* A vd block is the 8 floats of the mask's low byte. */
static inline vd vd_load_f32(const float *p, fs_lanes l)
{
    return _mm512_cvtps_pd(_mm512_castps512_ps256(_mm512_maskz_loadu_ps(l & 0xFF, p)));
}
static inline void vd_store_f32(float *p, fs_lanes l, vd v)
{
    __m256 f = _mm512_cvtpd_ps(v); /* one rounding, subnormals included */
    _mm512_mask_storeu_ps(p, l & 0xFF, _mm512_castps256_ps512(f));
}
static inline vd vd_scale_pow2(vd p, vd t, vd k)
{
    (void)t;
    return _mm512_scalef_pd(p, k);
}

#include "accurate.h"
#include "fast.h"
#include "driver.h"
