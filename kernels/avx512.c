/* AVX-512F kernel: 16 floats per block. Follows scalar.c operation for operation, with
 * FMA, and vscalefpd/vscalefps for the 2^k scaling (vscalefps rounds once into the
 * subnormal range, which the fast tier needs), and masked loads and stores for the tails.
 * Compiled with -mavx512f -mavx2 -mfma only. */
#include <immintrin.h>

#include "constants.h"
#include "driver.h"
#include "kernel.h"

#define W 16

/* ---- accurate tier: double precision, one final rounding ---- */

/* Clamp to [−104, 104]: the constant goes first, so a NaN x is returned as it is. */
static inline __m512 clamp_acc(__m512 x)
{
    x = _mm512_min_ps(_mm512_set1_ps(FS_D_CLAMP), x);
    return _mm512_max_ps(_mm512_set1_ps(-FS_D_CLAMP), x);
}

static inline __m512d lo_pd(__m512 x) { return _mm512_cvtps_pd(_mm512_castps512_ps256(x)); }

static inline __m512d hi_pd(__m512 x)
{
    return _mm512_cvtps_pd(_mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(x), 1)));
}

/* Rounds two halves of 8 doubles to f32 (once: the conversion honours subnormals). */
static inline __m512 join_ps(__m512d lo, __m512d hi)
{
    __m256 l = _mm512_cvtpd_ps(lo), h = _mm512_cvtpd_ps(hi);
    __m512d v = _mm512_castpd256_pd512(_mm256_castps_pd(l));
    return _mm512_castpd_ps(_mm512_insertf64x4(v, _mm256_castps_pd(h), 1));
}

/* e^−x for x in [−104, 104] (or NaN); see constants.h. */
static inline __m512d exp_neg_pd(__m512d x)
{
    const __m512d magic = _mm512_set1_pd(FS_D_MAGIC);
    __m512d t = _mm512_fmadd_pd(x, _mm512_set1_pd(-FS_D_LOG2E), magic);
    __m512d k = _mm512_sub_pd(t, magic);
    __m512d r = _mm512_fmadd_pd(k, _mm512_set1_pd(FS_D_LN2), x);
    __m512d p = _mm512_set1_pd(FS_D_P6);
    p = _mm512_fmadd_pd(p, r, _mm512_set1_pd(FS_D_P5));
    p = _mm512_fmadd_pd(p, r, _mm512_set1_pd(FS_D_P4));
    p = _mm512_fmadd_pd(p, r, _mm512_set1_pd(FS_D_P3));
    p = _mm512_fmadd_pd(p, r, _mm512_set1_pd(FS_D_P2));
    p = _mm512_fmadd_pd(p, r, _mm512_set1_pd(FS_D_P1));
    p = _mm512_fmadd_pd(p, r, _mm512_set1_pd(FS_D_P0));
    return _mm512_scalef_pd(p, k); /* p · 2^k */
}

/* s = 1/(1+e). A true division: rcp14 plus a Newton step measured slower here. */
static inline __m512d recip1p(__m512d e)
{
    const __m512d one = _mm512_set1_pd(1.0);
    return _mm512_div_pd(one, _mm512_add_pd(one, e));
}

static inline void block_sigmoid(const float *x, float *y, __mmask16 m)
{
    __m512 v = clamp_acc(_mm512_maskz_loadu_ps(m, x));
    __m512d slo = recip1p(exp_neg_pd(lo_pd(v)));
    __m512d shi = recip1p(exp_neg_pd(hi_pd(v)));
    _mm512_mask_storeu_ps(y, m, join_ps(slo, shi));
}

/* ≤ 0.25 in every rounding mode: the approximation error can lift a directed-rounding
 * result just above 0.25 near x = 0 (the constant goes first, so NaN passes). */
static inline __m512 cap_quarter(__m512 d) { return _mm512_min_ps(_mm512_set1_ps(0.25f), d); }

static inline __m512d deriv_pd(__m512d e, __m512d s)
{
    return _mm512_mul_pd(_mm512_mul_pd(e, s), s); /* σ' = e·s², s = 1/(1+e) */
}

static inline void block_deriv(const float *x, float *d, __mmask16 m)
{
    __m512 v = clamp_acc(_mm512_maskz_loadu_ps(m, x));
    __m512d elo = exp_neg_pd(lo_pd(v)), ehi = exp_neg_pd(hi_pd(v));
    __m512d dlo = deriv_pd(elo, recip1p(elo)), dhi = deriv_pd(ehi, recip1p(ehi));
    _mm512_mask_storeu_ps(d, m, cap_quarter(join_ps(dlo, dhi)));
}

static inline void block_with_deriv(const float *x, float *y, float *d, __mmask16 m)
{
    __m512 v = clamp_acc(_mm512_maskz_loadu_ps(m, x));
    __m512d elo = exp_neg_pd(lo_pd(v)), ehi = exp_neg_pd(hi_pd(v));
    __m512d slo = recip1p(elo), shi = recip1p(ehi);
    _mm512_mask_storeu_ps(y, m, join_ps(slo, shi));
    _mm512_mask_storeu_ps(d, m, cap_quarter(join_ps(deriv_pd(elo, slo), deriv_pd(ehi, shi))));
}

