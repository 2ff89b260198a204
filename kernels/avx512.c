/* AVX-512F kernel: 16 floats (vf) or 8 doubles (vd) per vector, products and sums fused;
 * the fast tier's 2^k scaling by vscalefps, which rounds once, into the subnormal range too;
 * tails by masked loads and stores. Compiled with -mavx512f -mavx2 -mfma only. */
#include <immintrin.h>
#include <stddef.h>
#include <stdint.h>

#include "constants.h"
#include "simd.h"

#define FS_ISA avx512
#define FS_W 16
#define FS_DW 8
#define FS_HAVE_SCALEF 1
#define FS_HAVE_FMA 1
#define FS_FAST_N 16 /* one vpermps */
#define FS_FAST_LO 1

FS_X86_VECTORS(_mm512, 512)
FS_X86_FMA_OPS(_mm512, vf, vd)

/* Lane masks, and the fast tier's table: 2^(j/16) and its rounding errors, one vpermps each
 * (indexed by the low 4 bits of t's encoding), scaled by vscalefps. */
static inline vf vf_abs(vf x) { return _mm512_abs_ps(x); }
typedef __mmask16 vm;
static inline vm vm_lt(vf a, vf b) { return _mm512_cmp_ps_mask(a, b, _CMP_LT_OQ); }
static inline vm vm_or(vm a, vm b) { return (vm)(a | b); }
static inline int vm_any(vm m) { return m != 0; }
static const float fs_exp2_16[16] __attribute__((aligned(64))) = FS_F_EXP2_16;
static const float fs_exp2_16_lo[16] __attribute__((aligned(64))) = FS_F_EXP2_16_LO;
static inline vf fast_pow2(vf t, vf n, float b)
{
    vf l = _mm512_permutexvar_ps(_mm512_castps_si512(t), _mm512_load_ps(fs_exp2_16));
    return _mm512_scalef_ps(l, b != 0.0f ? _mm512_add_ps(n, _mm512_set1_ps(b)) : n);
}
static inline vf fast_exp2_lo(vf t)
{
    return _mm512_permutexvar_ps(_mm512_castps_si512(t), _mm512_load_ps(fs_exp2_16_lo));
}
static inline vf fast_unbias(vf q) { return _mm512_scalef_ps(q, _mm512_set1_ps(-FS_F_BIAS)); }
#define FS_HAVE_MASKED_SUB 1
static inline vf vf_one_minus_unless_neg(vf x, vf f)
{
    __mmask16 sign_clear =
        _mm512_testn_epi32_mask(_mm512_castps_si512(x), _mm512_set1_epi32((int)0x80000000u));
    return _mm512_mask_sub_ps(f, sign_clear, _mm512_set1_ps(1.0f), f);
}

/* A bit per lane to load and store; a block of doubles is the 8 floats of the low byte. */
typedef __mmask16 fs_lanes;
#define FS_LANES_ALL ((fs_lanes)0xFFFF)
static inline fs_lanes fs_lanes_first(size_t k) { return (fs_lanes)((1u << k) - 1); }
static inline vf vf_load(const float *p, fs_lanes l) { return _mm512_maskz_loadu_ps(l, p); }
static inline void vf_store(float *p, fs_lanes l, vf v) { _mm512_mask_storeu_ps(p, l, v); }
static inline vd vd_load_f32(const float *p, fs_lanes l)
{
    return _mm512_cvtps_pd(_mm512_castps512_ps256(_mm512_maskz_loadu_ps(l & 0xFF, p)));
}
static inline void vd_store_f32(float *p, fs_lanes l, vd v)
{
    __m256 f = _mm512_cvtpd_ps(v); /* one rounding, subnormals included */
    _mm512_mask_storeu_ps(p, l & 0xFF, _mm512_castps256_ps512(f));
}

/* The correctly rounded tier's primitives (accurate.h). */
static const uint64_t fs_r_tab[16] = FS_R_TAB;
static inline vd vd_lo_f32(vf x) { return _mm512_cvtps_pd(_mm512_castps512_ps256(x)); }
static inline vd vd_hi_f32(vf x)
{
    return _mm512_cvtps_pd(_mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(x), 1)));
}
static inline vf vf_of_vd(vd lo, vd hi)
{
    __m256d l = _mm256_castps_pd(_mm512_cvtpd_ps(lo)), h = _mm256_castps_pd(_mm512_cvtpd_ps(hi));
    return _mm512_castpd_ps(_mm512_insertf64x4(_mm512_castpd256_pd512(l), h, 1));
}
/* T[k mod 16] by vpermi2pd (the low 4 bits of t index the two table registers), plus k << 48 */
static inline vd vd_exp2_table(vd t)
{
    __m512i ti = _mm512_castpd_si512(t);
    __m512i tab = _mm512_permutex2var_epi64(_mm512_loadu_si512(fs_r_tab), ti,
                                            _mm512_loadu_si512(fs_r_tab + 8));
    return _mm512_castsi512_pd(_mm512_add_epi64(tab, _mm512_slli_epi64(ti, 48)));
}
/* The test on 16 results: vpermt2d takes the low dwords of a and b, then add, and, and an
 * unsigned min into the accumulator: a lane was ambiguous if the min is 0. */
typedef __m512i vt;
static inline vt vt_init(void) { return _mm512_set1_epi32(-1); }
static inline vt vt_acc(vt acc, vd a, vd b)
{
    const __m512i even =
        _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
    __m512i lo = _mm512_permutex2var_epi32(_mm512_castpd_si512(a), even, _mm512_castpd_si512(b));
    lo = _mm512_add_epi32(lo, _mm512_set1_epi32((int)FS_R_TADD));
    return _mm512_min_epu32(acc, _mm512_and_si512(lo, _mm512_set1_epi32((int)FS_R_TMASK)));
}
static inline int vt_any(vt acc) { return _mm512_testn_epi32_mask(acc, acc) != 0; }
typedef __mmask8 vsub;
static inline vd vd_sub_adjust(vd v, vsub *o)
{
    *o = _mm512_cmp_pd_mask(v, _mm512_set1_pd(FS_R_SUB), _CMP_LT_OQ);
    return _mm512_mask_add_pd(v, *o, v, _mm512_set1_pd(FS_R_SUB));
}
static inline vf vf_sub_unadjust(vf r, vsub olo, vsub ohi)
{
    __mmask16 m = (__mmask16)(olo | (unsigned)ohi << 8);
    return _mm512_mask_sub_ps(r, m, r, _mm512_set1_ps((float)FS_R_SUB));
}
static inline vf vf_min_num(vf acc, vf x) { return _mm512_min_ps(x, acc); } /* NaN x: acc */
static inline vf vf_max_num(vf acc, vf x) { return _mm512_max_ps(x, acc); }
static inline int vf_any_lt(vf v, float c)
{
    return _mm512_cmp_ps_mask(v, _mm512_set1_ps(c), _CMP_LT_OQ) != 0;
}
static inline int vf_any_gt(vf v, float c)
{
    return _mm512_cmp_ps_mask(v, _mm512_set1_ps(c), _CMP_GT_OQ) != 0;
}

#include "accurate.h"
#include "fast.h"
#include "output.h"
#include "driver.h"
