/* AVX2 + FMA kernel: 8 floats per block. Follows scalar.c operation for operation, with
 * FMA, and masked loads and stores for the tails. Compiled with -mavx2 -mfma only. */
#include <immintrin.h>

#include "constants.h"
#include "driver.h"
#include "kernel.h"

#define W 8

/* Lanes a block works on: whole blocks use plain loads and stores; a tail uses the AVX
 * masked forms (vmaskmovps), which neither read nor write the other lanes. */
struct lanes {
    int full;
    __m256i mask;
};

static inline struct lanes all_lanes(void)
{
    struct lanes l = {1, _mm256_set1_epi32(-1)};
    return l;
}

static inline struct lanes first_lanes(size_t left)
{
    const __m256i index = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    struct lanes l = {0, _mm256_cmpgt_epi32(_mm256_set1_epi32((int)left), index)};
    return l;
}

static inline __m256 load(const float *p, struct lanes l)
{
    return l.full ? _mm256_loadu_ps(p) : _mm256_maskload_ps(p, l.mask);
}

static inline void store(float *p, struct lanes l, __m256 v)
{
    if (l.full)
        _mm256_storeu_ps(p, v);
    else
        _mm256_maskstore_ps(p, l.mask, v);
}

/* ---- accurate tier: double precision, one final rounding ---- */

/* Clamp to [−104, 104]: the constant goes first, so a NaN x is returned as it is. */
static inline __m256 clamp_acc(__m256 x)
{
    x = _mm256_min_ps(_mm256_set1_ps(FS_D_CLAMP), x);
    return _mm256_max_ps(_mm256_set1_ps(-FS_D_CLAMP), x);
}

static inline __m256d lo_pd(__m256 x) { return _mm256_cvtps_pd(_mm256_castps256_ps128(x)); }
static inline __m256d hi_pd(__m256 x) { return _mm256_cvtps_pd(_mm256_extractf128_ps(x, 1)); }

/* Rounds two halves of 4 doubles to f32 (once: the conversion honours subnormals). */
static inline __m256 join_ps(__m256d lo, __m256d hi)
{
    return _mm256_insertf128_ps(_mm256_castps128_ps256(_mm256_cvtpd_ps(lo)),
                                _mm256_cvtpd_ps(hi), 1);
}

/* e^−x for x in [−104, 104] (or NaN); see constants.h. */
static inline __m256d exp_neg_pd(__m256d x)
{
    const __m256d magic = _mm256_set1_pd(FS_D_MAGIC);
    __m256d t = _mm256_fmadd_pd(x, _mm256_set1_pd(-FS_D_LOG2E), magic);
    __m256d k = _mm256_sub_pd(t, magic);
    __m256d r = _mm256_fmadd_pd(k, _mm256_set1_pd(FS_D_LN2), x);
    __m256d p = _mm256_set1_pd(FS_D_P6);
    p = _mm256_fmadd_pd(p, r, _mm256_set1_pd(FS_D_P5));
    p = _mm256_fmadd_pd(p, r, _mm256_set1_pd(FS_D_P4));
    p = _mm256_fmadd_pd(p, r, _mm256_set1_pd(FS_D_P3));
    p = _mm256_fmadd_pd(p, r, _mm256_set1_pd(FS_D_P2));
    p = _mm256_fmadd_pd(p, r, _mm256_set1_pd(FS_D_P1));
    p = _mm256_fmadd_pd(p, r, _mm256_set1_pd(FS_D_P0));
    /* (k + 1023) sits in the low bits of t: shifted into the exponent it is 2^k */
    __m256d scale = _mm256_castsi256_pd(_mm256_slli_epi64(_mm256_castpd_si256(t), 52));
    return _mm256_mul_pd(p, scale);
}

static inline __m256d recip1p(__m256d e)
{
    const __m256d one = _mm256_set1_pd(1.0);
    return _mm256_div_pd(one, _mm256_add_pd(one, e));
}

/* ≤ 0.25 in every rounding mode: the approximation error can lift a directed-rounding
 * result just above 0.25 near x = 0 (the constant goes first, so NaN passes). */
static inline __m256 cap_quarter(__m256 d) { return _mm256_min_ps(_mm256_set1_ps(0.25f), d); }

static inline __m256d deriv_pd(__m256d e, __m256d s)
{
    return _mm256_mul_pd(_mm256_mul_pd(e, s), s); /* σ' = e·s², s = 1/(1+e) */
}

static inline void block_sigmoid(const float *x, float *y, struct lanes l)
{
    __m256 v = clamp_acc(load(x, l));
    __m256d slo = recip1p(exp_neg_pd(lo_pd(v))), shi = recip1p(exp_neg_pd(hi_pd(v)));
    store(y, l, join_ps(slo, shi));
}

static inline void block_deriv(const float *x, float *d, struct lanes l)
{
    __m256 v = clamp_acc(load(x, l));
    __m256d elo = exp_neg_pd(lo_pd(v)), ehi = exp_neg_pd(hi_pd(v));
    __m256d dlo = deriv_pd(elo, recip1p(elo)), dhi = deriv_pd(ehi, recip1p(ehi));
    store(d, l, cap_quarter(join_ps(dlo, dhi)));
}