/* y·(1−y) in double: exact for y in [0, 1] (≤ 49 bits), so one rounding to f32; in double,
 * neither y·(1−y) nor dy·y·(1−y) overflows before that rounding for any finite y. */
static inline __m512d y1my(__m512d y)
{
    return _mm512_mul_pd(y, _mm512_sub_pd(_mm512_set1_pd(1.0), y));
}

static inline void block_deriv_from_output(const float *y, float *d, __mmask16 m)
{
    __m512 v = _mm512_maskz_loadu_ps(m, y);
    _mm512_mask_storeu_ps(d, m, join_ps(y1my(lo_pd(v)), y1my(hi_pd(v))));
}

static inline void block_backward(const float *dy, const float *y, float *dx, __mmask16 m)
{
    __m512 v = _mm512_maskz_loadu_ps(m, y), g = _mm512_maskz_loadu_ps(m, dy);
    _mm512_mask_storeu_ps(dx, m, join_ps(_mm512_mul_pd(lo_pd(g), y1my(lo_pd(v))),
                                 _mm512_mul_pd(hi_pd(g), y1my(hi_pd(v)))));
}

/* ---- fast tier: f32 ---- */

/* f = σ(−|x|) = e/(1+e), e = e^−|x| */
static inline __m512 sigmoid_neg_abs_ps(__m512 x)
{
    const __m512 magic = _mm512_set1_ps(FS_F_MAGIC);
    __m512 z = _mm512_castsi512_ps(_mm512_or_si512( /* −|x| (vorps would need AVX512DQ) */
        _mm512_castps_si512(x), _mm512_set1_epi32((int)0x80000000u)));
    z = _mm512_max_ps(_mm512_set1_ps(FS_F_ZMIN), z);       /* NaN passes */
    __m512 t = _mm512_fmadd_ps(z, _mm512_set1_ps(FS_F_LOG2E), magic);
    __m512 k = _mm512_sub_ps(t, magic);
    __m512 r = _mm512_fnmadd_ps(k, _mm512_set1_ps(FS_F_LN2_HI), z);
    r = _mm512_fnmadd_ps(k, _mm512_set1_ps(FS_F_LN2_LO), r);
    __m512 q = _mm512_set1_ps(FS_F_Q6);
    q = _mm512_fmadd_ps(q, r, _mm512_set1_ps(FS_F_Q5));
    q = _mm512_fmadd_ps(q, r, _mm512_set1_ps(FS_F_Q4));
    q = _mm512_fmadd_ps(q, r, _mm512_set1_ps(FS_F_Q3));
    q = _mm512_fmadd_ps(q, r, _mm512_set1_ps(FS_F_Q2));
    q = _mm512_fmadd_ps(q, r, _mm512_set1_ps(FS_F_Q1));
    q = _mm512_fmadd_ps(q, r, _mm512_set1_ps(FS_F_Q0));
    __m512 e = _mm512_scalef_ps(q, k); /* one rounding, subnormal results included */
    return _mm512_div_ps(e, _mm512_add_ps(e, _mm512_set1_ps(1.0f)));
}

/* σ(x) from f = σ(−|x|): 1 − f where x ≥ 0 (a NaN x has a NaN f already) */
static inline __m512 sigmoid_from_f(__m512 x, __m512 f)
{
    __mmask16 pos = _mm512_cmp_ps_mask(x, _mm512_setzero_ps(), _CMP_GE_OQ);
    return _mm512_mask_sub_ps(f, pos, _mm512_set1_ps(1.0f), f);
}

static inline void block_sigmoid_fast(const float *x, float *y, __mmask16 m)
{
    __m512 v = _mm512_maskz_loadu_ps(m, x);
    _mm512_mask_storeu_ps(y, m, sigmoid_from_f(v, sigmoid_neg_abs_ps(v)));
}

/* σ' = f·(1 − f): f ≤ 0.5, so 1 − f does not cancel */
static inline void block_deriv_fast(const float *x, float *d, __mmask16 m)
{
    __m512 f = sigmoid_neg_abs_ps(_mm512_maskz_loadu_ps(m, x));
    __m512 g = _mm512_sub_ps(_mm512_set1_ps(1.0f), f);
    _mm512_mask_storeu_ps(d, m, cap_quarter(_mm512_mul_ps(f, g)));
}

static inline void block_with_deriv_fast(const float *x, float *y, float *d, __mmask16 m)
{
    __m512 v = _mm512_maskz_loadu_ps(m, x);
    __m512 f = sigmoid_neg_abs_ps(v);
    __m512 g = _mm512_sub_ps(_mm512_set1_ps(1.0f), f);
    _mm512_mask_storeu_ps(y, m, _mm512_mask_blend_ps(_mm512_cmp_ps_mask(v, _mm512_setzero_ps(),
                                                                _CMP_GE_OQ), f, g));
    _mm512_mask_storeu_ps(d, m, cap_quarter(_mm512_mul_ps(f, g)));
}

/* Tails by masked loads and stores (driver.h). */
static inline __mmask16 tail_mask(size_t left) { return (__mmask16)((1u << left) - 1); }

FS_DEFINE_MASKED_DRIVERS(__mmask16, 0xFFFF, tail_mask)

FS_DEFINE_KERNELS_DRIVEN(avx512, W, drive1, drive2in, drive2out);
