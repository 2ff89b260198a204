/* SSE2 kernel: 4 floats per block. Follows scalar.c operation for operation; SSE2 has no
 * FMA, so products and sums round separately, as in the scalar model. Compiled with
 * -msse2 only. */
#include <emmintrin.h>

#include "constants.h"
#include "driver.h"
#include "kernel.h"

#define W 4

/* ---- accurate tier: double precision, one final rounding ---- */

/* Clamp to [−104, 104]: the constant goes first, so a NaN x is returned as it is. */
static inline __m128 clamp_acc(__m128 x)
{
    x = _mm_min_ps(_mm_set1_ps(FS_D_CLAMP), x);
    return _mm_max_ps(_mm_set1_ps(-FS_D_CLAMP), x);
}

static inline __m128d lo_pd(__m128 x) { return _mm_cvtps_pd(x); }
static inline __m128d hi_pd(__m128 x) { return _mm_cvtps_pd(_mm_movehl_ps(x, x)); }

/* Rounds two halves of 2 doubles to f32 (once: the conversion honours subnormals). */
static inline __m128 join_ps(__m128d lo, __m128d hi)
{
    return _mm_movelh_ps(_mm_cvtpd_ps(lo), _mm_cvtpd_ps(hi));
}

static inline __m128d mul_add(__m128d a, __m128d b, __m128d c)
{
    return _mm_add_pd(_mm_mul_pd(a, b), c);
}

/* e^−x for x in [−104, 104] (or NaN); see constants.h. */
static inline __m128d exp_neg_pd(__m128d x)
{
    const __m128d magic = _mm_set1_pd(FS_D_MAGIC);
    __m128d t = mul_add(x, _mm_set1_pd(-FS_D_LOG2E), magic);
    __m128d k = _mm_sub_pd(t, magic);
    __m128d r = mul_add(k, _mm_set1_pd(FS_D_LN2), x);
    __m128d p = _mm_set1_pd(FS_D_P6);
    p = mul_add(p, r, _mm_set1_pd(FS_D_P5));
    p = mul_add(p, r, _mm_set1_pd(FS_D_P4));
    p = mul_add(p, r, _mm_set1_pd(FS_D_P3));
    p = mul_add(p, r, _mm_set1_pd(FS_D_P2));
    p = mul_add(p, r, _mm_set1_pd(FS_D_P1));
    p = mul_add(p, r, _mm_set1_pd(FS_D_P0));
    /* (k + 1023) sits in the low bits of t: shifted into the exponent it is 2^k */
    __m128d scale = _mm_castsi128_pd(_mm_slli_epi64(_mm_castpd_si128(t), 52));
    return _mm_mul_pd(p, scale);
}

static inline __m128d recip1p(__m128d e)
{
    const __m128d one = _mm_set1_pd(1.0);
    return _mm_div_pd(one, _mm_add_pd(one, e));
}

/* ≤ 0.25 in every rounding mode: the approximation error can lift a directed-rounding
 * result just above 0.25 near x = 0 (the constant goes first, so NaN passes). */
static inline __m128 cap_quarter(__m128 d) { return _mm_min_ps(_mm_set1_ps(0.25f), d); }

static inline __m128d deriv_pd(__m128d e, __m128d s)
{
    return _mm_mul_pd(_mm_mul_pd(e, s), s); /* σ' = e·s², s = 1/(1+e) */
}

static void block_sigmoid(const float *x, float *y)
{
    __m128 v = clamp_acc(_mm_loadu_ps(x));
    _mm_storeu_ps(y, join_ps(recip1p(exp_neg_pd(lo_pd(v))), recip1p(exp_neg_pd(hi_pd(v)))));
}

static void block_deriv(const float *x, float *d)
{
    __m128 v = clamp_acc(_mm_loadu_ps(x));
    __m128d elo = exp_neg_pd(lo_pd(v)), ehi = exp_neg_pd(hi_pd(v));
    __m128d dlo = deriv_pd(elo, recip1p(elo)), dhi = deriv_pd(ehi, recip1p(ehi));
    _mm_storeu_ps(d, cap_quarter(join_ps(dlo, dhi)));
}

static void block_with_deriv(const float *x, float *y, float *d)
{
    __m128 v = clamp_acc(_mm_loadu_ps(x));
    __m128d elo = exp_neg_pd(lo_pd(v)), ehi = exp_neg_pd(hi_pd(v));
    __m128d slo = recip1p(elo), shi = recip1p(ehi);
    _mm_storeu_ps(y, join_ps(slo, shi));
    _mm_storeu_ps(d, cap_quarter(join_ps(deriv_pd(elo, slo), deriv_pd(ehi, shi))));
}

/* y·(1−y) in double: exact for y in [0, 1] (≤ 49 bits), so one rounding to f32; in double,
 * neither y·(1−y) nor dy·y·(1−y) overflows before that rounding for any finite y. */
