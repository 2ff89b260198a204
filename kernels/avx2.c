/* AVX2 + FMA kernel: 8 floats (vf) or 4 doubles (vd) per vector, products and sums fused.
 * Tails use the AVX masked loads and stores (vmaskmovps), which neither read nor write the
 * masked-off lanes. f16 arrays use F16C (vcvtph2ps, vcvtps2ph). Compiled with -mavx2 -mfma
 * -mf16c. */
#include <immintrin.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "simd.h"

#define FS_ISA avx2
#define FS_W 8
#define FS_DW 4
#define FS_HAVE_FMA 1
#define FS_FAST_N 8 /* one vpermd */

FS_X86_VECTORS(_mm256, 256)
FS_X86_FMA_OPS(_mm256, vf, vd)

static inline vf vf_select_neg(vf x, vf a, vf b)
{
    return _mm256_blendv_ps(b, a, _mm256_cmp_ps(x, _mm256_setzero_ps(), _CMP_LT_OQ));
}

#include "constants.h"

/* Lane masks, and the fast tier's 2^(n+b): a vpermd of the adjusted table for b (constants.h)
 * by the low 3 bits of t's encoding, plus that encoding shifted left by 20. */
static inline vf vf_abs(vf x) { return _mm256_andnot_ps(_mm256_set1_ps(-0.0f), x); }
typedef __m256 vm;
static inline vm vm_lt(vf a, vf b) { return _mm256_cmp_ps(a, b, _CMP_LT_OQ); }
static inline vm vm_or(vm a, vm b) { return _mm256_or_ps(a, b); }
static inline int vm_any(vm m) { return !_mm256_testz_ps(m, m); }
static const int fs_exp2_8[3][8] __attribute__((aligned(32))) = {
    FS_F_EXP2_8_ADJ(-64), FS_F_EXP2_8_ADJ(0), FS_F_EXP2_8_ADJ(64)}; /* b = −64, 0, 64 */
