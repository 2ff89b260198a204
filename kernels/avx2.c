/* AVX2 + FMA kernel: 8 floats (vf) or 4 doubles (vd) per vector, products and sums fused.
 * Tails use the AVX masked loads and stores (vmaskmovps), which neither read nor write the
 * masked-off lanes. Compiled with -mavx2 -mfma only. */
#include <immintrin.h>
#include <stddef.h>

#include "simd.h"

#define FS_ISA avx2
#define FS_W 8
#define FS_DW 4

FS_X86_VECTORS(_mm256, 256)
FS_X86_FMA_OPS(_mm256, vf, vd)

static inline vf vf_neg_abs(vf x) { return _mm256_or_ps(x, _mm256_set1_ps(-0.0f)); }
static inline vf vf_select_neg(vf x, vf a, vf b)
{
    return _mm256_blendv_ps(b, a, _mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_LT_OQ));
}

/* A whole block (plain loads and stores) or its first lanes (a lane mask, all bits set in
 * the lanes to move; its low half for a block of doubles). */
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

#include "accurate.h"
#include "fast.h"
#include "driver.h"