static inline void block_with_deriv(const float *x, float *y, float *d, struct lanes l)
{
    __m256 v = clamp_acc(load(x, l));
    __m256d elo = exp_neg_pd(lo_pd(v)), ehi = exp_neg_pd(hi_pd(v));
    __m256d slo = recip1p(elo), shi = recip1p(ehi);
    store(y, l, join_ps(slo, shi));
    store(d, l, cap_quarter(join_ps(deriv_pd(elo, slo), deriv_pd(ehi, shi))));
}

/* y·(1−y) in double: exact for y in [0, 1] (≤ 49 bits), so one rounding to f32; in double,
 * neither y·(1−y) nor dy·y·(1−y) overflows before that rounding for any finite y. */
static inline __m256d y1my(__m256d y)
{
    return _mm256_mul_pd(y, _mm256_sub_pd(_mm256_set1_pd(1.0), y));
}

static inline void block_deriv_from_output(const float *y, float *d, struct lanes l)
{
    __m256 v = load(y, l);
    store(d, l, join_ps(y1my(lo_pd(v)), y1my(hi_pd(v))));
}

static inline void block_backward(const float *dy, const float *y, float *dx, struct lanes l)
{
    __m256 v = load(y, l), g = load(dy, l);
    store(dx, l, join_ps(_mm256_mul_pd(lo_pd(g), y1my(lo_pd(v))),
                                 _mm256_mul_pd(hi_pd(g), y1my(hi_pd(v)))));
}

/* ---- fast tier: f32 ---- */

static inline __m256 pow2i(__m256i k) /* 2^k for k in [−126, 127] */
{
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(k, _mm256_set1_epi32(127)), 23));
}

/* f = σ(−|x|) = e/(1+e), e = e^−|x| */
static inline __m256 sigmoid_neg_abs_ps(__m256 x)
{
    const __m256 magic = _mm256_set1_ps(FS_F_MAGIC);
    __m256 z = _mm256_or_ps(x, _mm256_set1_ps(-0.0f));   /* −|x| */
    z = _mm256_max_ps(_mm256_set1_ps(FS_F_ZMIN), z);      /* NaN passes */
    __m256 t = _mm256_fmadd_ps(z, _mm256_set1_ps(FS_F_LOG2E), magic);
    __m256 k = _mm256_sub_ps(t, magic);
    __m256 r = _mm256_fnmadd_ps(k, _mm256_set1_ps(FS_F_LN2_HI), z);
    r = _mm256_fnmadd_ps(k, _mm256_set1_ps(FS_F_LN2_LO), r);
    __m256 q = _mm256_set1_ps(FS_F_Q6);
    q = _mm256_fmadd_ps(q, r, _mm256_set1_ps(FS_F_Q5));
    q = _mm256_fmadd_ps(q, r, _mm256_set1_ps(FS_F_Q4));
    q = _mm256_fmadd_ps(q, r, _mm256_set1_ps(FS_F_Q3));
    q = _mm256_fmadd_ps(q, r, _mm256_set1_ps(FS_F_Q2));
    q = _mm256_fmadd_ps(q, r, _mm256_set1_ps(FS_F_Q1));
    q = _mm256_fmadd_ps(q, r, _mm256_set1_ps(FS_F_Q0));
    /* 2^k, k in [−150, 0], as 2^k1 · 2^k2 (both normal): one rounding into subnormals */
    __m256i ki = _mm256_sub_epi32(_mm256_castps_si256(t), _mm256_castps_si256(magic));
    __m256i k1 = _mm256_srai_epi32(ki, 1);
    __m256 e = _mm256_mul_ps(_mm256_mul_ps(q, pow2i(k1)), pow2i(_mm256_sub_epi32(ki, k1)));
    return _mm256_div_ps(e, _mm256_add_ps(e, _mm256_set1_ps(1.0f)));
}

static inline __m256 select_sigmoid(__m256 x, __m256 f, __m256 g)
{
    __m256 neg = _mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_LT_OQ);
    return _mm256_blendv_ps(g, f, neg); /* x < 0: f, else (and NaN): 1 − f */
}

static inline void block_sigmoid_fast(const float *x, float *y, struct lanes l)
{
    __m256 v = load(x, l);
    __m256 f = sigmoid_neg_abs_ps(v);
    store(y, l, select_sigmoid(v, f, _mm256_sub_ps(_mm256_set1_ps(1.0f), f)));
}

static inline void block_deriv_fast(const float *x, float *d, struct lanes l)
{
    __m256 f = sigmoid_neg_abs_ps(load(x, l));
    store(d, l, cap_quarter(_mm256_mul_ps(f, _mm256_sub_ps(_mm256_set1_ps(1.0f), f))));
}

static inline void block_with_deriv_fast(const float *x, float *y, float *d, struct lanes l)
{
    __m256 v = load(x, l);
    __m256 f = sigmoid_neg_abs_ps(v);
    __m256 g = _mm256_sub_ps(_mm256_set1_ps(1.0f), f);
    store(y, l, select_sigmoid(v, f, g));
    store(d, l, cap_quarter(_mm256_mul_ps(f, g)));
}

FS_DEFINE_MASKED_DRIVERS(struct lanes, all_lanes(), first_lanes)

FS_DEFINE_KERNELS_DRIVEN(avx2, W, drive1, drive2in, drive2out);
