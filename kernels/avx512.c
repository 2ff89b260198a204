/* AVX-512F kernel: 16 floats (vf) or 8 doubles (vd) per vector, products and sums fused;
 * 2^k scaling by vscalefps/vscalefpd, which rounds once, into the subnormal range too; tails
 * by masked loads and stores. Compiled with -mavx512f -mavx2 -mfma only. */
#include <immintrin.h>
#include <stddef.h>

#include "simd.h"

#define FS_ISA avx512
#define FS_W 16
#define FS_DW 8
#define FS_HAVE_SCALEF 1

FS_X86_VECTORS(_mm512, 512)
FS_X86_FMA_OPS(_mm512, vf, vd)

static inline vf vf_scalef(vf q, vf k) { return _mm512_scalef_ps(q, k); }
static inline vd vd_scalef(vd p, vd k) { return _mm512_scalef_pd(p, k); }
static inline vf vf_neg_abs(vf x) /* integer OR: vorps would need AVX512DQ */
{
    return _mm512_castsi512_ps(
        _mm512_or_si512(_mm512_castps_si512(x), _mm512_set1_epi32((int)0x80000000u)));
}
static inline vf vf_select_neg(vf x, vf a, vf b)
{
    return _mm512_mask_blend_ps(_mm512_cmp_ps_mask(x, _mm512_setzero_ps(), _CMP_LT_OQ), b, a);
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

#include "accurate.h"
#include "fast.h"
#include "driver.h"