static inline vf fast_pow2(vf t, vf n, float b)
{
    (void)n;
    const int *tab = fs_exp2_8[b < 0.0f ? 0 : b > 0.0f ? 2 : 1];
    __m256i ti = _mm256_castps_si256(t);
    __m256i l = _mm256_permutevar8x32_epi32(_mm256_load_si256((const __m256i *)tab), ti);
    return _mm256_castsi256_ps(_mm256_add_epi32(l, _mm256_slli_epi32(ti, 20)));
}
/* q·2^−64 by FMA with −0: rounds once, no subnormal-result penalty */
static inline vf fast_unbias(vf q)
{
    return _mm256_fmadd_ps(q, _mm256_set1_ps(0x1p-64f), _mm256_set1_ps(-0.0f));
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

/* The correctly rounded tier's primitives (accurate.h). An 8-entry table: a gather of the
 * 16-entry one was slower. */
#define FS_HAVE_FMA 1
#define FS_R_TBITS 3
static const uint64_t fs_r_tab8[8] = FS_R3_TAB;
static inline vd vd_lo_f32(vf x) { return _mm256_cvtps_pd(_mm256_castps256_ps128(x)); }
static inline vd vd_hi_f32(vf x) { return _mm256_cvtps_pd(_mm256_extractf128_ps(x, 1)); }
/* ---- for the 16-bit functions (half.h) ---- */

static inline vm vf_isnan(vf a) { return _mm256_cmp_ps(a, a, _CMP_UNORD_Q); }
static inline vf vf_select(vm m, vf a, vf b) { return _mm256_blendv_ps(b, a, m); }
static inline vm vm_none(void) { return _mm256_setzero_ps(); }
static inline unsigned vm_bits(vm m) { return (unsigned)_mm256_movemask_ps(m); }
static inline unsigned fs_lanes_bits(fs_lanes l)
{
    return l.full ? 0xFFu : (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(l.mask));
}
/* d made round-to-odd by the sign of its exact remainder err (see avx512.c) */
static inline vf vf_round_odd(vf d, vf err)
{
    /* err ≠ 0 as err < 0 or err > 0, false for NaN (valgrind 3.19 gets _CMP_NEQ_OQ wrong on NaN) */
    const __m256 zero = _mm256_setzero_ps();
    __m256i nz = _mm256_castps_si256(
        _mm256_or_ps(_mm256_cmp_ps(err, zero, _CMP_LT_OQ), _mm256_cmp_ps(err, zero, _CMP_GT_OQ)));
    __m256i di = _mm256_castps_si256(d);
    __m256i below =
        _mm256_and_si256(_mm256_srli_epi32(_mm256_xor_si256(di, _mm256_castps_si256(err)), 31), nz);
    return _mm256_castsi256_ps(
        _mm256_or_si256(_mm256_sub_epi32(di, below), _mm256_srli_epi32(nz, 31)));
}
static inline vd vd_round_f32(vd s) { return _mm256_cvtps_pd(_mm256_cvtpd_ps(s)); }
static inline vf vf_of_vd(vd lo, vd hi)
{
    return _mm256_insertf128_ps(_mm256_castps128_ps256(_mm256_cvtpd_ps(lo)), _mm256_cvtpd_ps(hi),
                                1);
}
/* T[k mod 8]: the low dword of each t (k mod 8 in its low bits) copied to both dwords of
 * its lane indexes the low and the high dwords of the table (vpermd), blended by dword */
static inline vd vd_exp2_table(vd t)
{
#define FS_LO32(j) (int)(uint32_t)fs_r_tab8[j]
#define FS_HI32(j) (int)(uint32_t)(fs_r_tab8[j] >> 32)
    const __m256i tlo = _mm256_setr_epi32(FS_LO32(0), FS_LO32(1), FS_LO32(2), FS_LO32(3),
                                          FS_LO32(4), FS_LO32(5), FS_LO32(6), FS_LO32(7));
    const __m256i thi = _mm256_setr_epi32(FS_HI32(0), FS_HI32(1), FS_HI32(2), FS_HI32(3),
                                          FS_HI32(4), FS_HI32(5), FS_HI32(6), FS_HI32(7));
#undef FS_LO32
#undef FS_HI32
    __m256i ti = _mm256_castpd_si256(t);
    __m256i idx = _mm256_shuffle_epi32(ti, 0xA0);
    __m256i tab = _mm256_blend_epi32(_mm256_permutevar8x32_epi32(tlo, idx),
                                     _mm256_permutevar8x32_epi32(thi, idx), 0xAA);
    return _mm256_castsi256_pd(_mm256_add_epi64(tab, _mm256_slli_epi64(ti, 49)));
}
/* The test on 8 results: vshufps takes the low dwords of a and b, then add, and, unsigned
 * min into the accumulator. */
typedef __m256i vt;
static inline vt vt_init(void) { return _mm256_set1_epi32(-1); }
static inline vt vt_acc(vt acc, vd a, vd b)
{
    __m256i lo =
        _mm256_castps_si256(_mm256_shuffle_ps(_mm256_castpd_ps(a), _mm256_castpd_ps(b), 0x88));
    lo = _mm256_add_epi32(lo, _mm256_set1_epi32((int)FS_R_TADD));
    return _mm256_min_epu32(acc, _mm256_and_si256(lo, _mm256_set1_epi32((int)FS_R_TMASK)));
}
static inline int vt_any(vt acc)
{
    return _mm256_movemask_epi8(_mm256_cmpeq_epi32(acc, _mm256_setzero_si256())) != 0;
}
typedef vd vsub;
static inline vd vd_sub_adjust(vd v, vsub *o)
{
    *o = _mm256_and_pd(_mm256_cmp_pd(v, _mm256_set1_pd(FS_R_SUB), _CMP_LT_OQ),
                       _mm256_set1_pd(FS_R_SUB));
    return _mm256_add_pd(v, *o);
}

/* lanes of a with none of `bits` set (the 16-bit rounding check windows, half.h) */
static inline vm vi_none_of(vi a, int bits)
{
    return _mm256_castsi256_ps(
        _mm256_cmpeq_epi32(_mm256_and_si256(a, _mm256_set1_epi32(bits)), _mm256_setzero_si256()));
}
/* 16-bit memory: whole vectors, or the first lanes through a stack copy */
static inline __m128i vh_load(const uint16_t *p, fs_lanes l)
{
    if (l.full)
        return _mm_loadu_si128((const __m128i *)(const void *)p);
    uint16_t buf[8] = {0};
    memcpy(buf, p, (size_t)__builtin_popcount(fs_lanes_bits(l)) * 2);
    return _mm_loadu_si128((const __m128i *)(const void *)buf);
}
static inline void vh_store(uint16_t *p, fs_lanes l, __m128i v)
{
    if (l.full) {
        _mm_storeu_si128((__m128i *)(void *)p, v);
        return;
    }
    uint16_t buf[8];
    _mm_storeu_si128((__m128i *)(void *)buf, v);
    memcpy(p, buf, (size_t)__builtin_popcount(fs_lanes_bits(l)) * 2);
}
FS_X86_HALF_CONVERSIONS(_mm256, 256)
/* to nearest even on the bit pattern (subnormals too); NaN kept quiet */
static inline void vh_store_bf16_exact(uint16_t *p, fs_lanes l, vf v)
{
    __m256i u = _mm256_castps_si256(v);
    __m256i r = _mm256_add_epi32(
        u, _mm256_add_epi32(_mm256_set1_epi32(0x7FFF),
                            _mm256_and_si256(_mm256_srli_epi32(u, 16), _mm256_set1_epi32(1))));
    r = _mm256_castps_si256(
        vf_select(vf_isnan(v), _mm256_castsi256_ps(_mm256_or_si256(u, _mm256_set1_epi32(0x400000))),
                  _mm256_castsi256_ps(r)));
    r = _mm256_srai_epi32(r, 16); /* the top halves, sign-extended: the pack keeps them */
    vh_store(p, l, _mm_packs_epi32(_mm256_castsi256_si128(r), _mm256_extracti128_si256(r, 1)));
}
static inline void vh_store_bf16(uint16_t *p, fs_lanes l, vf v) { vh_store_bf16_exact(p, l, v); }

#include "accurate.h"
#include "fast.h"

#include "accurate.h"
#include "fast.h"
#include "output.h"
#include "half.h"
#include "driver.h"