static inline __m128d y1my(__m128d y) { return _mm_mul_pd(y, _mm_sub_pd(_mm_set1_pd(1.0), y)); }

static void block_deriv_from_output(const float *y, float *d)
{
    __m128 v = _mm_loadu_ps(y);
    _mm_storeu_ps(d, join_ps(y1my(lo_pd(v)), y1my(hi_pd(v))));
}

static void block_backward(const float *dy, const float *y, float *dx)
{
    __m128 v = _mm_loadu_ps(y), g = _mm_loadu_ps(dy);
    _mm_storeu_ps(dx, join_ps(_mm_mul_pd(lo_pd(g), y1my(lo_pd(v))),
                              _mm_mul_pd(hi_pd(g), y1my(hi_pd(v)))));
}

/* ---- fast tier: f32 ---- */

static inline __m128 pow2i(__m128i k) /* 2^k for k in [−126, 127] */
{
    return _mm_castsi128_ps(_mm_slli_epi32(_mm_add_epi32(k, _mm_set1_epi32(127)), 23));
}

static inline __m128 mul_addf(__m128 a, __m128 b, __m128 c)
{
    return _mm_add_ps(_mm_mul_ps(a, b), c);
}

/* f = σ(−|x|) = e/(1+e), e = e^−|x| */
static inline __m128 sigmoid_neg_abs_ps(__m128 x)
{
    const __m128 magic = _mm_set1_ps(FS_F_MAGIC);
    __m128 z = _mm_or_ps(x, _mm_set1_ps(-0.0f));   /* −|x| */
    z = _mm_max_ps(_mm_set1_ps(FS_F_ZMIN), z);      /* NaN passes */
    __m128 t = mul_addf(z, _mm_set1_ps(FS_F_LOG2E), magic);
    __m128 k = _mm_sub_ps(t, magic);
    __m128 r = _mm_sub_ps(z, _mm_mul_ps(k, _mm_set1_ps(FS_F_LN2_HI))); /* exact */
    r = _mm_sub_ps(r, _mm_mul_ps(k, _mm_set1_ps(FS_F_LN2_LO)));
    __m128 q = _mm_set1_ps(FS_F_Q6);
    q = mul_addf(q, r, _mm_set1_ps(FS_F_Q5));
    q = mul_addf(q, r, _mm_set1_ps(FS_F_Q4));
    q = mul_addf(q, r, _mm_set1_ps(FS_F_Q3));
    q = mul_addf(q, r, _mm_set1_ps(FS_F_Q2));
    q = mul_addf(q, r, _mm_set1_ps(FS_F_Q1));
    q = mul_addf(q, r, _mm_set1_ps(FS_F_Q0));
    /* 2^k, k in [−150, 0], as 2^k1 · 2^k2 (both normal): one rounding into subnormals */
    __m128i ki = _mm_sub_epi32(_mm_castps_si128(t), _mm_castps_si128(magic));
    __m128i k1 = _mm_srai_epi32(ki, 1);
    __m128 e = _mm_mul_ps(_mm_mul_ps(q, pow2i(k1)), pow2i(_mm_sub_epi32(ki, k1)));
    return _mm_div_ps(e, _mm_add_ps(e, _mm_set1_ps(1.0f)));
}

static inline __m128 select_sigmoid(__m128 x, __m128 f, __m128 g)
{
    __m128 neg = _mm_cmplt_ps(x, _mm_setzero_ps()); /* x < 0: f, else (and NaN): 1 − f */
    return _mm_or_ps(_mm_and_ps(neg, f), _mm_andnot_ps(neg, g));
}

static void block_sigmoid_fast(const float *x, float *y)
{
    __m128 v = _mm_loadu_ps(x);
    __m128 f = sigmoid_neg_abs_ps(v);
    _mm_storeu_ps(y, select_sigmoid(v, f, _mm_sub_ps(_mm_set1_ps(1.0f), f)));
}

static void block_deriv_fast(const float *x, float *d)
{
    __m128 f = sigmoid_neg_abs_ps(_mm_loadu_ps(x));
    _mm_storeu_ps(d, cap_quarter(_mm_mul_ps(f, _mm_sub_ps(_mm_set1_ps(1.0f), f))));
}

static void block_with_deriv_fast(const float *x, float *y, float *d)
{
    __m128 v = _mm_loadu_ps(x);
    __m128 f = sigmoid_neg_abs_ps(v);
    __m128 g = _mm_sub_ps(_mm_set1_ps(1.0f), f);
    _mm_storeu_ps(y, select_sigmoid(v, f, g));
    _mm_storeu_ps(d, cap_quarter(_mm_mul_ps(f, g)));
}

FS_DEFINE_KERNELS(sse2, W);
