/* AVX-512F kernel: 16 floats (vf) or 8 doubles (vd) per vector, products and sums fused;
 * 2^k scaling by vscalefps/vscalefpd, which rounds once, into the subnormal range too; tails
 * by masked loads and stores (16-bit arrays: see vh_load). Compiled with -mavx512f -mavx2
 * -mfma, and once more adding -mavx512bf16 -DFS_AVX512_BF16. */
#include <immintrin.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "simd.h"

#if defined(FS_AVX512_BF16) /* the same kernel again, with AVX512_BF16 for the bf16 stores */
#define FS_ISA avx512_bf16
#else
#define FS_ISA avx512
#endif
#define FS_W 16
#define FS_DW 8
#define FS_HAVE_SCALEF 1
#define FS_HAVE_FMA 1
#define FS_FAST_N 16 /* one vpermps */
#define FS_FAST_LO 1

#include "constants.h"

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
#define FS_HAVE_MASKS 1 /* vsub is a lane mask */
static inline vf vf_sub_unadjust(vf r, vsub olo, vsub ohi)
{
    __mmask16 m = (__mmask16)(olo | (unsigned)ohi << 8);
    return _mm512_mask_sub_ps(r, m, r, _mm512_set1_ps((float)FS_R_SUB));
}

/* ---- for the 16-bit functions (half.h) ---- */

static inline vm vf_isnan(vf a) { return _mm512_cmp_ps_mask(a, a, _CMP_UNORD_Q); }
static inline vf vf_select(vm m, vf a, vf b) { return _mm512_mask_blend_ps(m, b, a); }
static inline vm vm_none(void) { return 0; }
static inline unsigned vm_bits(vm m) { return m; }
static inline unsigned fs_lanes_bits(fs_lanes l) { return l; }
/* d made round-to-odd by the sign of its exact remainder err: if err ≠ 0, the odd one of d
 * and its neighbour towards d + err (bit patterns grow with magnitude) */
static inline vf vf_round_odd(vf d, vf err)
{
    __mmask16 nz = _mm512_cmp_ps_mask(err, _mm512_setzero_ps(), _CMP_NEQ_OQ);
    __m512i di = _mm512_castps_si512(d);
    __m512i below = _mm512_srli_epi32(_mm512_xor_si512(di, _mm512_castps_si512(err)), 31);
    di = _mm512_mask_sub_epi32(di, nz, di, below);
    return _mm512_castsi512_ps(_mm512_mask_or_epi32(di, nz, di, _mm512_set1_epi32(1)));
}
static inline vd vd_round_f32(vd s) { return _mm512_cvtps_pd(_mm512_cvtpd_ps(s)); }
/* lanes of a with none of `bits` set (the 16-bit rounding check windows, half.h) */
static inline vm vi_none_of(vi a, int bits)
{
    return _mm512_testn_epi32_mask(a, _mm512_set1_epi32(bits));
}
/* 16-bit memory: whole vectors, or the first lanes through a stack copy (masked 16-bit
 * moves would need AVX512BW) */
static inline __m256i vh_load(const uint16_t *p, fs_lanes l)
{
    if (l == FS_LANES_ALL)
        return _mm256_loadu_si256((const __m256i *)(const void *)p);
    uint16_t buf[16] = {0};
    memcpy(buf, p, (size_t)__builtin_popcount(l) * 2);
    return _mm256_loadu_si256((const __m256i *)(const void *)buf);
}
static inline void vh_store(uint16_t *p, fs_lanes l, __m256i v)
{
    if (l == FS_LANES_ALL) {
        _mm256_storeu_si256((__m256i *)(void *)p, v);
        return;
    }
    uint16_t buf[16];
    _mm256_storeu_si256((__m256i *)(void *)buf, v);
    memcpy(p, buf, (size_t)__builtin_popcount(l) * 2);
}
FS_X86_HALF_CONVERSIONS(_mm512, 512)
/* to nearest even on the bit pattern (subnormals too); NaN kept quiet */
static inline void vh_store_bf16_exact(uint16_t *p, fs_lanes l, vf v)
{
    __m512i u = _mm512_castps_si512(v), one = _mm512_set1_epi32(1);
    __m512i r =
        _mm512_add_epi32(u, _mm512_add_epi32(_mm512_set1_epi32(0x7FFF),
                                             _mm512_and_si512(_mm512_srli_epi32(u, 16), one)));
    r = _mm512_mask_or_epi32(r, vf_isnan(v), u, _mm512_set1_epi32(0x400000));
    vh_store(p, l, _mm512_cvtepi32_epi16(_mm512_srli_epi32(r, 16)));
}
#if defined(FS_AVX512_BF16)
/* vcvtneps2bf16: nearest even whatever MXCSR says, but subnormal inputs flushed to zero (so
 * those results are checked: FS_BF16_FLUSHES) */
#define FS_BF16_FLUSHES 1
static inline vm vm_and(vm a, vm b) { return (vm)(a & b); }
static inline void vh_store_bf16(uint16_t *p, fs_lanes l, vf v)
{
    vh_store(p, l, (__m256i)_mm512_cvtneps_pbh(v));
}
#else
static inline void vh_store_bf16(uint16_t *p, fs_lanes l, vf v) { vh_store_bf16_exact(p, l, v); }
#endif

#include "accurate.h"
#include "fast.h"

#include "accurate.h"
#include "fast.h"
#include "output.h"
#include "half.h"
#include "driver.h"
